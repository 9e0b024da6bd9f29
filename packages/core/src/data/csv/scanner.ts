import type { MessagePort } from "node:worker_threads";

/**
 * The arrays one batch of records is described in. They go to the checking thread and come back
 * (transferred both ways, never copied), so the worker reuses a few sets instead of allocating and
 * zeroing new ones per batch. Only the first `count` records (`count × width` cells) are meaningful.
 * @internal (tests and scripts import it by path)
 */
export interface ScanArrays {
  /** The bytes the offsets point into. */
  buf: Uint8Array;
  /** Per record: its first line. Per cell (record × width + column): start, end, kind, number. */
  lines: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Bits 0–1: 0 plain, 1 quoted, 2 quoted with doubled quotes; bit 2: integer text. */
  kinds: Uint8Array;
  /** The cell as a number when it has the common decimal form, else NaN (then Number() decides). */
  nums: Float64Array;
}

/** One batch of records, as the scan worker sends it. */
export interface ScanChunk extends ScanArrays {
  type: "chunk";
  header?: string[];
  count: number;
  width: number;
}
export type ScanMessage =
  | ScanChunk
  | { type: "ready" }
  | { type: "end"; sawHeader: boolean }
  | { type: "unsupported"; reason: string }
  | { type: "failed"; error: string };

/** Where a reader is in a file: all another thread needs to take over at a record boundary. */
export interface ReaderState {
  /** The file position of the first byte not yet consumed. */
  offset: number;
  /** That byte's line number. */
  line: number;
  /** Fields per record; -1 until the header is read. */
  width: number;
  /** Per column: parsed as a number by the scanner. */
  numeric: boolean[];
  /** At the start of the file (a byte order mark may come). */
  fresh: boolean;
}

/** Where scanRecords writes: a pooled set of arrays, and how far the scan got. @internal */
export interface ScanOutput extends ScanArrays {
  pos: number;
  line: number;
  width: number;
  header: string[] | undefined;
  count: number;
}

/**
 * The byte scanner and number parsers: one instance per thread (`scanner` below; the scan worker,
 * scan-worker.ts, has its own). Readers split and parse in one thread and use the records in
 * another (scan.ts).
 * @internal (tests and scripts import it by path)
 */
export function byteScanner() {
  const QUOTE = 0x22;
  const LF = 0x0a;
  const CR = 0x0d;
  const PLUS = 0x2b;
  const MINUS = 0x2d;
  const DOT = 0x2e;
  const ZERO = 0x30;
  const NINE = 0x39;
  /** A cell's kind bits: 0–1 how it was written (plain, quoted, quoted with doubled quotes), bit 2 integer text. */
  const KIND_MASK = 3;
  const KIND_QUOTED = 1;
  const KIND_ESCAPED = 2;
  const KIND_INTEGER = 4;
  // Powers of ten that are exact doubles (Clinger's fast path needs exactly these).
  const POW10: number[] = [];
  for (let k = 0; k <= 22; k++) POW10.push(10 ** k);
  const CHUNK = 2 << 20;
  /** A batch's arrays hold a field every 4 bytes and a record every 16 (grown for denser data). */
  const BATCH_FIELDS = (CHUNK >> 2) + 64;
  const BATCH_RECORDS = (CHUNK >> 4) + 64;

  // Dekker's product needs each factor split into halves (Veltkamp); 10^m's halves are fixed.
  const SPLIT = 134217729; // 2^27 + 1
  const POW10_HI: number[] = [];
  const POW10_LO: number[] = [];
  for (const p of POW10) {
    const t = SPLIT * p;
    POW10_HI.push(t - (t - p));
    POW10_LO.push(p - (t - (t - p)));
  }
  // A double's exponent bits, read through a shared view (little-endian: the high word is [1]).
  const F64 = new Float64Array(1);
  const U32 = new Uint32Array(F64.buffer);

  /**
   * hi·10^k + lo (hi < 10^15, 1 ≤ k ≤ 4, lo < 10^k: 16 to 19 significant digits) divided by
   * 10^m (0 ≤ m ≤ 22), correctly rounded; NaN when the exact value lies too near the middle of
   * two doubles to decide here (then Number() on the text decides; almost never).
   *
   * Hand-written (Eisel–Lemire needs 64×128-bit products, slow without 64-bit integers): the
   * numerator N is held exactly as a double-double, q = fl(N_hi / 10^m) is within 1.5 ulp of the
   * true quotient, and the remainder R = N − q·10^m is computed exactly enough (Dekker's
   * product, Sterbenz) to say whether the quotient is nearer q or a neighbour: |R| against half
   * an ulp of q times 10^m, which is exact (a power of two times an exact power of ten).
   */
  function divideLong(hi: number, k: number, lo: number, m: number): number {
    // N = hi·10^k + lo as nh + nl, exactly: every part is an integer below 2^64.
    const P = POW10[k];
    const ph = hi * P;
    const hs = SPLIT * hi;
    const hh = hs - (hs - hi);
    const hl = hi - hh;
    const pl = hh * POW10_HI[k] - ph + hh * POW10_LO[k] + hl * POW10_HI[k] + hl * POW10_LO[k];
    const sh = ph + lo;
    const bb = sh - ph;
    const sl = ph - (sh - bb) + (lo - bb);
    const tl = sl + pl; // two integers below 2^12: exact
    const nh = sh + tl;
    if (m === 0) return nh; // N rounded once
    const nl = tl - (nh - sh);
    const D = POW10[m];
    const q = nh / D;
    F64[0] = q;
    const high = U32[1];
    if (U32[0] === 0 && (high & 0xfffff) === 0) return NaN; // a power of two: the ulp below it is half the one above
    const qs = SPLIT * q;
    const qh = qs - (qs - q);
    const ql = q - qh;
    const th = q * D;
    const te = qh * POW10_HI[m] - th + qh * POW10_LO[m] + ql * POW10_HI[m] + ql * POW10_LO[m];
    const r = nh - th + nl - te; // nh − th is exact (Sterbenz); the rest is far below the margin used next
    U32[1] = (((high >>> 20) & 0x7ff) - 53) << 20;
    U32[0] = 0;
    const halfUlp = F64[0];
    const h = halfUlp * D;
    const margin = h * 2 ** -30;
    const ar = r < 0 ? -r : r;
    if (ar < h - margin) return q;
    if (ar > h + margin && ar < 3 * h - margin) return r > 0 ? q + 2 * halfUlp : q - 2 * halfUlp;
    return NaN;
  }

  /**
   * `[+-]?(digits[.digits]|.digits)([eE][+-]?digits)?` converted exactly as Number() does. Up to
   * 15 significant digits with a decimal exponent within ±22: the mantissa and the power of ten
   * are both exact doubles, so one multiplication or division rounds correctly (Clinger's fast
   * path). 16 to 19 digits (floats written at full precision: 17) with an exponent within
   * [−22, 0]: divideLong. Anything else returns NaN and the caller falls back to Number() on the text.
   */
  function parseNumberBytes(b: Uint8Array, s: number, e: number): number {
    lastWasInteger = false;
    let i = s;
    let neg = false;
    if (i < e && (b[i] === PLUS || b[i] === MINUS)) neg = b[i++] === MINUS;
    let mant = 0;
    let digits = 0;
    // Digits past the 15th: their value and count (at most 4 of them).
    let low = 0;
    let lowDigits = 0;
    let exp10 = 0;
    let any = false;
    for (; i < e; i++) {
      const d = b[i] - ZERO;
      if (d < 0 || d > 9) break;
      any = true;
      if (digits > 0 || d !== 0) {
        if (digits < 15) mant = mant * 10 + d;
        else if (lowDigits === 4) return NaN;
        else {
          low = low * 10 + d;
          lowDigits++;
        }
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
          if (digits < 15) mant = mant * 10 + d;
          else if (lowDigits === 4) return NaN;
          else {
            low = low * 10 + d;
            lowDigits++;
          }
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
    if (lowDigits > 0) {
      if (exp10 > 0 || exp10 < -22) return NaN;
      v = divideLong(mant, lowDigits, low, -exp10);
      if (v !== v) return NaN;
    } else if (mant === 0) v = 0;
    else if (exp10 === 0) v = mant;
    else if (exp10 > 0 && exp10 <= 22) v = mant * POW10[exp10];
    else if (exp10 < 0 && exp10 >= -22) v = mant / POW10[-exp10];
    else return NaN;
    lastWasInteger = integerText;
    return neg ? -v : v;
  }
  /** Whether the last number parseNumberBytes returned was written as an integer (`[+-]?digits`). */
  let lastWasInteger = false;

  /** A set of arrays for `fields` cells and `records` records (all fields set up front: one object shape). */
  function scanOutput(fields: number, records: number): ScanOutput {
    return {
      buf: new Uint8Array(0),
      lines: new Int32Array(records),
      starts: new Int32Array(fields),
      ends: new Int32Array(fields),
      kinds: new Uint8Array(fields),
      nums: new Float64Array(fields),
      pos: 0,
      line: 1,
      width: -1,
      header: undefined,
      count: 0,
    };
  }

  /** A batch's arrays alone, and their buffers: what goes between the threads, transferred, in either direction. */
  function batchArrays(a: ScanArrays): [arrays: ScanArrays, transfer: ArrayBuffer[]] {
    const { buf, lines, starts, ends, kinds, nums } = a;
    return [
      { buf, lines, starts, ends, kinds, nums },
      [buf.buffer, lines.buffer, starts.buffer, ends.buffer, kinds.buffer, nums.buffer] as ArrayBuffer[],
    ];
  }

  /** A copy of `a` with room for `cap` elements (a batch denser than its arrays allow). */
  function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, cap: number): T {
    const b = new (a.constructor as new (n: number) => T)(cap);
    b.set(a);
    return b;
  }

  /**
   * Splits the complete records of buf[pos, n) (RFC 4180: quoted fields with delimiters, doubled
   * quotes and newlines; CRLF; empty lines skipped) and parses the cells of numeric columns as they
   * are found (their bytes are still in cache). Stops at a record that may continue past n. The
   * first record is the header when `width` is not known yet. buf[n] must exist: it is overwritten
   * with a line end so the hot loop needs no bound check.
   *
   * Returns an error (the input is left to csv-parse) or undefined, and writes into `out`: the
   * records, the position after the last complete one, the next line number, the width and (for
   * the first batch) the header. Written into `out`, not returned as a new object, because an
   * object literal at the exit of this OSR-compiled loop deoptimised it on every call.
   */
  function scanRecords(
    buf: Buffer,
    pos: number,
    n: number,
    line: number,
    delim: number,
    width: number,
    numeric: boolean[],
    numericNames: string[] | null,
    out: ScanOutput,
  ): string | undefined {
    if (buf.length <= n) throw new Error("scanRecords needs one spare byte after the data");
    buf[n] = LF;
    // Fused number parsing stops at the first byte that is not part of the number; a delimiter
    // that can be part of one (a digit, '.', '-') gets the separate parse.
    const fuse = !(delim >= ZERO && delim <= NINE) && delim !== DOT && delim !== MINUS;
    // The arrays grow (and go back into `out`) when a batch is denser than they allow. Locals,
    // not captured by a closure, so the optimiser keeps them in registers.
    let { starts, ends, kinds, nums, lines } = out;
    let cap = starts.length;
    let cells = 0;
    let count = 0;
    let header: string[] | undefined;
    for (;;) {
      const recLine = line;
      const first = cells;
      let i = pos;
      let ln = line;
      let complete = false;
      let col = 0;
      while (i < n) {
        if (cells === cap) {
          cap *= 2;
          starts = grown(starts, cap);
          ends = grown(ends, cap);
          kinds = grown(kinds, cap);
          nums = grown(nums, cap);
        }
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
          nums[cells] = NaN; // quoted numbers are read as text by the checking side
          kinds[cells++] = escaped ? KIND_ESCAPED : KIND_QUOTED;
          col++;
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
          return "text after a closing quote";
        }
        let j = i;
        let c = buf[j];
        let v = NaN;
        let kind = 0;
        const num = fuse && numeric[col] === true && width >= 0;
        let parsed = false;
        if (num) {
          // The usual form, [-]digits[.digits] with at most 15 digits, is parsed while it is
          // scanned; its mantissa and power of ten are exact, so this is parseNumberBytes' result.
          const neg = c === MINUS;
          if (neg) c = buf[++j];
          const d0 = j;
          let mant = 0;
          while (c >= ZERO && c <= NINE) {
            mant = mant * 10 + (c - ZERO);
            c = buf[++j];
          }
          let digits = j - d0;
          let exp10 = 0;
          const dot = c === DOT;
          if (dot) {
            const f0 = ++j;
            c = buf[j];
            while (c >= ZERO && c <= NINE) {
              mant = mant * 10 + (c - ZERO);
              c = buf[++j];
            }
            exp10 = f0 - j;
            digits -= exp10;
          }
          if ((c === delim || c === LF) && digits > 0 && digits <= 15) {
            v = exp10 === 0 ? mant : mant / POW10[-exp10];
            if (neg) v = -v;
            kind = dot ? 0 : KIND_INTEGER;
            parsed = true;
          }
        }
        if (!parsed) while (c !== delim && c !== LF) c = buf[++j]; // buf[n] is a line end
        if (j >= n) break;
        const end = c === LF && j > i && buf[j - 1] === CR ? j - 1 : j;
        if (num && !parsed) {
          v = parseNumberBytes(buf, i, end);
          kind = lastWasInteger ? KIND_INTEGER : 0;
        }
        starts[cells] = i;
        ends[cells] = end;
        nums[cells] = v;
        kinds[cells++] = kind;
        col++;
        i = j + 1;
        if (c === delim) {
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
          header.push(kinds[f] === KIND_ESCAPED ? t.replace(/""/g, '"') : t);
        }
        if (new Set(header).size !== header.length) return "duplicate header";
        for (const h of header) numeric.push(numericNames === null || numericNames.includes(h));
        width = nf;
        cells = first;
        continue;
      }
      if (nf !== width) return "ragged row";
      if (count === lines.length) lines = grown(lines, lines.length * 2);
      lines[count++] = recLine;
    }
    out.lines = lines;
    out.starts = starts;
    out.ends = ends;
    out.kinds = kinds;
    out.nums = nums;
    out.pos = pos;
    out.line = line;
    out.width = width;
    out.header = header;
    out.count = count;
    return undefined;
  }

  let warmed = false;
  /**
   * Runs the scanner over a tiny sample (header, then records) so that every path out of its loop
   * has type feedback before the loop is compiled: otherwise the compiled loop deoptimises at its
   * exit on every batch and is compiled again (measured: a fifth of the scan time).
   */
  function warmUp(): void {
    if (warmed) return;
    warmed = true;
    for (let k = 0; k < 3; k++) {
      const sample = Buffer.from('a,b\n1,"x"\n\n-2.5,y\n ');
      const out = scanOutput(4, 2);
      scanRecords(sample, 0, sample.length - 1, 1, 0x2c, -1, [], ["a"], out);
      scanRecords(sample, 4, sample.length - 1, 2, 0x2c, 2, [true, false], ["a"], out);
    }
  }

  /**
   * Reads and scans a file batch by batch, from `position` on; `position` is kept up to date, so a reader in
   * another thread can take over from it at a record boundary. `next` fills `out` and says
   * "batch", "end", or why the input is left to csv-parse.
   */
  function batchReader(
    fs: { readSync(fd: number, buf: Uint8Array, offset: number, length: number, position: number): number },
    isUtf8: (b: Uint8Array) => boolean,
    fd: number,
    delim: number,
    numericNames: string[] | null,
    position: ReaderState,
  ) {
    warmUp();
    let leftover = Buffer.alloc(0);
    let eof = false;
    return {
      next(out: ScanOutput): "batch" | "end" | { error: string } {
        if (eof) return "end";
        // Room for a final line end and scanRecords' spare byte.
        const size = leftover.length + CHUNK + 2;
        const buf =
          out.buf.byteLength >= size
            ? Buffer.from(out.buf.buffer, out.buf.byteOffset, out.buf.byteLength)
            : Buffer.allocUnsafeSlow(size);
        leftover.copy(buf, 0);
        const got = fs.readSync(fd, buf, leftover.length, CHUNK, position.offset + leftover.length);
        let n = leftover.length + got;
        if (got === 0) {
          eof = true;
          if (n > 0 && buf[n - 1] !== LF) buf[n++] = LF; // the last record parses like any other
        }
        let start = 0;
        if (position.fresh && n > 0) {
          if (n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
          position.fresh = false;
        }
        out.buf = buf;
        const error = scanRecords(
          buf,
          start,
          n,
          position.line,
          delim,
          position.width,
          position.numeric,
          numericNames,
          out,
        );
        if (error) return { error };
        // Strict UTF-8 over what was consumed (the rest is checked with the next batch).
        if (!isUtf8(buf.subarray(start, out.pos))) return { error: "invalid UTF-8" };
        position.line = out.line;
        position.width = out.width;
        position.offset += out.pos;
        leftover = Buffer.from(buf.subarray(out.pos, n));
        // Whatever is left never ended: an open quote runs to the end of the file.
        if (eof && leftover.length && leftover.toString("latin1").trim() !== "") return { error: "unterminated quote" };
        return "batch";
      },
    };
  }

  /**
   * The worker: says it is ready, takes over the file where the checking thread got to (that
   * thread reads by itself while this one starts), then scans and posts batches, at most `SETS`
   * ahead of the checking thread, which sends each batch's arrays back when it is done with them.
   */
  async function runWorker(deps: {
    parentPort: MessagePort;
    workerData: { file: string; delimiter: number; numericColumns: string[] | null };
    fs: typeof import("node:fs");
    isUtf8: (b: Uint8Array) => boolean;
  }): Promise<void> {
    const { parentPort, workerData, fs, isUtf8 } = deps;
    warmUp();
    const SETS = 3;
    const pool: ScanOutput[] = [];
    for (let k = 0; k < SETS; k++) pool.push(scanOutput(BATCH_FIELDS, BATCH_RECORDS));
    let position: ReaderState | undefined;
    let wake: (() => void) | undefined;
    parentPort.on("message", (m: ScanArrays | { type: "start"; position: ReaderState }) => {
      if ("type" in m) position = m.position;
      else pool.push(Object.assign(scanOutput(0, 0), m));
      const w = wake;
      wake = undefined;
      w?.();
    });
    parentPort.postMessage({ type: "ready" });
    while (!position) await new Promise<void>((r) => (wake = r));
    const fd = fs.openSync(workerData.file, "r");
    try {
      const reader = batchReader(fs, isUtf8, fd, workerData.delimiter, workerData.numericColumns, position);
      for (;;) {
        while (pool.length === 0) await new Promise<void>((r) => (wake = r));
        const out = pool.pop()!;
        const r = reader.next(out);
        if (r === "end") break;
        if (typeof r === "object") return parentPort.postMessage({ type: "unsupported", reason: r.error });
        if (out.count || out.header) {
          const [arrays, transfer] = batchArrays(out);
          const chunk: ScanChunk = { type: "chunk", header: out.header, count: out.count, width: out.width, ...arrays };
          parentPort.postMessage(chunk, transfer);
        } else pool.push(out);
      }
      parentPort.postMessage({ type: "end", sawHeader: position.width >= 0 });
    } finally {
      fs.closeSync(fd);
    }
  }

  return {
    parseNumberBytes,
    scanRecords,
    scanOutput,
    batchArrays,
    batchReader,
    runWorker,
    CHUNK,
    BATCH_FIELDS,
    BATCH_RECORDS,
    KIND_MASK,
    KIND_ESCAPED,
    KIND_INTEGER,
  };
}

/** The scanner of the thread that imports this module. */
export const scanner = byteScanner();
export const { parseNumberBytes, KIND_MASK, KIND_ESCAPED, KIND_INTEGER } = scanner;
