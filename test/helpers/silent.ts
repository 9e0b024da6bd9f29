import type { StepHost } from "../../packages/core/src/steps/host.js";
import { defaultCoreSettings } from "../../packages/core/src/settings.js";
import { silentLogger } from "../../packages/core/src/util/log.js";

/** A host that logs nothing, with the settings of an empty environment. */
export const quietHost: StepHost = { log: silentLogger, settings: defaultCoreSettings };

/** Captures what a step logs, for assertions. */
export function recordingHost(): StepHost & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    settings: defaultCoreSettings,
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
