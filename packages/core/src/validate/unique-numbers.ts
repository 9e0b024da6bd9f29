/**
 * `unique` of a numeric field with memory that does not grow with rows. Numbers go into a
 * NumberSet (a bitmap for dense integers such as ids, a hash table of the doubles otherwise) until
 * it holds HELD_BYTES; from then on that set is frozen: a number in it is a repeat at once, as
 * before, and any other number goes to disk twice — into sorted runs (util/sorted-runs.ts) and,
 * with its place, into a log in reading order. After the last row, a merge of the runs finds the
 * numbers that occur more than once among those on disk; a pass over the log then reports each
 * of their occurrences after the first, in reading order. Exact — numbers are compared as the
 * doubles themselves (1 and 1.0 are one value, as in memory), no hashing, so no collision — at
 * 24 bytes of disk per number past the budget. A dense id column (1, 2, 3, …) stays in its bitmap
 * (a hundred million ids: 12 MB) and never reaches the disk.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sortFloat64 } from "../util/sort-float64.js";
import { SortedRuns } from "../util/sorted-runs.js";
import { NumberSet } from "./number-set.js";

/** Memory the in-memory set may hold (64 MiB: a hash table of 4,194,304 doubles, or dense ids without end). */
const HELD_BYTES = 64 * 2 ** 20;
/** Numbers per sorted run (4 MiB). */
const RUN_VALUES = 1 << 19;
/** Place entries buffered before a write to the log. */
const LOG_ENTRIES = 1 << 14;
/** Numbers that repeat on disk, held while the log is read (at most; beyond, the count stays exact and the examples come from these). */
const MAX_REPEATED = 1 << 20;

/** A repeat found after reading: the file (its index in reading order), the line, the number. */
export interface LateRepeat {
  fileIndex: number;
  line: number;
  value: number;
}

export class UniqueNumbers {
  private readonly held = new NumberSet();
  private disk:
    | { dir: string; runs: SortedRuns; log: SortedRuns; run: Float64Array; n: number; entries: Float64Array; e: number }
    | undefined;
  /** The file being read (TableState.startFile sets it). */
  fileIndex = 0;

  constructor(
    private readonly heldBytes = HELD_BYTES,
    private readonly runValues = RUN_VALUES,
  ) {}

  /** Adds `v` (never NaN) seen on `line`; false when it repeats a number seen before (known at once). */
  add(v: number, line: number): boolean {
    const disk = this.disk;
    if (disk === undefined) {
      if (!this.held.add(v)) return false;
      if (this.held.bytes > this.heldBytes) this.startDisk();
      return true;
    }
    if (this.held.has(v)) return false;
    if (disk.n === this.runValues) this.flushRun();
    disk.run[disk.n++] = v + 0;
    // The log: the number and its place (file × 2^40 + line: exact in a double).
    if (disk.e === disk.entries.length) this.flushLog();
    disk.entries[disk.e++] = v + 0;
    disk.entries[disk.e++] = this.fileIndex * 2 ** 40 + line;
    return true;
  }

  /** Removes the folder if the validation ends without asking for the repeats (an error in the data). */
  private readonly removeAtExit = () => {
    if (this.disk) rmSync(this.disk.dir, { recursive: true, force: true });
  };

  private startDisk(): void {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-unique-"));
    process.once("exit", this.removeAtExit);
    this.disk = {
      dir,
      runs: new SortedRuns(path.join(dir, "runs.f64")),
      log: new SortedRuns(path.join(dir, "log.f64")),
      run: new Float64Array(this.runValues),
      n: 0,
      entries: new Float64Array(2 * LOG_ENTRIES),
      e: 0,
    };
  }

  private flushRun(): void {
    const disk = this.disk!;
    disk.runs.write(sortFloat64(disk.run.subarray(0, disk.n)));
    disk.n = 0;
  }

  private flushLog(): void {
    const disk = this.disk!;
    // The log is one "run" per write, read back in file order (never merged).
    disk.log.write(disk.entries.subarray(0, disk.e));
    disk.e = 0;
  }

  /**
   * The repeats among the numbers that went to disk: how many, and the first `examples` of them in
   * reading order. Removes the files. Nothing when the set never left memory.
   */
  lateRepeats(examples: number): { count: number; first: LateRepeat[] } {
    const disk = this.disk;
    if (!disk) return { count: 0, first: [] };
    try {
      this.flushRun();
      this.flushLog();
      // Numbers that occur more than once on disk, and how many occurrences beyond the first.
      const repeated = new NumberSet();
      let distinctRepeated = 0;
      let count = 0;
      const sorted = disk.runs.sorted();
      let prev = sorted.next();
      let run = 1;
      for (let i = 1; i <= disk.runs.length; i++) {
        const v = i < disk.runs.length ? sorted.next() : NaN;
        if (v === prev) {
          run++;
          continue;
        }
        if (run > 1) {
          count += run - 1;
          if (distinctRepeated < MAX_REPEATED) {
            repeated.add(prev);
            distinctRepeated++;
          }
        }
        prev = v;
        run = 1;
      }
      const first: LateRepeat[] = [];
      if (count > 0 && examples > 0) {
        const seen = new NumberSet();
        disk.log.forEachBlock((entries, n) => {
          for (let i = 0; i < n && first.length < examples; i += 2) {
            const v = entries[i];
            if (!repeated.has(v) || seen.add(v)) continue;
            const place = entries[i + 1];
            const fileIndex = Math.floor(place / 2 ** 40);
            first.push({ fileIndex, line: place - fileIndex * 2 ** 40, value: v });
          }
        });
      }
      return { count, first };
    } finally {
      disk.runs.close();
      disk.log.close();
      rmSync(disk.dir, { recursive: true, force: true });
      this.disk = undefined;
      process.removeListener("exit", this.removeAtExit);
    }
  }
}
