import { isUtf8 } from "node:buffer";
import fs, { closeSync, fstatSync, openSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { isRemote, remoteStream } from "../remote.js";
import { scanner, type ReaderState, type ScanChunk, type ScanMessage } from "./scanner.js";

/** The byte engine met input it leaves to csv-parse (which then reports the exact error). */
export class FastCsvUnsupported extends Error {}

/**
 * The scan worker's module: in the bundles, the build's own entry for scan-worker.ts,
 * dist/chunks/csv-scan-worker.js, beside the chunk this module's code lies in (scripts/build.mjs
 * checks that); from the TypeScript sources (tsx, vitest), scan-worker-from-source.mjs, which
 * gives the worker tsx's loader first.
 */
function workerModule(): URL {
  const here = import.meta.url;
  return new URL(/\.ts$/.test(here) ? "./scan-worker-from-source.mjs" : "./csv-scan-worker.js", here);
}

/** The checking side: messages from the scan worker, in order, with backpressure by acknowledgement. */
class ScanStream {
  private queue: ScanMessage[] = [];
  private wake: (() => void) | undefined;
  private failure: Error | undefined;
  private exited = false;
  /** The worker has started and waits to be told where to take over. */
  ready = false;
  readonly worker: Worker;

  constructor(file: string, delimiter: number, numericColumns: string[] | null) {
    this.worker = new Worker(workerModule(), { workerData: { file, delimiter, numericColumns } });
    const wakeReader = () => {
      const w = this.wake;
      this.wake = undefined;
      w?.();
    };
    this.worker.on("message", (m: ScanMessage) => {
      if (m.type === "ready") this.ready = true;
      else this.queue.push(m);
      wakeReader();
    });
    this.worker.on("error", (e) => {
      this.failure = e;
      wakeReader();
    });
    this.worker.on("exit", () => {
      this.exited = true;
      wakeReader();
    });
  }

  async next(): Promise<ScanMessage> {
    for (;;) {
      const m = this.queue.shift();
      if (m) return m;
      await this.event();
    }
  }

  async started(): Promise<void> {
    while (!this.ready) await this.event();
  }

  private async event(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.exited) throw new Error("the byte scanner's worker stopped early");
    await new Promise<void>((r) => (this.wake = r));
  }
}

/**
 * Reads one delimited file on its bytes and hands each batch of records to `onBatch` (the first
 * carries the header; the batch's arrays go back to the worker when onBatch returns, so keep
 * nothing of them). Measured here: csv-parse needs 4.3 s just to split 1,000,000 rows × 10
 * columns that pandas reads in about 0.5 s. So a worker thread splits records into byte ranges
 * and parses the numbers of `numericColumns` (null: of every column) from their bytes
 * (scanner.ts, in the worker of scan-worker.ts), while this thread uses them, and the two threads overlap. A worker takes
 * tens of milliseconds to start, so until it is ready this thread reads and scans by itself, then
 * hands the worker the file from the next record on (a small file may be done before that).
 * Anything the scanner does not accept — a ragged row, an unterminated quote, invalid UTF-8, a
 * duplicate header — throws FastCsvUnsupported, and the caller starts over with csv-parse.
 * Returns whether the file had a header. `handoffAfter` fixes how many batches this thread reads
 * first (tests take each path with it).
 */
export async function scanDelimited(
  file: string,
  delimiter: string,
  numericColumns: string[] | null,
  onBatch: (m: ScanChunk, b: Buffer) => void,
  handoffAfter?: number,
): Promise<boolean> {
  if (Buffer.byteLength(delimiter) !== 1) throw new FastCsvUnsupported("multi-byte delimiter");
  const delim = Buffer.from(delimiter)[0];
  const use = (m: ScanChunk) => onBatch(m, Buffer.from(m.buf.buffer, m.buf.byteOffset, m.buf.byteLength));
  if (isRemote(file)) return scanStream(file, delim, numericColumns, use);
  const fd = openSync(file, "r");
  // A small file is read here alone: starting a worker (a new isolate) costs more than it saves.
  const scan =
    handoffAfter === undefined && fstatSync(fd).size <= SMALL_FILE
      ? undefined
      : new ScanStream(file, delim, numericColumns);
  try {
    const position: ReaderState = { offset: 0, line: 1, width: -1, numeric: [], fresh: true };
    const reader = scanner.batchReader(fs, isUtf8, fd, delim, numericColumns, position);
    const out = scanner.scanOutput(scanner.BATCH_FIELDS, scanner.BATCH_RECORDS);
    for (let batches = 0; !scan || (handoffAfter === undefined ? !scan.ready : batches < handoffAfter); batches++) {
      const r = reader.next(out);
      if (r === "end") return position.width >= 0;
      if (typeof r === "object") throw new FastCsvUnsupported(r.error);
      if (out.count || out.header) use({ type: "chunk", ...out });
      await new Promise(setImmediate); // lets the worker's "ready" in
    }
    await scan.started();
    scan.worker.postMessage({ type: "start", position });
    for (;;) {
      const m = await scan.next();
      if (m.type === "unsupported") throw new FastCsvUnsupported(m.reason);
      if (m.type === "failed") throw new Error(`the byte scanner's worker failed: ${m.error}`);
      if (m.type === "end") return m.sawHeader;
      if (m.type !== "chunk") continue;
      use(m);
      // The arrays go back to the worker for its next batch (which is also what lets it send one).
      const [arrays, transfer] = scanner.batchArrays(m);
      scan.worker.postMessage(arrays, transfer);
    }
  } finally {
    closeSync(fd);
    await scan?.worker.terminate();
  }
}

/**
 * A remote object's body (one GET, remote.ts) through the same batch reader, in this thread: the
 * reader asks for bytes synchronously, so each batch's worth is buffered first (at most a batch
 * ahead: memory stays flat whatever the object's size). No worker: it would read the body again.
 */
async function scanStream(
  uri: string,
  delim: number,
  numericColumns: string[] | null,
  use: (m: ScanChunk) => void,
): Promise<boolean> {
  const source = new BufferedBody((await remoteStream(uri, uri))[Symbol.asyncIterator]());
  try {
    const position: ReaderState = { offset: 0, line: 1, width: -1, numeric: [], fresh: true };
    const reader = scanner.batchReader(source, isUtf8, 0, delim, numericColumns, position);
    const out = scanner.scanOutput(scanner.BATCH_FIELDS, scanner.BATCH_RECORDS);
    for (;;) {
      await source.fill(scanner.CHUNK);
      const r = reader.next(out);
      if (r === "end") return position.width >= 0;
      if (typeof r === "object") throw new FastCsvUnsupported(r.error);
      if (out.count || out.header) use({ type: "chunk", ...out });
    }
  } finally {
    await source.close();
  }
}

/** A body's chunks, handed to the batch reader as `readSync` would read a file (in order; 0 only at its end). */
class BufferedBody {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  constructor(private readonly body: AsyncIterator<Buffer>) {}
  /** Reads ahead until `bytes` are buffered or the body has ended. */
  async fill(bytes: number): Promise<void> {
    while (!this.ended && this.buffered < bytes) {
      const r = await this.body.next();
      if (r.done) this.ended = true;
      else {
        this.chunks.push(r.value);
        this.buffered += r.value.length;
      }
    }
  }
  readSync(_fd: number, into: Uint8Array, offset: number, length: number): number {
    let n = 0;
    while (n < length && this.chunks.length) {
      const c = this.chunks[0];
      const k = Math.min(c.length, length - n);
      c.copy(into, offset + n, 0, k);
      n += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.buffered -= n;
    return n;
  }
  /** Stops reading (early, on an error or a FastCsvUnsupported): the connection is closed. */
  async close(): Promise<void> {
    this.chunks = [];
    if (!this.ended) await this.body.return?.();
  }
}

/** Files up to this size are scanned without the worker. */
const SMALL_FILE = 4 << 20;
