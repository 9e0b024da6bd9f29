/**
 * What a GitHub runner makes of a step's output, modelled on actions/runner's ActionCommand.cs and
 * ActionCommandManager.cs (an independent reference for the adapter's own escaping):
 * - lines end at `\n`, `\r\n` or a lone `\r` (.NET's StreamReader.ReadLine);
 * - `::name props::data` is a command once leading white space is trimmed (TryParseV2), the
 *   legacy `##[name props]data` wherever it is in the line (TryParse), when `name` is registered;
 * - `::stop-commands::TOKEN` stops every command until one named TOKEN, which resumes them;
 * - `add-mask` masks its data in every later line shown.
 */
const REGISTERED = new Set([
  "stop-commands",
  "add-mask",
  "add-path",
  "set-env",
  "set-output",
  "save-state",
  "add-matcher",
  "remove-matcher",
  "warning",
  "error",
  "notice",
  "debug",
  "group",
  "endgroup",
  "echo",
]);

export interface RunnerCommand {
  name: string;
  properties: string;
  data: string;
}

function parse(line: string, registered: Set<string>): RunnerCommand | undefined {
  const v2 = line.replace(/^[\s\u0085]+/, "");
  if (v2.startsWith("::")) {
    const end = v2.indexOf("::", 2);
    if (end >= 0) {
      const info = v2.slice(2, end);
      const space = info.indexOf(" ");
      const name = space < 0 ? info : info.slice(0, space);
      if (registered.has(name))
        return {
          name,
          properties: space < 0 ? "" : info.slice(space + 1),
          data: v2
            .slice(end + 2)
            .replace(/%0D/g, "\r")
            .replace(/%0A/g, "\n")
            .replace(/%25/g, "%"),
        };
    }
  }
  const at = line.indexOf("##[");
  if (at < 0) return undefined;
  const rb = line.indexOf("]", at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(" ");
  const name = space < 0 ? info : info.slice(0, space);
  return registered.has(name)
    ? { name, properties: space < 0 ? "" : info.slice(space + 1), data: line.slice(rb + 1) }
    : undefined;
}

/** The commands the runner runs from `output`, and the lines it shows (masked as it would). */
export function runnerReads(output: string): { commands: RunnerCommand[]; shown: string[] } {
  const registered = new Set(REGISTERED);
  const commands: RunnerCommand[] = [];
  const shown: string[] = [];
  const masks: string[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const c = parse(line, registered);
    if (stopToken !== undefined) {
      if (c && c.name === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
      } else shown.push(masks.reduce((l, m) => l.split(m).join("***"), line));
      continue;
    }
    if (!c) {
      shown.push(masks.reduce((l, m) => l.split(m).join("***"), line));
      continue;
    }
    commands.push(c);
    if (c.name === "stop-commands") {
      stopToken = c.data;
      registered.add(c.data);
    } else if (c.name === "add-mask" && c.data.trim()) masks.push(c.data);
  }
  return { commands, shown };
}
