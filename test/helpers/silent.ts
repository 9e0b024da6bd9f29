import type { StepHost } from "../../packages/core/src/steps/host.js";
import { silentLogger } from "../../packages/core/src/util/log.js";

export const quietHost: StepHost = { log: silentLogger };

/** Captures what a step logs, for assertions. */
export function recordingHost(): StepHost & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    log: {
      debug: (m) => lines.push(`debug: ${m}`),
      info: (m) => lines.push(m),
      notice: (m) => lines.push(`notice: ${m}`),
      warning: (m) => lines.push(`warning: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
      group: (t, fn) => {
        lines.push(`group: ${t}`);
        return fn();
      },
    },
  };
}
