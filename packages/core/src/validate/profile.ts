import { promises as fs } from "node:fs";
import { UserError } from "../errors.js";
import { quantileSorted, seededRandom } from "../evaluate/intervals.js";

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
  /** Exact distinct count up to DISTINCT_CAP, then a lower bound. */
  distinct: number;
  distinctCapped: boolean;
  top: [string, number][];
  /** Every category with its count, when the column has at most COUNTS_CAP distinct values. */
  counts?: Record<string, number>;
  /** 101 quantiles (0%, 1%, …, 100%) from a seeded reservoir sample of numeric values. */
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
export const INFER_SAMPLE = 10_000;

export class ColumnProfiler {
  private count = 0;
  private nulls = 0;
  private n = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  /** Distinct values and their counts: keyed by the number for numeric fields (1.50 and 1.5 are one value), else by the text. */
  private values = new Map<string | number, number>();
  private capped = false;
  private allInteger = true;
  private allNumber = true;
  private allBoolean = true;
  private allDate = true;
  private reservoir: number[] = [];
  private seen = 0;
  /** Algorithm L: the count at which the next value enters the sample, and the running weight. */
  private nextTake = -1;
  private w = 1;
  private rand = seededRandom(0x6d6c7368);
  constructor(
    readonly name: string,
    private readonly numericKeys = false,
  ) {}

  /** A cell: its text (null when missing) and its numeric value (NaN when it has none). */
  add(raw: string | null, num: number): void {
    if (raw === null) {
      this.count++;
      this.nulls++;
      return;
    }
    this.addPresent(raw, num, this.numericKeys && !Number.isNaN(num) ? num : raw);
  }

  /** Whether the next present value's text is still wanted (type inference looks at the first INFER_SAMPLE). */
  get needsText(): boolean {
    return this.count - this.nulls < INFER_SAMPLE;
  }

  /** A parsed number of a numeric field, with its text only while `needsText` (the byte engine spares the string). */
  addNumber(num: number, raw: string | undefined): void {
    this.addPresent(raw, num, num);
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
    this.tally(raw, times);
  }

  private addPresent(raw: string | undefined, num: number, key: string | number): void {
    this.count++;
    // The type is inferred from the first INFER_SAMPLE present values (regexes per cell cost).
    if (raw !== undefined && this.count - this.nulls <= INFER_SAMPLE) this.infer(raw);
    if (!Number.isNaN(num)) {
      // Welford's online mean and variance.
      this.n++;
      const d = num - this.mean;
      this.mean += d / this.n;
      this.m2 += d * (num - this.mean);
      if (num < this.min) this.min = num;
      if (num > this.max) this.max = num;
      // Reservoir sampling: fill the sample, then Algorithm L picks the values that replace one.
      this.seen++;
      if (this.seen === this.nextTake) this.take(num);
      else if (this.reservoir.length < RESERVOIR) {
        this.reservoir.push(num);
        if (this.reservoir.length === RESERVOIR) this.skip();
      }
    }
    this.tally(key, 1);
  }

  /** Counts a distinct value; past DISTINCT_CAP distinct values the counts stop (a lower bound is reported). */
  private tally(key: string | number, times: number): void {
    if (this.capped) return;
    const seen = this.values.get(key);
    if (seen !== undefined) this.values.set(key, seen + times);
    else if (this.values.size < DISTINCT_CAP) this.values.set(key, times);
    else this.capped = true;
  }

  /**
   * Reservoir sampling by Li's Algorithm L: a uniform sample whatever the row count, drawing
   * random numbers only for the values that enter it (Algorithm R draws one per value).
   */
  private take(num: number): void {
    this.reservoir[Math.floor(this.rand() * RESERVOIR)] = num;
    this.skip();
  }

  private skip(): void {
    this.w *= Math.exp(Math.log(1 - this.rand()) / RESERVOIR);
    this.nextTake = this.seen + Math.floor(Math.log(1 - this.rand()) / Math.log(1 - this.w)) + 1;
  }

  private infer(raw: string): void {
    if (this.allInteger && !/^[+-]?\d+$/.test(raw)) this.allInteger = false;
    if (this.allNumber && (raw.trim() === "" || !Number.isFinite(Number(raw)))) this.allNumber = false;
    if (this.allBoolean && !/^(true|false)$/i.test(raw)) this.allBoolean = false;
    if (this.allDate && !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw)) this.allDate = false;
  }

  result(): ColumnProfile {
    const entries = [...this.values.entries()].map(([k, c]) => [String(k), c] as [string, number]);
    const top = [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
    const p: ColumnProfile = { name: this.name, count: this.count, nulls: this.nulls, numeric: this.n, distinct: this.values.size, distinctCapped: this.capped, top };
    if (this.n > 0) {
      Object.assign(p, { min: this.min, max: this.max, mean: this.mean, std: this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : 0 });
      const sorted = Float64Array.from(this.reservoir).sort();
      p.quantiles = Array.from({ length: 101 }, (_, i) => quantileSorted(sorted, i / 100));
    }
    if (!this.capped && this.values.size <= COUNTS_CAP) p.counts = Object.fromEntries(entries);
    if (this.count > this.nulls) p.inferredType = this.allBoolean ? "boolean" : this.allInteger ? "integer" : this.allNumber ? "number" : this.allDate ? "date" : "string";
    return p;
  }
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
  if (!isProfile(value)) throw new UserError("a .json reference must be a profile saved by validate-data (schema mlship/profile/v1)", { file });
  return value;
}
