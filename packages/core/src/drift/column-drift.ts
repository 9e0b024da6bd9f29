/**
 * The one decision of whether a column drifted, over any view of its two sides: the data's cells,
 * a saved profile (validate-data's profile.json), or two profiles (validate-data's skew check).
 * Missing values, numeric vs categorical, the choice of test, the fallbacks when a view cannot
 * give what a test needs, the threshold and the verdict are decided here and nowhere else.
 */
import type { Cell } from "../data/read-table.js";
import {
  asColumn,
  distinctCount,
  presentCount,
  rowCount,
  sortedPresent,
  valueCounts,
  type Column,
} from "../data/column.js";
import type { ColumnProfile } from "../data/profile.js";
import { quantileSorted } from "../stats/sampling.js";
import {
  binnedDistance,
  categoricalShares,
  chiSquareTest,
  ksTest,
  numericBinnedShares,
  populationStd,
  wasserstein1,
  zTest,
  type BinnedTest,
  type StatResult,
} from "../stats/drift-statistics.js";
import { DEFAULT_THRESHOLD, IS_PVALUE, chooseStatTest, type ColumnDrift, type StatTest } from "./stat-tests.js";
import { SpilledColumn, spilledBinnedShares, spilledKs, spilledQuantiles, spilledWasserstein } from "./spilled.js";

/** One side of a comparison as it is held: the column's cells, or a profile of them. */
export type ColumnView =
  | { kind: "data"; cells: readonly Cell[] | Column | SpilledColumn }
  | { kind: "profile"; profile: ColumnProfile };

export interface ColumnDriftOptions {
  stattest?: StatTest | "auto";
  threshold?: number;
  /**
   * What "auto" picks: Evidently's choice by the reference's row count (check-drift), or always a
   * distance, Wasserstein for numbers and Jensen–Shannon for categories (validate-data's skew,
   * which reads the same on a small and a large dataset).
   */
  auto?: "evidently" | "distance";
  /**
   * The column holds classes (a classifier's prediction or label): categorical whatever its
   * values look like, as Evidently treats them for a classification task (integer classes 0…9 too).
   */
  categorical?: boolean;
}

/** What one side can give the tests: exact values or counts when held, else a quantile sketch. */
interface Side {
  rows: number;
  present: number;
  /** Every present value is a number. */
  numeric: boolean;
  distinct: number;
  /** Every present number, sorted, when the side holds them (data, or a profile that kept them). */
  sorted?: () => Float64Array;
  /** Every distinct value (numbers as String() writes them) with its count, when held. */
  counts?: () => Map<string, number>;
  /** The profile, when the side is one (its quantile sketch, std and percentile edges). */
  profile?: ColumnProfile;
  /** Every present number, on disk in sorted runs (a column past check-drift's memory budget: spilled.ts). */
  spilled?: SpilledColumn;
}

function once<T>(f: () => T): () => T {
  let v: { value: T } | undefined;
  return () => (v ??= { value: f() }).value;
}

function dataSide(cells: readonly Cell[] | Column | SpilledColumn): Side {
  if (cells instanceof SpilledColumn) {
    const counts = cells.counts();
    return {
      rows: cells.rows,
      present: cells.present,
      numeric: cells.present > 0,
      distinct: cells.distinct,
      counts: counts && (() => counts),
      spilled: cells,
    };
  }
  const c = asColumn(cells);
  const present = presentCount(c);
  return {
    rows: rowCount(c),
    present,
    numeric: c.kind === "numeric" && present > 0,
    distinct: distinctCount(c),
    sorted: c.kind === "numeric" ? once(() => sortedPresent(c)) : undefined,
    counts: once(() => valueCounts(c)),
  };
}

function profileSide(p: ColumnProfile): Side {
  const present = p.count - p.nulls;
  const numeric = p.numeric > 0 && p.numeric === present;
  const counts =
    p.counts && !p.distinctCapped && Object.values(p.counts).reduce((a, c) => a + c, 0) === present
      ? once(() => new Map(Object.entries(p.counts!)))
      : undefined;
  let sorted: (() => Float64Array) | undefined;
  if (numeric && p.values && p.values.length === present) sorted = once(() => Float64Array.from(p.values!).sort());
  else if (numeric && counts)
    sorted = once(() => {
      // Complete counts of a numeric column are its values: expanded, sorted.
      const out = new Float64Array(present);
      let i = 0;
      for (const [k, c] of counts()) out.fill(Number(k), i, (i += c));
      return out.sort();
    });
  return { rows: p.count, present, numeric, distinct: p.distinct, sorted, counts, profile: p };
}

const sideOf = (v: ColumnView): Side => (v.kind === "data" ? dataSide(v.cells) : profileSide(v.profile));

/** Linear interpolation of a quantile function known at 101 evenly spaced points. */
function profileQuantile(q: number[], u: number): number {
  const pos = u * (q.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(q.length - 1, lo + 1);
  return q[lo] + (q[hi] - q[lo]) * (pos - lo);
}

/** The side's population std (a profile keeps the sample std). */
function sideStd(s: Side): number {
  if (s.sorted) return populationStd(s.sorted());
  if (s.spilled) return s.spilled.std();
  const p = s.profile!;
  const n = p.numeric;
  return (p.std ?? 0) * Math.sqrt(n > 1 ? (n - 1) / n : 1);
}

/** Whether a side holds every present value (in memory, or on disk past the memory budget). */
const held = (s: Side) => !!(s.sorted || s.spilled);

/** The side's quantiles at `us`: of its values when held, else of its profile's sketch. */
function sideQuantiles(s: Side, us: number[]): ArrayLike<number> {
  if (s.spilled) return spilledQuantiles(s.spilled, us);
  if (s.sorted) {
    const a = s.sorted();
    return us.map((u) => quantileSorted(a, u));
  }
  const q = s.profile!.quantiles!;
  return us.map((u) => profileQuantile(q, u));
}

/**
 * Evidently's normed Wasserstein distance, W1 / max(std(reference), 0.001) (numpy's ddof=0 std).
 * Exact when both sides hold their values (as scipy.stats.wasserstein_distance); else
 * W1 = ∫|Q_ref(u) − Q_cur(u)| du by the midpoint rule on `steps` points of the quantile sketches.
 */
function normedWasserstein(ref: Side, cur: Side): StatResult {
  const scale = Math.max(sideStd(ref), 0.001);
  if (ref.spilled || cur.spilled) {
    const w1 = spilledWasserstein(ref, cur);
    if (w1 !== undefined) return { statistic: w1 / scale, p_value: null };
  }
  if (ref.sorted && cur.sorted) return { statistic: wasserstein1(ref.sorted(), cur.sorted()) / scale, p_value: null };
  const steps = held(cur) ? 10_000 : 1000;
  const us = Array.from({ length: steps }, (_, k) => (k + 0.5) / steps);
  const qr = sideQuantiles(ref, us),
    qc = sideQuantiles(cur, us);
  let area = 0;
  for (let k = 0; k < steps; k++) area += Math.abs(qr[k] - qc[k]);
  return { statistic: area / steps / scale, p_value: null };
}

/**
 * Shares of the reference (from its percentile edges) and of the current data in the same bins,
 * raw (zeros stay zero): binnedDistance applies Evidently's zero handling per test.
 */
function quantileBinShares(p: ColumnProfile, cur: Float64Array | SpilledColumn): { p: number[]; q: number[] } {
  const edges = [...new Set(p.quantiles!)];
  if (edges.length < 2) return { p: [1], q: [1] };
  const bins = edges.length - 1;
  const ref = new Array<number>(bins).fill(0);
  // Each percentile step holds 1% of the reference; merged (tied) edges add their mass up.
  for (let i = 0; i < 100; i++) ref[Math.max(0, edges.indexOf(p.quantiles![i + 1]) - 1)] += 0.01;
  const counts = new Array<number>(bins).fill(0);
  const add = (v: number) => {
    let b = 0;
    while (b < bins - 1 && v > edges[b + 1]) b++;
    counts[b]++;
  };
  if (cur instanceof SpilledColumn)
    cur.forEachBlock((values, n) => {
      for (let i = 0; i < n; i++) add(values[i]);
    });
  else for (const v of cur) add(v);
  const n = cur instanceof SpilledColumn ? cur.present : cur.length;
  return { p: ref, q: counts.map((c) => c / n) };
}

const untested = (column: string, type: ColumnDrift["type"], note: string): ColumnDrift => ({
  column,
  type,
  stattest: null,
  statistic: null,
  p_value: null,
  threshold: null,
  drifted: false,
  note,
});

const HIGH_CARDINALITY = "the profile keeps only the top values of this high-cardinality column";
const SPILLED_COUNTS = "past the memory budget only a column of at most 21 distinct values is counted";

/**
 * Drift of one column between two views of it. A column is numeric when every present value on
 * both sides is a number and the reference has more than 5 distinct values (Evidently's rule);
 * "auto" picks Evidently's test by the reference's row count. A test the views cannot give is
 * replaced, and the note says by what: KS, chi-square and z need the rows of a numeric column
 * (Wasserstein on the quantile sketches instead), KS and Wasserstein need numbers
 * (Jensen–Shannon on the categories instead). A threshold given for a p-value test is not used
 * for a distance (nor the reverse): the replacement's default is, and the note says so.
 */
export function decideColumnDrift(
  column: string,
  refView: ColumnView,
  curView: ColumnView,
  opts: ColumnDriftOptions = {},
): ColumnDrift {
  const ref = sideOf(refView);
  const cur = sideOf(curView);
  if (ref.present === 0) return untested(column, "categorical", "all values missing in the reference");
  if (cur.present === 0) return untested(column, "categorical", "all values missing in the current data");
  const numbers = ref.numeric && cur.numeric;
  // Numeric columns with at most 5 distinct values are treated as categorical, as Evidently does.
  const canBeNumeric =
    !!(ref.sorted || ref.spilled || ref.profile?.quantiles) && !!(cur.sorted || cur.spilled || cur.profile?.quantiles);
  const type: ColumnDrift["type"] =
    !opts.categorical && numbers && canBeNumeric && ref.distinct > 5 ? "numeric" : "categorical";
  const notes: string[] = [];
  const exact = (s: Side) => (type === "numeric" ? !!s.sorted : !!s.counts);
  if (refView.kind === "profile")
    notes.push(
      curView.kind === "profile"
        ? "profiles compared"
        : exact(ref)
          ? "reference: profile (every value kept)"
          : "reference: profile",
    );
  else if (curView.kind === "profile")
    notes.push(exact(cur) ? "current: profile (every value kept)" : "current: profile");
  if (ref.distinct === 1) notes.push("constant in the reference");

  const asked: StatTest =
    opts.stattest && opts.stattest !== "auto"
      ? opts.stattest
      : opts.auto === "distance"
        ? type === "numeric"
          ? "wasserstein"
          : "jensenshannon"
        : chooseStatTest(type, ref.rows, ref.distinct);
  let test = asked;
  const replace = (by: StatTest, why: string) => {
    notes.push(`${test} ${why}; used ${by}`);
    test = by;
  };
  if ((test === "ks" || test === "wasserstein") && !numbers) replace("jensenshannon", "needs numbers");
  const rowsOf = !held(ref) ? "the reference rows" : "the current rows";
  if (test === "ks" && !(held(ref) && held(cur))) replace("wasserstein", `needs ${rowsOf}`);
  if ((test === "chisquare" || test === "z") && type === "numeric" && !(ref.counts && cur.counts))
    replace(
      "wasserstein",
      ref.spilled || cur.spilled ? `needs each value's count (${SPILLED_COUNTS})` : `needs ${rowsOf}`,
    );
  if (type === "numeric" && IS_PVALUE[test] === false && test !== "wasserstein" && !held(cur))
    replace("wasserstein", "needs the current rows");

  let r: StatResult;
  if (test === "ks") r = ref.spilled || cur.spilled ? spilledKs(ref, cur) : ksTest(ref.sorted!(), cur.sorted!());
  else if (test === "wasserstein") r = normedWasserstein(ref, cur);
  else if (type === "numeric" && test !== "chisquare" && test !== "z") {
    if ((ref.spilled || cur.spilled) && held(ref)) {
      const { p, q } = spilledBinnedShares(ref, cur);
      r = { statistic: binnedDistance(test, p, q), p_value: null };
    } else if (ref.sorted) {
      const { p, q } = numericBinnedShares(ref.sorted(), cur.sorted!(), ref.distinct);
      r = { statistic: binnedDistance(test, p, q), p_value: null };
    } else {
      const { p, q } = quantileBinShares(ref.profile!, cur.spilled ?? cur.sorted!());
      r = { statistic: binnedDistance(test, p, q), p_value: null };
      notes.push("percentile bins");
    }
  } else {
    if (!ref.counts || !cur.counts)
      return untested(column, type, ref.spilled || cur.spilled ? SPILLED_COUNTS : HIGH_CARDINALITY);
    const rc = ref.counts(),
      cc = cur.counts();
    if (type === "categorical") {
      const unseen = [...cc.keys()].filter((k) => !rc.has(k));
      if (unseen.length)
        notes.push(`${unseen.length} categor${unseen.length === 1 ? "y" : "ies"} unseen in the reference`);
    }
    if (test === "chisquare") r = chiSquareTest(rc, cc);
    else if (test === "z") r = zTest(rc, cc);
    else {
      const { p, q } = categoricalShares(rc, cc);
      r = { statistic: binnedDistance(test as BinnedTest, p, q), p_value: null };
    }
  }
  let threshold = opts.threshold ?? DEFAULT_THRESHOLD[test];
  if (opts.threshold !== undefined && IS_PVALUE[asked] !== IS_PVALUE[test]) {
    threshold = DEFAULT_THRESHOLD[test];
    notes.push(`threshold ${opts.threshold} is for ${asked}; used ${test}'s default ${threshold}`);
  }
  const drifted = IS_PVALUE[test] ? (r.p_value ?? 1) <= threshold : r.statistic >= threshold;
  return {
    column,
    type,
    stattest: test,
    statistic: r.statistic,
    p_value: r.p_value,
    threshold,
    drifted,
    note: notes.length ? notes.join("; ") : undefined,
  };
}

/**
 * Drift of one column against a saved profile (validate-data's profile.json), so no old dataset
 * is needed: decideColumnDrift with the profile as the reference. A profile that kept the values
 * (or every category's count) gets exactly the data's test; otherwise numeric columns use the
 * profile's quantile sketch (Wasserstein, or PSI / KL / Jensen–Shannon on percentile bins), and
 * a test that needs the reference rows falls back to Wasserstein, which the note says.
 * @internal
 */
export function profileColumnDrift(
  column: string,
  p: ColumnProfile,
  curRaw: readonly Cell[] | Column,
  opts: { stattest?: StatTest | "auto"; threshold?: number } = {},
): ColumnDrift {
  return decideColumnDrift(column, { kind: "profile", profile: p }, { kind: "data", cells: curRaw }, opts);
}
