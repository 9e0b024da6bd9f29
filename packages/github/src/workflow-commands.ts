import { randomBytes } from "node:crypto";

/**
 * The runner reads every line a step prints (stdout and stderr) as a possible workflow command:
 * `::name props::data` once leading white space is trimmed, and the legacy `##[name props]data`
 * anywhere in the line (actions/runner, ActionCommand.TryParseV2 and TryParse). A training log, a
 * model server's answer or a registry record relayed as is could thus mask values, forge
 * annotations, set outputs or stop command processing for the rest of the step.
 */
const COMMAND_LIKE = /(?:^|[\n\r])[\s\u0085\u180e]*::|##\[/;

/**
 * Text to print to the runner's log that the runner will not execute: when a line of it could be
 * read as a workflow command, it is printed between `::stop-commands::<token>` and `::<token>::`
 * with a fresh random token (the way GitHub documents to log untrusted text: "Stopping and
 * starting workflow commands"), so the text shows as written and nothing in it runs. The runner
 * also breaks lines at a lone carriage return: a line after one counts too.
 */
export function commandSafe(text: string): string {
  if (!COMMAND_LIKE.test(text)) return text;
  let token: string;
  do token = randomBytes(16).toString("hex");
  while (text.includes(token));
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}
