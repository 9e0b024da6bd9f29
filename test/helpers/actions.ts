import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { vi } from "vitest";
import os from "node:os";
import path from "node:path";

/** Parses a GITHUB_OUTPUT file (`name<<DELIM` blocks and `name=value` lines). */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]);
      out[name] = value.join("\n");
    } else if (lines[i].includes("=")) {
      const eq = lines[i].indexOf("=");
      out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return out;
}

export interface ActionEnv {
  env: Record<string, string>;
  outputFile: string;
  summaryFile: string;
}

/** The environment a runner gives an action: INPUT_<NAME> (hyphens kept), output and summary files. */
function actionEnv(inputs: Record<string, string>, extra: Record<string, string> = {}): ActionEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-gh-"));
  const outputFile = path.join(dir, "output");
  const summaryFile = path.join(dir, "summary");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...extra };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  return { env, outputFile, summaryFile };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs an action's bundled dist/index.js as its own process, the way the runner does. */
export function runBundledAction(
  step: string,
  inputs: Record<string, string>,
  cwd: string,
  extra: Record<string, string> = {},
): Promise<ActionRun> {
  const { env, outputFile, summaryFile } = actionEnv(inputs, extra);
  const entry = path.resolve("actions", step, "dist", "index.js");
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("INPUT_") && !k.startsWith("GITHUB_")),
  );
  return new Promise((resolve) => {
    execFile(process.execPath, [entry], { cwd, env: { ...clean, ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({
        code: err ? ((err as { code?: number }).code ?? 1) : 0,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
        summary: readFileSync(summaryFile, "utf8"),
      });
    });
  });
}

/** Runs an action's run() in this process with a runner-like environment; returns what it wrote. */
export async function runInProcess(
  load: () => Promise<{ run: () => Promise<void> }>,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const { env, outputFile, summaryFile } = actionEnv(inputs, extra);
  const saved = { ...process.env };
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  Object.assign(process.env, env);
  try {
    const { run } = await load();
    await run();
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const code = process.exitCode ?? 0;
  process.exitCode = 0;
  return {
    code,
    stdout: out.join(""),
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
}
