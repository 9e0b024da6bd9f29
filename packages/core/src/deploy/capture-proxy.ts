/**
 * The capture proxy's program (its own build entry, dist/chunks/capture-proxy.js; capture.ts
 * starts it, through the server-log relay, as the local target starts a model server): a
 * recording reverse proxy on $PORT, configured by $MLSHIP_CAPTURE (a CaptureRuntime as JSON),
 * stopped by SIGTERM. What it records, and how, is described in capture.ts.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http, { type OutgoingHttpHeaders } from "node:http";
import net, { type Socket } from "node:net";
import path from "node:path";
import { quantileSorted } from "../stats/sampling.js";
import { patternRedacter } from "../util/secrets.js";

/**
 * What the proxy process is told (in its environment, as JSON).
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
  /** redactionPatternFor() the server's environment: the secrets it holds, redacted from every line. */
  redact: string | null;
  /**
   * Measure the proxy's own work (bench/capture.ts): per request, the time from the request's
   * arrival to its forwarding plus from the server's last byte to the answer's last byte handed
   * to the client's socket (the wait for the server excluded), and the process's CPU time; printed
   * as one `capture timings: {…}` JSON line when the proxy stops.
   */
  timings?: boolean;
}

/** The proxy on `port`, as `cfg` says. */
function captureProxy(cfg: CaptureRuntime, port: number): { close(): Promise<void> } {
  const upstream = new URL(cfg.upstream);
  // One upstream connection per client connection, kept alive as the client keeps its own: the
  // server sees the connections and the timing it would see without the proxy. (A pool shared by
  // all clients turns many quiet connections into one busy one, where a server that writes its
  // headers and body in two sends without TCP_NODELAY — Python's http.server — meets the
  // receiver's delayed ACK: 40 ms per answer.)
  // Its server connection is opened as the client's connection is accepted, while the client
  // sends its first request, not after (the load test opens its connections with its first
  // requests: a second connect in series was on their path).
  const agents = new WeakMap<object, InstanceType<typeof http.Agent>>();
  const agentFor = (socket: Socket) => {
    let a = agents.get(socket);
    if (!a) {
      const created = new http.Agent({ keepAlive: true, maxSockets: 1 });
      let early: Socket | null = net.connect({ host: upstream.hostname, port: Number(upstream.port), noDelay: true });
      early.on("error", () => {}); // a refused connection is reported when a request needs it
      created.createConnection = (options) => {
        const ready = early;
        early = null;
        if (ready && !ready.destroyed) return ready;
        return net.createConnection(options as net.NetConnectOpts);
      };
      agents.set(socket, created);
      socket.once("close", () => {
        early?.destroy();
        created.destroy();
      });
      a = created;
    }
    return a;
  };
  const clean = patternRedacter(cfg.redact);
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
  fs.mkdirSync(path.dirname(cfg.file), { recursive: true });
  let fd = fs.openSync(cfg.file, "a");
  let size = fs.fstatSync(fd).size;
  let dropped = 0;
  const timing = cfg.timings ? newTimings() : null;

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
  };

  // Lines are written in batches, off the event loop (fs.write runs on libuv's thread pool), one
  // batch at a time so that they land in order: a batch goes when FLUSH_BYTES are pending or
  // FLUSH_MS after its first line, and whatever is left when the proxy stops is written then.
  const FLUSH_MS = 100;
  const FLUSH_BYTES = 256 * 1024;
  let pending: string[] = [];
  let pendingBytes = 0;
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> | null = null;

  /** The pending lines as runs of text for one file each: `rotate` before a run that would not fit in the live file. */
  const takeRuns = (): { rotate: boolean; text: string }[] => {
    const runs: { rotate: boolean; lines: string[] }[] = [];
    let run: { rotate: boolean; lines: string[] } = { rotate: false, lines: [] };
    runs.push(run);
    for (const line of pending) {
      const bytes = Buffer.byteLength(line);
      if (bytes > cfg.maxBytes) {
        dropped++;
        continue;
      }
      if (size + bytes > cfg.maxBytes) {
        run = { rotate: true, lines: [] };
        runs.push(run);
        size = 0;
      }
      run.lines.push(line);
      size += bytes;
    }
    pending = [];
    pendingBytes = 0;
    return runs.filter((r) => r.rotate || r.lines.length).map((r) => ({ rotate: r.rotate, text: r.lines.join("") }));
  };

  const writeAll = (buf: Buffer): Promise<void> =>
    new Promise((resolve, reject) => {
      const from = (offset: number) =>
        fs.write(fd, buf, offset, buf.length - offset, null, (err, n) => {
          if (err) reject(err);
          else if (offset + n < buf.length) from(offset + n);
          else resolve();
        });
      from(0);
    });

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (writing || !pending.length) return;
    const runs = takeRuns();
    writing = (async () => {
      for (const r of runs) {
        if (r.rotate) rotate();
        if (r.text) await writeAll(Buffer.from(r.text));
      }
    })()
      .catch((e: Error) => console.log(`capture: could not write ${cfg.file}: ${e.message}`))
      .finally(() => {
        writing = null;
        if (pendingBytes >= FLUSH_BYTES) flush();
        else if (pending.length) timer = setTimeout(flush, FLUSH_MS);
      });
  };

  const enqueue = (line: string) => {
    pending.push(line);
    pendingBytes += line.length;
    if (writing) return; // the batch after it is started when it ends
    if (pendingBytes >= FLUSH_BYTES) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };

  /** At stop: the batch in flight ends, and the rest is written at once. */
  const flushAtClose = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    await writing;
    for (const r of takeRuns()) {
      if (r.rotate) rotate();
      if (r.text) fs.writeSync(fd, r.text);
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
      enqueue(`${clean(text)}\n`);
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
    const t0 = timing ? performance.now() : 0;
    let t1 = 0;
    let t2 = 0;
    const given = creq.headers["x-request-id"];
    const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    const capture = creq.method === "POST" && (creq.url ?? "").split("?")[0] === cfg.predictPath && sampled(requestId);
    const timestamp = capture ? new Date().toISOString() : "";
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
          if (timing) {
            t2 = performance.now();
            cres.once("finish", () => timing.add(t1 - t0, performance.now() - t2, t2 - t1));
          }
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
    if (timing) ureq.once("finish", () => (t1 = performance.now()));
    creq.on("end", () => ureq.end(body.length === 1 ? body[0] : Buffer.concat(body)));
    creq.on("error", () => ureq.destroy());
  });
  server.on("connection", (socket: Socket) => agentFor(socket));
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1", () => console.log(`capture proxy on ${port} → ${cfg.upstream}, to ${cfg.file}`));
  return {
    async close() {
      server.close();
      await flushAtClose();
      fs.closeSync(fd);
      if (dropped) console.log(`capture: ${dropped} line(s) larger than max-bytes dropped`);
      if (timing) console.log(`capture timings: ${JSON.stringify(timing.summary())}`);
    },
  };
}

/**
 * The proxy's own time per request (ms): `in`, from the request's arrival to its forwarding;
 * `out`, from the server's last byte to the answer's last byte handed to the client's socket;
 * `own`, their sum; `upstream`, the wait for the server between them; and the process's CPU
 * time (user + system) per request since the proxy started.
 */
function newTimings() {
  const own: number[] = [];
  const inbound: number[] = [];
  const outbound: number[] = [];
  const upstream: number[] = [];
  const cpu0 = process.cpuUsage();
  const stats = (v: number[]) => {
    const s = Float64Array.from(v).sort();
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return { p50: r(quantileSorted(s, 0.5)), p99: r(quantileSorted(s, 0.99)), max: r(s[s.length - 1] ?? Number.NaN) };
  };
  return {
    add(inMs: number, outMs: number, upstreamMs: number) {
      if (own.length >= 1 << 20) return;
      inbound.push(inMs);
      outbound.push(outMs);
      own.push(inMs + outMs);
      upstream.push(upstreamMs);
    },
    summary() {
      const cpu = process.cpuUsage(cpu0);
      return {
        requests: own.length,
        ownMs: stats(own),
        inMs: stats(inbound),
        outMs: stats(outbound),
        upstreamMs: stats(upstream),
        cpuMsPerRequest: own.length ? Math.round(((cpu.user + cpu.system) / 1000 / own.length) * 1000) / 1000 : null,
      };
    },
  };
}

// This program is its own process, so its own host: it reads what the local target set for it.
const proxy = captureProxy(
  JSON.parse(process.env.MLSHIP_CAPTURE || "null") as CaptureRuntime,
  Number(process.env.PORT),
);
process.once("SIGTERM", () => {
  proxy.close().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
});
