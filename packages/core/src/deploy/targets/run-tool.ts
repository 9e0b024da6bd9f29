import { execFile } from "node:child_process";

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program without a shell and collects its output (kubectl, the user's deploy command). */
export function runTool(file: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number } = {}): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { env: opts.env, cwd: opts.cwd, timeout: opts.timeoutMs ?? 600_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === "number" ? (err as { code: number }).code : 127) : 0;
      resolve({ code, stdout, stderr: stderr || (err && code === 127 ? err.message : "") });
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
  });
}
