import { execFile } from "node:child_process";

/** Runs a program (no shell) and returns its stdout, or undefined when it is missing or fails. */
export function tryExec(file: string, args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: opts.cwd, timeout: opts.timeoutMs ?? 15_000, maxBuffer: 32 * 1024 * 1024 }, (err, stdout) => {
      resolve(err ? undefined : stdout);
    });
  });
}
