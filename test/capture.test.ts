import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import net from "node:net";
import path from "node:path";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { captureProxyCommand } from "../packages/core/src/deploy/capture.js";
import type { CaptureRuntime } from "../packages/core/src/deploy/capture-proxy.js";
import { FramingReader, readHead } from "../packages/core/src/deploy/capture-framing.js";
import { redactionPatternFor } from "../packages/core/src/util/secrets.js";
import { freePort, startServer, waitReady, type ServerHandle } from "../packages/core/src/serve/model-server.js";
import { parseYamlWith } from "../packages/core/src/config/parse-yaml.js";
import { configSchema } from "../packages/core/src/config/schema.js";
import { readRows } from "../packages/core/src/data/read-table.js";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { deploySpec, deployStep } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { quietHost } from "./helpers/silent.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

/**
 * The capture proxy, as the local target runs it (its own process, from its source text), in
 * front of a server that answers in a fixed, odd byte layout: what clients get back is exactly
 * what the server sent, and the file holds exactly the sampled rows.
 */

const SECRET = "s3cr3t-Value-4242";
const loadConfigText = (text: string) => parseYamlWith(text, "mlship.yml", configSchema);

/**
 * The model server: score = x / 100, prediction = x >= 50; an odd layout the proxy must not touch.
 * No Date field, so that its answers to the same bytes are the same bytes; the X-Request-Id it
 * got comes back as X-Seen-Id; `x-chunked: 1` asks for a chunked answer, `x-cut: 1` for an answer
 * cut after its first bytes (the connection closed mid-body).
 */
async function modelServer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.sendDate = false;
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      if ((req.method === "GET" || req.method === "HEAD") && req.url === "/healthz") {
        // a HEAD's answer carries the length of a body it does not have
        res.writeHead(200, { "content-type": "application/json", "content-length": 15 }).end('{"status":"ok"}');
        return;
      }
      if (req.url !== "/predict" || req.method !== "POST") {
        res.writeHead(404, { "content-type": "text/plain", "x-served-by": "test" }).end("no such path\n");
        return;
      }
      const rows = (JSON.parse(Buffer.concat(chunks).toString()) as { rows: { x: number; note?: string }[] }).rows;
      const preds = rows.map(
        (r) => `{ "score" : ${r.x / 100}, "prediction": ${r.x >= 50 ? 1 : 0}, "echo": "${r.note ?? ""}" }`,
      );
      const text = `{"model":"churn@v3",  "predictions": [${preds.join(",\n ")}]}`;
      const seen = String(req.headers["x-request-id"] ?? "");
      if (req.headers["x-cut"]) {
        res.socket?.end(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${text.length}\r\n\r\n${text.slice(0, 20)}`,
        );
        return;
      }
      res.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "x-served-by": "test",
        "x-seen-id": seen,
      });
      if (req.headers["x-chunked"]) {
        // several chunks, one of them empty-looking: its bytes split where JSON does not allow
        for (let i = 0; i < text.length; i += 7) res.write(text.slice(i, i + 7));
        res.end();
      } else res.end(text);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Sampled or not, from the README's rule (SHA-256 of "<seed>:<request id>", first 4 bytes big-endian / 2^32 < rate). */
function inSample(seed: string, id: string, rate: number): boolean {
  const h = createHash("sha256").update(`${seed}:${id}`).digest();
  return (h[0] * 2 ** 24 + h[1] * 2 ** 16 + h[2] * 2 ** 8 + h[3]) / 2 ** 32 < rate;
}

const proxies: ServerHandle[] = [];
async function proxy(upstream: string, o: Partial<CaptureRuntime> & { file: string }): Promise<ServerHandle> {
  const runtime: CaptureRuntime = {
    upstream,
    rate: 1,
    seed: "mlship",
    maxBytes: 1 << 20,
    keep: 3,
    idField: null,
    model: "churn@v3",
    predictPath: "/predict",
    responsePath: "predictions",
    scoreKey: "score",
    predictionKey: "prediction",
    predictionColumn: "prediction",
    scoreColumn: "score",
    redact: null,
    ...o,
  };
  const port = await freePort();
  const p = startServer(captureProxyCommand(), {
    cwd: path.dirname(o.file),
    env: { MLSHIP_CAPTURE: JSON.stringify(runtime), MLSHIP_DEPLOY_TOKEN: "t0ken-of-the-test" },
    port,
    logFile: `${o.file}.log`,
  });
  proxies.push(p);
  await waitReady(p, 20_000);
  return p;
}

async function post(url: string, rows: unknown[], id?: string) {
  const res = await fetch(`${url}/predict`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(id ? { "x-request-id": id } : {}) },
    body: JSON.stringify({ rows }),
  });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    servedBy: res.headers.get("x-served-by"),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

/** A keep-alive POST /predict as a client writes it. */
function postBytes(body: string, id?: string, extra = ""): string {
  return `POST /predict HTTP/1.1\r\nHost: t\r\ncontent-type: application/json\r\n${id ? `x-request-id: ${id}\r\n` : ""}${extra}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/**
 * Bytes written to `url` over one connection, each in its own write (the next once the last has
 * gone to the socket and a moment has passed, so that they mostly arrive as separate reads),
 * then a half-close if asked; resolves with every byte received until the other side closes.
 */
async function rawExchange(url: string, writes: (string | Buffer)[], o: { halfClose?: boolean } = {}): Promise<Buffer> {
  const u = new URL(url);
  const s = net.connect({ host: u.hostname, port: Number(u.port), noDelay: true });
  const got: Buffer[] = [];
  s.on("data", (c: Buffer) => got.push(c));
  const closed = new Promise<void>((resolve) => s.on("close", () => resolve()));
  s.on("error", () => {});
  for (const w of writes) {
    await new Promise<void>((r) => s.write(typeof w === "string" ? Buffer.from(w, "latin1") : w, () => r()));
    if (writes.length > 1) await new Promise((r) => setTimeout(r, 1));
  }
  if (o.halfClose) s.end();
  await closed;
  return Buffer.concat(got);
}

const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];

/** The proxy writes a line after its answer has gone: wait until the file has `n` lines. */
async function settle(file: string, n: number): Promise<void> {
  for (let i = 0; i < 200 && lines(file).length < n; i++) await new Promise((r) => setTimeout(r, 25));
}

describe("capture: the recording proxy in front of the local target's server", () => {
  let upstream: { url: string; server: Server };
  beforeAll(async () => {
    upstream = await modelServer();
  });
  afterAll(async () => {
    for (const p of proxies) await p.stop();
    upstream.server.close();
  });

  it("answers byte for byte as the server does, and records exactly the rows the seeded sampling picks", async () => {
    const dir = tempDir();
    const file = path.join(dir, "capture", "local.jsonl");
    const p = await proxy(upstream.url, { file, rate: 0.3, seed: "s1" });
    const started = Date.now();
    for (let i = 0; i < 60; i++) {
      const rows = [{ x: i, tenure: i % 7 }];
      const via = await post(p.url, rows, `r-${i}`);
      const direct = await post(upstream.url, rows, `r-${i}`);
      expect(via.status).toBe(200);
      expect(via.body.equals(direct.body)).toBe(true);
      expect([via.type, via.servedBy]).toEqual([direct.type, direct.servedBy]);
    }
    // other paths and methods pass through, unrecorded
    const missing = await fetch(`${p.url}/nowhere`, { method: "POST", body: "{}" });
    expect([missing.status, await missing.text(), missing.headers.get("x-served-by")]).toEqual([
      404,
      "no such path\n",
      "test",
    ]);

    const expected = Array.from({ length: 60 }, (_, i) => `r-${i}`).filter((id) => inSample("s1", id, 0.3));
    expect(expected.length).toBeGreaterThan(8); // the seed picks a real sample, not all or none
    expect(expected.length).toBeLessThan(30);
    await settle(file, expected.length);
    await new Promise((r) => setTimeout(r, 100)); // and nothing more comes
    const got = lines(file);
    expect(got.map((l) => l.id)).toEqual(expected);
    for (const l of got) {
      const i = Number(String(l.id).slice(2));
      expect(l).toEqual({
        id: `r-${i}`,
        timestamp: l.timestamp,
        model: "churn@v3",
        request_id: `r-${i}`,
        prediction: i >= 50 ? 1 : 0,
        score: i / 100,
        x: i,
        tenure: i % 7,
      });
      const t = Date.parse(String(l.timestamp));
      expect(t).toBeGreaterThanOrEqual(started - 1000);
      expect(t).toBeLessThanOrEqual(Date.now());
      expect(String(l.timestamp)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it("gives each row of a batch its own id: its id-field's value, else <request id>:<row>", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const p = await proxy(upstream.url, { file, idField: "customer" });
    await post(p.url, [{ x: 10, customer: "C-1" }, { x: 20 }, { x: 70, customer: "C-3" }], "batch-1");
    await post(p.url, [{ x: 5 }]); // no X-Request-Id: a generated one
    await settle(file, 4);
    const got = lines(file);
    expect(got.slice(0, 3).map((l) => [l.id, l.request_id, l.score, l.prediction])).toEqual([
      ["C-1", "batch-1", 0.1, 0],
      ["batch-1:1", "batch-1", 0.2, 0],
      ["C-3", "batch-1", 0.7, 1],
    ]);
    expect(got[3].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(got[3].id).toBe(got[3].request_id);
  });

  it("rotates at max-bytes: no file grows past it, each rotated file was full, and only `keep` are kept", async () => {
    const dir = tempDir();
    const file = path.join(dir, "served.jsonl");
    const maxBytes = 700;
    const p = await proxy(upstream.url, { file, maxBytes, keep: 2 });
    const n = 40;
    for (let i = 0; i < n; i++) await post(p.url, [{ x: i }], `q-${String(i).padStart(2, "0")}`);
    // the live file holds the newest lines: wait for the last one
    for (let k = 0; k < 200 && !readFileSync(file, "utf8").includes('"q-39"'); k++)
      await new Promise((r) => setTimeout(r, 25));
    const files = [path.join(dir, "served.2.jsonl"), path.join(dir, "served.1.jsonl"), file];
    expect(existsSync(path.join(dir, "served.3.jsonl"))).toBe(false);
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(maxBytes);
    const kept = files.map(lines);
    const ids = kept.flat().map((l) => String(l.id));
    // oldest to newest, with no gap, ending with the last request
    const first = Number(ids[0].slice(2));
    expect(ids).toEqual(Array.from({ length: n - first }, (_, k) => `q-${String(first + k).padStart(2, "0")}`));
    expect(first).toBeGreaterThan(0); // older lines were rotated out
    // a file was rotated only when the next line would not fit in it
    const raw = files.map((f) => readFileSync(f, "utf8"));
    for (const k of [0, 1]) {
      const nextLine = `${raw[k + 1].split("\n")[0]}\n`;
      expect(Buffer.byteLength(raw[k]) + Buffer.byteLength(nextLine)).toBeGreaterThan(maxBytes);
    }
  });

  it("writes every line when stopped mid-batch, batches rotated as lines are: none lost, none past max-bytes", async () => {
    const dir = tempDir();
    const file = path.join(dir, "burst.jsonl");
    const maxBytes = 700;
    const p = await proxy(upstream.url, { file, maxBytes, keep: 20 });
    const n = 50;
    // concurrent: the lines of one batch fill several files
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) => post(p.url, [{ x: i }], `b-${String(i).padStart(2, "0")}`)),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await p.stop(); // lines still pending are written before the proxy exits
    const files = [file, ...Array.from({ length: 20 }, (_, k) => path.join(dir, `burst.${k + 1}.jsonl`))].filter(
      existsSync,
    );
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(maxBytes);
    expect(files.length).toBeGreaterThan(3);
    const ids = files.flatMap(lines).map((l) => String(l.id));
    expect(ids.sort()).toEqual(Array.from({ length: n }, (_, i) => `b-${String(i).padStart(2, "0")}`));
  });

  it("never writes a secret the server holds, in any form", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const redact = redactionPatternFor({ PATH: "/usr/bin", AWS_SECRET_ACCESS_KEY: SECRET, OTHER: "plain" });
    expect(redact).toBeDefined();
    const p = await proxy(upstream.url, { file, redact: redact ?? null });
    const b64 = Buffer.from(SECRET).toString("base64");
    await post(
      p.url,
      [
        { x: 1, note: `key=${SECRET}` },
        { x: 2, note: b64 },
      ],
      "s-1",
    );
    await settle(file, 2);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(b64);
    expect(lines(file).map((l) => l.note)).toEqual(["key=***", "***"]);
  });

  it("answers 502 when the server is gone, and records nothing", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const gone = `http://127.0.0.1:${await freePort()}`;
    const port = await freePort();
    const runtime = { upstream: gone, file, rate: 1, seed: "x", maxBytes: 1000, keep: 1, idField: null, model: "m@v1" };
    const p = startServer(captureProxyCommand(), {
      cwd: dir,
      env: {
        MLSHIP_CAPTURE: JSON.stringify({
          ...runtime,
          predictPath: "/predict",
          responsePath: "predictions",
          scoreKey: "score",
          predictionKey: "prediction",
          predictionColumn: "prediction",
          scoreColumn: null,
          redact: null,
        }),
      },
      port,
      logFile: `${file}.log`,
    });
    proxies.push(p);
    let res: { status: number; body: Buffer } | undefined;
    for (let k = 0; k < 100 && !res; k++)
      res = await post(p.url, [{ x: 1 }]).catch(async () => {
        await new Promise((r) => setTimeout(r, 50));
        return undefined;
      });
    expect(res?.status).toBe(502);
    expect(JSON.parse(res!.body.toString()).error).toMatch(/did not answer/);
    expect(lines(file)).toEqual([]);
  });

  it("relays pipelined requests (a HEAD among them), chunked bodies both ways and a request in many writes as the server answers them, and records each", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const p = await proxy(upstream.url, { file });
    const a = JSON.stringify({ rows: [{ x: 61 }] });
    const b = '{"rows": [{"x": 7, "note": "chunked"}]}';
    const pipelined = [
      postBytes(a, "pipe-1"),
      `HEAD /healthz HTTP/1.1\r\nHost: t\r\nx-request-id: pipe-2\r\n\r\n`,
      // chunked, with a chunk extension and a trailer field
      `POST /predict HTTP/1.1\r\nHost: t\r\nx-request-id: pipe-3\r\nx-chunked: 1\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n${(b.length - 9).toString(16)};ext=1\r\n${b.slice(0, b.length - 9)}\r\n9\r\n${b.slice(-9)}\r\n0\r\nx-trailer: yes\r\n\r\n`,
      postBytes(JSON.stringify({ rows: [{ x: 99 }] }), "pipe-4", "connection: close\r\n"),
    ].join("");
    const direct = await rawExchange(upstream.url, [pipelined]);
    const via = await rawExchange(p.url, [pipelined]);
    expect(via.toString("latin1")).toBe(direct.toString("latin1"));
    expect(direct.toString("latin1").match(/HTTP\/1\.1 200 OK/g)).toHaveLength(4);
    expect(direct.toString("latin1")).toMatch(/transfer-encoding: chunked/i);
    // the same bytes, one per write
    const bytewise = await rawExchange(
      p.url,
      [...pipelined].map((c) => Buffer.from(c, "latin1")),
    );
    expect(bytewise.toString("latin1")).toBe(direct.toString("latin1"));
    await settle(file, 6);
    expect(lines(file).map((l) => [l.id, l.score, l.note ?? null])).toEqual([
      ["pipe-1", 0.61, null],
      ["pipe-3", 0.07, "chunked"],
      ["pipe-4", 0.99, null],
      ["pipe-1", 0.61, null],
      ["pipe-3", 0.07, "chunked"],
      ["pipe-4", 0.99, null],
    ]);
  });

  it("gives a request without a valid X-Request-Id one the server sees, and answers a client that half-closes", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const p = await proxy(upstream.url, { file });
    const body = JSON.stringify({ rows: [{ x: 30 }] });
    // no id, then two ids (not one valid id): each gets a new one, the server sees exactly it
    const given = `POST /predict HTTP/1.1\r\nHost: t\r\nx-request-id: a b\r\nX-Request-Id: ok-1\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
    const via = (await rawExchange(p.url, [postBytes(body), given], { halfClose: true })).toString("latin1");
    const seen = [...via.matchAll(/x-seen-id: (.*)\r\n/g)].map((m) => m[1]);
    expect(via.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(seen).toHaveLength(2);
    for (const id of seen) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await settle(file, 2);
    expect(lines(file).map((l) => l.request_id)).toEqual(seen);
  });

  it("relays what it does not record as it is: another method, another path, a body over max-bytes, an answer cut short, bytes that are not HTTP/1.1", async () => {
    const dir = tempDir();
    const file = path.join(dir, "c.jsonl");
    const p = await proxy(upstream.url, { file, maxBytes: 400 });
    const small = JSON.stringify({ rows: [{ x: 1 }] });
    const big = JSON.stringify({ rows: [{ x: 2, note: "n".repeat(1000) }] });
    const cases = [
      `PUT /predict HTTP/1.1\r\nHost: t\r\ncontent-length: ${small.length}\r\nconnection: close\r\n\r\n${small}`,
      `POST /predict/ HTTP/1.1\r\nHost: t\r\ncontent-length: ${small.length}\r\nconnection: close\r\n\r\n${small}`,
      postBytes(big, "big-1", "connection: close\r\n"),
      postBytes(small, "cut-1", "x-cut: 1\r\n"),
      // a bare LF and a request line node's parser refuses: the server's own answer comes back
      "GET /healthz HTTP/1.1\nHost: t\n\n",
      "POST /predict HTTP/1.1\r\nHost: t\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n",
    ];
    for (const c of cases) {
      const direct = await rawExchange(upstream.url, [c]);
      const via = await rawExchange(p.url, [c]);
      expect(via.toString("latin1")).toBe(direct.toString("latin1"));
      expect(direct.length).toBeGreaterThan(0);
    }
    await p.stop();
    expect(lines(file)).toEqual([]);
    const log = readFileSync(`${file}.log`, "utf8");
    expect(log).toContain("relayed but not recorded: 1 exchange(s) with a body over max-bytes");
    expect(log).toContain("2 connection(s) not read as HTTP/1.1");
  });

  it("is configured per local environment, and refused on another target", () => {
    const ok = loadConfigText(
      "model: churn\ndeploy:\n  environments:\n    local: { capture: { rate: 0.1, max-bytes: 2MiB } }\n",
    );
    expect(ok.deploy.environments.local.capture).toEqual({
      rate: 0.1,
      seed: "mlship",
      "max-bytes": 2 * 1024 ** 2,
      keep: 3,
    });
    expect(() =>
      loadConfigText(
        "model: churn\ndeploy:\n  environments:\n    prod: { target: command, command: sh d.sh, capture: {} }\n",
      ),
    ).toThrow(/capture records what the local target serves/);
    expect(() =>
      loadConfigText("model: churn\ndeploy:\n  environments:\n    local: { capture: { rate: 2 } }\n"),
    ).toThrow(/rate/);
  });
});

describe("capture: the HTTP/1.1 framing reader (RFC 9112 §6)", () => {
  /** What the reader reports for `parts` fed in turn, and the bytes it hands on. */
  function read(parts: Buffer[], answer = false) {
    const events: string[] = [];
    const out: Buffer[] = [];
    let body: Buffer[] = [];
    const r = new FramingReader(
      {
        head(h) {
          const p = readHead(h, answer);
          events.push(`head ${p?.start}`);
          return p && (answer && p.start.startsWith("HTTP/1.1 304") ? { kind: "none" } : p.framing);
        },
        body: (d) => body.push(Buffer.from(d)),
        end() {
          events.push(`end ${Buffer.concat(body).toString("latin1")}`);
          body = [];
        },
        opaque: () => events.push("opaque"),
      },
      (b) => out.push(Buffer.from(b)),
    );
    for (const p of parts) r.feed(p);
    r.finish();
    return { events, out: Buffer.concat(out).toString("latin1") };
  }
  const splits = (text: string) => {
    const b = Buffer.from(text, "latin1");
    return [
      [b],
      [...b].map((x) => Buffer.from([x])),
      ...Array.from({ length: b.length - 1 }, (_, i) => [b.subarray(0, i + 1), b.subarray(i + 1)]),
    ];
  };

  it("frames requests by Content-Length, chunked coding (extensions, trailers) or none, however the bytes are split", () => {
    const stream =
      "POST /predict HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello" +
      "GET /x HTTP/1.1\r\nHost: a\r\n\r\n" +
      "POST /p HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n4;name=v\r\nWiki\r\n0a\r\npedia in\r\n\r\n0\r\nExpires: never\r\n\r\n" +
      "POST /q HTTP/1.0\r\nContent-Length: 3, 3\r\n\r\nabc";
    const expected = [
      "head POST /predict HTTP/1.1",
      "end hello",
      "head GET /x HTTP/1.1",
      "end ",
      "head POST /p HTTP/1.1",
      "end Wikipedia in\r\n",
      "head POST /q HTTP/1.0",
      "end abc",
    ];
    for (const parts of splits(stream)) expect(read(parts)).toEqual({ events: expected, out: stream });
  });

  it("frames answers: a 304 without body, chunked, and read up to the close without a length", () => {
    const stream =
      "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n" +
      "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n" +
      "HTTP/1.0 200 OK\r\n\r\nuntil the end";
    const expected = [
      "head HTTP/1.1 304 Not Modified",
      "end ",
      "head HTTP/1.1 200 OK",
      "end abc",
      "head HTTP/1.0 200 OK",
      "end until the end",
    ];
    for (const parts of splits(stream)) expect(read(parts, true)).toEqual({ events: expected, out: stream });
  });

  it("stops at what it does not understand and hands every byte on unchanged", () => {
    const cases = [
      "GET / HTTP/1.1\nHost: a\n\n", // bare LF
      "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", // obsolete line folding
      "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", // both
      "POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd", // two lengths
      "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nxx", // a request's coding that is not chunked
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", // a chunk size that is not hex
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX0\r\n\r\n", // no CRLF after the data
      "GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost", // ends inside a head
    ];
    for (const c of cases)
      for (const parts of [[Buffer.from(c, "latin1")], [...Buffer.from(c, "latin1")].map((x) => Buffer.from([x]))]) {
        const r = read(parts);
        expect(r.out).toBe(c);
        expect(r.events.filter((e) => e === "opaque")).toHaveLength(1);
      }
  });
});

describe("capture on the local target (the churn example, deployed)", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const captured = path.join(dir, "capture", "served.jsonl");
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  afterAll(async () => {
    await stopEnvironment(state, "local");
    log.mockRestore();
  });

  it("serves through the proxy, records what clients sent and got (not the smoke test's rows), and stops with the server", async () => {
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace(
        "local: { target: local, health-timeout: 20s }",
        "local: { target: local, health-timeout: 20s, capture: { path: capture/served.jsonl } }",
      ),
    );
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 2}" })[n]),
      quietHost,
    );
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": t.outputs["model-path"] })[n]),
      quietHost,
    );
    const r = await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
    expect(r.outputs.outcome).toBe("deployed");
    const s = (await readState(state, "local"))!;
    expect(s.url).toBe(r.outputs.url);
    const rows = [
      { tenure_months: 3, monthly_charges: 90, support_calls: 4, contract: "month" },
      { tenure_months: 40, monthly_charges: 20, support_calls: 0, contract: "two_year" },
    ];
    const res = await post(s.url!, rows, "order-77");
    const answer = JSON.parse(res.body.toString()) as {
      model: string;
      predictions: { score: number; prediction: number }[];
    };
    expect(answer.model).toBe("churn@v1");
    await settle(captured, 2);
    // the smoke test's rows went straight to the server: the file holds only this request
    const got = [];
    for await (const row of readRows(captured)) got.push(row.values);
    expect(got.map((v) => [v.id, v.model, v.score, v.prediction, v.tenure_months, v.contract])).toEqual(
      answer.predictions.map((p, i) => [
        `order-77:${i}`,
        "churn@v1",
        p.score,
        p.prediction,
        rows[i].tenure_months,
        rows[i].contract,
      ]),
    );

    await stopEnvironment(state, "local");
    const stopped = await fetch(`${s.url}/healthz`).then(
      () => "answered",
      () => "refused",
    );
    expect(stopped).toBe("refused");
  }, 120_000);
});
