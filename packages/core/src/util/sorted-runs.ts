/**
 * Numbers on disk in sorted runs, and their merge: the external sort behind check-drift past its
 * memory budget (drift/spilled.ts) and validate-data's `unique` on more numbers than it holds
 * (validate/unique-numbers.ts). A caller sorts a buffer and appends it as one run; a merge reads
 * every run through a small buffer (64 KiB a run) and a binary heap of their current values.
 */
import { closeSync, openSync, readSync, writeSync } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";

/** Values read at a time from each run during a merge (64 KiB a run). */
const READ_VALUES = 1 << 13;

export class SortedRuns {
  private fd: number;
  /** Each run's first value's index in the file, and its length. */
  private readonly runs: { start: number; length: number }[] = [];
  private written = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, "w+");
  }

  /** Appends `sorted` (ascending, no NaN) as one run. */
  write(sorted: Float64Array): void {
    if (sorted.length === 0) return;
    const bytes = new Uint8Array(sorted.buffer, sorted.byteOffset, sorted.length * 8);
    try {
      for (let off = 0; off < bytes.length; )
        off += writeSync(this.fd, bytes, off, bytes.length - off, this.written * 8 + off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOSPC") throw e;
      throw new UserError(
        `the temp folder's disk is full (${path.dirname(this.file)}): past its memory budget mlship sorts the data on disk, 8 bytes a number; set TMPDIR to a folder on a larger disk`,
      );
    }
    this.runs.push({ start: this.written, length: sorted.length });
    this.written += sorted.length;
  }

  /** Values written. */
  get length(): number {
    return this.written;
  }

  /** Calls `f` on blocks of the values in file order (runs one after the other). */
  forEachBlock(f: (values: Float64Array, length: number) => void): void {
    const block = new Float64Array(READ_VALUES * 8);
    const bytes = new Uint8Array(block.buffer);
    for (let at = 0; at < this.written; ) {
      const n = Math.min(block.length, this.written - at);
      readFully(this.fd, bytes, n * 8, at * 8);
      f(block, n);
      at += n;
    }
  }

  /** A reader of the merged, sorted values. */
  sorted(): SortedStream {
    return new MergedRuns(this.fd, this.runs);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

function readFully(fd: number, bytes: Uint8Array, length: number, position: number): void {
  for (let off = 0; off < length; ) {
    const got = readSync(fd, bytes, off, length - off, position + off);
    if (got === 0) throw new Error(`sorted runs ended early at byte ${position + off}`);
    off += got;
  }
}

/** Sorted values, one at a time. */
export interface SortedStream {
  /** The next value, or NaN at the end. */
  next(): number;
}

/** k-way merge of sorted runs by a binary heap of each run's current value. */
class MergedRuns implements SortedStream {
  private readonly heap: Int32Array;
  private size: number;
  private readonly head: Float64Array;
  private readonly buffers: Float64Array[];
  private readonly pos: Int32Array;
  private readonly filled: Int32Array;
  private readonly left: Float64Array;
  private readonly at: Float64Array;

  constructor(
    private readonly fd: number,
    runs: { start: number; length: number }[],
  ) {
    const k = runs.length;
    this.heap = new Int32Array(k);
    this.head = new Float64Array(k);
    this.buffers = runs.map(() => new Float64Array(READ_VALUES));
    this.pos = new Int32Array(k);
    this.filled = new Int32Array(k);
    this.left = Float64Array.from(runs, (r) => r.length);
    this.at = Float64Array.from(runs, (r) => r.start);
    this.size = 0;
    for (let r = 0; r < k; r++) {
      if (this.refill(r)) {
        this.head[r] = this.buffers[r][this.pos[r]++];
        this.heap[this.size++] = r;
      }
    }
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private refill(r: number): boolean {
    const n = Math.min(READ_VALUES, this.left[r]);
    if (n === 0) return false;
    const buf = this.buffers[r];
    readFully(this.fd, new Uint8Array(buf.buffer), n * 8, this.at[r] * 8);
    this.at[r] += n;
    this.left[r] -= n;
    this.pos[r] = 0;
    this.filled[r] = n;
    return true;
  }

  private down(i: number): void {
    const heap = this.heap,
      head = this.head,
      size = this.size;
    const r = heap[i];
    const v = head[r];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && head[heap[c + 1]] < head[heap[c]]) c++;
      if (!(head[heap[c]] < v)) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = r;
  }

  next(): number {
    if (this.size === 0) return NaN;
    const r = this.heap[0];
    const v = this.head[r];
    if (this.pos[r] < this.filled[r] || this.refill(r)) this.head[r] = this.buffers[r][this.pos[r]++];
    else this.heap[0] = this.heap[--this.size];
    if (this.size > 0) this.down(0);
    return v;
  }
}
