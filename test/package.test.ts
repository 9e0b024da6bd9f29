import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import tar from "tar-stream";
import { imageConfig, imageLabels, parseImageReference } from "../packages/core/src/package/image.js";
import { folderFiles, writeLayer } from "../packages/core/src/package/layer.js";
import { openRegistry } from "../packages/core/src/registry/open.js";
import type { VersionInfo } from "../packages/core/src/registry/types.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const root = tempDir("mlship-package-unit-");

/** The headers of a tar, in order, read with tar-stream's parser (not the writer under test). */
async function headers(file: string): Promise<tar.Header[]> {
  const out: tar.Header[] = [];
  const extract = tar.extract();
  extract.on("entry", (h, stream, next) => {
    out.push(h);
    stream.on("end", next);
    stream.resume();
  });
  await pipeline(createReadStream(file), extract);
  return out;
}

describe("image layers", () => {
  it("are byte-identical when built twice, sorted, with parents first, mtime 0, uid/gid 0 and no names", async () => {
    const dir = path.join(root, "model");
    mkdirSync(path.join(dir, "sub"), { recursive: true });
    writeFileSync(path.join(dir, "model.json"), '{"w":[1,2]}');
    writeFileSync(path.join(dir, "sub", "b.txt"), "b");
    writeFileSync(path.join(dir, "a.txt"), "a");
    const files = await folderFiles(dir, "mlship/model");
    const one = await writeLayer(files, path.join(root, "one.tar"));
    const two = await writeLayer([...files].reverse(), path.join(root, "two.tar"));
    expect(readFileSync(path.join(root, "one.tar")).equals(readFileSync(path.join(root, "two.tar")))).toBe(true);
    expect(two).toEqual(one);
    const hs = await headers(path.join(root, "one.tar"));
    expect(hs.map((h) => h.name)).toEqual([
      "mlship/",
      "mlship/model/",
      "mlship/model/a.txt",
      "mlship/model/model.json",
      "mlship/model/sub/",
      "mlship/model/sub/b.txt",
    ]);
    for (const h of hs) {
      expect(h.mtime?.getTime()).toBe(0);
      expect([h.uid, h.gid, h.uname, h.gname]).toEqual([0, 0, "", ""]);
    }
    expect(hs.find((h) => h.name === "mlship/model/sub/b.txt")?.mode).toBe(0o644);
  });
});

describe("image references", () => {
  it("accept host/repository@sha256 only; a tag-only base is refused naming the input", async () => {
    const d = `sha256:${"a".repeat(64)}`;
    expect(parseImageReference(`ghcr.io/acme/base@${d}`, "package.base")).toEqual({
      host: "ghcr.io",
      repository: "acme/base",
      digest: d,
    });
    expect(parseImageReference(`127.0.0.1:5000/b/c@${d}`, "package.base").host).toBe("127.0.0.1:5000");
    for (const bad of [
      "python:3.12",
      "docker.io/library/python:3.12-slim",
      "python",
      `python@${d}`,
      `ghcr.io/A/b@${d}`,
    ]) {
      const e = await caught(() => parseImageReference(bad, "package.base"));
      expect(e.message, bad).toMatch(/^package\.base /);
      expect(e.location?.input).toBe("package.base");
      expect(e.exitCode).toBe(2);
    }
    expect((await caught(() => parseImageReference("python:3.12", "package.base"))).message).toContain(
      "not pinned by digest",
    );
  });
});

const info = {
  id: "churn@v3",
  name: "churn",
  version: 3,
  digest: `sha256:${"b".repeat(64)}`,
  createdAt: "2026-01-02T03:04:05.000Z",
  gitCommit: "c".repeat(40),
} as VersionInfo;

describe("image config", () => {
  it("labels carry the model ID, its digest and lineage's commit; the serve command is the entrypoint", () => {
    const base = {
      architecture: "amd64",
      os: "linux",
      config: { Env: ["PATH=/usr/bin", "PORT=1"], Entrypoint: ["/bin/sh"], Cmd: ["-c", "x"], Labels: { a: "b" } },
      rootfs: { type: "layers" as const, diff_ids: [`sha256:${"1".repeat(64)}`] },
    };
    const c = imageConfig(
      base,
      { info, command: ["python3", "serve.py"], port: 8080 },
      {
        model: `sha256:${"2".repeat(64)}`,
        app: `sha256:${"3".repeat(64)}`,
      },
    );
    expect(c.config?.Labels).toMatchObject({
      a: "b",
      "dev.mlship.model.id": "churn@v3",
      "dev.mlship.model.digest": info.digest,
      "dev.mlship.lineage.commit": info.gitCommit,
      "org.opencontainers.image.revision": info.gitCommit,
      "org.opencontainers.image.created": info.createdAt,
    });
    expect(c.config?.Entrypoint).toEqual(["python3", "serve.py"]);
    expect(c.config?.Cmd).toBeUndefined();
    expect(c.config?.Env).toEqual([
      "PATH=/usr/bin",
      "MLSHIP_MODEL_PATH=/mlship/model",
      "MLSHIP_MODEL_ID=churn@v3",
      `MLSHIP_MODEL_DIGEST=${info.digest}`,
      "PORT=8080",
    ]);
    expect(c.rootfs.diff_ids).toHaveLength(3);
    expect(c.created).toBe(info.createdAt);
    expect(imageLabels(info)["org.opencontainers.image.version"]).toBe("v3");
  });
});

describe("image records", () => {
  it("are read back checked: another version's record, a mismatched digest or a hostile reference is refused", async () => {
    const dir = path.join(root, "reg-project");
    const model = path.join(dir, "m");
    mkdirSync(model, { recursive: true });
    writeFileSync(path.join(model, "model.json"), "{}");
    const registry = await openRegistry(`file://${path.join(dir, "registry")}`, dir, {});
    const { id, digest } = await registry.push({ name: "churn", dir: model, metadata: {} });
    expect(await registry.image(id)).toBeUndefined();
    const ref = `ghcr.io/acme/churn@sha256:${"d".repeat(64)}`;
    const rec = await registry.recordImage(id, { reference: ref, built: "recorded" });
    expect(await registry.image(id)).toEqual(rec);
    expect(rec).toMatchObject({ model: "churn@v1", digest, imageDigest: `sha256:${"d".repeat(64)}` });
    const file = path.join(dir, "registry", "models", "churn", "images", "v1.json");
    const hostile = [
      { ...rec, reference: `ghcr.io/acme/churn@sha256:${"d".repeat(64)}; rm -rf /` },
      { ...rec, reference: "ghcr.io/acme/churn:latest" },
      { ...rec, model: "other@v1" },
      { ...rec, digest: `sha256:${"e".repeat(64)}` },
      { ...rec, imageDigest: `sha256:${"f".repeat(64)}` },
    ];
    for (const bad of hostile) {
      writeFileSync(file, JSON.stringify(bad));
      const e = await caught(() => registry.image(id));
      expect(e.exitCode).toBe(1);
      expect(e.message, JSON.stringify(bad)).toMatch(
        /image record of churn@v1 .* (not a valid mlship image record|not that version's image)/,
      );
    }
  });
});
