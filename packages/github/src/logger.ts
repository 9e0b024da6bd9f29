import * as core from "@actions/core";
import { terminalSafe, type Annotation, type Logger } from "@mlship/core/util/log";
import { redact } from "@mlship/core/util/secrets";
import { workspaceRelative } from "./paths.js";
import { commandSafe } from "./workflow-commands.js";

/** GitHub caps annotations at 10 errors and 10 warnings per step: past that they become log lines. */
const CAP = 10;

export function actionsLogger(): Logger {
  let warnings = 0;
  let errors = 0;
  const props = (w?: Annotation) =>
    w ? { file: workspaceRelative(w.file), startLine: w.line, startColumn: w.column, title: w.title } : undefined;
  return {
    debug: (m) => core.debug(terminalSafe(m)),
    // The job log renders ANSI escapes: untrusted text (a server's answer) shows its control
    // characters as \xNN; and a line the runner would run as a workflow command is shown, not run.
    info: (m) => core.info(commandSafe(terminalSafe(m))),
    notice: (m, w) => core.notice(redact(m), props(w)),
    warning: (m, w) =>
      ++warnings <= CAP ? core.warning(redact(m), props(w)) : core.info(commandSafe(`warning: ${terminalSafe(m)}`)),
    error: (m, w) =>
      ++errors <= CAP ? core.error(redact(m), props(w)) : core.info(commandSafe(`error: ${terminalSafe(m)}`)),
    group: (title, fn) => core.group(terminalSafe(title), fn),
  };
}
