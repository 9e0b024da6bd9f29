import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "../config/schema.js";
import { sha256File } from "../util/digest.js";
import { commandArgv } from "../util/process.js";
import type { ServingCode } from "../registry/types.js";

/**
 * The serving code a model was evaluated with, recorded in its evaluation report and version
 * record: the serve command's words as configured ($VARS unexpanded) and the sha256 of each
 * project file it names (`python3 serve.py` → serve.py). A deploy whose smoke test fails compares
 * it with what it runs now, to tell a model that answers wrongly from serving code that changed.
 * (Its shape: servingCodeSchema in registry/types.ts.)
 */

/** `$NAME` stays `$NAME`: the command's identity, not one run's values. */
const unexpanded = new Proxy({} as Record<string, string>, { get: (_, key) => `$${String(key)}` });

/** The serving code of `cmd` run from `projectDir`: its words and the project files among them, by content. */
export async function servingCode(cmd: Command, projectDir: string): Promise<ServingCode> {
  const command = commandArgv(cmd, unexpanded, "serve-command");
  const files: Record<string, string> = {};
  for (const word of command) {
    if (word.includes("$")) continue;
    const file = path.resolve(projectDir, word);
    const rel = path.relative(projectDir, file);
    if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) continue;
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isFile()) files[rel.split(path.sep).join("/")] = `sha256:${await sha256File(file)}`;
  }
  return { command, files };
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
