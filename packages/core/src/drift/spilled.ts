/**
 * check-drift past its memory budget: a numeric column too long to hold goes to disk as sorted
 * runs (external merge sort), and the statistics are computed exactly from them, with memory that
 * does not grow with rows.
 *
 * While a file is read, each numeric column's values gather in a buffer of RUN_VALUES numbers
 * (4 MiB); a full buffer is sorted and appended to the column's file as one run. The statistics
 * then merge the runs of both sides in one pass (a heap over the runs, each read through a small
 * buffer): KS's D = sup |F_ref − F_cur| and W1 = ∫ |F_ref − F_cur| dx are computed on the merged
 * order with the very operations, in the very order, of the in-memory code (ks.ts,
 * wasserstein1), so they are the same numbers, not approximations. The p-value of KS is the one
 * ks_2samp gives past 10,000 values (kstwo.sf of D at round(n·m/(n+m))). Passes in reading order
 * (no merge) give the Sturges histograms and, for a profile reference, the current data's shares
 * in its percentile bins. Disk: 8 bytes per present value; time: one merge per statistic pass.
 *
 * The file, the runs and their readers belong to a SpillFolder, removed once the report is written.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sortFloat64 } from "../util/sort-float64.js";
import { SortedRuns, type SortedStream } from "../util/sorted-runs.js";
import { quantileSorted } from "../stats/sampling.js";
import { ksAsymptoticPValue } from "../stats/ks.js";
import { categoricalShares, sturgesBins, type StatResult } from "../stats/drift-statistics.js";

/** Values per sorted run (4 MiB): the memory a column takes while its file is read. */
const RUN_VALUES = 1 << 19;
/** Distinct values counted exactly (with their counts) before a column counts as many-valued. */
const FEW = 21;

/** The temp folder of one check's spilled columns. */
export class SpillFolder {
  private dir: string | undefined;
  private next = 0;
  private readonly open: SpilledColumn[] = [];
  /** `runValues`: for tests, runs shorter than RUN_VALUES. */
  constructor(private readonly runValues = RUN_VALUES) {}
  /** A new column's writer, its file in the folder (made on first use, in the OS's temp folder). */
  column(): SpilledColumn {
    this.dir ??= mkdtempSync(path.join(os.tmpdir(), "mlship-spill-"));
    const c = new SpilledColumn(path.join(this.dir, `${this.next++}.f64`), this.runValues);
    this.open.push(c);
    return c;
  }
  /** Closes every file and removes the folder. */
  remove(): void {
    for (const c of this.open) c.close();
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

/**
 * One side's numeric column on disk, in sorted runs: what the statistics need besides (rows,
 * missing values, min, max, moments, its few distinct values while there are at most FEW).
 */
export class SpilledColumn {
  private readonly store: SortedRuns;
  private buffer: Float64Array | undefined;
  private n = 0;
  rows = 0;
  missing = 0;
  min = Infinity;
  max = -Infinity;
  /** Up to FEW distinct values and their counts; undefined once there are more. */
  private few: Map<number, number> | undefined = new Map();

  constructor(
    readonly file: string,
    private readonly runValues = RUN_VALUES,
  ) {
    this.store = new SortedRuns(file);
    this.buffer = new Float64Array(runValues);
  }

  /** Appends values[from, to) (NaN: a missing cell). */
  push(values: Float64Array, from: number, to: number): void {
    const buf = this.buffer!;
    for (let i = from; i < to; i++) {
      if (this.n === this.runValues) this.flush();
      buf[this.n++] = values[i];
    }
    this.rows += to - from;
  }

  /** Sorts the buffered values and writes them as one run (NaN, a missing cell, is counted, not written). */
  private flush(): void {
    const all = this.buffer!;
    let present = 0;
    for (let i = 0; i < this.n; i++) if (all[i] === all[i]) all[present++] = all[i];
    this.missing += this.n - present;
    this.n = 0;
    if (present === 0) return;
    const buf = sortFloat64(all.subarray(0, present));
    if (buf[0] < this.min) this.min = buf[0];
    if (buf[present - 1] > this.max) this.max = buf[present - 1];
    const few = this.few;
    if (few)
      for (let i = 0; i < present; i++) {
        const v = buf[i] + 0; // -0 and 0 are one value
        const c = few.get(v);
        if (c !== undefined) few.set(v, c + 1);
        else if (few.size < FEW) few.set(v, 1);
        else {
          this.few = undefined;
          break;
        }
      }
    this.store.write(buf);
  }

  /** The last run written and the buffer freed: the column is complete. */
  finish(): this {
    if (this.buffer) {
      this.flush();
      this.buffer = undefined;
    }
    return this;
  }

  close(): void {
    this.store.close();
  }

  get present(): number {
    return this.store.length;
  }

  /** Distinct present values: exact up to FEW, else FEW + 1 (more than FEW). */
  get distinct(): number {
    return this.few ? this.few.size : FEW + 1;
  }

  /** Every distinct value with its count (numbers as String() writes them), while there are at most FEW. */
  counts(): Map<string, number> | undefined {
    if (!this.few) return undefined;
    return new Map([...this.few].sort((a, b) => a[0] - b[0]).map(([v, c]) => [String(v), c]));
  }

  /** Population standard deviation (numpy's std, ddof=0, as populationStd): mean, then squared deviations. */
  std(): number {
    let sum = 0;
    this.forEachBlock((v, n) => {
      for (let i = 0; i < n; i++) sum += v[i];
    });
    const mean = sum / this.present;
    let s = 0;
    this.forEachBlock((v, n) => {
      for (let i = 0; i < n; i++) s += (v[i] - mean) ** 2;
    });
    return Math.sqrt(s / this.present);
  }

  /** Calls `f` on blocks of the present values in file order (runs one after the other). */
  forEachBlock(f: (values: Float64Array, length: number) => void): void {
    this.store.forEachBlock(f);
  }

  /** A reader of the merged, sorted values (each run read through its own small buffer). */
  sorted(): SortedStream {
    return this.store.sorted();
  }
}

/** An in-memory sorted array as a stream (a side under the budget compared with one over it). */
function arrayStream(a: Float64Array): SortedStream {
  let i = 0;
  return { next: () => (i < a.length ? a[i++] : NaN) };
}

/** A side of a comparison for the merge: a spilled column, or a sorted array held in memory. */
export type SortedSide = SpilledColumn | Float64Array;

const streamOf = (s: SortedSide) => (s instanceof SpilledColumn ? s.sorted() : arrayStream(s));
const lengthOf = (s: SortedSide) => (s instanceof SpilledColumn ? s.present : s.length);

/**
 * D = sup |F_a − F_b| (ties grouped, as ks.ts's ksStatisticSorted) and W1 = ∫ |F_a − F_b| dx (as
 * wasserstein1) in one merge of the two sides' sorted values.
 */
function mergedStatistics(a: SortedSide, b: SortedSide): { d: number; w1: number } {
  const n = lengthOf(a),
    m = lengthOf(b);
  const sa = streamOf(a),
    sb = streamOf(b);
  let x = sa.next(),
    y = sb.next();
  let i = 0,
    j = 0,
    fa = 0,
    fb = 0,
    d = 0,
    area = 0;
  let prev = Math.min(x, y);
  while (i < n || j < m) {
    const v = j >= m || (i < n && x <= y) ? x : y;
    area += Math.abs(fa - fb) * (v - prev);
    while (i < n && x === v) {
      i++;
      x = sa.next();
    }
    while (j < m && y === v) {
      j++;
      y = sb.next();
    }
    fa = i / n;
    fb = j / m;
    prev = v;
    // ksStatisticSorted stops when either side is done: |F_a − F_b| only falls after that.
    const diff = Math.abs(fa - fb);
    if (diff > d) d = diff;
  }
  return { d, w1: area };
}

/** What the tests below need of a side (column-drift.ts's Side): its values sorted in memory, or spilled. */
interface HeldSide {
  present: number;
  distinct: number;
  sorted?: () => Float64Array;
  spilled?: SpilledColumn;
  counts?: () => Map<string, number>;
}

const held = (s: HeldSide): SortedSide => s.spilled ?? s.sorted!();

/** KS on two sides of which at least one is spilled: exact D; the p-value ks_2samp gives past 10,000 values. */
export function spilledKs(ref: HeldSide, cur: HeldSide): StatResult {
  const { d } = mergedStatistics(held(ref), held(cur));
  return { statistic: d, p_value: ksAsymptoticPValue(ref.present, cur.present, d) };
}

/** W1 between two held sides (one spilled), exactly; undefined when one side is a profile's sketch. */
export function spilledWasserstein(ref: HeldSide, cur: HeldSide): number | undefined {
  if (!(ref.sorted || ref.spilled) || !(cur.sorted || cur.spilled)) return undefined;
  return mergedStatistics(held(ref), held(cur)).w1;
}

/** Calls `f` on every present value of a side, in any order. */
function eachValue(s: SortedSide, f: (v: number) => void): void {
  if (s instanceof SpilledColumn)
    s.forEachBlock((values, n) => {
      for (let i = 0; i < n; i++) f(values[i]);
    });
  else for (let i = 0; i < s.length; i++) f(s[i]);
}

const lowest = (s: SortedSide) => (s instanceof SpilledColumn ? s.min : s[0]);
const highest = (s: SortedSide) => (s instanceof SpilledColumn ? s.max : s[s.length - 1]);

/** numericShares (Sturges bins of the pooled values, numpy's edge rules) for sides of which one is spilled. */
export function spilledSturgesShares(
  a: SortedSide,
  b: SortedSide,
): { p: number[]; q: number[]; lo: number; hi: number } {
  const lo = Math.min(lowest(a), lowest(b));
  const hi = Math.max(highest(a), highest(b));
  const bins = sturgesBins(lo, hi, lengthOf(a) + lengthOf(b));
  const hist = (s: SortedSide) => {
    const h = new Array<number>(bins.count).fill(0);
    eachValue(s, (v) => h[bins.index(v)]++);
    const n = lengthOf(s);
    return h.map((c) => c / n);
  };
  return { p: hist(a), q: hist(b), lo, hi };
}

/** A side's count of each distinct value (numbers as String() writes them). */
function countsOf(s: HeldSide): Map<string, number> {
  const known = s.counts?.();
  if (known) return known;
  const m = new Map<string, number>();
  eachValue(held(s), (v) => m.set(String(v), (m.get(String(v)) ?? 0) + 1));
  return m;
}

/** numericBinnedShares (Evidently's bins for PSI, KL, Jensen–Shannon) for sides of which one is spilled. */
export function spilledBinnedShares(ref: HeldSide, cur: HeldSide): { p: number[]; q: number[] } {
  if (ref.distinct > 20) return spilledSturgesShares(held(ref), held(cur));
  return categoricalShares(countsOf(ref), countsOf(cur));
}

/** The values of a spilled column at the quantiles `us` (as quantileSorted of its sorted values), in one merge. */
export function spilledQuantiles(c: SpilledColumn, us: number[]): Float64Array {
  const n = c.present;
  const wanted = new Set<number>();
  for (const u of us) {
    const pos = (n - 1) * u;
    wanted.add(Math.floor(pos));
    wanted.add(Math.ceil(pos));
  }
  const ranks = [...wanted].sort((x, y) => x - y);
  const at = new Map<number, number>();
  const stream = c.sorted();
  let rank = 0;
  for (const r of ranks) {
    let v = NaN;
    while (rank <= r) {
      v = stream.next();
      rank++;
    }
    at.set(r, v);
  }
  // quantileSorted reads only the two ranks around each position: give it those.
  const view = { length: n } as unknown as Record<number, number> & { length: number };
  return Float64Array.from(us, (u) => {
    const pos = (n - 1) * u;
    view[Math.floor(pos)] = at.get(Math.floor(pos))!;
    view[Math.ceil(pos)] = at.get(Math.ceil(pos))!;
    return quantileSorted(view as ArrayLike<number>, u);
  });
}
