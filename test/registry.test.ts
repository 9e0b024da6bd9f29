import { execFile } from "node:child_process";
import { promises as fs, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FileRegistry, openRegistry, parseModelRef } from "@mlship/core";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const run = promisify(execFile);

function modelDir(root: string, content: Record<string, string>): string {
  const dir = path.join(root, `m-${createHash("sha1").update(JSON.stringify(content)).digest("hex").slice(0, 8)}`);
  for (const [rel, text] of Object.entries(content)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe("file registry", () => {
  const root = tempDir();
  const reg = new FileRegistry(path.join(root, "registry"));
  const a = modelDir(root, { "model.json": '{"w":[1,2]}', "sub/vocab.txt": "a\nb\n" });
  const b = modelDir(root, { "model.json": '{"w":[3,4]}' });

  it("pushes versions in order, pulls them back byte for byte, and verifies the digest", async () => {
    const v1 = await reg.push({ name: "churn", dir: a, metadata: { metrics: { accuracy: 0.8 } } });
    const v2 = await reg.push({ name: "churn", dir: b, metadata: {} });
    expect([v1.id.version, v2.id.version]).toEqual([1, 2]);
    const out = path.join(root, "pulled");
    const info = await reg.pull({ name: "churn", version: 1 }, out);
    expect(info.metrics).toEqual({ accuracy: 0.8 });
    expect(await fs.readFile(path.join(out, "sub/vocab.txt"), "utf8")).toBe("a\nb\n");
    // The digest is sha256 of the stored tar, computed independently here.
    const blob = await fs.readFile(path.join(root, "registry/blobs/sha256", v1.digest.slice(7)));
    expect(`sha256:${createHash("sha256").update(blob).digest("hex")}`).toBe(v1.digest);
  });

  it("gives identical content its existing ID, unless forced", async () => {
    const again = await reg.push({ name: "churn", dir: modelDir(root, { "model.json": '{"w":[1,2]}', "sub/vocab.txt": "a\nb\n" }), metadata: {} });
    expect(again).toMatchObject({ id: { version: 1 }, existing: true });
    const forced = await reg.push({ name: "churn", dir: a, metadata: {}, forceNewVersion: true });
    expect(forced.id.version).toBe(3);
    expect(forced.digest).toBe(again.digest);
  });

  it("resolves latest, environments and digests; quarantine hides a version from latest", async () => {
    expect(await reg.resolve(parseModelRef("churn@latest"))).toEqual({ name: "churn", version: 3 });
    await reg.quarantine({ name: "churn", version: 3 }, "smoke test failed");
    expect(await reg.resolve(parseModelRef("churn@latest"))).toEqual({ name: "churn", version: 2 });
    expect((await reg.show({ name: "churn", version: 3 })).state.quarantine?.reason).toBe("smoke test failed");
    await reg.setEnvironment({ name: "churn", version: 1 }, "production");
    expect(await reg.resolve(parseModelRef("churn@production"))).toEqual({ name: "churn", version: 1 });
    const v2 = await reg.show({ name: "churn", version: 2 });
    expect(await reg.resolve(parseModelRef(v2.digest))).toEqual({ name: "churn", version: 2 });
    expect((await caught(() => reg.resolve(parseModelRef("churn@staging")))).message).toContain("nothing of 'churn' runs in environment 'staging'");
    expect((await caught(() => reg.resolve(parseModelRef("churn@v9")))).message).toContain("churn@v9 is not in the registry");
  });

  it("refuses a tampered blob with a clear error and leaves no half-pulled folder", async () => {
    const info = await reg.show({ name: "churn", version: 2 });
    const blob = path.join(root, "registry/blobs/sha256", info.digest.slice(7));
    const bytes = await fs.readFile(blob);
    bytes[600] ^= 0xff;
    await fs.writeFile(blob, bytes);
    const dest = path.join(root, "tampered");
    const e = await caught(() => reg.pull({ name: "churn", version: 2 }, dest));
    expect(e.message).toContain("integrity check failed");
    await expect(fs.access(dest)).rejects.toThrow();
    expect(readdirSync(root).filter((f) => f.startsWith("tampered"))).toEqual([]);
  });

  it("makes the same digest for the same files whatever their mtimes", async () => {
    const r2 = new FileRegistry(path.join(root, "registry2"));
    const first = await r2.push({ name: "m", dir: a, metadata: {} });
    await fs.utimes(path.join(a, "model.json"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const second = await r2.push({ name: "m", dir: a, metadata: {}, forceNewVersion: true });
    expect(second.digest).toBe(first.digest);
  });

  it("gc removes orphan blobs only", async () => {
    const r3 = new FileRegistry(path.join(root, "registry3"));
    await r3.push({ name: "m", dir: b, metadata: {} });
    await fs.writeFile(path.join(root, "registry3/blobs/sha256", "0".repeat(64)), "orphan from a killed push");
    expect(await r3.gc()).toBe(1);
    expect(await r3.gc()).toBe(0);
    await r3.pull({ name: "m", version: 1 }, path.join(root, "gc-pull"));
  });

  it("20 processes registering the same name at once get 20 distinct consecutive versions", async () => {
    const regRoot = path.join(root, "race");
    const tsx = path.resolve("node_modules/.bin/tsx");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const dir = modelDir(root, { "model.json": `{"i":${i}}` });
        return run(tsx, ["test/helpers/push-worker.ts", regRoot, dir, "race"]).then((r) => JSON.parse(r.stdout) as { version: number });
      }),
    );
    const versions = results.map((r) => r.version).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await new FileRegistry(regRoot).list("race")).length).toBe(20);
  }, 120_000);

  it("opens registries by URI and refuses unknown schemes", async () => {
    expect(openRegistry("file://.mlship/registry", "/proj").uri).toBe("file:///proj/.mlship/registry");
    expect((await caught(() => openRegistry("ftp://x"))).message).toContain("unknown registry scheme");
    expect((await caught(() => openRegistry("registry"))).message).toContain("not a URI");
  });
});
