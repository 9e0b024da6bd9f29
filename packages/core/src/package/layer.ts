import { promises as fs } from "node:fs";
import path from "node:path";
import { writeDeterministicTar, type TarEntry } from "../util/deterministic-tar.js";

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
  const byPath = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const dirs = new Set<string>();
  for (const f of byPath) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  // Sorted by path, a folder's without its trailing slash ("app" before "app-x.py" before "app/…").
  const entries: { path: string; entry: TarEntry }[] = [
    ...[...dirs].map((d) => ({ path: d, entry: { name: `${d}/`, type: "directory" as const, mode: 0o755 } })),
    ...byPath.map((f) => ({
      path: f.path,
      entry: { name: f.path, type: "file" as const, mode: f.mode ?? 0o644, source: f.source },
    })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return writeDeterministicTar(
    entries.map((e) => e.entry),
    target,
  );
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
