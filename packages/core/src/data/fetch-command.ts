import { UserError } from "../errors.js";
import type { Command } from "../config/schema.js";
import type { StepHost } from "../steps/host.js";
import { exists } from "../util/fs-atomic.js";
import { commandArgv, runTool } from "../util/process.js";
import { childEnv, redact, redactedTail, setVariables } from "../util/secrets.js";

/**
 * A configured command that fetches data into a file before a step reads it (drift.current-command,
 * performance.predictions-command, performance.labels-command): run without a shell in the project
 * folder; its output goes to the log, a non-zero exit or no file afterwards is an error naming the
 * setting (`setting`) and the file's setting (`fileSetting`); `file` is left out for a glob.
 */
export async function runFetchCommand(
  command: Command,
  o: { cwd: string; file?: string; setting: string; fileSetting: string; what: string },
  host: StepHost,
): Promise<void> {
  const { env, argv, shown } = dataCommand(command, o.setting);
  const r = await host.log.group(`fetch ${o.what}: ${shown}`, () =>
    runTool(argv[0], argv.slice(1), { cwd: o.cwd, env, timeoutMs: 60 * 60_000 }),
  );
  // Redacted whole, then split and cut: a secret broken across lines or straddling the cut goes whole.
  for (const line of redact(`${r.stdout}${r.stderr}`).split("\n").filter(Boolean).slice(-50)) host.log.info(line);
  if (r.code !== 0)
    throw new UserError(
      `${o.setting} '${shown}' exited with code ${r.code}${r.stderr.trim() ? `: ${redactedTail(r.stderr.trim(), 500)}` : ""}`,
      { input: o.setting },
    );
  // A glob's files are checked when it is expanded (no match is an error naming the setting).
  if (o.file !== undefined && !(await exists(o.file)))
    throw new UserError(`${o.setting} '${shown}' succeeded but wrote no file at ${o.file} (${o.fileSetting})`, {
      input: o.setting,
    });
}

/**
 * A data command's argv, environment and text for the log. $VARS expand from the child's
 * environment (never the registry token or the runner's tokens, which childEnv withholds), and the
 * log shows the command as configured, not expanded: a credential the command takes from its
 * environment never reaches the log or an error. The data's credential is the command's to use
 * (README, drift.yml): MLSHIP_DATA_TOKEN reaches it, optional (passed when set, never required),
 * with the names `passEnv` maps.
 */
export function dataCommand(
  command: Command,
  setting: string,
  passEnv: readonly string[] = [],
): { env: NodeJS.ProcessEnv; argv: string[]; shown: string } {
  const env = childEnv({}, [...setVariables(["MLSHIP_DATA_TOKEN"]), ...passEnv]);
  const argv = commandArgv(command, env, setting);
  return { env, argv, shown: redact(Array.isArray(command) ? command.join(" ") : command) };
}
