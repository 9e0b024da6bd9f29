import { closeSync, fstatSync, openSync, promises as fs, readSync, writeSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { UserError } from "../errors.js";

/** Every regular file under `dir`, as sorted POSIX relative paths. Symlinks and specials are refused. */
async function listModelFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) out.push(r);
      else
        throw new UserError(`model folder holds '${r}', which is not a regular file or folder (links are not stored)`, {
          file: dir,
        });
    }
  }
  await walk("");
  return out.sort();
}

interface Entry {
  rel: string;
  size: number;
  mode: number;
}

/**
 * tar-stream's packer (util/deterministic-tar.ts): for names it must put in pax or prefix headers
 * (long or non-ASCII). Imported on use: most models never need it, and it and streamx are 53 KB
 * every push and pull would otherwise load.
 */
async function packWithTarStream(dir: string, entries: Entry[], target: string): Promise<Packed> {
  const { writeDeterministicTar } = await import("../util/deterministic-tar.js");
  const written = await writeDeterministicTar(
    entries.map((e) => ({ name: e.rel, type: "file", mode: e.mode, size: e.size, source: path.join(dir, e.rel) })),
    target,
  );
  return { ...written, files: entries.length };
}

interface Packed {
  digest: string;
  size: number;
  files: number;
}

const BLOCK = 512;
/**
 * Read and write size of the direct packer and reader. Small enough that a chunk read, hashed and
 * written stays in the core's L2 cache: with 4 MiB chunks each one went through memory three
 * times (read into the buffer, hashed, copied into the page cache) and the kernel's copy out of
 * the buffer alone cost 2–3 s of system time per GiB on this shared 2-core machine; with 128 KiB
 * a 1 GiB read + hash + write takes 0.4–0.5 s of system time (cp's in-kernel copy plus openssl
 * dgst's reads: 0.5 s) for 8,192 reads and writes.
 * @internal (tests and scripts import it by path)
 */
export const CHUNK = 128 << 10;

function octal(value: number, digits: number): string {
  const s = value.toString(8);
  return s.length > digits ? "7".repeat(digits) + " " : "0".repeat(digits - s.length) + s + " ";
}

/**
 * The ustar header tar-stream writes for one of our entries (zero owners and mtime, a regular
 * file), byte for byte, so both packers give one digest for the same files; null where
 * tar-stream would need more than this header (a name that is not ASCII or over 100 bytes).
 */
function ustarHeader(name: string, size: number, mode: number): Buffer | null {
  if (!/^[\x20-\x7e]{1,100}$/.test(name) || size.toString(8).length > 11) return null;
  const b = Buffer.alloc(BLOCK);
  b.write(name, 0, "latin1");
  b.write(octal(mode & 0o7777, 6), 100, "latin1");
  b.write(octal(0, 6), 108, "latin1");
  b.write(octal(0, 6), 116, "latin1");
  b.write(octal(size, 11), 124, "latin1");
  b.write(octal(0, 11), 136, "latin1");
  b[156] = 0x30; // regular file
  b.write("ustar\u000000", 257, "latin1");
  b.write(octal(0, 6), 329, "latin1");
  b.write(octal(0, 6), 337, "latin1");
  b.write(octal(headerSum(b), 6), 148, "latin1");
  return b;
}

/** The header checksum: all bytes, with the checksum field itself counted as spaces. */
function headerSum(b: Uint8Array): number {
  let sum = 8 * 32;
  for (let i = 0; i < 148; i++) sum += b[i];
  for (let i = 156; i < BLOCK; i++) sum += b[i];
  return sum;
}

/**
 * Writes a deterministic tar of `dir` (sorted names, zero mtimes and owners, modes 0644/0755)
 * to `target`, and returns its sha256 and size. The same files always give the same digest.
 * Written directly (read, hash, write in 128 KiB chunks, synchronously: see readFileChunks) because
 * tar-stream's stream machinery took 2.4 s for 1 GiB where cp plus sha256 take 1.2 s; tar-stream
 * still writes the archives whose names need pax headers.
 */
export async function packDirectory(dir: string, target: string): Promise<Packed> {
  const files = await listModelFiles(dir);
  if (files.length === 0) throw new UserError("the model folder is empty", { file: dir });
  const entries: Entry[] = await Promise.all(
    files.map(async (rel) => {
      const st = await fs.stat(path.join(dir, rel));
      return { rel, size: st.size, mode: st.mode & 0o111 ? 0o755 : 0o644 };
    }),
  );
  const headers = entries.map((e) => ustarHeader(e.rel, e.size, e.mode));
  if (headers.some((h) => !h)) return packWithTarStream(dir, entries, target);

  const hash = createHash("sha256");
  let size = 0;
  const out = await fs.open(target, "w");
  const emit = (data: Buffer) => {
    hash.update(data);
    size += data.length;
    writeWhole(out.fd, data);
  };
  try {
    for (const [k, e] of entries.entries()) {
      emit(headers[k]!);
      let copied = 0;
      for await (const chunk of readFileChunks(path.join(dir, e.rel))) {
        copied += chunk.length;
        emit(chunk);
      }
      if (copied !== e.size)
        throw new UserError(`'${e.rel}' changed while it was being registered (${e.size} bytes, then ${copied})`, {
          file: dir,
        });
      if (e.size % BLOCK) emit(Buffer.alloc(BLOCK - (e.size % BLOCK)));
    }
    emit(Buffer.alloc(2 * BLOCK)); // end of archive
  } finally {
    await out.close();
  }
  return { digest: `sha256:${hash.digest("hex")}`, size, files: files.length };
}

/** Writes all of `data` at the file's position (a write may take less than it was given). */
function writeWhole(fd: number, data: Uint8Array): void {
  for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
}

/** A header's text field (NUL-terminated). */
function field(b: Buffer, start: number, length: number): string {
  const end = b.indexOf(0, start);
  return b.toString("utf8", start, end < 0 || end > start + length ? start + length : end);
}

/**
 * Extracts a tar stream into `destDir` while hashing it; throws when the digest differs
 * from `expected` (the caller extracts into a temp folder and renames only on success).
 * Reads the headers our packers write (ustar, prefix names, pax paths) directly, writing file
 * data in coalesced chunks; anything else — links, devices, other pax keys — is refused.
 */
export async function unpackVerified(
  source: AsyncIterable<Uint8Array | string>,
  destDir: string,
  expected: string,
  where: string,
): Promise<void> {
  const hash = createHash("sha256");
  const header = Buffer.alloc(BLOCK);
  let headerFill = 0;
  let remaining = 0; // data bytes left in the current entry
  let padding = 0;
  let paxData: Buffer[] | undefined; // collecting a pax header's records
  let paxPath: string | undefined;
  let file: fs.FileHandle | undefined;
  // Small parts (network chunks) are copied into one buffer and written together; large ones
  // are written at once. Either way no chunk is held after it is consumed, so a source may
  // reuse its buffers (readFileChunks does). Written synchronously, as readFileChunks reads.
  const gather = Buffer.allocUnsafe(CHUNK);
  let gathered = 0;
  let ended = false;
  const flush = () => {
    if (!gathered) return;
    const n = gathered;
    gathered = 0;
    writeWhole(file!.fd, gather.subarray(0, n));
  };
  const put = (part: Buffer) => {
    if (part.length >= CHUNK >> 2) {
      flush();
      writeWhole(file!.fd, part);
      return;
    }
    if (gathered + part.length > CHUNK) flush();
    part.copy(gather, gathered);
    gathered += part.length;
  };
  const refuse = (why: string) => new UserError(`refusing ${why} in ${where}`, {}, 1);
  const seen = new Set<string>();

  const startEntry = async () => {
    if (header.every((x) => x === 0)) {
      ended = true;
      return;
    }
    const stored = parseInt(field(header, 148, 8).trim() || "0", 8);
    if (stored !== headerSum(header)) throw refuse("a tar header with a bad checksum");
    const type = header[156];
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    remaining = size;
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === 0x78) {
      paxData = [];
      return;
    }
    const prefix = field(header, 345, 155);
    const rawName = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    paxPath = undefined;
    const name = path.posix.normalize(rawName);
    if (
      (type !== 0x30 && type !== 0) ||
      name.startsWith("../") ||
      name === ".." ||
      name === "." ||
      name.endsWith("/") ||
      path.posix.isAbsolute(name)
    )
      throw refuse(`tar entry '${rawName}'`);
    const target = path.join(destDir, name);
    // A file where a folder must go (`a`, then `a/b`), a folder where a file must go, or the same
    // name twice: not an archive our packers write.
    if (seen.has(name)) throw refuse(`tar entry '${rawName}' (a second entry of that name)`);
    seen.add(name);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      file = await fs.open(target, "wx", parseInt(field(header, 100, 8).trim() || "644", 8) & 0o777);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR")
        throw refuse(`tar entry '${rawName}' (it clashes with another entry: ${code})`);
      throw e;
    }
    if (remaining === 0) await endEntry();
  };
  const endEntry = async () => {
    if (paxData) {
      const records = Buffer.concat(paxData).toString("utf8");
      paxData = undefined;
      for (const m of records.matchAll(/^\d+ ([^=\n]+)=(.*)$/gm)) {
        if (m[1] === "path") paxPath = m[2];
        else if (m[1] !== "mtime") throw refuse(`a pax header with '${m[1]}'`);
      }
      return;
    }
    flush();
    await file!.close();
    file = undefined;
  };

  // A malformed archive is reported as what it is only when its digest is right; otherwise
  // the integrity failure is the real news. So parsing stops at the first problem, hashing not.
  let broken: unknown;
  try {
    for await (const raw of source) {
      const chunk =
        typeof raw === "string"
          ? Buffer.from(raw)
          : Buffer.isBuffer(raw)
            ? raw
            : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      hash.update(chunk);
      if (broken) continue;
      try {
        await consume(chunk);
      } catch (e) {
        broken = e;
      }
    }
    if (!broken && (remaining > 0 || headerFill > 0 || file))
      broken = refuse("a truncated tar archive (the stored model is incomplete)");
  } finally {
    await file?.close().catch(() => {});
  }
  const actual = `sha256:${hash.digest("hex")}`;
  if (actual !== expected) {
    throw new UserError(
      `integrity check failed for ${where}: expected ${expected}, got ${actual} (the stored model was altered or corrupted)`,
      {},
      1,
    );
  }
  if (broken) throw broken;

  async function consume(chunk: Buffer): Promise<void> {
    let i = 0;
    while (i < chunk.length) {
      if (ended) {
        i = chunk.length; // trailing zero blocks: hashed, nothing to write
      } else if (remaining > 0) {
        const take = Math.min(remaining, chunk.length - i);
        const part = chunk.subarray(i, i + take);
        if (paxData) paxData.push(Buffer.from(part));
        else put(part);
        remaining -= take;
        i += take;
        if (remaining === 0) await endEntry();
      } else if (padding > 0) {
        const take = Math.min(padding, chunk.length - i);
        padding -= take;
        i += take;
      } else {
        const take = Math.min(BLOCK - headerFill, chunk.length - i);
        chunk.copy(header, headerFill, i, i + take);
        headerFill += take;
        i += take;
        if (headerFill === BLOCK) {
          headerFill = 0;
          await startEntry();
        }
      }
    }
  }
}

/**
 * A file's bytes in CHUNK-sized chunks, read synchronously into three rotating buffers: no
 * allocation per chunk (fresh buffers per read cost a 1 GiB pull half a second of garbage
 * collection here), and no hand-off to libuv's thread pool and back per chunk — on the shared
 * 2-core machine at a load average of 10 every hand-off waited for a time slice, and a 1 GiB push
 * or pull took 3–4× cp + openssl dgst, where a plain loop of read, hash and write does what they
 * do. A chunk's buffer is refilled when the chunk three later is asked for: a consumer must not
 * keep it longer.
 */
export async function* readFileChunks(file: string): AsyncGenerator<Buffer> {
  const fd = openSync(file, "r");
  try {
    // No bigger than the file: a model of many small files must not cost three whole chunks each.
    const length = Math.max(1, Math.min(CHUNK, fstatSync(fd).size));
    const buffers = [Buffer.allocUnsafe(length), Buffer.allocUnsafe(length), Buffer.allocUnsafe(length)];
    for (let turn = 0; ; turn++) {
      const buffer = buffers[turn % 3];
      const bytesRead = readSync(fd, buffer, 0, length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}
