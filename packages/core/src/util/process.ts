import { execFile, spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { parse as parseShellWords } from "shell-quote";
import { UserError } from "../errors.js";
import { childEnv } from "./secrets.js";
import type { Command } from "../config/schema.js";

/**
 * The one place mlship starts processes: runTool (run to completion, output collected), tryExec
 * (its stdout or nothing), and spawnGroup/stopGroup (long-lived servers and training runs, whole
 * process groups). None of them runs a shell.
 */

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Why the program was stopped: it ran past timeoutMs, or printed more than maxBuffer. */
  stopped?: "timeout" | "output";
}

/** Runs a program without a shell and collects its output (kubectl, git, the user's deploy command). */
export function runTool(
  file: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number; maxBuffer?: number } = {},
): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      {
        env: opts.env ?? childEnv(),
        cwd: opts.cwd,
        timeout: opts.timeoutMs ?? 600_000,
        maxBuffer: opts.maxBuffer ?? 16 * 1024 * 1024,
      },
      (err, stdout, stderr) => {
        const code = err
          ? typeof (err as { code?: unknown }).code === "number"
            ? (err as { code: number }).code
            : 127
          : 0;
        const stopped =
          (err as { code?: unknown } | null)?.code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER"
            ? "output"
            : (err as { killed?: boolean } | null)?.killed
              ? "timeout"
              : undefined;
        resolve({
          code,
          stdout,
          stderr: stderr || (err && code === 127 ? err.message : ""),
          ...(stopped && { stopped }),
        });
      },
    );
    // A program that exits without reading all its input closes the pipe (EPIPE): its exit code tells.
    child.stdin?.on("error", () => {});
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}

/** Runs a program (no shell) and returns its stdout, or undefined when it is missing or fails. */
export async function tryExec(
  file: string,
  args: string[],
  opts: { cwd?: string; timeoutMs?: number } = {},
): Promise<string | undefined> {
  const r = await runTool(file, args, {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs ?? 15_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  return r.code === 0 ? r.stdout : undefined;
}

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
export function spawnGroup(
  argv: string[],
  opts: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    stdio?: "pipe" | "ignore" | ["ignore", number, number] | ["ignore", number, number, "pipe"];
  },
): ChildProcess {
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

/** A process's start time (clock ticks since boot, /proc/<pid>/stat field 22); null off Linux or when gone. */
export function processStartTime(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[19]);
  } catch {
    return null;
  }
}

/**
 * Processes (of this user) whose environment carries `name=value`: the descendants of a command
 * we started with that marker, including daemons that left its process group with setsid and
 * were re-parented. Linux only (reads /proc); elsewhere none are found.
 */
function markedProcesses(name: string, value: string): number[] {
  const needle = Buffer.from(`\0${name}=${value}\0`);
  const first = Buffer.from(`${name}=${value}\0`);
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    let env: Buffer;
    try {
      env = readFileSync(`/proc/${e}/environ`);
    } catch {
      continue; // gone, or another user's
    }
    if (env.includes(needle) || env.subarray(0, first.length).equals(first)) out.push(Number(e));
  }
  return out;
}

/** SIGTERM to every process carrying the marker, then SIGKILL to those left after `graceMs`. */
export async function stopMarked(name: string, value: string, graceMs = 2000): Promise<number> {
  const pids = markedProcesses(name, value);
  for (const p of pids) signal(p, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isRunning)) await new Promise((r) => setTimeout(r, 50));
  for (const p of pids) if (isRunning(p)) signal(p, "SIGKILL");
  return pids.length;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

/** Alive and not a zombie waiting for its parent. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat[stat.lastIndexOf(")") + 2] !== "Z";
  } catch {
    return isAlive(pid);
  }
}
