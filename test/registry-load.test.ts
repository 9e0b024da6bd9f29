// The registry under latency, load and hostile answers (#33): a fault-injecting proxy in front of
// the OCI and S3 test services, writers in separate processes with a CPU hog beside them, and the
// records they leave read back directly from the service.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { promises as fs, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { ModelRegistry } from "../packages/core/src/registry/model-registry.js";
import { parseModelRef } from "../packages/core/src/model-id.js";
import type { Registry } from "../packages/core/src/registry/types.js";
import { OciBackend } from "../packages/core/src/registry/backends/oci.js";
import { S3Backend } from "../packages/core/src/registry/backends/s3.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { s3Host } from "./helpers/s3-host.js";
import { faultyProxy, foreignHost, type Planned } from "./helpers/faulty-proxy.js";
import { tsNode } from "./helpers/proc.js";
import { S3_CREDENTIALS, startS3Server } from "./services/s3-server.js";

const run = promisify(execFile);

// The tests' S3 server, its settings passed in (and inherited by the worker processes).
const { open } = s3Host();

const root = tempDir();
const hex = () => randomBytes(3).toString("hex");

function modelDir(content: Record<string, string | Buffer>): string {
  const dir = path.join(root, `m-${hex()}`);
  for (const [rel, text] of Object.entries(content)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** A busy loop in its own process for the test's duration: the writers share the cores with it. */
function cpuHog(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

/**
 * What each request through the proxy gets: 15% wait 0–3 s first; 5% get a 503, 5% a reset before
 * anything is forwarded, 5% are done by the server and their answer lost (the client retries what
 * already happened).
 */
function latencyAndFaults(): Planned {
  const r = Math.random();
  const fault = r < 0.05 ? "503" : r < 0.1 ? "reset" : r < 0.15 ? "lost" : "pass";
  return { fault, delayMs: Math.random() < 0.15 ? Math.random() * 3000 : 0 };
}

describe("registry under latency and load", () => {
  it.each([
    {
      kind: "oci",
      upstream: () => `http://${inject("ociHost")}`,
      uri: (proxyHost: string, repo: string) => `oci://${proxyHost}/load/${repo}`,
      direct: (repo: string) => `oci://${inject("ociHost")}/load/${repo}`,
      env: () => ({ MLSHIP_OCI_RETRY_BASE_MS: "100" }),
    },
    {
      kind: "s3",
      upstream: () => inject("s3Endpoint"),
      uri: (_proxyHost: string, repo: string) => `s3://models/load-${repo}`,
      direct: (repo: string) => `s3://models/load-${repo}`,
      env: (proxyUrl: string) => ({ MLSHIP_S3_ENDPOINT: proxyUrl }),
    },
  ])(
    "$kind: 20 writers of versions and events through delays, resets, lost answers and 503s, beside a CPU hog: no duplicate, none lost, each ID its own content",
    async ({ upstream, uri, direct, env }) => {
      const proxy = await faultyProxy(upstream(), () => latencyAndFaults());
      const hog = cpuHog();
      const repo = hex();
      try {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => {
            const dir = modelDir({ "model.json": `{"writer":${i},"salt":"${hex()}"}` });
            return run(
              ...tsNode("test/helpers/load-worker.ts", [uri(proxy.host, repo), dir, "load", "production", `w${i}`]),
              {
                env: { ...process.env, ...env(proxy.url) },
              },
            ).then((r) => JSON.parse(r.stdout) as { version: number; digest: string; seq: number; reason: string });
          }),
        );
        // Read back without the proxy.
        const reg = await open(direct(repo));
        const versions = await reg.list("load");
        expect(new Set(results.map((r) => r.version)).size).toBe(20);
        expect(versions.map((v) => `${v.version}:${v.digest}`).sort()).toEqual(
          results.map((r) => `${r.version}:${r.digest}`).sort(),
        );
        const log = await reg.events("load", "production");
        expect(new Set(results.map((r) => r.seq)).size).toBe(20);
        expect(log.map((e) => `${e.seq}:${e.reason}`).sort()).toEqual(
          results.map((r) => `${r.seq}:${r.reason}`).sort(),
        );
        // Each event is the one its writer wrote: about the version it registered.
        const byReason = new Map(results.map((r) => [r.reason, r]));
        expect(log.every((e) => e.to === `load@v${byReason.get(e.reason!)!.version}`)).toBe(true);
        expect(proxy.counts.lost + proxy.counts.reset + proxy.counts["503"]).toBeGreaterThan(0);
      } finally {
        hog.kill("SIGKILL");
        await proxy.stop();
      }
    },
    300_000,
  );
});

describe("an S3 store that ignores If-None-Match", () => {
  let store: { endpoint: string; stop: () => Promise<void> };
  beforeAll(async () => {
    store = await startS3Server({ directory: path.join(root, "s3-unconditional"), conditionalWrites: false });
  });
  afterAll(() => store?.stop());

  it("is refused before anything is claimed, with a message naming the endpoint", async () => {
    const reg = new ModelRegistry(new S3Backend("models", `nocas-${hex()}`, { endpoint: store.endpoint }));
    const appends = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        reg.appendEvent("churn", "production", {
          action: "deploy",
          from: null,
          to: "churn@v1",
          outcome: "failure",
          reason: `w${i}`,
        }),
      ),
    );
    // None told it succeeded (on main all 30 were, and a few were stored).
    expect(appends.filter((a) => a.status === "fulfilled")).toEqual([]);
    const e = (appends[0] as PromiseRejectedResult).reason as Error & { exitCode?: number };
    expect(e.message).toContain(store.endpoint);
    expect(e.message).toContain("ignores If-None-Match");
    expect(e.exitCode).toBe(2);
    expect(await reg.events("churn", "production")).toEqual([]);
  });
});

describe("a version's stages", () => {
  it.each(["file", "s3"])("%s: 6 concurrent deploys of one version to 6 environments record all 6", async (kind) => {
    const uri = kind === "file" ? `file://${path.join(root, `stages-${hex()}`)}` : `s3://models/stages-${hex()}`;
    const reg = await open(uri);
    const v1 = await reg.push({ name: "churn", dir: modelDir({ "m.json": "1" }), metadata: {} });
    const envs = ["dev", "qa", "staging", "canary", "production", "eu"];
    await Promise.all(envs.map((env) => reg.setEnvironment(v1.id, env)));
    expect((await reg.show(v1.id)).state.stages).toEqual([...envs].sort());
    expect((await reg.list("churn"))[0].state.stages).toEqual([...envs].sort());
  });
});

describe("events are bound to their log", () => {
  async function fileRegistry(): Promise<{ reg: Registry; dir: string }> {
    const dir = path.join(root, `bound-${hex()}`);
    return { reg: await open(`file://${dir}`), dir };
  }
  const eventFile = (dir: string, name: string, env: string, seq: number) =>
    path.join(dir, "models", name, "environments", env, "events", `${seq}.json`);

  it("removing the newest event does not make the next deploy reuse its number and leave name@env behind", async () => {
    const { reg, dir } = await fileRegistry();
    const v1 = await reg.push({ name: "churn", dir: modelDir({ "m.json": "1" }), metadata: {} });
    const v2 = await reg.push({ name: "churn", dir: modelDir({ "m.json": "2" }), metadata: {} });
    await reg.setEnvironment(v1.id, "local");
    await reg.setEnvironment(v2.id, "local");
    await fs.rm(eventFile(dir, "churn", "local", 2));
    await reg.setEnvironment(v1.id, "local");
    expect(await reg.resolve(parseModelRef("churn@local"))).toEqual(v1.id);
    expect((await reg.events("churn", "local")).map((e) => [e.seq, e.to])).toEqual([
      [1, "churn@v1"],
      [3, "churn@v1"],
    ]);
  });

  it("an event naming another model, or copied under another number, is refused naming the record", async () => {
    const { reg, dir } = await fileRegistry();
    const churn = await reg.push({ name: "churn", dir: modelDir({ "m.json": "1" }), metadata: {} });
    const fraud = await reg.push({ name: "fraud", dir: modelDir({ "m.json": "f" }), metadata: {} });
    await reg.setEnvironment(churn.id, "local");
    await reg.setEnvironment(fraud.id, "local");
    // fraud's event placed in churn's log as its next number.
    await fs.copyFile(eventFile(dir, "fraud", "local", 1), eventFile(dir, "churn", "local", 2));
    let e = await caught(() => reg.resolve(parseModelRef("churn@local")));
    expect(e.message).toContain("event 2 of churn@local");
    expect(e.exitCode).toBe(1);
    // The same event with its fields rewritten to churn's log, still naming fraud@v1.
    const forged = JSON.parse(await fs.readFile(eventFile(dir, "fraud", "local", 1), "utf8"));
    await fs.writeFile(eventFile(dir, "churn", "local", 2), JSON.stringify({ ...forged, model: "churn", seq: 2 }));
    e = await caught(() => reg.resolve(parseModelRef("churn@local")));
    expect(e.message).toContain("event 2 of churn@local");
    expect(e.message).toContain('"fraud@v1"');
    // churn's own first event copied under the next number.
    await fs.copyFile(eventFile(dir, "churn", "local", 1), eventFile(dir, "churn", "local", 2));
    e = await caught(() => reg.events("churn", "local"));
    expect(e.message).toContain("event 2 of churn@local");
    expect(e.message).toContain("number 1");
  });

  it("a release under one name does not lift a quarantine of the same bytes put under another", async () => {
    const { reg } = await fileRegistry();
    const content = { "m.json": "same bytes" };
    const a = await reg.push({ name: "churn", dir: modelDir(content), metadata: {} });
    const b = await reg.push({ name: "fraud", dir: modelDir(content), metadata: {} });
    await reg.quarantine(a.id, "bad answers");
    const e = await caught(() => reg.release(b.id, "looks fine"));
    expect(e.message).toContain("churn@v1");
    expect((await reg.show(a.id)).state.quarantine?.reason).toBe("bad answers");
    expect((await reg.show(b.id)).state.quarantine?.reason).toBe("bad answers");
    expect(await reg.events("fraud", null)).toEqual([]);
  });
});

describe("credentials stay with the registry's host; pagination is bounded", () => {
  const auth = () => ({
    username: "ada",
    password: "ghp_registryToken123",
    tokenRequests: [] as { scope: string | null; basic: string | undefined }[],
  });

  it("a tag list's Link to another host is not followed with the token (nor at all)", async () => {
    const foreign = await foreignHost();
    const a = auth();
    let armed = false;
    const proxy = await faultyProxy(
      `http://${inject("ociHost")}`,
      (_n, req) => (armed && req.url?.includes("/tags/list") ? "foreign-link" : "pass"),
      a,
      foreign.host,
    );
    try {
      const reg = await open(`oci://${proxy.host}/creds/${hex()}`, root, {
        token: a.password,
        username: a.username,
      });
      await reg.push({ name: "m", dir: modelDir({ "m.json": "1" }), metadata: {} });
      armed = true;
      const e = await caught(() => reg.list("m"));
      expect(e.message).toContain("another host");
      expect(foreign.authorizations).toEqual([]);
    } finally {
      await proxy.stop();
      await foreign.stop();
    }
  });

  it("an upload Location on another host gets the upload without the token", async () => {
    const foreign = await foreignHost();
    const a = auth();
    const proxy = await faultyProxy(
      `http://${inject("ociHost")}`,
      (_n, req) => (req.method === "POST" && req.url?.includes("/blobs/uploads/") ? "foreign-location" : "pass"),
      a,
      foreign.host,
    );
    try {
      const reg = await open(`oci://${proxy.host}/creds/${hex()}`, root, {
        token: a.password,
        username: a.username,
      });
      await caught(() => reg.push({ name: "m", dir: modelDir({ "m.json": "1" }), metadata: {} }));
      expect(foreign.requests).toBeGreaterThan(0);
      expect(foreign.authorizations).toEqual([]);
    } finally {
      await proxy.stop();
      await foreign.stop();
    }
  });

  it("a tag list whose Link points back at itself ends at once with an error", async () => {
    let armed = false;
    const proxy = await faultyProxy(`http://${inject("ociHost")}`, (_n, req) =>
      armed && req.url?.includes("/tags/list") ? "self-link" : "pass",
    );
    try {
      const reg = await open(`oci://${proxy.host}/loop/${hex()}`);
      await reg.push({ name: "m", dir: modelDir({ "m.json": "1" }), metadata: {} });
      armed = true;
      const e = await caught(() => reg.list("m"));
      expect(e.message).toContain("points back at a page already read");
      expect(proxy.counts["self-link"]).toBe(2);
    } finally {
      await proxy.stop();
    }
  });
});

describe("hostile or broken answers end in an error naming the registry and the record", () => {
  /** An OCI registry reached through a proxy that answers `fault` to the requests `when` picks, once a version exists. */
  async function ociWith(fault: Planned, when: (url: string, method: string) => boolean) {
    let armed = false;
    const proxy = await faultyProxy(`http://${inject("ociHost")}`, (_n, req) =>
      armed && when(req.url ?? "", req.method ?? "") ? fault : "pass",
    );
    const reg = new ModelRegistry(
      new OciBackend(proxy.host, `hostile/${hex()}`, { retryBaseMs: 10, maxAttempts: 2, requestTimeoutMs: 1500 }),
    );
    const v1 = await reg.push({ name: "m", dir: modelDir({ "m.json": hex() }), metadata: {} });
    armed = true;
    return { reg, v1, proxy, uri: reg.uri };
  }

  it.each([
    { what: "an HTML manifest", fault: "garbage", when: (u: string) => u.includes("/manifests/m.v1") },
    { what: "a null manifest", fault: "null", when: (u: string) => u.includes("/manifests/m.v1") },
    {
      what: "a config that is not its digest",
      fault: "garbage",
      when: (u: string, m: string) => m === "GET" && u.includes("/blobs/"),
    },
  ] as const)("OCI: $what", async ({ fault, when }) => {
    const { reg, v1, proxy, uri } = await ociWith(fault, when);
    try {
      const e = await caught(() => reg.show(v1.id));
      expect(e.name).toBe("UserError");
      expect(e.exitCode).toBe(1);
      expect(e.message).toContain(uri);
      expect(e.message).toContain("m.v1");
    } finally {
      await proxy.stop();
    }
  });

  it("OCI: a registry that answers a byte at a time gives up within its per-request timeout × attempts", async () => {
    const { reg, v1, proxy, uri } = await ociWith("slowloris", (u) => u.includes("/manifests/m.v1"));
    try {
      const started = process.hrtime.bigint();
      const e = await caught(() => reg.show(v1.id));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      expect(e.name).toBe("UserError");
      expect(e.message).toContain(uri);
      expect(e.message).toContain("reading m.v1");
      // 2 attempts × 1.5 s and a short backoff; generous for a loaded machine, far from unbounded.
      expect(seconds).toBeLessThan(30);
    } finally {
      await proxy.stop();
    }
  });

  it("S3: a truncated record, and a store that answers a byte at a time", async () => {
    const prefix = `trunc-${hex()}`;
    const reg = await open(`s3://models/${prefix}`);
    const v1 = await reg.push({ name: "m", dir: modelDir({ "m.json": "1" }), metadata: {} });
    const s3 = new S3Client({
      endpoint: inject("s3Endpoint"),
      forcePathStyle: true,
      region: "us-east-1",
      credentials: S3_CREDENTIALS,
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: "models",
        Key: `${prefix}/models/m/versions/v1.json`,
        Body: '{"schema":"mlship/model-vers',
      }),
    );
    let e = await caught(() => reg.show(v1.id));
    expect(e.name).toBe("UserError");
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain(`s3://models/${prefix}`);
    expect(e.message).toContain("models/m/versions/v1.json");

    const proxy = await faultyProxy(inject("s3Endpoint"), (_n, req) =>
      req.method === "GET" && req.url?.includes("/versions/v1.json") ? "slowloris" : "pass",
    );
    try {
      const slow = new ModelRegistry(
        new S3Backend("models", prefix, { endpoint: proxy.url, maxAttempts: 2, requestTimeoutMs: 1500 }),
      );
      const started = process.hrtime.bigint();
      e = await caught(() => slow.show(v1.id));
      expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(30);
      expect(e.name).toBe("UserError");
      expect(e.message).toContain("reading models/m/versions/v1.json");
    } finally {
      await proxy.stop();
    }
  });

  /** Seconds `f` took to fail, and its error. */
  async function timedFailure(
    f: () => Promise<unknown>,
  ): Promise<{ e: Awaited<ReturnType<typeof caught>>; seconds: number }> {
    const started = process.hrtime.bigint();
    const e = await caught(f);
    return { e, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  }

  it("OCI: a blob download whose registry sends its headers and then nothing ends within the request timeout", async () => {
    let blob = "-";
    const { reg, v1, proxy, uri } = await ociWith("stall", (u, m) => m === "GET" && u.endsWith(blob));
    blob = `/blobs/${v1.digest}`;
    const dest = path.join(root, `pulled-${hex()}`);
    try {
      const { e, seconds } = await timedFailure(() => reg.pull(v1.id, dest));
      expect(e.name).toBe("UserError");
      expect(e.exitCode).toBe(1);
      expect(e.message).toContain(uri);
      expect(e.message).toContain(`downloading blob ${v1.digest}`);
      expect(e.message).toContain("1500 ms");
      // One stalled read of 1.5 s; a loaded machine's margin, far from the hour it was allowed.
      expect(seconds).toBeLessThan(30);
      await expect(fs.stat(dest)).rejects.toThrow(); // nothing half-written
      expect(proxy.counts.stall).toBeGreaterThan(0);
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  it("S3: a listing or a blob download that stalls after its headers ends within the request timeout × attempts", async () => {
    const prefix = `stall-${hex()}`;
    const reg = await open(`s3://models/${prefix}`);
    const v1 = await reg.push({ name: "m", dir: modelDir({ "m.json": hex() }), metadata: {} });
    let stalled = "list-type=2";
    const proxy = await faultyProxy(inject("s3Endpoint"), (_n, req) =>
      req.method === "GET" && req.url?.includes(stalled) ? "stall" : "pass",
    );
    try {
      const slow = new ModelRegistry(
        new S3Backend("models", prefix, { endpoint: proxy.url, maxAttempts: 2, requestTimeoutMs: 1500 }),
      );
      const listing = await timedFailure(() => slow.list("m"));
      expect(listing.e.name).toBe("UserError");
      expect(listing.e.exitCode).toBe(1);
      expect(listing.e.message).toContain(`s3://models/${prefix}`);
      expect(listing.e.message).toMatch(/listing models\/m\/versions\/? failed: .*1500 ms/);
      // 2 attempts × 1.5 s; it was 2 × the SDK's 120 s socket timeout.
      expect(listing.seconds).toBeLessThan(30);

      stalled = "/blobs/";
      const dest = path.join(root, `pulled-${hex()}`);
      const pull = await timedFailure(() => slow.pull(v1.id, dest));
      expect(pull.e.name).toBe("UserError");
      expect(pull.e.message).toContain(`s3://models/${prefix}`);
      expect(pull.e.message).toContain(`downloading blob ${v1.digest}`);
      expect(pull.seconds).toBeLessThan(30);
      await expect(fs.stat(dest)).rejects.toThrow();
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  it("S3: a put whose answer never comes is sent again within the deadline; a claim retried so is made once", async () => {
    const prefix = `hang-${hex()}`;
    // The server acts on the first put of each record named here, and its answer never comes: the
    // SDK's socket timeout (120 s, idle) was the only bound, and the retry must not claim twice.
    const hangOnce = new Set(["/models/m/versions/v1.json", "/models/m/environments/production/events/1.json"]);
    const proxy = await faultyProxy(inject("s3Endpoint"), (_n, req) => {
      const hit = [...hangOnce].find((k) => req.method === "PUT" && req.url?.split("?")[0].endsWith(k));
      if (!hit) return "pass";
      hangOnce.delete(hit);
      return "hang";
    });
    try {
      const reg = new ModelRegistry(
        new S3Backend("models", prefix, { endpoint: proxy.url, maxAttempts: 3, requestTimeoutMs: 1500 }),
      );
      const push = await timedSuccess(() => reg.push({ name: "m", dir: modelDir({ "m.json": hex() }), metadata: {} }));
      const event = await timedSuccess(() =>
        reg.appendEvent("m", "production", { action: "deploy", from: null, to: "m@v1", outcome: "success" }),
      );
      expect(proxy.counts.hang).toBe(2);
      // One attempt abandoned after 1.5 s each; a loaded machine's margin, far from the 120 s it waited.
      expect(push.seconds).toBeLessThan(30);
      expect(event.seconds).toBeLessThan(30);
      expect(push.value.id).toEqual({ name: "m", version: 1 });
      expect(event.value.seq).toBe(1);
      // Read back directly from the store: one version, one event, each holding its own content.
      const direct = await open(`s3://models/${prefix}`);
      expect((await direct.list("m")).map((v) => v.id)).toEqual(["m@v1"]);
      const events = await direct.events("m", "production");
      expect(events.map((e) => [e.seq, e.action, e.to])).toEqual([[1, "deploy", "m@v1"]]);
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  it("S3: a record put answered slowly forever (slowloris) fails within the request timeout × attempts, naming it", async () => {
    const prefix = `slowput-${hex()}`;
    const proxy = await faultyProxy(inject("s3Endpoint"), (_n, req) =>
      req.method === "PUT" && req.url?.includes("/versions/") ? "slowloris" : "pass",
    );
    try {
      const reg = new ModelRegistry(
        new S3Backend("models", prefix, { endpoint: proxy.url, maxAttempts: 2, requestTimeoutMs: 1500 }),
      );
      const { e, seconds } = await timedFailure(() =>
        reg.push({ name: "m", dir: modelDir({ "m.json": hex() }), metadata: {} }),
      );
      expect(e.name).toBe("UserError");
      expect(e.exitCode).toBe(1);
      expect(e.message).toContain(`s3://models/${prefix}`);
      expect(e.message).toMatch(/claiming models\/m\/versions\/v1\.json failed: .*1500 ms/);
      // 2 attempts × 1.5 s; a byte every 500 ms kept the SDK's idle timeout from ever firing.
      expect(seconds).toBeLessThan(30);
      expect(proxy.counts.slowloris).toBe(2);
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  /** `f`'s value and the seconds it took. */
  async function timedSuccess<T>(f: () => Promise<T>): Promise<{ value: T; seconds: number }> {
    const started = process.hrtime.bigint();
    const value = await f();
    return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  }
});
