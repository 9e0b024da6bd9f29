import { randomBytes, createHash } from "node:crypto";
import { createReadStream, mkdirSync, promises as fs, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import tarStream from "tar-stream";
import { CHUNK, packDirectory, readFileChunks, unpackVerified } from "../packages/core/src/registry/tar.js";
import { tempDir } from "./helpers/tmp.js";

const root = tempDir();

/** tar-stream's archive of the same entries (sorted names, zero owners and mtime): the reference digest. */
async function tarStreamBytes(dir: string, names: string[]): Promise<Buffer> {
  const pack = tarStream.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: unknown) => void chunks.push(c as Buffer));
  const done = new Promise<void>((r) => pack.on("end", () => r()));
  for (const name of names) {
    const data = await fs.readFile(path.join(dir, name));
    const entry = { name, size: data.length, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0, uname: "", gname: "" };
    pack.entry({ ...entry, type: "file" }, data);
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

describe("the model tar with synchronous reads and writes", () => {
  it("files across several chunks: the archive is tar-stream's byte for byte, and comes back whole from the file and from small network chunks", async () => {
    const dir = path.join(root, "model");
    mkdirSync(path.join(dir, "sub"), { recursive: true });
    // Sizes around the chunk (128 KiB) and the block (512 B): a chunk ends inside a file, a
    // header, a padding; and one file of many chunks.
    expect(CHUNK).toBe(128 * 1024);
    const files: Record<string, Buffer> = {
      "a.bin": randomBytes(9 * CHUNK + 123),
      "b.bin": randomBytes(CHUNK),
      "big.bin": randomBytes(9 * 2 ** 20 + 7),
      "sub/c.bin": randomBytes(CHUNK - 511),
      "sub/d.json": Buffer.from("{}"),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
    const target = path.join(root, "model.tar");
    const packed = await packDirectory(dir, target);
    const reference = await tarStreamBytes(dir, Object.keys(files).sort());
    const written = await fs.readFile(target);
    expect(written.equals(reference)).toBe(true);
    expect(packed.digest).toBe(`sha256:${createHash("sha256").update(reference).digest("hex")}`);
    expect(packed.size).toBe(reference.length);

    // readFileChunks yields the file's bytes, in order, in chunks of at most 128 KiB.
    const seen: Buffer[] = [];
    for await (const chunk of readFileChunks(target)) {
      expect(chunk.length).toBeLessThanOrEqual(128 * 1024);
      seen.push(Buffer.from(chunk));
    }
    expect(Buffer.concat(seen).equals(reference)).toBe(true);

    for (const [how, source] of [
      ["file", () => readFileChunks(target)],
      ["stream", () => createReadStream(target, { highWaterMark: 65_536 })],
    ] as const) {
      const out = path.join(root, `out-${how}`);
      mkdirSync(out);
      await unpackVerified(source(), out, packed.digest, how);
      for (const [name, data] of Object.entries(files))
        expect((await fs.readFile(path.join(out, name))).equals(data), `${how}: ${name}`).toBe(true);
    }
    // A wrong digest is refused, whatever was written.
    await expect(
      unpackVerified(readFileChunks(target), path.join(root, "out-bad"), `sha256:${"0".repeat(64)}`, "bad"),
    ).rejects.toThrow(/integrity check failed/);
  }, 60_000);
});
