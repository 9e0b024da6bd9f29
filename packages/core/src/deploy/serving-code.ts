import { promises as fs } from "node:fs";
import path from "node:path";
import { escapePath, glob } from "tinyglobby";
import type { Command } from "../config/schema.js";
import { sha256File } from "../util/digest.js";
import { commandArgv } from "../util/process.js";
import type { ServingCode } from "../registry/types.js";

/**
 * The serving code a model was evaluated with, recorded in its evaluation report and version
 * record: the serve command's words as configured ($VARS unexpanded) and the sha256 of each
 * project file of the server — those the command names (`python3 serve.py` → serve.py) and, by
 * default, the files with their extension in their folder (the modules serve.py imports by a plain
 * name: `import model_lib` → model_lib.py), or the files matching deploy.serving-code's globs when
 * the config declares them. A deploy whose smoke test fails compares it with what it runs now, to
 * tell a model that answers wrongly from serving code that changed.
 * (Its shape: servingCodeSchema in registry/types.ts.)
 */

/** `$NAME` stays `$NAME`: the command's identity, not one run's values. */
const unexpanded = new Proxy({} as Record<string, string>, { get: (_, key) => `$${String(key)}` });

/** Folders never part of the serving code, whatever a glob says. */
const NEVER = ["**/node_modules/**", "**/.git/**", "**/.mlship/**", "**/__pycache__/**"];

/**
 * The serving code of `cmd` run from `projectDir`: its words and its project files by content.
 * `patterns`: deploy.serving-code's globs (relative to `projectDir`); without them, the files the
 * command names and those with the same extension beside them.
 */
export async function servingCode(cmd: Command, projectDir: string, patterns?: string[]): Promise<ServingCode> {
  const command = commandArgv(cmd, unexpanded, "serve-command");
  const named: string[] = [];
  for (const word of command) {
    if (word.includes("$")) continue;
    const rel = inside(projectDir, path.resolve(projectDir, word));
    if (rel && (await fs.stat(path.join(projectDir, rel)).catch(() => undefined))?.isFile()) named.push(rel);
  }
  const globs =
    patterns ??
    named.flatMap((rel) => {
      const ext = path.posix.extname(rel);
      const dir = path.posix.dirname(rel);
      return ext ? [`${dir === "." ? "" : `${escapePath(dir)}/`}*${escapePath(ext)}`] : [];
    });
  const found = globs.length
    ? await glob(globs, { cwd: projectDir, onlyFiles: true, dot: false, ignore: NEVER, followSymbolicLinks: false })
    : [];
  const files: Record<string, string> = {};
  for (const rel of [...new Set([...named, ...found.map((f) => inside(projectDir, path.resolve(projectDir, f)))])]
    .filter((f): f is string => !!f)
    .sort())
    files[rel] = `sha256:${await sha256File(path.join(projectDir, rel))}`;
  return { command, files };
}

/** `file`'s path from `dir` with forward slashes, or undefined when it is not inside `dir`. */
function inside(dir: string, file: string): string | undefined {
  const rel = path.relative(dir, file);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

/**
 * What differs between the serving code recorded at evaluation and the one deployed now, in
 * words ("serve.py changed"); undefined when they are the same. Recorded names are shown quoted.
 */
export function servingCodeChange(recorded: ServingCode, now: ServingCode): string | undefined {
  const changes: string[] = [];
  if (JSON.stringify(recorded.command) !== JSON.stringify(now.command))
    changes.push(`the serve command is ${JSON.stringify(now.command)}, was ${JSON.stringify(recorded.command)}`);
  const [before, after] = [new Map(Object.entries(recorded.files)), new Map(Object.entries(now.files))];
  for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const [was, is] = [before.get(name), after.get(name)];
    if (was === is) continue;
    changes.push(
      `${JSON.stringify(name)} ${!was ? "is new" : !is ? "is gone" : `changed (${is.slice(0, 19)}…, was ${was.slice(0, 19)}…)`}`,
    );
  }
  return changes.length ? changes.join("; ") : undefined;
}
