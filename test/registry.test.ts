import { execFile, spawn } from "node:child_process";
import { createReadStream, promises as fs, writeFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { parseModelRef } from "../packages/core/src/model-id.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { ModelRegistry } from "../packages/core/src/registry/model-registry.js";
import type { Registry } from "../packages/core/src/registry/types.js";
import { OciBackend } from "../packages/core/src/registry/backends/oci.js";
import { packDirectory, unpackVerified } from "../packages/core/src/registry/tar.js";
import tarStream from "tar-stream";
import { Readable } from "node:stream";
import { S3Backend } from "../packages/core/src/registry/backends/s3.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { s3Host } from "./helpers/s3-host.js";
import { faultyProxy } from "./helpers/faulty-proxy.js";
import { tsNode } from "./helpers/proc.js";
import { S3_CREDENTIALS } from "./services/s3-server.js";
import { startTokenRealm } from "./services/token-realm.js";

const run = promisify(execFile);

// The tests' S3 server, its settings passed in (and inherited by the worker processes).
const { open } = s3Host();

const s3 = new S3Client({
  endpoint: inject("s3Endpoint"),
  forcePathStyle: true,
  region: "us-east-1",
  credentials: S3_CREDENTIALS,
});

function modelDir(root: string, content: Record<string, string | Buffer>): string {
  const dir = path.join(root, `m-${randomBytes(4).toString("hex")}`);
  for (const [rel, text] of Object.entries(content)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** Per backend: how to reach a stored blob's raw bytes without mlship, and how to damage one. */
interface Backend {
  kind: string;
  uri: (scope: string) => string;
  raw: (uri: string, digest: string) => Promise<Buffer>;
  tamper: (uri: string, digest: string) => Promise<void>;
  /** Whether `gc` removes orphans itself (OCI registries collect their own). */
  collects: boolean;
  plantOrphan?: (uri: string, ageMs: number) => Promise<void>;
}

const filePath = (uri: string, digest: string) =>
  path.join(uri.slice("file://".length), "blobs/sha256", digest.slice(7));
const s3Key = (uri: string, digest: string) => ({
  Bucket: "models",
  Key: `${uri.slice("s3://models/".length)}/blobs/sha256/${digest.slice(7)}`,
});
const ociBlobFile = (digest: string) =>
  path.join(inject("ociDataDir"), "docker/registry/v2/blobs/sha256", digest.slice(7, 9), digest.slice(7), "data");
const flip = (bytes: Buffer) => {
  bytes[600 % bytes.length] ^= 0xff;
  return bytes;
};

const root = tempDir();
const backends: Backend[] = [
  {
    kind: "file",
    uri: (scope) => `file://${path.join(root, scope)}`,
    raw: (uri, d) => fs.readFile(filePath(uri, d)),
    tamper: async (uri, d) => fs.writeFile(filePath(uri, d), flip(await fs.readFile(filePath(uri, d)))),
    collects: true,
    plantOrphan: async (uri, ageMs) => {
      const f = filePath(uri, `sha256:${randomBytes(32).toString("hex")}`);
      await fs.writeFile(f, "orphan from a killed push");
      const t = new Date(Date.now() - ageMs);
      await fs.utimes(f, t, t);
    },
  },
  {
    kind: "s3",
    uri: (scope) => `s3://models/${scope}-${randomBytes(3).toString("hex")}`,
    raw: async (uri, d) =>
      Buffer.from(await (await s3.send(new GetObjectCommand(s3Key(uri, d)))).Body!.transformToByteArray()),
    tamper: async (uri, d) => {
      const bytes = Buffer.from(
        await (await s3.send(new GetObjectCommand(s3Key(uri, d)))).Body!.transformToByteArray(),
      );
      await s3.send(new PutObjectCommand({ ...s3Key(uri, d), Body: flip(bytes) }));
    },
    collects: true,
    // S3 sets LastModified itself, so only a fresh orphan can be planted: gc with grace 0 takes it.
    plantOrphan: async (uri) => {
      await s3.send(
        new PutObjectCommand({
          ...s3Key(uri, `sha256:${randomBytes(32).toString("hex")}`),
          Body: "orphan from a killed push",
        }),
      );
    },
  },
  {
    kind: "oci",
    uri: (scope) => `oci://${inject("ociHost")}/mlship/${scope}-${randomBytes(3).toString("hex")}`,
    raw: async (uri, d) => {
      const res = await fetch(`http://${uri.slice("oci://".length).replace("/", "/v2/")}/blobs/${d}`);
      return Buffer.from(await res.arrayBuffer());
    },
    // The registry checks digests on upload, so damage is done where it keeps the bytes.
    tamper: async (_uri, d) => fs.writeFile(ociBlobFile(d), flip(await fs.readFile(ociBlobFile(d)))),
    collects: false,
  },
];

describe.each(backends)("$kind registry", (b) => {
  const uri = b.uri("main");
  let reg: Registry;
  beforeAll(async () => {
    reg = await open(uri);
  });
  const a = modelDir(root, { "model.json": '{"w":[1,2]}', "sub/vocab.txt": "a\nb\n" });
  const second = modelDir(root, { "model.json": '{"w":[3,4]}' });

  it("pushes versions in order, pulls them back byte for byte, and verifies the digest", async () => {
    const v1 = await reg.push({ name: "churn", dir: a, metadata: { metrics: { accuracy: 0.8 } } });
    const v2 = await reg.push({ name: "churn", dir: second, metadata: {} });
    expect([v1.id.version, v2.id.version]).toEqual([1, 2]);
    const out = path.join(root, `pulled-${b.kind}`);
    const info = await reg.pull({ name: "churn", version: 1 }, out);
    expect(info.metrics).toEqual({ accuracy: 0.8 });
    expect(await fs.readFile(path.join(out, "sub/vocab.txt"), "utf8")).toBe("a\nb\n");
    expect(await fs.readFile(path.join(out, "model.json"), "utf8")).toBe('{"w":[1,2]}');
    // The digest is sha256 of the stored tar, fetched and hashed here without mlship.
    expect(sha256(await b.raw(uri, v1.digest))).toBe(v1.digest);
    expect(await reg.names()).toEqual(["churn"]);
  });

  it("gives identical content its existing ID, unless forced", async () => {
    const again = await reg.push({
      name: "churn",
      dir: modelDir(root, { "model.json": '{"w":[1,2]}', "sub/vocab.txt": "a\nb\n" }),
      metadata: {},
    });
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
    expect((await reg.show({ name: "churn", version: 1 })).state.stages).toEqual(["production"]);
    const v2 = await reg.show({ name: "churn", version: 2 });
    expect(await reg.resolve(parseModelRef(v2.digest))).toEqual({ name: "churn", version: 2 });
    expect((await caught(() => reg.resolve(parseModelRef("churn@staging")))).message).toContain(
      "nothing of 'churn' runs in environment 'staging'",
    );
    expect((await caught(() => reg.resolve(parseModelRef("churn@v9")))).message).toContain(
      "churn@v9 is not in the registry",
    );
  });

  it("keeps attachments and verifies them", async () => {
    const preds = path.join(root, `preds-${b.kind}.csv`);
    await fs.writeFile(preds, "y,p\n1,0.9\n");
    const pushed = await reg.push({
      name: "with-attachment",
      dir: a,
      metadata: {},
      attachments: { "predictions.csv": preds },
    });
    const dest = path.join(root, `att-${b.kind}`, "p.csv");
    expect(await reg.pullAttachment(pushed.id, "predictions.csv", dest)).toBe(dest);
    expect(await fs.readFile(dest, "utf8")).toBe("y,p\n1,0.9\n");
    expect(await reg.pullAttachment(pushed.id, "nope.csv", dest)).toBeUndefined();
  });

  it("refuses a tampered blob with a clear error and leaves no half-pulled folder", async () => {
    const r = await open(b.uri("tamper"));
    const big = modelDir(root, { "weights.bin": randomBytes(4096) });
    const pushed = await r.push({ name: "t", dir: big, metadata: {} });
    await b.tamper(r.uri, pushed.digest);
    const dest = path.join(root, `tampered-${b.kind}`);
    const e = await caught(() => r.pull(pushed.id, dest));
    expect(e.message).toMatch(/integrity check failed|refusing tar entry|invalid tar|unexpected end/i);
    await expect(fs.access(dest)).rejects.toThrow();
    expect(readdirSync(root).filter((f) => f.startsWith(`tampered-${b.kind}`))).toEqual([]);
  });

  it("gc removes orphan blobs past the grace period only", async () => {
    const r = await open(b.uri("gc"));
    const pushed = await r.push({ name: "m", dir: second, metadata: {} });
    if (!b.collects) {
      expect(await r.gc({ graceMs: 0 })).toBeUndefined();
      return;
    }
    await b.plantOrphan!(r.uri, 2 * 3600_000);
    expect(await r.gc()).toBe(b.kind === "file" ? 1 : 0); // a fresh orphan survives the default hour
    if (b.kind !== "file") expect(await r.gc({ graceMs: 0 })).toBe(1);
    expect(await r.gc({ graceMs: 0 })).toBe(0);
    await r.pull(pushed.id, path.join(root, `gc-pull-${b.kind}`));
  });

  // OCI numbers are unique and increasing but skip a number contested by several writers (oci.ts, createRecord).
  const consecutive = b.kind !== "oci";

  it("20 processes registering the same name at once get 20 distinct versions (consecutive but on OCI)", async () => {
    const raceUri = b.uri("race");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const dir = modelDir(root, { "model.json": `{"i":${i}}` });
        return run(...tsNode("test/helpers/push-worker.ts", [raceUri, dir, "race"])).then(
          (r) => JSON.parse(r.stdout) as { version: number; digest: string },
        );
      }),
    );
    const versions = results.map((r) => r.version).sort((x, y) => x - y);
    expect(new Set(versions).size).toBe(20);
    if (consecutive) expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // None lost: each version holds the model its pusher was told it holds.
    const listed = await (await open(raceUri)).list("race");
    expect(listed.map((v) => `${v.version}:${v.digest}`).sort()).toEqual(
      results.map((r) => `${r.version}:${r.digest}`).sort(),
    );
  }, 180_000);

  it("10 processes appending deploy events to one environment lose none, each under its own number", async () => {
    const eventsUri = b.uri("events");
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run(...tsNode("test/helpers/event-worker.ts", [eventsUri, "churn", "production", `w${i}`])).then(
          (r) => JSON.parse(r.stdout) as { seq: number; reason: string },
        ),
      ),
    );
    const log = await (await open(eventsUri)).events("churn", "production");
    // Numbered 1..10 without gap (OCI: ten increasing numbers), and each writer's event is the one under the number it was told.
    expect(log.length).toBe(10);
    if (consecutive) expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(log.map((e) => `${e.seq}:${e.reason}`).sort()).toEqual(results.map((r) => `${r.seq}:${r.reason}`).sort());
    expect(new Set(log.map((e) => e.reason)).size).toBe(10);
    expect(log.every((e) => e.by === `writer-${e.reason}` && e.environment === "production")).toBe(true);
  }, 180_000);

  it("keeps an environment's drift checks beside its events, numbered in order, for the next machine to read", async () => {
    const driftUri = b.uri("drift");
    const first = await open(driftUri);
    const reference = "churn@production (churn@v1, registered profile)";
    await first.appendDriftCheck("churn", "production", {
      drift_share: 0.5,
      dataset_drift: true,
      drifted: ["monthly_charges", "contract"],
      reference,
      by: "ada",
    });
    await first.appendDriftCheck("churn", "production", {
      drift_share: 0,
      dataset_drift: false,
      drifted: [],
      by: "bob",
    });
    const next = await open(driftUri); // another job, another machine
    expect(
      (await next.driftChecks("churn", "production")).map((c) => [
        c.seq,
        c.by,
        c.drift_share,
        c.dataset_drift,
        c.drifted,
        c.reference,
      ]),
    ).toEqual([
      [1, "ada", 0.5, true, ["monthly_charges", "contract"], reference],
      [2, "bob", 0, false, [], undefined],
    ]);
    expect(await next.driftChecks("churn", "staging")).toEqual([]);
    expect(await next.events("churn", "production")).toEqual([]);
    expect(await next.environments("churn")).toEqual(["production"]);
  });

  it("keeps an environment's performance checks beside its drift checks, numbered in order (#29)", async () => {
    const uri = b.uri("performance");
    const first = await open(uri);
    await first.appendPerformanceCheck("churn", "production", {
      version: "churn@v1",
      degraded: true,
      served: 2500,
      labelled: 2000,
      metrics: { accuracy: 0.7305, roc_auc: null },
      estimated: { accuracy: 0.776 },
      by: "ada",
    });
    await first.appendDriftCheck("churn", "production", {
      drift_share: 0,
      dataset_drift: false,
      drifted: [],
      by: "ada",
    });
    await first.appendPerformanceCheck("churn", "production", {
      version: "churn@v2",
      degraded: false,
      served: 10,
      labelled: 0,
      metrics: {},
      by: "bob",
    });
    const next = await open(uri); // another job, another machine
    expect(
      (await next.performanceChecks("churn", "production")).map((c) => [
        c.seq,
        c.by,
        c.version,
        c.degraded,
        c.metrics,
        c.estimated,
      ]),
    ).toEqual([
      [1, "ada", "churn@v1", true, { accuracy: 0.7305, roc_auc: null }, { accuracy: 0.776 }],
      [2, "bob", "churn@v2", false, {}, undefined],
    ]);
    expect((await next.driftChecks("churn", "production")).map((c) => c.seq)).toEqual([1]);
    expect(await next.performanceChecks("churn", "staging")).toEqual([]);
    expect(await next.environments("churn")).toEqual(["production"]);
  });

  it("quarantine follows the content: the same bytes re-registered stay quarantined; release lifts it; both logged", async () => {
    const r = await open(b.uri("quarantine"));
    const content = { "model.json": '{"w":[9,9]}' };
    const v1 = await r.push({ name: "q", dir: modelDir(root, content), metadata: {} });
    const other = await r.push({ name: "q", dir: modelDir(root, { "model.json": '{"w":[1]}' }), metadata: {} });
    await r.quarantine(v1.id, "answers differ from recorded predictions", { by: "ada", environment: "production" });
    const again = await r.push({ name: "q", dir: modelDir(root, content), metadata: {}, forceNewVersion: true });
    expect(again.id.version).toBe(3);
    const shown = await r.show(again.id);
    expect(shown.state.quarantine).toMatchObject({ reason: "answers differ from recorded predictions", by: "ada" });
    expect(await r.resolve(parseModelRef("q@latest"))).toEqual(other.id);
    await r.release(again.id, "false alarm", { by: "bob" });
    expect((await r.show(v1.id)).state.quarantine).toBeUndefined();
    expect(await r.resolve(parseModelRef("q@latest"))).toEqual(again.id);
    // Logged where they happened: the quarantine by a deploy in production's log, the release in the model's.
    const prod = await r.events("q", "production");
    expect(prod.map((e) => [e.action, e.to, e.by, e.digest])).toEqual([["quarantine", "q@v1", "ada", v1.digest]]);
    const own = await r.events("q", null);
    expect(own.map((e) => [e.action, e.to, e.reason, e.by])).toEqual([["release", "q@v3", "false alarm", "bob"]]);
    expect(await r.environments("q")).toEqual(["production"]);
  }, 60_000);

  it("an environment's record is written with its deploy events: who, from, to, and where it serves", async () => {
    const r = await open(b.uri("envrecord"));
    const v1 = await r.push({ name: "e", dir: modelDir(root, { "m.json": "1" }), metadata: {} });
    const v2 = await r.push({ name: "e", dir: modelDir(root, { "m.json": "2" }), metadata: {} });
    await r.appendEvent("e", "staging", {
      action: "deploy",
      from: null,
      to: "e@v1",
      digest: v1.digest,
      outcome: "success",
      by: "ada",
      commit: "0123abc",
      runUrl: "https://github.com/acme/churn/actions/runs/7",
      url: "http://staging.example",
      target: "command",
    });
    await r.appendEvent("e", "staging", {
      action: "auto-rollback",
      from: "e@v1",
      to: "e@v2",
      outcome: "failure",
      by: "bob",
    });
    expect(await r.environmentRecord("e", "staging")).toMatchObject({
      id: { name: "e", version: 1 },
      seq: 1,
      digest: v1.digest,
      url: "http://staging.example",
      target: "command",
      by: "ada",
    });
    await r.appendEvent("e", "staging", {
      action: "rollback",
      from: "e@v1",
      to: "e@v2",
      digest: v2.digest,
      outcome: "success",
      by: "cy",
    });
    expect(await r.resolve(parseModelRef("e@staging"))).toEqual(v2.id);
    expect((await r.show(v2.id)).state.stages).toEqual(["staging"]);
    const log = await r.events("e", "staging");
    expect(log.map((e) => [e.seq, e.action, e.outcome, e.by])).toEqual([
      [1, "deploy", "success", "ada"],
      [2, "auto-rollback", "failure", "bob"],
      [3, "rollback", "success", "cy"],
    ]);
    expect(log[0]).toMatchObject({ commit: "0123abc", runUrl: "https://github.com/acme/churn/actions/runs/7" });
  }, 60_000);

  it("a push killed at any point leaves no visible half-version", async () => {
    const killUri = b.uri("kill");
    const big = modelDir(root, { "weights.bin": randomBytes(64 * 1024 * 1024), "meta.json": "{}" });
    // Each worker is killed a while after it says "pushing" (its registry open, its push begun), so
    // start-up time on a busy machine does not decide where the kill lands.
    let killedMidPush = 0;
    let finished = 0;
    for (const afterMs of [0, 40, 150, 400, 900]) {
      const child = spawn(...tsNode("test/helpers/push-worker.ts", [killUri, big, "killed"]), {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (c: Buffer) => void (out += c));
      const exited = new Promise<void>((r) =>
        child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", () => r()),
      );
      const pushing = new Promise<void>((r) =>
        child.stderr.on("data", (c: Buffer) => void (String(c).includes("pushing") && r())),
      );
      await Promise.race([pushing, exited]);
      await new Promise((r) => setTimeout(r, afterMs));
      child.kill("SIGKILL");
      await exited;
      if (out.includes('"version"')) finished++;
      else if (child.signalCode === "SIGKILL") killedMidPush++;
    }
    // The event under test happened: at least one push was killed before it finished.
    expect(killedMidPush).toBeGreaterThan(0);
    const r = await open(killUri);
    // Whatever versions became visible are whole: each pulls and verifies. A push may have written its
    // record just before the kill without printing, so at least the finished ones are there.
    const visible = await r.list("killed");
    expect(visible.length).toBeGreaterThanOrEqual(finished);
    for (const v of visible) await r.pull(v, path.join(root, `killed-${b.kind}-${v.version}`));
    // And the registry takes the next push.
    const next = await r.push({ name: "killed", dir: big, metadata: {}, forceNewVersion: true });
    expect(next.id.version).toBeGreaterThan(Math.max(0, ...visible.map((v) => v.version)));
  }, 180_000);
});

describe("the model tar", () => {
  it("is byte for byte what tar-stream writes for the same entries, and round-trips", async () => {
    const dir = modelDir(root, { "a.json": '{"x":1}', "sub/b.bin": randomBytes(70_000), "sub/deeper/c.txt": "" });
    await fs.chmod(path.join(dir, "a.json"), 0o755);
    const ours = path.join(root, "ours.tar");
    const packed = await packDirectory(dir, ours);
    // The reference: tar-stream's packer, fed the same sorted entries and header fields.
    const pack = tarStream.pack();
    const chunks: Buffer[] = [];
    pack.on("data", (c: unknown) => void chunks.push(c as Buffer));
    const done = new Promise<void>((r) => pack.on("end", () => r()));
    for (const rel of ["a.json", "sub/b.bin", "sub/deeper/c.txt"]) {
      const data = await fs.readFile(path.join(dir, rel));
      pack.entry(
        {
          name: rel,
          size: data.length,
          mode: rel === "a.json" ? 0o755 : 0o644,
          mtime: new Date(0),
          uid: 0,
          gid: 0,
          uname: "",
          gname: "",
          type: "file",
        },
        data,
      );
    }
    pack.finalize();
    await done;
    const reference = Buffer.concat(chunks);
    expect((await fs.readFile(ours)).equals(reference)).toBe(true);
    expect(packed.digest).toBe(sha256(reference));
    const out = path.join(root, "tar-out");
    await fs.mkdir(out);
    await unpackVerified(createReadStream(ours, { highWaterMark: 1000 }), out, packed.digest, "test");
    expect(
      (await fs.readFile(path.join(out, "sub/b.bin"))).equals(await fs.readFile(path.join(dir, "sub/b.bin"))),
    ).toBe(true);
    expect((await fs.stat(path.join(out, "a.json"))).mode & 0o777).toBe(0o755);
  });

  it("names that need pax headers (long, non-ASCII) go through tar-stream and come back", async () => {
    const long = `${"d".repeat(60)}/${"e".repeat(60)}/weights-${"f".repeat(50)}.bin`;
    const dir = modelDir(root, { [long]: "w", "modèle ☕.json": "{}" });
    const reg = new FileRegistry(path.join(root, "pax-registry"));
    const pushed = await reg.push({ name: "pax", dir, metadata: {} });
    const out = path.join(root, "pax-out");
    await reg.pull(pushed.id, out);
    expect(await fs.readFile(path.join(out, long), "utf8")).toBe("w");
    expect(await fs.readFile(path.join(out, "modèle ☕.json"), "utf8")).toBe("{}");
  });

  it("refuses entries that would escape the folder", async () => {
    const pack = tarStream.pack();
    const chunks: Buffer[] = [];
    pack.on("data", (c: unknown) => void chunks.push(c as Buffer));
    const done = new Promise<void>((r) => pack.on("end", () => r()));
    pack.entry({ name: "../evil.sh", size: 2, mode: 0o755 }, Buffer.from("hi"));
    pack.finalize();
    await done;
    const bytes = Buffer.concat(chunks);
    const out = path.join(root, "evil-out");
    await fs.mkdir(out);
    const e = await caught(() => unpackVerified(Readable.from([bytes]), out, sha256(bytes), "evil"));
    expect(e.message).toContain("refusing tar entry '../evil.sh'");
  });
});

describe("registry network faults", () => {
  const model = modelDir(root, { "model.json": '{"w":[5]}', "weights.bin": randomBytes(64 * 1024) });

  it.each([
    {
      kind: "S3",
      upstream: () => inject("s3Endpoint"),
      open: (p: { url: string; host: string }) =>
        new ModelRegistry(new S3Backend("models", `faults-${randomBytes(3).toString("hex")}`, { endpoint: p.url })),
    },
    {
      kind: "OCI",
      upstream: () => `http://${inject("ociHost")}`,
      open: (p: { url: string; host: string }) =>
        new ModelRegistry(new OciBackend(p.host, `faults/${randomBytes(3).toString("hex")}`, { retryBaseMs: 20 })),
    },
  ])(
    "$kind: retries 503s and connection resets, then succeeds; the data arrives intact",
    async ({ kind, upstream, open }) => {
      const proxy = await faultyProxy(upstream(), (n) => (n % 4 === 2 ? "503" : n % 5 === 3 ? "reset" : "pass"));
      try {
        const reg = open(proxy);
        const pushed = await reg.push({ name: "m", dir: model, metadata: {} });
        const out = path.join(root, `faults-${kind}`);
        await reg.pull(pushed.id, out);
        expect(await fs.readFile(path.join(out, "model.json"), "utf8")).toBe('{"w":[5]}');
        expect(proxy.counts["503"]).toBeGreaterThan(0);
        expect(proxy.counts.reset).toBeGreaterThan(0);
      } finally {
        await proxy.stop();
      }
    },
  );

  it("OCI: answers a registry's Bearer challenge with the token input, as ghcr.io asks", async () => {
    const auth = {
      username: "ada",
      password: "ghp_registryToken123",
      tokenRequests: [] as { scope: string | null; basic: string | undefined }[],
    };
    const proxy = await faultyProxy(`http://${inject("ociHost")}`, () => "pass", auth);
    try {
      const uri = `oci://${proxy.host}/auth/models`;
      const reg = await open(uri, root, { token: auth.password, username: auth.username });
      const pushed = await reg.push({ name: "m", dir: model, metadata: {} });
      await reg.pull(pushed.id, path.join(root, "auth-pull"));
      expect(auth.tokenRequests.length).toBeGreaterThan(0);
      expect(
        auth.tokenRequests.every((t) => t.basic === Buffer.from("ada:ghp_registryToken123").toString("base64")),
      ).toBe(true);
      // Reads ask for pull, writes for pull,push, whatever scope the challenge named.
      expect(new Set(auth.tokenRequests.map((t) => t.scope))).toEqual(
        new Set(["repository:auth/models:pull", "repository:auth/models:pull,push"]),
      );
      // Wrong or missing credentials: a clear error that names the input, and never the secret.
      const e = await caught(async () => (await open(uri, root, { token: "wrong-secret-value" })).list("m"));
      expect(e.message).toContain(`registry ${uri}`);
      expect(e.message).toContain("registry-token");
      expect(e.message).not.toContain("wrong-secret-value");
    } finally {
      await proxy.stop();
    }
  });

  it("OCI against the ghcr.io stand-in: a token per need, paginated tags, a read-only token reads but cannot write", async () => {
    const realm = await startTokenRealm(inject("ociHost"), { page: 4 });
    try {
      const uri = `oci://${realm.host}/acme/models-${randomBytes(3).toString("hex")}`;
      const reg = await open(uri, root, { token: realm.writeToken, username: "github-actions" });
      const v1 = await reg.push({ name: "m", dir: modelDir(root, { "a.json": "1" }), metadata: {} });
      for (let i = 0; i < 6; i++)
        await reg.appendEvent("m", "production", { action: "deploy", from: null, to: "m@v1", outcome: "failure" });
      // 8 tags (a version, 6 events, the quarantine record) read 4 to a page, following the Link header.
      await reg.quarantine(v1.id, "bad", { by: "ada" });
      const before = realm.counts.pages;
      expect((await reg.events("m", "production")).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(realm.counts.pages - before).toBeGreaterThanOrEqual(2);
      expect(realm.counts.denied).toBe(0);
      // packages: read — it reads everything, and a write fails saying which permission is missing.
      const reader = await open(uri, root, { token: realm.readToken, username: "github-actions" });
      expect((await reader.show(v1.id)).state.quarantine?.reason).toBe("bad");
      const e = await caught(() => reader.push({ name: "m", dir: modelDir(root, { "a.json": "2" }), metadata: {} }));
      expect(e.message).toContain("packages: write");
      expect(e.message).not.toContain(realm.readToken);
    } finally {
      await realm.stop();
    }
  }, 60_000);

  it("a registry that keeps failing gives a clear error naming it, and no credentials", async () => {
    const proxy = await faultyProxy(`http://${inject("ociHost")}`, () => "503");
    try {
      const token = "ghp_secretSecretSecret123";
      const reg = await open(`oci://${proxy.host}/down/models`, root, { token });
      const e = await caught(() => reg.push({ name: "m", dir: model, metadata: {} }));
      expect(e.message).toContain(`registry oci://${proxy.host}/down/models`);
      expect(e.message).toMatch(/HTTP 503.*after 5 attempts/);
      expect(e.message).not.toContain(token);
    } finally {
      await proxy.stop();
    }
    const s3Proxy = await faultyProxy(inject("s3Endpoint"), () => "reset");
    try {
      const reg = new ModelRegistry(new S3Backend("models", "down", { endpoint: s3Proxy.url, maxAttempts: 3 }));
      const e = await caught(() => reg.list("m"));
      expect(e.message).toContain("registry s3://models/down");
      expect(e.message).not.toContain(S3_CREDENTIALS.secretAccessKey + "x");
    } finally {
      await s3Proxy.stop();
    }
  });

  it("opens registries by URI and refuses bad ones with the reason", async () => {
    expect((await open("file://.mlship/registry", "/proj")).uri).toBe("file:///proj/.mlship/registry");
    expect((await open("oci://ghcr.io/acme/models")).uri).toBe("oci://ghcr.io/acme/models");
    expect((await open("s3://my-bucket/ml/registry/")).uri).toBe("s3://my-bucket/ml/registry");
    expect((await caught(() => open("ftp://x"))).message).toContain("unknown registry scheme");
    expect((await caught(() => open("registry"))).message).toContain("not a URI");
    expect((await caught(() => open("oci://user:pw@ghcr.io/acme/models"))).message).toContain(
      "must not hold credentials",
    );
    expect((await caught(() => open("oci://ghcr.io/Acme/Models"))).message).toContain("not a repository name");
    expect((await caught(() => open("s3://B/x"))).message).toContain("not an S3 bucket name");
  });
});

void FileRegistry;
