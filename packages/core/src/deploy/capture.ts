import type { OutgoingHttpHeaders } from "node:http";
import path from "node:path";
import type { CaptureConfig } from "../config/schema.js";
import { durationMs } from "../config/duration.js";
import { freePort, startServer, waitReady, type ServerHandle } from "../serve/model-server.js";
import { redactionPatternFor } from "../util/secrets.js";
import type { TargetContext } from "./targets/types.js";

/**
 * Capture: a small recording reverse proxy in front of the server the local target starts. The
 * user's server is not changed: clients reach the proxy, which forwards every request and answer
 * byte for byte and, for a sampled POST /predict answered 2xx, appends one JSONL line per row:
 *
 *   {"id": …, "timestamp": "<ISO 8601, when the request arrived>", "model": "<model ID>",
 *    "request_id": …, "<evaluate.prediction>": …, "<evaluate.score>": …, <the row's features>…}
 *
 * which check-performance reads as its predictions (id column `id`, timestamp column `timestamp`,
 * the prediction and score under the names the recorded predictions file uses). The request id is
 * the client's `X-Request-Id` (letters, digits and `._:-`, at most 128) or a new UUID; it is passed
 * to the server in that header. A row's id is its `id-field` value when set, else the request id
 * (with `:<row>` counted from 0 when the request holds several rows). A request is recorded when
 * the first 4 bytes of SHA-256("<seed>:<request id>") read as a big-endian integer, divided by
 * 2^32, are below `rate`. The file never grows past `max-bytes`: a line that would take it past
 * is written to a new file after the live one becomes `<name>.1.jsonl` (`.1` → `.2`, …, up to
 * `keep`; older ones are deleted). Secrets the server holds are redacted from every line.
 */

/**
 * What the proxy process is told (in its environment, as JSON).
 * @internal
 */
export interface CaptureRuntime {
  upstream: string;
  file: string;
  rate: number;
  seed: string;
  maxBytes: number;
  keep: number;
  idField: string | null;
  model: string;
  predictPath: string;
  responsePath: string;
  scoreKey: string;
  predictionKey: string;
  predictionColumn: string;
  scoreColumn: string | null;
  /** redactionPattern() of the secrets in the server's environment (which the proxy's shares). */
  redact: string | null;
}

/** The capture file of an environment: the configured path (from the project's folder), else .mlship/capture/<env>.jsonl. */
function captureFile(config: CaptureConfig, projectDir: string, stateDir: string, environment: string): string {
  return config.path ? path.resolve(projectDir, config.path) : path.join(stateDir, "capture", `${environment}.jsonl`);
}

/**
 * The pattern redacting the secrets a server started with `serverEnv` holds (only those: no other secret goes to the proxy).
 * @internal
 */
export function serverSecretsPattern(serverEnv: NodeJS.ProcessEnv): string | null {
  return redactionPatternFor(serverEnv) ?? null;
}

/**
 * Starts the capture proxy in front of `upstream` (the server just started and smoke-tested),
 * carrying the server's deploy token so that stopping the server stops it too, and waits until
 * GET /healthz answers through it.
 */
export async function startCapture(
  ctx: TargetContext,
  config: CaptureConfig,
  o: { upstream: string; token: string; serverEnv: NodeJS.ProcessEnv; logFile: string },
): Promise<ServerHandle> {
  const c = ctx.smoke.contract;
  const runtime: CaptureRuntime = {
    upstream: o.upstream,
    file: captureFile(config, ctx.projectDir, ctx.stateDir, ctx.environment),
    rate: config.rate,
    seed: config.seed,
    maxBytes: config["max-bytes"],
    keep: config.keep,
    idField: config["id-field"] ?? null,
    model: ctx.info.id,
    predictPath: "/predict",
    responsePath: c.responsePath,
    scoreKey: c.scoreKey,
    predictionKey: c.predictionKey,
    predictionColumn: c.prediction,
    scoreColumn: c.score ?? null,
    redact: serverSecretsPattern(o.serverEnv),
  };
  const port = await freePort();
  const proxy = startServer([process.execPath, "-e", captureProxySource()], {
    cwd: ctx.projectDir,
    env: { MLSHIP_DEPLOY_TOKEN: o.token, MLSHIP_CAPTURE: JSON.stringify(runtime) },
    port,
    logFile: o.logFile,
  });
  try {
    await waitReady(proxy, durationMs(ctx.envConfig["health-timeout"]));
  } catch (e) {
    await proxy.stop();
    throw e;
  }
  ctx.log.info(
    `capturing ${config.rate === 1 ? "every request" : `${config.rate * 100}% of requests`} to ${runtime.file} through ${proxy.url} (pid ${proxy.pid})`,
  );
  return proxy;
}

/**
 * The proxy's program, for `node -e`: this module's `captureProxy` with the runtime read from MLSHIP_CAPTURE.
 * @internal
 */
export function captureProxySource(): string {
  // __name: esbuild (tsx) wraps functions with it to keep their names; a no-op here.
  return `const __name = (f) => f;
const proxy = (${captureProxy.toString()})(require, JSON.parse(process.env.MLSHIP_CAPTURE), Number(process.env.PORT));
process.once("SIGTERM", () => { proxy.close(); process.exit(0); });`;
}

/**
 * The proxy itself. It runs in its own process from its source text, so it uses nothing outside
 * its body but `req` (require) and the runtime.
 */
function captureProxy(req: NodeJS.Require, cfg: CaptureRuntime, port: number): { close(): void } {
  const http = req("node:http") as typeof import("node:http");
  const fs = req("node:fs") as typeof import("node:fs");
  const crypto = req("node:crypto") as typeof import("node:crypto");
  const upstream = new URL(cfg.upstream);
  // One upstream connection per client connection, kept alive as the client keeps its own: the
  // server sees the connections and the timing it would see without the proxy. (A pool shared by
  // all clients turns many quiet connections into one busy one, where a server that writes its
  // headers and body in two sends without TCP_NODELAY — Python's http.server — meets the
  // receiver's delayed ACK: 40 ms per answer.)
  const agents = new WeakMap<object, InstanceType<typeof http.Agent>>();
  const agentFor = (socket: import("node:net").Socket) => {
    let a = agents.get(socket);
    if (!a) {
      const created = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.set(socket, created);
      socket.once("close", () => created.destroy());
      a = created;
    }
    return a;
  };
  const redactRe = cfg.redact ? new RegExp(cfg.redact, "g") : undefined;
  const hopByHop = new Set([
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "upgrade",
  ]);
  const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
  const base = cfg.file.replace(/\.jsonl$/, "");
  const rotated = (i: number) => `${base}.${i}.jsonl`;
  fs.mkdirSync(req("node:path").dirname(cfg.file), { recursive: true });
  let fd = fs.openSync(cfg.file, "a");
  let size = fs.fstatSync(fd).size;
  let pending: string[] = [];
  let scheduled = false;
  let dropped = 0;

  const sampled = (id: string): boolean =>
    cfg.rate >= 1 ||
    crypto.createHash("sha256").update(`${cfg.seed}:${id}`).digest().readUInt32BE(0) / 2 ** 32 < cfg.rate;

  const rotate = () => {
    fs.closeSync(fd);
    if (cfg.keep === 0) fs.rmSync(cfg.file, { force: true });
    else {
      for (let i = cfg.keep - 1; i >= 1; i--) if (fs.existsSync(rotated(i))) fs.renameSync(rotated(i), rotated(i + 1));
      fs.renameSync(cfg.file, rotated(1));
    }
    fd = fs.openSync(cfg.file, "a");
    size = 0;
  };

  const flush = () => {
    const lines = pending;
    pending = [];
    for (const line of lines) {
      const bytes = Buffer.byteLength(line);
      if (bytes > cfg.maxBytes) {
        dropped++;
        continue;
      }
      if (size + bytes > cfg.maxBytes) rotate();
      fs.writeSync(fd, line);
      size += bytes;
    }
  };

  const at = (body: unknown, dotPath: string): unknown => {
    let v = body;
    for (const key of dotPath.split(".").filter(Boolean)) {
      if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
      v = (v as Record<string, unknown>)[key];
    }
    return v;
  };

  const record = (requestId: string, timestamp: string, reqBody: Buffer, resBody: Buffer) => {
    let rows: unknown;
    let answers: unknown;
    try {
      rows = (JSON.parse(reqBody.toString("utf8")) as { rows?: unknown }).rows;
      answers = at(JSON.parse(resBody.toString("utf8")), cfg.responsePath);
    } catch {
      return; // not the contract's JSON: forwarded, not recorded
    }
    if (!Array.isArray(rows) || !Array.isArray(answers)) return;
    const n = Math.min(rows.length, answers.length);
    for (let i = 0; i < n; i++) {
      const row = rows[i] && typeof rows[i] === "object" && !Array.isArray(rows[i]) ? rows[i] : {};
      const answer = answers[i];
      const own = cfg.idField !== null ? row[cfg.idField] : undefined;
      const id =
        own !== undefined && own !== null && own !== ""
          ? String(own)
          : rows.length === 1
            ? requestId
            : `${requestId}:${i}`;
      const line: Record<string, unknown> = { id, timestamp, model: cfg.model, request_id: requestId };
      if (typeof answer === "number") {
        if (cfg.scoreColumn !== null) line[cfg.scoreColumn] = answer;
        else line[cfg.predictionColumn] = answer;
      } else if (answer && typeof answer === "object") {
        const a = answer as Record<string, unknown>;
        if (a[cfg.predictionKey] !== undefined) line[cfg.predictionColumn] = a[cfg.predictionKey];
        if (cfg.scoreColumn !== null && a[cfg.scoreKey] !== undefined) line[cfg.scoreColumn] = a[cfg.scoreKey];
      }
      for (const [k, v] of Object.entries(row as Record<string, unknown>)) if (!(k in line)) line[k] = v;
      const text = JSON.stringify(line);
      pending.push(`${redactRe ? text.replace(redactRe, "***") : text}\n`);
    }
    if (!scheduled && pending.length) {
      scheduled = true;
      setImmediate(() => {
        scheduled = false;
        flush();
      });
    }
  };

  const forwardHeaders = (raw: string[], extra?: [string, string]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < raw.length; i += 2) {
      const k = raw[i].toLowerCase();
      if (hopByHop.has(k) || (extra && k === extra[0])) continue;
      out.push(raw[i], raw[i + 1]);
    }
    if (extra) out.push(extra[0], extra[1]);
    return out;
  };

  const server = http.createServer({ noDelay: true }, (creq, cres) => {
    const given = creq.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    const timestamp = new Date().toISOString();
    const capture = creq.method === "POST" && (creq.url ?? "").split("?")[0] === cfg.predictPath && sampled(requestId);
    const reqChunks: Buffer[] = [];
    const resChunks: Buffer[] = [];
    let reqBytes = 0;
    let resBytes = 0;
    const ureq = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: creq.method,
        path: creq.url,
        headers: forwardHeaders(creq.rawHeaders, ["x-request-id", requestId]) as unknown as OutgoingHttpHeaders,
        agent: agentFor(creq.socket),
      },
      (ures) => {
        cres.writeHead(ures.statusCode ?? 502, ures.statusMessage, forwardHeaders(ures.rawHeaders));
        if (capture)
          ures.on("data", (c: Buffer) => {
            resBytes += c.length;
            if (resBytes <= cfg.maxBytes) resChunks.push(c);
          });
        ures.on("end", () => {
          const status = ures.statusCode ?? 0;
          if (capture && status >= 200 && status < 300 && reqBytes <= cfg.maxBytes && resBytes <= cfg.maxBytes)
            setImmediate(() => record(requestId, timestamp, Buffer.concat(reqChunks), Buffer.concat(resChunks)));
        });
        ures.on("error", () => cres.destroy());
        ures.pipe(cres);
      },
    );
    ureq.setNoDelay(true);
    ureq.on("error", (e) => {
      if (!cres.headersSent) {
        cres.writeHead(502, { "content-type": "application/json" });
        cres.end(JSON.stringify({ error: `capture proxy: the model server did not answer (${e.message})` }));
      } else cres.destroy();
    });
    // The request goes on in one write once whole (headers and body in one segment): a body
    // written after its headers waits for their ACK under Nagle's algorithm, which a server
    // that reads the body before answering delays by its delayed-ACK timer (40 ms on Linux).
    const body: Buffer[] = [];
    creq.on("data", (c: Buffer) => {
      body.push(c);
      reqBytes += c.length;
      if (capture && reqBytes <= cfg.maxBytes) reqChunks.push(c);
    });
    creq.on("end", () => ureq.end(body.length === 1 ? body[0] : Buffer.concat(body)));
    creq.on("error", () => ureq.destroy());
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => console.log(`capture proxy on ${port} → ${cfg.upstream}, to ${cfg.file}`));
  return {
    close() {
      server.close();
      flush();
      fs.closeSync(fd);
      if (dropped) console.log(`capture: ${dropped} line(s) larger than max-bytes dropped`);
    },
  };
}
