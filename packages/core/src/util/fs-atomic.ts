import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { nodeCrypto } from "./lazy-crypto.js";

/** Temp file beside the target, so the rename stays on one file system (atomic). */
export function tempPathFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}.tmp`,
  );
}

/** Writes the whole file or nothing: temp file, fsync, rename. Text given in pieces is written as it comes, never joined whole. */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  const fh = await fs.open(tmp, "w");
  try {
    if (typeof data === "string" || data instanceof Uint8Array) await fh.writeFile(data);
    else {
      // Pieces are encoded into one reused buffer (joining them first would copy each twice).
      const buf = Buffer.allocUnsafe(1 << 20);
      let used = 0;
      const flush = async () => {
        for (let at = 0; at < used; ) at += (await fh.write(buf, at, used - at)).bytesWritten;
        used = 0;
      };
      for (const piece of data) {
        if (used + piece.length * 3 > buf.length) await flush();
        if (piece.length * 3 > buf.length) await fh.writeFile(piece);
        else used += buf.write(piece, used);
      }
      await flush();
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export async function writeJsonAtomic(target: string, value: unknown): Promise<void> {
  await writeFileAtomic(target, JSON.stringify(value, null, 2) + "\n");
}

/**
 * Creates `target` with `data` only if it does not exist yet, atomically:
 * the content is written to a temp file and hard-linked into place, and link(2)
 * fails with EEXIST when another writer got there first. Returns false then.
 */
export async function createExclusive(target: string, data: string | Uint8Array): Promise<boolean> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = tempPathFor(target);
  await fs.writeFile(tmp, data);
  try {
    await fs.link(tmp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** A text file's contents, or undefined when it does not exist (any other read error is thrown). */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** A JSON file, or undefined when it does not exist; a file that is not JSON is a clear error naming it. Callers check its shape. */
export async function readJsonIfExists<T>(file: string): Promise<T | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new UserError(
      `not valid JSON (${(e as Error).message}); it was cut short or edited by hand: restore or remove it`,
      { file: path.relative(process.cwd(), file) || file },
    );
  }
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
