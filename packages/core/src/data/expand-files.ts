import path from "node:path";
import { UserError } from "../errors.js";
import { expandRemote, isRemote } from "./remote.js";

/**
 * Expands globs (tinyglobby; over S3, remote.ts) and keeps plain paths, in order, each once; a
 * pattern matching nothing is bad input. Remote locations (`s3://`, `https://`) stay as they are.
 */
export async function expandFiles(patterns: string[], baseDir: string, input: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    if (isRemote(p)) {
      out.push(...(await expandRemote(p, input)));
    } else if (/[*?[{]/.test(p)) {
      const { glob } = await import("tinyglobby"); // for a pattern only: a chunk of its own (deploy/serving-code.ts loads it on demand)
      const hits = (await glob(p, { cwd: baseDir, absolute: true, onlyFiles: true })).map((f) => path.resolve(f));
      if (hits.length === 0) throw new UserError(`no file matches '${p}'`, { input });
      out.push(...hits.sort());
    } else out.push(path.resolve(baseDir, p));
  }
  return [...new Set(out)];
}
