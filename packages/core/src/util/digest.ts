import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { isRemote, remoteStream } from "../data/remote.js";

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  if (isRemote(file)) {
    await pipeline(await remoteStream(file, file), hash);
    return hash.digest("hex");
  }
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

/**
 * Digest of a set of files, independent of the order they were named in:
 * sha256 over "sha256(file)  basename\n" lines sorted by path (like `sha256sum` output).
 * The same value is printed by validate-data and recorded by train's lineage.
 */
export async function digestFiles(
  files: string[],
): Promise<{ digest: string; files: { path: string; sha256: string }[] }> {
  const sorted = [...files].sort();
  const entries: { path: string; sha256: string }[] = [];
  for (const f of sorted) entries.push({ path: f, sha256: await sha256File(f) });
  const outer = createHash("sha256");
  for (const e of entries) outer.update(`${e.sha256}  ${e.path}\n`);
  return { digest: `sha256:${outer.digest("hex")}`, files: entries };
}
