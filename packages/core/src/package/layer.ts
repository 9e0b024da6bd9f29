import { createReadStream, createWriteStream, promises as fs } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/** One file of a layer: its path inside the image (relative, POSIX) and where its bytes are. */
export interface LayerFile {
  path: string;
  /** A local file, or the bytes themselves. */
  source: string | Buffer;
  /** 0o644 unless given (0o755 for executables). */
  mode?: number;
}

export interface Layer {
  /** sha256 of the tar: an uncompressed layer's digest is its diff ID too. */
  digest: string;
  size: number;
}

/**
 * Writes an uncompressed, reproducible layer tar to `target`: entries sorted by path, each parent
 * folder its own entry before what it holds, every mtime 0, uid and gid 0 with no user or group
 * names, modes 0755 (folders) and 0644 (files unless given). The same files give the same bytes,
 * hence the same digest, on any machine at any time (as ko and Jib build layers). Uncompressed:
 * gzip's output depends on its implementation and level, a plain tar only on its entries.
 */
export async function writeLayer(files: LayerFile[], target: string): Promise<Layer> {
  const { default: tar } = await import("tar-stream");
  const byPath = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dirs = new Set<string>();
  for (const f of byPath) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  type Entry = { path: string; dir: true } | { path: string; dir: false; file: LayerFile };
  const entries: Entry[] = [
    ...[...dirs].map((d) => ({ path: d, dir: true as const })),
    ...byPath.map((file) => ({ path: file.path, dir: false as const, file })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
  const common = { mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "" };
  for (const e of entries) {
    if (e.dir) {
      pack.entry({ ...common, name: `${e.path}/`, type: "directory", mode: 0o755 });
      continue;
    }
    const { source, mode = 0o644 } = e.file;
    if (Buffer.isBuffer(source)) {
      pack.entry({ ...common, name: e.path, type: "file", mode, size: source.length }, source);
      continue;
    }
    const { size: bytes } = await fs.stat(source);
    const entry = pack.entry({ ...common, name: e.path, type: "file", mode, size: bytes });
    await pipeline(createReadStream(source), entry);
  }
  pack.finalize();
  await done;
  return { digest: `sha256:${hash.digest("hex")}`, size };
}

/** Every regular file under `dir` as layer files below `prefix`, sorted. */
export async function folderFiles(dir: string, prefix: string): Promise<LayerFile[]> {
  const out: LayerFile[] = [];
  for (const rel of (await fs.readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile())) {
    const abs = path.join(rel.parentPath, rel.name);
    const mode = (await fs.stat(abs)).mode & 0o111 ? 0o755 : 0o644;
    out.push({ path: `${prefix}/${path.relative(dir, abs).split(path.sep).join("/")}`, source: abs, mode });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
