import type { MessagePort } from "node:worker_threads";

/** One batch of records, as the scan worker sends it (typed arrays, transferred, not copied). */
export interface ScanChunk {
  type: "chunk";
  /** The bytes the offsets point into. */
  buf: Uint8Array;
  header?: string[];
  count: number;
  width: number;
  /** Per record: its first line. Per cell (record × width + column): start, end, kind, number. */
  lines: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Bits 0–1: 0 plain, 1 quoted, 2 quoted with doubled quotes; bit 2: integer text. */
  kinds: Uint8Array;
  /** The cell as a number when it has the common decimal form, else NaN (then Number() decides). */
  nums: Float64Array;
}
export type ScanMessage = ScanChunk | { type: "end"; sawHeader: boolean } | { type: "unsupported"; reason: string } | { type: "failed"; error: string };

export const KIND_MASK = 3;
export const KIND_ESCAPED = 2;
export const KIND_INTEGER = 4;

/**
 * The byte scanner and number parsers. Self-contained — nothing from outside this function's
 * body — because its source text is also the code of the scan worker (validate-data splits and
 * parses in one thread and checks in another; both must stay in the bundles without extra files).
 */
export function byteKit() {
  const QUOTE = 0x22;
  const LF = 0x0a;
  const CR = 0x0d;
  const PLUS = 0x2b;
  const MINUS = 0x2d;
  const DOT = 0x2e;
  const ZERO = 0x30;
  // Powers of ten that are exact doubles (Clinger's fast path needs exactly these).
  const POW10: number[] = [];
  for (let k = 0; k <= 22; k++) POW10.push(10 ** k);
  const CHUNK = 2 << 20;

  /** `[+-]?digits` with at most 15 digits (exact in a double), else NaN (the caller falls back to Number()). */
  function parseIntBytes(b: Uint8Array, s: number, e: number): number {
    let i = s;
    let neg = false;
    if (i < e && (b[i] === PLUS || b[i] === MINUS)) neg = b[i++] === MINUS;
    if (i === e || e - i > 15) return NaN;
    let v = 0;
    for (; i < e; i++) {
      const d = b[i] - ZERO;
      if (d < 0 || d > 9) return NaN;
      v = v * 10 + d;
    }
    return neg ? -v : v;
  }

  /**
   * `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?` with at most 15 significant digits and a
   * decimal exponent within ±22, converted exactly as Number() does: the mantissa and the power of
   * ten are both exact doubles, so one multiplication or division rounds correctly (Clinger's fast
   * path). Anything else returns NaN and the caller falls back to Number() on the text.
   */
  function parseNumberBytes(b: Uint8Array, s: number, e: number): number {
    lastWasInteger = false;
    let i = s;
    let neg = false;
    if (i < e && (b[i] === PLUS || b[i] === MINUS)) neg = b[i++] === MINUS;
    let mant = 0;
    let digits = 0;
    let exp10 = 0;
    let any = false;
    for (; i < e; i++) {
      const d = b[i] - ZERO;
      if (d < 0 || d > 9) break;
      any = true;
      if (digits > 0 || d !== 0) {
        if (digits === 15) return NaN;
        mant = mant * 10 + d;
        digits++;
      }
    }
    const dot = i < e && b[i] === DOT;
    if (dot) {
      for (i++; i < e; i++) {
        const d = b[i] - ZERO;
        if (d < 0 || d > 9) break;
        any = true;
        exp10--;
        if (digits > 0 || d !== 0) {
          if (digits === 15) return NaN;
          mant = mant * 10 + d;
          digits++;
        }
      }
    }
    if (!any) return NaN;
    const integerText = !dot && i === e;
    if (i < e && (b[i] | 0x20) === 0x65) {
      i++;
      let eneg = false;
      if (i < e && (b[i] === PLUS || b[i] === MINUS)) eneg = b[i++] === MINUS;
      let ev = 0;
      const first = i;
      for (; i < e; i++) {
        const d = b[i] - ZERO;
        if (d < 0 || d > 9 || i - first > 3) return NaN;
        ev = ev * 10 + d;
      }
      if (i === first) return NaN;
      exp10 += eneg ? -ev : ev;
    }
    if (i !== e) return NaN;
    let v: number;
    if (mant === 0) v = 0;
    else if (exp10 === 0) v = mant;
    else if (exp10 > 0 && exp10 <= 22) v = mant * POW10[exp10];
    else if (exp10 < 0 && exp10 >= -22) v = mant / POW10[-exp10];
    else return NaN;
    lastWasInteger = integerText;
    return neg ? -v : v;
  }
  /** Whether the last number parseNumberBytes returned was written as an integer (`[+-]?digits`). */
  let lastWasInteger = false;

  /**
   * Splits the complete records of buf[pos, n) (RFC 4180: quoted fields with delimiters, doubled
   * quotes and newlines; CRLF; empty lines skipped) and parses each cell's number. Stops at a record
   * that may continue past n. The first record is the header when `width` is not known yet.
   */
  function scanRecords(buf: Buffer, pos: number, n: number, line: number, delim: number, width: number, numeric: boolean[], numericNames: string[]) {
    // Room for a field every 4 bytes up front (grown if a chunk is denser), so it rarely copies.
    let cap = (n >> 2) + 64;
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let kinds = new Uint8Array(cap);
    let lines = new Int32Array((n >> 4) + 64);
    let cells = 0;
    let count = 0;
    let header: string[] | undefined;
    const grow = () => {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(cap);
      e2.set(ends);
      ends = e2;
      const k2 = new Uint8Array(cap);
      k2.set(kinds);
      kinds = k2;
    };
    for (;;) {
      const recLine = line;
      const first = cells;
      let i = pos;
      let ln = line;
      let complete = false;
      while (i < n) {
        if (cells === cap) grow();
        if (buf[i] === QUOTE) {
          let j = i + 1;
          let escaped = false;
          for (;;) {
            if (j >= n) break;
            const c = buf[j];
            if (c === QUOTE) {
              if (j + 1 >= n) {
                j = n; // the closing quote may be followed by another in the next chunk
                break;
              }
              if (buf[j + 1] === QUOTE) {
                escaped = true;
                j += 2;
                continue;
              }
              break;
            }
            if (c === LF) ln++;
            j++;
          }
          if (j >= n) break;
          starts[cells] = i + 1;
          ends[cells] = j;
          kinds[cells++] = escaped ? 2 : 1;
          i = j + 1;
          const c = buf[i];
          if (c === delim) {
            i++;
            continue;
          }
          if (c === LF || (c === CR && buf[i + 1] === LF)) {
            i += c === CR ? 2 : 1;
            ln++;
            complete = true;
            break;
          }
          if (i >= n || (c === CR && i + 1 >= n)) break;
          return { error: "text after a closing quote" };
        }
        let j = i;
        while (j < n) {
          const c = buf[j];
          if (c === delim || c === LF) break;
          j++;
        }
        if (j >= n) break;
        starts[cells] = i;
        ends[cells] = buf[j] === LF && j > i && buf[j - 1] === CR ? j - 1 : j;
        kinds[cells++] = 0;
        i = j + 1;
        if (buf[j] === delim) {
          if (i >= n) break;
          continue;
        }
        ln++;
        complete = true;
        break;
      }
      if (!complete) {
        cells = first;
        break;
      }
      pos = i;
      line = ln;
      const nf = cells - first;
      if (nf === 1 && starts[first] === ends[first]) {
        cells = first; // an empty line
        continue;
      }
      if (width < 0) {
        header = [];
        for (let f = first; f < cells; f++) {
          const t = buf.toString("utf8", starts[f], ends[f]);
          header.push(kinds[f] === 2 ? t.replace(/""/g, '"') : t);
        }
        if (new Set(header).size !== header.length) return { error: "duplicate header" };
        for (const h of header) numeric.push(numericNames.includes(h));
        width = nf;
        cells = first;
        continue;
      }
      if (nf !== width) return { error: "ragged row" };
      if (count === lines.length) {
        const l2 = new Int32Array(lines.length * 2);
        l2.set(lines);
        lines = l2;
      }
      lines[count++] = recLine;
    }
    // Numbers only for the columns that are checked as numbers; NaN elsewhere.
    const nums = new Float64Array(cells).fill(NaN);
    for (let col = 0; col < width; col++) {
      if (!numeric[col]) continue;
      for (let k = col; k < cells; k += width) {
        if (kinds[k] === 2) continue;
        const v = parseNumberBytes(buf, starts[k], ends[k]);
        nums[k] = v;
        if (lastWasInteger) kinds[k] |= 4;
      }
    }
    return { pos, line, width, header, count, lines: lines.subarray(0, count), starts: starts.subarray(0, cells), ends: ends.subarray(0, cells), kinds: kinds.subarray(0, cells), nums };
  }

  /** The worker: reads the file, scans it and posts chunks, at most 3 ahead of the checking thread. */
  async function runWorker(deps: {
    parentPort: MessagePort;
    workerData: { file: string; delimiter: number; numericColumns: string[] };
    fs: typeof import("node:fs");
    isUtf8: (b: Uint8Array) => boolean;
  }): Promise<void> {
    const { parentPort, workerData, fs, isUtf8 } = deps;
    let credits = 3;
    let wake: (() => void) | undefined;
    parentPort.on("message", () => {
      credits++;
      const w = wake;
      wake = undefined;
      w?.();
    });
    const unsupported = (reason: string) => parentPort.postMessage({ type: "unsupported", reason });
    const fd = fs.openSync(workerData.file, "r");
    try {
      let carry = Buffer.alloc(0);
      let line = 1;
      let width = -1;
      let first = true;
      const numeric: boolean[] = [];
      for (let eof = false; !eof; ) {
        if (credits === 0) await new Promise<void>((r) => (wake = r));
        const buf = Buffer.allocUnsafeSlow(carry.length + CHUNK + 1);
        carry.copy(buf, 0);
        const got = fs.readSync(fd, buf, carry.length, CHUNK, null);
        let n = carry.length + got;
        if (got === 0) {
          eof = true;
          if (n > 0 && buf[n - 1] !== LF) buf[n++] = LF; // the last record parses like any other
        }
        let start = 0;
        if (first && n > 0) {
          if (n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
          first = false;
        }
        const r = scanRecords(buf, start, n, line, workerData.delimiter, width, numeric, workerData.numericColumns);
        if ("error" in r) return unsupported(r.error!);
        // Strict UTF-8 over what was consumed (the rest is checked with the next chunk).
        if (!isUtf8(buf.subarray(start, r.pos))) return unsupported("invalid UTF-8");
        line = r.line;
        width = r.width;
        carry = Buffer.from(buf.subarray(r.pos, n));
        if (r.count || r.header) {
          credits--;
          const msg = { type: "chunk", buf, header: r.header, count: r.count, width, lines: r.lines, starts: r.starts, ends: r.ends, kinds: r.kinds, nums: r.nums };
          parentPort.postMessage(msg, [buf.buffer, r.lines.buffer, r.starts.buffer, r.ends.buffer, r.kinds.buffer, r.nums.buffer] as never);
        }
        // Whatever is left never ended: an open quote runs to the end of the file.
        if (eof && carry.length && carry.toString("latin1").trim() !== "") return unsupported("unterminated quote");
      }
      parentPort.postMessage({ type: "end", sawHeader: width >= 0 });
    } finally {
      fs.closeSync(fd);
    }
  }

  return { parseIntBytes, parseNumberBytes, scanRecords, runWorker };
}

/** The scan worker's code: the kit above and its wiring (requires are in the string, out of the bundler's sight). */
export function scanWorkerSource(): string {
  // __name: esbuild (tsx) wraps functions with it to keep their names; a no-op here.
  return `const __name = (f) => f;
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { isUtf8 } = require("node:buffer");
(${byteKit.toString()})().runWorker({ parentPort, workerData, fs, isUtf8 }).catch((e) => parentPort.postMessage({ type: "failed", error: String((e && e.stack) || e) }));`;
}

export const { parseIntBytes, parseNumberBytes } = byteKit();
