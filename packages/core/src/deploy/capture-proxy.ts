/**
 * The capture proxy's program (its own build entry, dist/chunks/capture-proxy.js; capture.ts
 * starts it, through the server-log relay, as the local target starts a model server): a
 * recording reverse proxy on $PORT, configured by $MLSHIP_CAPTURE (a CaptureRuntime as JSON),
 * stopped by SIGTERM. What it records, and how, is described in capture.ts.
 *
 * It is a TCP relay, one server connection per client connection, that reads a copy of the
 * bytes it relays with an HTTP/1.1 framing reader (capture-framing.ts): a request is held only
 * until its head is whole (to give it its X-Request-Id), every other byte goes on as it arrives,
 * answers are relayed before they are read, and the rows are recorded after that, from the
 * bodies the reader found. Keep-alive, pipelining, chunked bodies, half-closes and the server's
 * own framing pass as they are; a connection whose bytes the reader does not understand is
 * relayed untouched and not recorded (counted, and said when the proxy stops).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import net, { type Socket } from "node:net";
import path from "node:path";
import { quantileSorted } from "../stats/sampling.js";
import { patternRedacter } from "../util/secrets.js";
import { FramingReader, readHead, type BodyFraming } from "./capture-framing.js";

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
   * Measure the proxy's own work (bench/capture.ts): per request, the time from the read that
   * brought its first byte to its last byte handed to the server's socket, plus the time from the
   * read that brought the answer's last byte to that read handed to the client's socket and
   * framed (the wait for the server excluded), and the process's CPU time; printed as one `capture timings: {…}`
   * JSON line when the proxy stops.
   */
  timings?: boolean;
}

/** The proxy on `port`, as `cfg` says. */
function captureProxy(cfg: CaptureRuntime, port: number): { close(): Promise<void> } {
  const upstream = new URL(cfg.upstream);
  const upstreamPort = Number(upstream.port || 80);
  const upstreamHost = upstream.hostname.replace(/^\[|\]$/g, "");
  const clean = patternRedacter(cfg.redact);
  const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
  const base = cfg.file.replace(/\.jsonl$/, "");
  const rotated = (i: number) => `${base}.${i}.jsonl`;
  fs.mkdirSync(path.dirname(cfg.file), { recursive: true });
  let fd = fs.openSync(cfg.file, "a");
  let size = fs.fstatSync(fd).size;
  let dropped = 0;
  /** What was relayed but not recorded, by why (said when the proxy stops). */
  const unrecorded = { oversized: 0, notJson: 0, unframed: 0, cut: 0 };
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
      unrecorded.notJson++; // not the contract's JSON: relayed, not recorded
      return;
    }
    if (!Array.isArray(rows) || !Array.isArray(answers)) {
      unrecorded.notJson++;
      return;
    }
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

  /** One request and its answer, as the framing readers find them. */
  interface Exchange {
    method: string;
    id: string;
    /** A POST to the predict path: its bodies are kept for recording (sampled later, off the path). */
    candidate: boolean;
    /** When its head arrived (Date.now()). */
    at: number;
    req: Buffer[];
    reqBytes: number;
    reqDone: boolean;
    res: Buffer[];
    resBytes: number;
    status: number;
    /** Timings (performance.now()): its first read, and its last byte handed to the server's socket. */
    t0: number;
    t1: number;
  }

  // Rows are made after the answer has been relayed: exchanges to record wait for the next turn
  // of the event loop, all in one go, and at stop.
  let toRecord: Exchange[] = [];
  const recordPending = () => {
    const batch = toRecord;
    toRecord = [];
    for (const ex of batch)
      if (sampled(ex.id)) record(ex.id, new Date(ex.at).toISOString(), Buffer.concat(ex.req), Buffer.concat(ex.res));
  };

  const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+) HTTP\/1\.[01]$/;
  const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})(?: |$)/;

  /** The head with `id` as its only X-Request-Id (after its other fields, as the last one). */
  const withRequestId = (head: Buffer, id: string, had: boolean): Buffer => {
    const tail = Buffer.from(`x-request-id: ${id}\r\n\r\n`, "latin1");
    if (!had) return Buffer.concat([head.subarray(0, head.length - 2), tail]);
    const kept = head
      .toString("latin1", 0, head.length - 4)
      .split("\r\n")
      .filter((l, i) => i === 0 || l.slice(0, l.indexOf(":")).toLowerCase() !== "x-request-id");
    return Buffer.concat([Buffer.from(`${kept.join("\r\n")}\r\n`, "latin1"), tail]);
  };

  const badGateway = (client: Socket, e: Error) => {
    const body = JSON.stringify({ error: `capture proxy: the model server did not answer (${e.message})` });
    client.end(
      `HTTP/1.1 502 Bad Gateway\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  };

  // One server connection per client connection, opened as the client's is accepted and kept as
  // long as it: the server sees the connections, the segments and the timing it would see
  // without the proxy. (A pool shared by all clients turned many quiet connections into one busy
  // one, where a server that writes its headers and body in two sends without TCP_NODELAY —
  // Python's http.server — met the receiver's delayed ACK: 40 ms per answer.)
  const onConnection = (client: Socket) => {
    const server = net.connect({ host: upstreamHost, port: upstreamPort, noDelay: true, allowHalfOpen: true });
    /** Requests whose answer has not ended, oldest first (pipelined ones queue here). */
    const queue: Exchange[] = [];
    let reading: Exchange | null = null; // the request whose bytes are arriving
    let interim = false; // the answer being read is a 1xx before the final one
    let failed: Error | null = null; // the server connection's error
    let pieces: Buffer[] = [];
    const readDone: Exchange[] = [];
    let tRead = 0;

    const giveUp = () => {
      if (requests.isOpaque && answers.isOpaque) return;
      unrecorded.unframed++;
      queue.length = 0;
      reading = null;
      requests.stop("the other direction was not understood");
      answers.stop("the other direction was not understood");
    };

    const requests = new FramingReader(
      {
        head(head, replace): BodyFraming | null {
          const h = readHead(head, false);
          const m = h && REQUEST_LINE.exec(h.start);
          if (!h || !m || h.upgrade || m[1] === "CONNECT") return null; // another protocol may follow: relayed as it is
          const given = h.requestIds.length === 1 ? h.requestIds[0] : null;
          const id = given !== null && REQUEST_ID.test(given) ? given : crypto.randomUUID();
          if (id !== given) replace(withRequestId(head, id, h.requestIds.length > 0));
          const target = m[2];
          const q = target.indexOf("?");
          const ex: Exchange = {
            method: m[1],
            id,
            candidate: cfg.rate > 0 && m[1] === "POST" && (q < 0 ? target : target.slice(0, q)) === cfg.predictPath,
            at: Date.now(),
            req: [],
            reqBytes: 0,
            reqDone: false,
            res: [],
            resBytes: 0,
            status: 0,
            t0: tRead,
            t1: 0,
          };
          queue.push(ex);
          reading = ex;
          return h.framing;
        },
        body(data) {
          const ex = reading;
          if (!ex?.candidate) return;
          ex.reqBytes += data.length;
          if (ex.reqBytes <= cfg.maxBytes) ex.req.push(data);
        },
        end() {
          if (!reading) return;
          reading.reqDone = true;
          if (timing) readDone.push(reading);
          reading = null;
        },
        opaque: giveUp,
      },
      (b) => pieces.push(b),
    );

    const answers = new FramingReader({
      head(head): BodyFraming | null {
        const h = readHead(head, true);
        const m = h && STATUS_LINE.exec(h.start);
        const ex = queue[0];
        if (!h || !m || !ex) return null;
        const status = Number(m[1]);
        if (status === 101) return null; // switching protocols: not HTTP/1.1 after it
        interim = status < 200;
        if (interim) return { kind: "none" };
        ex.status = status;
        if (ex.method === "HEAD" || status === 204 || status === 304) return { kind: "none" };
        return h.framing;
      },
      body(data) {
        const ex = queue[0];
        if (!ex?.candidate) return;
        ex.resBytes += data.length;
        if (ex.resBytes <= cfg.maxBytes) ex.res.push(data);
      },
      end() {
        if (interim) {
          interim = false;
          return;
        }
        const ex = queue.shift();
        if (!ex) return;
        if (timing && ex.reqDone) {
          const now = performance.now();
          timing.add(ex.t1 - ex.t0, now - tRead, tRead - ex.t1);
        }
        if (!ex.candidate || ex.status < 200 || ex.status >= 300) return;
        if (ex.reqBytes > cfg.maxBytes || ex.resBytes > cfg.maxBytes) unrecorded.oversized++;
        else if (!ex.reqDone) unrecorded.cut++;
        else {
          if (!toRecord.length) setImmediate(recordPending);
          toRecord.push(ex);
        }
      },
      opaque: giveUp,
    });

    const toServer = (b: Buffer) => {
      if (failed || server.destroyed) return;
      if (!server.write(b) && !client.isPaused()) {
        client.pause();
        server.once("drain", () => client.resume());
      }
    };
    const sendPieces = () => {
      if (pieces.length === 1) toServer(pieces[0]);
      else if (pieces.length > 1) toServer(Buffer.concat(pieces));
      pieces = [];
    };

    client.on("data", (chunk: Buffer) => {
      if (timing) tRead = performance.now();
      requests.feed(chunk);
      if (failed) {
        pieces = [];
        if (queue.length && answers.idle) badGateway(client, failed);
        return;
      }
      sendPieces();
      if (timing && readDone.length) {
        const now = performance.now();
        for (const ex of readDone) ex.t1 = now;
        readDone.length = 0;
      }
    });
    client.on("end", () => {
      requests.finish();
      sendPieces();
      if (!failed) server.end();
    });
    client.on("error", () => server.destroy());
    client.on("close", () => server.destroy());

    server.on("data", (chunk: Buffer) => {
      if (timing) tRead = performance.now();
      // relayed first, read after
      if (!client.write(chunk) && !server.isPaused()) {
        server.pause();
        client.once("drain", () => server.resume());
      }
      answers.feed(chunk);
    });
    server.on("end", () => {
      answers.finish();
      client.end();
    });
    let connected = false;
    server.once("connect", () => {
      connected = true;
    });
    server.on("error", (e) => {
      failed = e;
      // no byte of an answer relayed yet: the client is told why; else it sees the connection cut,
      // as it would see the server's (a connection that never opened answers its next request 502)
      if (queue.length && answers.idle && !answers.isOpaque) badGateway(client, e);
      else if (queue.length || !answers.idle || connected) client.destroy();
    });
  };

  const listener = net.createServer({ noDelay: true, allowHalfOpen: true }, onConnection);
  listener.listen(port, "127.0.0.1", () => console.log(`capture proxy on ${port} → ${cfg.upstream}, to ${cfg.file}`));
  return {
    async close() {
      listener.close();
      recordPending();
      await flushAtClose();
      fs.closeSync(fd);
      if (dropped) console.log(`capture: ${dropped} line(s) larger than max-bytes dropped`);
      const why = [
        unrecorded.oversized && `${unrecorded.oversized} exchange(s) with a body over max-bytes`,
        unrecorded.notJson && `${unrecorded.notJson} exchange(s) not in the server contract's JSON`,
        unrecorded.cut && `${unrecorded.cut} answer(s) ended before their request`,
        unrecorded.unframed && `${unrecorded.unframed} connection(s) not read as HTTP/1.1 (relayed untouched)`,
      ].filter(Boolean);
      if (why.length) console.log(`capture: relayed but not recorded: ${why.join(", ")}`);
      if (timing) console.log(`capture timings: ${JSON.stringify(timing.summary())}`);
    },
  };
}

/**
 * The proxy's own time per request (ms): `in`, from the read that brought its first byte to its
 * last byte handed to the server's socket; `out`, from the read that brought the answer's last
 * byte to that read handed to the client's socket and framed (relayed first, read after);
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
