import { createReadStream, createWriteStream, promises as fs } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { PassThrough, Transform } from "node:stream";
import tar from "tar-stream";
import { UserError } from "../errors.js";

/** Every regular file under `dir`, as sorted POSIX relative paths. Symlinks and specials are refused. */
export async function listModelFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out.push(r);
      else throw new UserError(`model folder holds '${r}', which is not a regular file or folder (links are not stored)`, { file: dir });
    }
  }
  await walk("");
  return out.sort();
}

/**
 * Writes a deterministic tar of `dir` (sorted names, zero mtimes and owners, modes 0644/0755)
 * to `target`, and returns its sha256 and size. The same files always give the same digest.
 */
export async function packDirectory(dir: string, target: string): Promise<{ digest: string; size: number; files: number }> {
  const files = await listModelFiles(dir);
  if (files.length === 0) throw new UserError("the model folder is empty", { file: dir });
  const pack = tar.pack();
  const hash = createHash("sha256");
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    },
  });
  const done = pipeline(pack, counter, createWriteStream(target));
  for (const rel of files) {
    const abs = path.join(dir, rel);
    const st = await fs.stat(abs);
    const entry = pack.entry({
      name: rel,
      size: st.size,
      mode: st.mode & 0o111 ? 0o755 : 0o644,
      mtime: new Date(0),
      uid: 0,
      gid: 0,
      uname: "",
      gname: "",
      type: "file",
    });
    await pipeline(createReadStream(abs), entry);
  }
  pack.finalize();
  await done;
  return { digest: `sha256:${hash.digest("hex")}`, size, files: files.length };
}

/**
 * Extracts a tar stream into `destDir` while hashing it; throws when the digest differs
 * from `expected` (the caller extracts into a temp folder and renames only on success).
 */
export async function unpackVerified(source: NodeJS.ReadableStream, destDir: string, expected: string, where: string): Promise<void> {
  const hash = createHash("sha256");
  const tee = new PassThrough();
  const extract = tar.extract();
  extract.on("entry", (header, stream, next) => {
    const name = path.posix.normalize(header.name);
    if (header.type !== "file" || name.startsWith("../") || path.posix.isAbsolute(name)) {
      stream.resume();
      next(new UserError(`refusing tar entry '${header.name}' in ${where}`));
      return;
    }
    const target = path.join(destDir, name);
    fs.mkdir(path.dirname(target), { recursive: true })
      .then(() => pipeline(stream, createWriteStream(target, { mode: header.mode })))
      .then(() => next(), next);
  });
  tee.on("data", (c: Buffer) => hash.update(c));
  await pipeline(source, tee, extract);
  const actual = `sha256:${hash.digest("hex")}`;
  if (actual !== expected) {
    throw new UserError(`integrity check failed for ${where}: expected ${expected}, got ${actual} (the stored model was altered or corrupted)`, {}, 1);
  }
}
