import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeLayer } from "../packages/core/src/package/layer.js";
import { packDirectory } from "../packages/core/src/registry/tar.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * The two deterministic tars mlship writes, pinned to the bytes they had before their writers
 * became one (#31): a model's digest in every registry and an image layer's digest depend on
 * them, so these digests must never change. Recorded from the code of main at 9773f02; the
 * entries were checked by hand with `tar tvf` (names, modes 0644/0755, owners 0/0, mtime 1970-01-01).
 */
const sha256 = (file: string) => `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
const listing = (file: string) =>
  execFileSync("tar", ["--numeric-owner", "-tvf", file], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } })
    .trim()
    .split("\n")
    .map((l) => l.replace(/\s+/g, " "));

describe("deterministic tars, byte for byte", () => {
  it("a model folder whose names need pax headers (tar-stream's path of packDirectory)", async () => {
    const root = tempDir("mlship-tar-");
    const dir = path.join(root, "model");
    const long = `${"deep/".repeat(12)}weights-${"w".repeat(60)}.bin`;
    mkdirSync(path.dirname(path.join(dir, long)), { recursive: true });
    writeFileSync(path.join(dir, long), Buffer.alloc(1500, 7));
    writeFileSync(path.join(dir, "modèle.json"), '{"w":[1,2,3]}\n');
    writeFileSync(path.join(dir, "serve.sh"), "#!/bin/sh\necho hi\n");
    chmodSync(path.join(dir, "serve.sh"), 0o755);
    writeFileSync(path.join(dir, "empty.txt"), "");
    const target = path.join(root, "model.tar");
    const packed = await packDirectory(dir, target);
    expect(listing(target)).toEqual([
      `-rw-r--r-- 0/0 1500 1970-01-01 00:00 ${long}`,
      "-rw-r--r-- 0/0 0 1970-01-01 00:00 empty.txt",
      "-rw-r--r-- 0/0 14 1970-01-01 00:00 modèle.json",
      "-rwxr-xr-x 0/0 18 1970-01-01 00:00 serve.sh",
    ]);
    expect(packed).toEqual({ digest: sha256(target), size: readFileSync(target).length, files: 4 });
    expect(packed.digest).toBe("sha256:f0f595d388dabc07ccd527ac01fd9c3a0c18fe7e3611f7e9cf90f2be0b54f69e");
  });

  it("an image layer: folders before what they hold, files from disk and from memory, modes kept", async () => {
    const root = tempDir("mlship-layer-");
    const disk = path.join(root, "predict.py");
    writeFileSync(disk, "print('hi')\n");
    const target = path.join(root, "layer.tar");
    const layer = await writeLayer(
      [
        { path: "opt/mlship/app/predict.py", source: disk },
        { path: "opt/mlship/model/model.json", source: Buffer.from('{"w":[1]}') },
        { path: "opt/mlship/bin/start", source: Buffer.from("#!/bin/sh\n"), mode: 0o755 },
        // Sorts between the folder "app" and what it holds ('-' < '/'): folders sort by their path.
        { path: "opt/mlship/app-x.py", source: Buffer.from("x = 1\n") },
      ],
      target,
    );
    expect(listing(target)).toEqual([
      "drwxr-xr-x 0/0 0 1970-01-01 00:00 opt/",
      "drwxr-xr-x 0/0 0 1970-01-01 00:00 opt/mlship/",
      "drwxr-xr-x 0/0 0 1970-01-01 00:00 opt/mlship/app/",
      "-rw-r--r-- 0/0 6 1970-01-01 00:00 opt/mlship/app-x.py",
      "-rw-r--r-- 0/0 12 1970-01-01 00:00 opt/mlship/app/predict.py",
      "drwxr-xr-x 0/0 0 1970-01-01 00:00 opt/mlship/bin/",
      "-rwxr-xr-x 0/0 10 1970-01-01 00:00 opt/mlship/bin/start",
      "drwxr-xr-x 0/0 0 1970-01-01 00:00 opt/mlship/model/",
      "-rw-r--r-- 0/0 9 1970-01-01 00:00 opt/mlship/model/model.json",
    ]);
    expect(layer).toEqual({ digest: sha256(target), size: readFileSync(target).length });
    expect(layer.digest).toBe("sha256:3140e8553404ef89c8fdd7befd38b293bf7c9d491979ad8adc3b50253f36558b");
  });
});
