import { promises as fs } from "node:fs";
import { UserError } from "../errors.js";
import { quantileSorted, seededRandom } from "../stats/sampling.js";
import { DistinctSketch } from "./distinct-sketch.js";

/**
 * A compact per-column profile, saved by validate-data and usable later as a reference
 * (counts, nulls, numeric moments, min/max, top values), so nobody needs the old dataset.
 */
export interface ColumnProfile {
  name: string;
  count: number;
  nulls: number;
  numeric: number;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** Exact distinct count up to DISTINCT_CAP values, then a HyperLogLog estimate (standard error about 1.6%). */
  distinct: number;
  /** Whether `distinct` is the estimate (and `top` counts only the values seen before the cap). */
  distinctCapped: boolean;
  top: [string, number][];
  /** Every category with its count, when the column has at most COUNTS_CAP distinct values. */
  counts?: Record<string, number>;
  /**
   * Every numeric value, in order, when there are at most the sample's size of them (the sample
   * then is the data): drift against the profile runs the very test the data would get.
   */
  values?: number[];
  /**
   * 101 quantiles (0%, 1%, …, 100%) from a seeded reservoir sample of numeric values. profile.json
   * leaves them out when `values` holds 101 or fewer numbers; readProfileFile computes them again.
   */
  quantiles?: number[];
  /** The narrowest type the first 10,000 present values fit: for schema-change checks against a reference. */
  inferredType?: "integer" | "number" | "boolean" | "date" | "string";
}

export interface DatasetProfile {
  schema: "mlship/profile/v1";
  rows: number;
  columns: ColumnProfile[];
}

const DISTINCT_CAP = 10_000;
const COUNTS_CAP = 1_000;
const RESERVOIR = 20_000;
export const QUANTILES = 101;
export const INFER_SAMPLE = 10_000;

/**
 * Algorithm L's schedule: the count of values at which the i-th replacement of a full sample
 * happens, and the slot it takes. It depends only on the seeded random numbers, never on the
 * values, so one schedule, extended on demand, serves every column (each still gets a uniform
 * sample of its own values) and the random numbers and logarithms are drawn once, not per column.
 */
class SampleSchedule {
  private readonly positions: number[] = [];
  readonly slot: number[] = [];
  private w = 1;
  private last = RESERVOIR;
  private readonly rand = seededRandom(0x6d6c7368);

  at(i: number): number {
    while (this.positions.length <= i) {
      this.w *= Math.exp(Math.log(1 - this.rand()) / RESERVOIR);
      this.last += Math.floor(Math.log(1 - this.rand()) / Math.log(1 - this.w)) + 1;
      this.positions.push(this.last);
      this.slot.push(Math.floor(this.rand() * RESERVOIR));
    }
    return this.positions[i];
  }
}
const schedule = new SampleSchedule();

/** Numbers are gathered in batches of this many and folded in at once (tight loops over a typed array). */
const BATCH = 1024;
/** Non-negative integers below this are counted in an array, not the Map (ages, counts, codes). */
const DENSE = 4096;

export class ColumnProfiler {
  private count = 0;
  private nulls = 0;
  private n = 0;
  /** The sum of the values, with Neumaier's compensation (the mean is sum / n: exact for integers). */
  private sum = 0;
  private sumComp = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  /** Distinct values and their counts: keyed by the number for numeric fields (1.50 and 1.5 are one value), else by the text. */
  private values = new Map<string | number, number>();
  /** Counts of the integers 0 … DENSE-1 of a numeric field (they are not in `values`), and how many are non-zero. */
  private dense: Float64Array | undefined;
  private denseDistinct = 0;
  private capped = false;
  /** Past the cap, every value goes to the sketch (it was given the exact set's values at the cap). */
  private sketch: DistinctSketch | undefined;
  private allInteger = true;
  private allNumber = true;
  private allBoolean = true;
  private allDate = true;
  private reservoir: number[] = [];
  private seen = 0;
  /** The next replacement of the sample, as an index into the shared schedule. */
  private nextTake = 0;
  /** Numbers not yet folded into the moments, min/max, sample and (numeric fields) counts, in arrival order. */
  /**
   * Grown up to BATCH as values arrive (as is `dense`, up to the largest small integer seen): a
   * table of 10,000 columns and 50 rows must not cost 10,000 full-sized buffers.
   */
  private pending = new Float64Array(16);
  private pn = 0;
  constructor(
    readonly name: string,
    readonly numericKeys = false,
  ) {}

  /** A cell: its text (null when missing) and its numeric value (NaN when it has none). */
  add(raw: string | null, num: number): void {
    if (raw === null) {
      this.count++;
      this.nulls++;
      return;
    }
    this.addPresent(raw, num);
  }

  /** Whether the next present value's text is still wanted (type inference looks at the first INFER_SAMPLE). */
  get needsText(): boolean {
    return this.count - this.nulls < INFER_SAMPLE;
  }

  /** A parsed number of a numeric field, with its text only while `needsText` (the byte engine spares the string). */
  addNumber(num: number, raw: string | undefined): void {
    this.addPresent(raw, num);
  }

  /**
   * The hot path of a numeric field once its text is no longer needed (`needsText` false): small
   * enough to be inlined into the reader's loop.
   */
  pushNumber(num: number): void {
    this.count++;
    this.pend(num);
  }

  /** Queues a number for the next fold. */
  private pend(num: number): void {
    this.pending[this.pn++] = num;
    if (this.pn === this.pending.length) {
      if (this.pn < BATCH) {
        const grown = new Float64Array(Math.min(BATCH, this.pn * 4));
        grown.set(this.pending);
        this.pending = grown;
      } else this.fold();
    }
  }

  private mean(): number {
    return this.n ? (this.sum + this.sumComp) / this.n : 0;
  }

  /** Missing cells counted elsewhere and added at once. */
  addNulls(times: number): void {
    this.count += times;
    this.nulls += times;
  }

  /**
   * A text value (no number) seen `times` times, added at once. `early` says whether its first
   * occurrence was among the first INFER_SAMPLE present values (so type inference saw it). Same
   * result as `times` calls of add() while the distinct values stay under DISTINCT_CAP.
   */
  addRepeated(raw: string, times: number, early: boolean): void {
    this.count += times;
    if (early) this.infer(raw);
    this.fold();
    this.tally(raw, times);
  }

  private addPresent(raw: string | undefined, num: number): void {
    this.count++;
    // The type is inferred from the first INFER_SAMPLE present values (regexes per cell cost).
    if (raw !== undefined && this.count - this.nulls <= INFER_SAMPLE) this.infer(raw);
    if (num === num) {
      this.pend(num);
      if (this.numericKeys) return; // counted by its number when folded
    } else this.fold(); // counts stay in arrival order
    this.tally(raw!, 1);
  }

  /**
   * Folds the pending numbers in: the mean from a compensated sum, the squared deviations from
   * the batch's own (two passes over it, no division per value) merged with the running ones by
   * Chan et al.'s formula; min/max; the sample; and, for numeric fields, the counts.
   */
  private fold(): void {
    const k = this.pn;
    if (k === 0) return;
    this.pn = 0;
    const xs = this.pending;
    let sum = 0;
    for (let i = 0; i < k; i++) sum += xs[i];
    const bm = sum / k;
    let m2 = 0;
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < k; i++) {
      const x = xs[i];
      const d = x - bm;
      m2 += d * d;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    this.min = min;
    this.max = max;
    const n = this.n + k;
    const delta = bm - this.mean();
    const t = this.sum + sum;
    this.sumComp += Math.abs(this.sum) >= Math.abs(sum) ? this.sum - t + sum : sum - t + this.sum;
    this.sum = t;
    this.m2 += m2 + (delta * delta * this.n * k) / n;
    this.n = n;
    this.sample(xs, k);
    if (!this.numericKeys) return;
    if (this.capped) for (let i = 0; i < k; i++) this.sketch!.addNumber(xs[i]);
    else for (let i = 0; i < k; i++) this.tally(xs[i], 1);
  }

  /** Reservoir sampling by Li's Algorithm L: fill the sample, then jump straight to the values that replace one. */
  private sample(xs: Float64Array, k: number): void {
    let i = 0;
    for (; i < k && this.reservoir.length < RESERVOIR; i++) this.reservoir.push(xs[i]);
    this.seen += i;
    if (this.reservoir.length < RESERVOIR) return;
    // The value at index j is the (base + j + 1)-th one.
    const base = this.seen - i;
    for (let j = schedule.at(this.nextTake) - base - 1; j < k; j = schedule.at(this.nextTake) - base - 1) {
      this.reservoir[schedule.slot[this.nextTake++]] = xs[j];
    }
    this.seen = base + k;
  }

  /** Counts a distinct value; past DISTINCT_CAP distinct values the counts stop and the sketch estimates. */
  private tally(key: string | number, times: number): void {
    if (this.capped) return this.sketch!.add(key);
    if (typeof key === "number" && key >= 0 && key < DENSE && (key | 0) === key) {
      let dense = this.dense;
      if (dense === undefined || key >= dense.length) dense = this.growDense(key);
      if (dense[key] === 0) {
        if (this.values.size + this.denseDistinct >= DISTINCT_CAP) return this.cap(key);
        this.denseDistinct++;
      }
      dense[key] += times;
      return;
    }
    const seen = this.values.get(key);
    if (seen !== undefined) this.values.set(key, seen + times);
    else if (this.values.size + this.denseDistinct < DISTINCT_CAP) this.values.set(key, times);
    else this.cap(key);
  }

  private growDense(key: number): Float64Array {
    let size = Math.max(64, this.dense?.length ?? 0);
    while (size <= key) size *= 2;
    const grown = new Float64Array(Math.min(DENSE, size));
    if (this.dense) grown.set(this.dense);
    return (this.dense = grown);
  }

  /** The first value past the cap: from here on the sketch counts, starting from the exact set. */
  private cap(key: string | number): void {
    this.capped = true;
    const sketch = (this.sketch = new DistinctSketch());
    this.dense?.forEach((c, v) => c && sketch.addNumber(v));
    for (const k of this.values.keys()) sketch.add(k);
    sketch.add(key);
  }

  private infer(raw: string): void {
    if (this.allInteger && !/^[+-]?\d+$/.test(raw)) this.allInteger = false;
    if (this.allNumber && (raw.trim() === "" || !Number.isFinite(Number(raw)))) this.allNumber = false;
    if (this.allBoolean && !/^(true|false)$/i.test(raw)) this.allBoolean = false;
    if (this.allDate && !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) this.allDate = false;
  }

  result(): ColumnProfile {
    this.fold();
    // The distinct values as they are kept (numbers stay numbers: their text is made when written,
    // and dies young; half a million strings kept here were most of a wide table's garbage collection).
    const distinct: Tally = { keys: [], counts: [] };
    if (this.dense)
      this.dense.forEach((c, v) => {
        if (c === 0) return;
        distinct.keys.push(v);
        distinct.counts.push(c);
      });
    for (const [k, c] of this.values) {
      distinct.keys.push(k);
      distinct.counts.push(c);
    }
    // Kept whole, the tally gives `top` and `counts` when they are read (profileJson writes them from it).
    const kept = !this.capped && distinct.keys.length <= COUNTS_CAP;
    const p = {
      name: this.name,
      count: this.count,
      nulls: this.nulls,
      numeric: this.n,
      distinct: this.sketch ? Math.max(distinct.keys.length, this.sketch.estimate()) : distinct.keys.length,
      distinctCapped: this.capped,
    } as ColumnProfile;
    if (kept) {
      tallies.set(p, distinct);
      builtWhenRead(p, "top", () => topEntries(distinct, 20));
    } else p.top = topEntries(distinct, 20);
    if (this.n > 0) {
      Object.assign(p, {
        min: this.min,
        max: this.max,
        mean: this.mean(),
        std: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0,
      });
      p.quantiles = quantilesOf(this.reservoir);
      if (this.n <= RESERVOIR) p.values = this.reservoir.slice();
    }
    if (kept) builtWhenRead(p, "counts", () => countsObject(distinct));
    if (this.count > this.nulls)
      p.inferredType = this.allBoolean
        ? "boolean"
        : this.allInteger
          ? "integer"
          : this.allNumber
            ? "number"
            : this.allDate
              ? "date"
              : "string";
    return p;
  }
}

/** 101 quantiles (0%, 1%, …, 100%) of a sample, by linear interpolation. */
export function quantilesOf(sample: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(sample).sort();
  return Array.from({ length: QUANTILES }, (_, i) => quantileSorted(sorted, i / (QUANTILES - 1)));
}

/** A column's distinct values (numbers for numeric fields, else text) and how often each occurred. */
export interface Tally {
  keys: (string | number)[];
  counts: number[];
}

/** The tally of each column that kept all its distinct values (at most COUNTS_CAP). */
const tallies = new WeakMap<ColumnProfile, Tally>();

/** A column's tally, when it kept every distinct value: what its `top` and `counts` are made of. */
export function tallyOf(p: ColumnProfile): Tally | undefined {
  return tallies.get(p);
}

/** Whether a column's `top` or `counts` has not been built yet (profileJson then writes it from the tally). */
export function unbuilt(p: ColumnProfile, key: "top" | "counts"): boolean {
  return typeof Object.getOwnPropertyDescriptor(p, key)?.get === "function";
}

/**
 * Defines p[key] as built when first read. A profile's `top` and `counts` hold a text per value,
 * and `counts` is an object with one key per distinct value (interned strings, and a hidden class
 * per key set in an ordinary object): a table of 10,000 columns of 50 distinct numbers has half a
 * million of them — seconds, mostly in the garbage collector — for a profile that is only written.
 * Redefining a property keeps its place among the keys (JSON and Object.keys order).
 */
function builtWhenRead<K extends "top" | "counts">(p: ColumnProfile, key: K, build: () => ColumnProfile[K]): void {
  const settle = (value: ColumnProfile[K]) => {
    Object.defineProperty(p, key, { value, enumerable: true, configurable: true, writable: true });
    return value;
  };
  Object.defineProperty(p, key, { enumerable: true, configurable: true, get: () => settle(build()), set: settle });
}

/**
 * The counts as an object without a prototype (V8 keeps its keys in a hash table): the same keys
 * in the same order as Object.fromEntries of the values' text.
 */
function countsObject({ keys, counts }: Tally): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (let i = 0; i < keys.length; i++) out[String(keys[i])] = counts[i];
  return out;
}

/**
 * The `k` most frequent values, ties by text: one pass keeping the best k (a column has up to
 * DISTINCT_CAP values); a value's text is made only when its count could place it (or given).
 */
export function topEntries({ keys, counts }: Tally, k: number, texts?: string[]): [string, number][] {
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  const top: [string, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (top.length === k && counts[i] < top[k - 1][1]) continue;
    const e: [string, number] = [texts ? texts[i] : String(keys[i]), counts[i]];
    if (top.length === k && !before(e, top[k - 1])) continue;
    let at = Math.min(top.length, k - 1);
    while (at > 0 && before(e, top[at - 1])) at--;
    if (top.length === k) top.pop();
    top.splice(at, 0, e);
  }
  return top;
}

export function isProfile(value: unknown): value is DatasetProfile {
  return !!value && typeof value === "object" && (value as { schema?: string }).schema === "mlship/profile/v1";
}

/** Reads a profile.json saved by validate-data, used as a reference by validate-data and check-drift. */
export async function readProfileFile(file: string): Promise<DatasetProfile> {
  let value: unknown;
  try {
    value = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (e) {
    throw new UserError(`reference: ${(e as Error).message}`, { file });
  }
  if (!isProfile(value))
    throw new UserError("a .json reference must be a profile saved by validate-data (schema mlship/profile/v1)", {
      file,
    });
  value.columns = value.columns.map((c) => (c.quantiles || !c.values?.length ? c : withQuantiles(c)));
  return value;
}

/** A column whose quantiles profile.json left out (its values imply them), with them in their place, before the values. */
function withQuantiles(c: ColumnProfile): ColumnProfile {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(c)) {
    if (key === "values") out.quantiles = quantilesOf(c.values!);
    out[key] = v;
  }
  return out as unknown as ColumnProfile;
}
