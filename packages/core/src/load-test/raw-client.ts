import net from "node:net";

type Done = (status: number, failed: boolean) => void;

interface Conn {
  socket: net.Socket | null;
  pending: Done[];
  buf: Buffer;
  state: "head" | "body" | "chunk-size" | "chunk-data" | "trailer" | "until-close";
  status: number;
  remaining: number;
}

const EMPTY = Buffer.alloc(0);
const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");

/**
 * A lean HTTP/1.1 keep-alive client for the load generator: requests are pre-serialised buffers,
 * responses are only framed (status, Content-Length or chunked), pipelined up to `pipelining`
 * per connection. Hand-written because a general client (undici, node:http) spends more CPU per
 * request than the servers it must outrun; autocannon does the same for the same reason.
 */
export class RawHttpClient {
  private conns: Conn[];
  // A FIFO with a moving head: Array.shift is O(n) on the long backlogs an open loop can build.
  private waiting: { req: Buffer; done: Done }[] = [];
  private head = 0;
  private inflight = 0;
  private next = 0;
  private closed = false;

  constructor(
    private host: string,
    private port: number,
    connections: number,
    private pipelining: number,
    private timeoutMs: number,
  ) {
    this.conns = Array.from({ length: connections }, () => ({
      socket: null,
      pending: [],
      buf: EMPTY,
      state: "head",
      status: 0,
      remaining: 0,
    }));
  }

  send(req: Buffer, done: Done): void {
    if (this.inflight >= this.conns.length * this.pipelining) {
      this.waiting.push({ req, done });
      return;
    }
    for (let k = 0; k < this.conns.length; k++) {
      const c = this.conns[(this.next + k) % this.conns.length];
      if (c.pending.length < this.pipelining) {
        this.next = (this.next + k + 1) % this.conns.length;
        this.write(c, req, done);
        return;
      }
    }
    this.waiting.push({ req, done });
  }

  close(): void {
    this.closed = true;
    for (const c of this.conns) c.socket?.destroy();
    for (const w of this.waiting.splice(this.head)) w.done(0, true);
    this.head = 0;
  }

  private write(c: Conn, req: Buffer, done: Done): void {
    if (!c.socket) this.connect(c);
    this.inflight++;
    c.pending.push(done);
    c.socket!.write(req);
  }

  private connect(c: Conn): void {
    const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
    socket.setTimeout(this.timeoutMs, () => socket.destroy(new Error("timeout")));
    socket.on("data", (chunk: Buffer) => this.onData(c, chunk));
    const fail = () => {
      if (c.socket !== socket) return;
      c.socket = null;
      if (c.state === "until-close") this.complete(c);
      c.buf = EMPTY;
      c.state = "head";
      for (const d of c.pending.splice(0)) {
        this.inflight--;
        d(0, true);
      }
      this.pump(c);
    };
    socket.on("error", fail);
    socket.on("close", fail);
    c.socket = socket;
  }

  private complete(c: Conn): void {
    const done = c.pending.shift();
    if (done) {
      this.inflight--;
      done(c.status, false);
    }
    c.state = "head";
    this.pump(c);
  }

  private pump(c: Conn): void {
    while (!this.closed && this.head < this.waiting.length && c.pending.length < this.pipelining) {
      const w = this.waiting[this.head++];
      this.write(c, w.req, w.done);
    }
    if (this.head > 65_536 && this.head * 2 > this.waiting.length) {
      this.waiting = this.waiting.slice(this.head);
      this.head = 0;
    }
  }

  private onData(c: Conn, chunk: Buffer): void {
    let buf = c.buf.length ? Buffer.concat([c.buf, chunk]) : chunk;
    for (;;) {
      if (c.state === "until-close") {
        buf = EMPTY;
        break;
      }
      if (c.state === "head") {
        const end = buf.indexOf(HEAD_END);
        if (end < 0) break;
        const head = buf.toString("latin1", 0, end).toLowerCase();
        c.status = Number(head.slice(9, 12)) || 0;
        buf = buf.subarray(end + 4);
        const len = /\r\ncontent-length:\s*(\d+)/.exec(head);
        if (len) {
          c.remaining = Number(len[1]);
          c.state = "body";
        } else if (/\r\ntransfer-encoding:[^\r]*chunked/.test(head)) c.state = "chunk-size";
        else if (c.status === 204 || c.status === 304) (c.remaining = 0), (c.state = "body");
        else c.state = "until-close";
      }
      if (c.state === "body") {
        if (buf.length < c.remaining) {
          c.remaining -= buf.length;
          buf = EMPTY;
          break;
        }
        buf = buf.subarray(c.remaining);
        this.complete(c);
        continue;
      }
      if (c.state === "chunk-size") {
        const eol = buf.indexOf(CRLF);
        if (eol < 0) break;
        const size = parseInt(buf.toString("latin1", 0, eol), 16);
        buf = buf.subarray(eol + 2);
        if (size === 0) c.state = "trailer";
        else {
          c.remaining = size + 2; // data and its CRLF
          c.state = "chunk-data";
        }
        continue;
      }
      if (c.state === "chunk-data") {
        if (buf.length < c.remaining) {
          c.remaining -= buf.length;
          buf = EMPTY;
          break;
        }
        buf = buf.subarray(c.remaining);
        c.state = "chunk-size";
        continue;
      }
      if (c.state === "trailer") {
        const eol = buf.indexOf(CRLF);
        if (eol < 0) break;
        const empty = eol === 0;
        buf = buf.subarray(eol + 2);
        if (empty) this.complete(c);
      }
    }
    c.buf = buf.length ? Buffer.from(buf) : EMPTY;
  }
}

/** A POST request serialised once, reused for every send. */
export function serializePost(url: URL, body: string): Buffer {
  const payload = Buffer.from(body);
  const head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\nConnection: keep-alive\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, "latin1"), payload]);
}
