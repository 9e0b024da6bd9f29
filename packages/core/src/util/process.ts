import { spawn, type ChildProcess } from "node:child_process";
import { parse as parseShellWords } from "shell-quote";
import { UserError } from "../errors.js";
import type { Command } from "../config/schema.js";

/**
 * Turns a configured command into argv without running a shell: a string is split into words
 * like a shell would (quotes honoured), and shell operators (| ; && > $(...)) are refused,
 * so no untrusted value is ever interpreted by a shell. Write `sh -c '...'` to get one on purpose.
 * `$VARS` are left unexpanded here and expanded from `env` only (no shell, no globbing).
 */
export function commandArgv(cmd: Command, env: Record<string, string | undefined> = {}, where = "command"): string[] {
  if (Array.isArray(cmd)) return cmd.map((a) => expandVars(a, env));
  const words = parseShellWords(cmd, (key: string) => env[key] ?? "");
  const argv: string[] = [];
  for (const w of words) {
    if (typeof w === "string") argv.push(w);
    else if ("op" in w && w.op === "glob") argv.push(w.pattern);
    else
      throw new UserError(
        `${where}: shell syntax (${JSON.stringify("op" in w ? w.op : w)}) is not run through a shell; write ["sh", "-c", "..."] if you need one`,
        { input: where },
      );
  }
  if (argv.length === 0) throw new UserError(`${where} is empty`, { input: where });
  return argv;
}

function expandVars(arg: string, env: Record<string, string | undefined>): string {
  return arg.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, k: string) => env[k] ?? "");
}

/** Starts a command in its own process group (so the whole tree can be signalled). */
export function spawnGroup(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdio?: "pipe" | "ignore" | ["ignore", number, number] }): ChildProcess {
  const [file, ...args] = argv;
  return spawn(file, args, { cwd: opts.cwd, env: opts.env, stdio: opts.stdio ?? "pipe", detached: true });
}

/** Signals every process in the group led by `pid`; ignores groups that are already gone. */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = "SIGTERM"): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL after `graceMs` if anything is left. */
export async function stopGroup(pid: number | undefined, graceMs = 3000): Promise<void> {
  if (!pid) return;
  killGroup(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  killGroup(pid, "SIGKILL");
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
