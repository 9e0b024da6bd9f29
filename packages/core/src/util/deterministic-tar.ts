import { createReadStream, createWriteStream, promises as fs } from "node:fs";
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/** One entry of a deterministic tar: a folder, or a file whose bytes are a local file's or given. */
export type TarEntry =
  | { name: string; type: "directory"; mode: number }
  | {
      name: string;
      type: "file";
      mode: number;
      /** A local file (read when written), or the bytes themselves. */
      source: string | Buffer;
      /** A local file's size when the caller has it (else read from the file). */
      size?: number;
    };

/**
 * Writes `entries`, in the order given, as a tar to `target` with tar-stream (ustar, with pax
 * headers where a name needs them), every entry's mtime 0 and owners 0 with no user or group
 * names: the same entries give the same bytes, hence the same sha256, on any machine at any time.
 * The one writer of the model tars whose names need pax headers (registry/tar.ts; its direct
 * packer writes the same bytes for the others) and of image layers (package/layer.ts).
 */
export async function writeDeterministicTar(
  entries: readonly TarEntry[],
  target: string,
): Promise<{ digest: string; size: number }> {
  const { default: tar } = await import("tar-stream");
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
    if (e.type === "directory") {
      pack.entry({ ...common, name: e.name, type: "directory", mode: e.mode });
      continue;
    }
    if (Buffer.isBuffer(e.source)) {
      pack.entry({ ...common, name: e.name, type: "file", mode: e.mode, size: e.source.length }, e.source);
      continue;
    }
    const bytes = e.size ?? (await fs.stat(e.source)).size;
    const entry = pack.entry({ ...common, name: e.name, type: "file", mode: e.mode, size: bytes });
    await pipeline(createReadStream(e.source), entry);
  }
  pack.finalize();
  await done;
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
