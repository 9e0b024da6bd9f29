/**
 * The capture proxy's HTTP/1.1 framing reader: where each message of one direction of a
 * connection starts and ends, and the bytes of its body (chunked transfer coding removed), read
 * from the bytes the proxy relays. It understands what RFC 9112 §2–§7 frames with: a head (start
 * line and fields, CRLF-terminated), then a body of Content-Length bytes, or chunked, or none, or
 * (answers only) up to the connection's close. Anything else (a bare LF, an obsolete line
 * folding, a field line without a name, conflicting or malformed lengths, a transfer coding that
 * is not chunked, a head over 64 KiB, a chunk-size line over 1 KiB) is not understood: the reader
 * stops (`opaque`) and the proxy relays the rest of the connection untouched and unrecorded.
 *
 * Hand-written, not node's HTTP stack nor a parser package: the proxy relays bytes and must
 * never re-serialise them, so it needs offsets into the stream, not parsed messages; node's
 * server and client cost 7 times a bare relay's work per request (bench/capture-instructions.ts),
 * and http-parser-js (the one JS parser on npm) mimics node's internal binding, is not one of
 * mlship's dependencies and would still parse every field of every message.
 */

/** How a message's body is framed. */
export type BodyFraming =
  | { kind: "none" }
  | { kind: "length"; bytes: number }
  | { kind: "chunked" }
  /** up to the connection's close (an answer with neither length nor chunked coding) */
  | { kind: "close" };

/** What the reader reports, in stream order. */
export interface FramingEvents {
  /**
   * A message's whole head, its final CRLF CRLF included: how its body is framed, or null when it
   * is not understood. `replace` sets the bytes forwarded in its place (the proxy's X-Request-Id).
   */
  head(head: Buffer, replace: (bytes: Buffer) => void): BodyFraming | null;
  /** Body bytes of the current message, without chunk framing. */
  body(data: Buffer): void;
  /** The current message is whole. */
  end(): void;
  /** The reader stopped: what follows is relayed untouched. */
  opaque(why: string): void;
}

const EMPTY = Buffer.alloc(0);
const HEAD_END = Buffer.from("\r\n\r\n");
const CRLF = Buffer.from("\r\n");
const MAX_HEAD = 64 * 1024;
const MAX_LINE = 1024;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,12})[ \t]*(?:;.*)?$/;

type State = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailer" | "close" | "opaque";

/**
 * One direction's reader. `feed` takes the bytes as they arrive; when `forward` is given, the
 * bytes to relay are handed to it in order: everything as received, except a head, held until it
 * is whole and then handed over (or its replacement). Without `forward`, the caller relays the
 * bytes itself before feeding them.
 */
export class FramingReader {
  private state: State = "head";
  private held: Buffer = EMPTY;
  private remaining = 0;

  constructor(
    private on: FramingEvents,
    private forward: ((bytes: Buffer) => void) | null = null,
  ) {}

  get isOpaque(): boolean {
    return this.state === "opaque";
  }

  /** At a message boundary, nothing of the next message seen. */
  get idle(): boolean {
    return this.state === "head" && this.held.length === 0;
  }

  /** The reader stops here; bytes it held are handed to `forward`. */
  stop(why: string): void {
    if (this.state === "opaque") return;
    this.state = "opaque";
    const held = this.held;
    this.held = EMPTY;
    if (held.length) this.forward?.(held);
    this.on.opaque(why);
  }

  /** The stream ended: a body read up to the close is whole; a partial head is handed over. */
  finish(): void {
    if (this.state === "close") {
      this.state = "head";
      this.on.end();
    } else if (this.held.length && this.state === "head") this.stop("the stream ended inside a head");
  }

  feed(chunk: Buffer): void {
    let buf = chunk;
    while (buf.length) {
      switch (this.state) {
        case "opaque":
          this.forward?.(buf);
          return;
        case "head": {
          const from = this.held.length;
          const all = from ? Buffer.concat([this.held, buf]) : buf;
          const end = all.indexOf(HEAD_END, Math.max(0, from - 3));
          if (end < 0) {
            if (all.length > MAX_HEAD || bareLf(all)) {
              this.held = all;
              this.stop(all.length > MAX_HEAD ? "a head over 64 KiB" : "a bare LF in a head");
            } else this.held = from ? all : Buffer.from(all); // a copy: the chunk's memory is not kept alive by a pool
            return;
          }
          const head = end + 4 === all.length ? all : all.subarray(0, end + 4);
          this.held = EMPTY;
          buf = end + 4 === all.length ? EMPTY : all.subarray(end + 4);
          let out: Buffer = head;
          const framing = this.on.head(head, (b) => {
            out = b;
          });
          if (!framing) {
            this.held = head;
            this.stop("a head it does not understand");
            this.forward?.(buf);
            return;
          }
          this.forward?.(out);
          if (framing.kind === "none") this.on.end();
          else if (framing.kind === "length") {
            if (framing.bytes === 0) this.on.end();
            else {
              this.state = "length";
              this.remaining = framing.bytes;
            }
          } else if (framing.kind === "chunked") this.state = "chunk-size";
          else this.state = "close";
          break;
        }
        case "length": {
          const n = Math.min(this.remaining, buf.length);
          const part = n === buf.length ? buf : buf.subarray(0, n);
          this.forward?.(part);
          this.on.body(part);
          this.remaining -= n;
          buf = n === buf.length ? EMPTY : buf.subarray(n);
          if (this.remaining === 0) {
            this.state = "head";
            this.on.end();
          }
          break;
        }
        case "close":
          this.forward?.(buf);
          this.on.body(buf);
          return;
        case "chunk-size":
        case "trailer": {
          const line = this.line(buf);
          if (!line) return;
          buf = line.rest;
          if (this.state === "chunk-size") {
            const m = CHUNK_SIZE.exec(line.text);
            if (!m) {
              this.held = line.raw;
              this.stop("a malformed chunk size");
              this.forward?.(buf);
              return;
            }
            this.forward?.(line.raw);
            this.remaining = Number.parseInt(m[1], 16);
            this.state = this.remaining === 0 ? "trailer" : "chunk-data";
          } else {
            this.forward?.(line.raw);
            if (line.text === "") {
              this.state = "head";
              this.on.end();
            }
          }
          break;
        }
        case "chunk-data": {
          const n = Math.min(this.remaining, buf.length);
          const part = buf.subarray(0, n);
          this.forward?.(part);
          this.on.body(part);
          this.remaining -= n;
          buf = buf.subarray(n);
          if (this.remaining === 0) {
            this.state = "chunk-end";
            this.remaining = 2;
          }
          break;
        }
        case "chunk-end": {
          // the CRLF after a chunk's data, possibly split across reads
          const n = Math.min(this.remaining, buf.length);
          const part = buf.subarray(0, n);
          const expect = this.remaining === 2 ? CRLF : CRLF.subarray(1);
          if (!part.equals(expect.subarray(0, n))) {
            this.stop("no CRLF after a chunk");
            this.forward?.(buf);
            return;
          }
          this.forward?.(part);
          this.remaining -= n;
          buf = buf.subarray(n);
          if (this.remaining === 0) this.state = "chunk-size";
          break;
        }
      }
    }
  }

  /** The next CRLF-terminated line (chunk size or trailer field), held across reads until whole. */
  private line(buf: Buffer): { text: string; raw: Buffer; rest: Buffer } | null {
    const from = this.held.length;
    const all = from ? Buffer.concat([this.held, buf]) : buf;
    const eol = all.indexOf(CRLF, Math.max(0, from - 1));
    if (eol < 0) {
      this.held = Buffer.from(all);
      if (all.length > MAX_LINE || all.includes(0x0a)) this.stop("a chunk line over 1 KiB or with a bare LF");
      return null;
    }
    this.held = EMPTY;
    const text = all.toString("latin1", 0, eol);
    if (text.includes("\n") || eol > MAX_LINE) {
      this.held = all.subarray(0, eol + 2);
      this.stop("a chunk line over 1 KiB or with a bare LF");
      this.forward?.(all.subarray(eol + 2));
      return null;
    }
    return { text, raw: all.subarray(0, eol + 2), rest: all.subarray(eol + 2) };
  }
}

/** An LF not preceded by CR. */
function bareLf(b: Buffer): boolean {
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) if (i === 0 || b[i - 1] !== 0x0d) return true;
  return false;
}

/** What the proxy needs of a head: its start line, its body's framing, its X-Request-Id values, whether it asks for another protocol. */
export interface Head {
  start: string;
  framing: BodyFraming;
  requestIds: string[];
  upgrade: boolean;
}

/**
 * A head read in one pass over its field lines (RFC 9112 §5, §6.1–§6.3), or null when not
 * understood: a bare LF, a field line without a name or with an obsolete folding, Transfer-Encoding
 * with Content-Length, several different lengths, a length that is not digits, or a request's
 * transfer coding other than a final chunked. An answer with a coding other than a final chunked,
 * or with neither length nor coding, is read up to the close; a request with neither has no body.
 * Only the fields it uses are lower-cased and trimmed: it is on the path of every request.
 */
export function readHead(head: Buffer, answer: boolean): Head | null {
  const text = head.toString("latin1", 0, head.length - 4);
  if (text.includes("\n") && bareLf(head)) return null;
  let eol = text.indexOf("\r\n");
  const start = eol < 0 ? text : text.slice(0, eol);
  let length: string | null = null;
  let codings: string | null = null;
  const requestIds: string[] = [];
  let upgrade = false;
  while (eol >= 0) {
    const from = eol + 2;
    eol = text.indexOf("\r\n", from);
    const line = eol < 0 ? text.slice(from) : text.slice(from, eol);
    const c = line.indexOf(":");
    if (c <= 0) return null;
    const name = line.slice(0, c);
    if (!TOKEN.test(name)) return null; // also an obsolete folding (a line starting with a blank)
    // only the names it reads: content-length, transfer-encoding, x-request-id, upgrade
    if (c !== 14 && c !== 17 && c !== 12 && c !== 7) continue;
    const lower = name.toLowerCase();
    if (lower === "content-length") {
      for (const part of line.slice(c + 1).split(",")) {
        const p = part.trim();
        if (!/^\d{1,15}$/.test(p) || (length !== null && p !== length)) return null;
        length = p;
      }
    } else if (lower === "transfer-encoding") {
      const v = line.slice(c + 1).trim();
      codings = codings === null ? v : `${codings},${v}`;
    } else if (lower === "x-request-id") requestIds.push(line.slice(c + 1).trim());
    else if (lower === "upgrade") upgrade = true;
  }
  let framing: BodyFraming;
  if (codings !== null) {
    if (length !== null) return null;
    const list = codings
      .split(",")
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    if (list[list.length - 1] === "chunked") framing = CHUNKED;
    else if (answer) framing = CLOSE;
    else return null;
  } else if (length !== null) framing = { kind: "length", bytes: Number(length) };
  else framing = answer ? CLOSE : NONE;
  return { start, framing, requestIds, upgrade };
}

const CHUNKED: BodyFraming = { kind: "chunked" };
const CLOSE: BodyFraming = { kind: "close" };
const NONE: BodyFraming = { kind: "none" };
