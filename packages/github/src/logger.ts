import * as core from "@actions/core";
import type { Annotation, Logger } from "@mlship/core";
import { workspaceRelative } from "./paths.js";

/** GitHub caps annotations at 10 errors and 10 warnings per step: past that they become log lines. */
const CAP = 10;

export function actionsLogger(): Logger {
  let warnings = 0;
  let errors = 0;
  const props = (w?: Annotation) => (w ? { file: workspaceRelative(w.file), startLine: w.line, startColumn: w.column, title: w.title } : undefined);
  return {
    info: (m) => core.info(m),
    notice: (m, w) => core.notice(m, props(w)),
    warning: (m, w) => (++warnings <= CAP ? core.warning(m, props(w)) : core.info(`warning: ${m}`)),
    error: (m, w) => (++errors <= CAP ? core.error(m, props(w)) : core.info(`error: ${m}`)),
    group: (title, fn) => core.group(title, fn),
  };
}
