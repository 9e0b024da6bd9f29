import type { Cell } from "../data/read-table.js";
import { asColumn, presentCount, sortedPresent, valueCounts, type Column } from "../data/column.js";
import type { ColumnProfile } from "../data/profile.js";
import { quantileSorted } from "../stats/sampling.js";
import {
  binnedDistance,
  chiSquareTest,
  categoricalShares,
  zTest,
  type BinnedTest,
  type StatResult,
} from "../stats/drift-statistics.js";
import { DEFAULT_THRESHOLD, IS_PVALUE, type ColumnDrift, type StatTest } from "./stat-tests.js";
export { isProfile } from "../data/profile.js";

/**
 * The reference column as data, when the profile holds all of it: every numeric value (a column
 * of numbers) or every category with its count; missing cells as nulls, so the row count (which
 * picks Evidently's test) is the data's. Undefined when the profile holds a sketch only.
 */
export function keptValues(p: ColumnProfile): Cell[] | undefined {
  const present = p.count - p.nulls;
  const nulls = (): Cell[] => new Array<Cell>(p.nulls).fill(null);
  if (p.values && p.numeric === present && p.values.length === present) return [...p.values, ...nulls()];
  if (p.counts && !p.distinctCapped) {
    const entries = Object.entries(p.counts);
    if (entries.reduce((a, [, c]) => a + c, 0) !== present) return undefined;
    const out: Cell[] = [];
    for (const [k, c] of entries) for (let i = 0; i < c; i++) out.push(k);
    return [...out, ...nulls()];
  }
  return undefined;
}

/** Linear interpolation of a quantile function known at 101 evenly spaced points. */
export function profileQuantile(q: number[], u: number): number {
  const pos = u * (q.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(q.length - 1, lo + 1);
  return q[lo] + (q[hi] - q[lo]) * (pos - lo);
}

/**
 * Evidently's normed Wasserstein from a profiled reference: W1 = ∫|Q_ref(u) − Q_cur(u)| du by the
 * midpoint rule on `steps` points, over the reference's population std.
 */
function normedWassersteinFromProfile(
  ref: ColumnProfile,
  curQuantile: (u: number) => number,
  steps: number,
): StatResult {
  let area = 0;
  for (let k = 0; k < steps; k++) {
    const u = (k + 0.5) / steps;
    area += Math.abs(profileQuantile(ref.quantiles!, u) - curQuantile(u));
  }
  const n = ref.numeric;
  const popStd = (ref.std ?? 0) * Math.sqrt(n > 1 ? (n - 1) / n : 1);
  return { statistic: area / steps / Math.max(popStd, 0.001), p_value: null };
}

/**
 * Shares of the reference (from its percentile edges) and of the current data in the same bins,
 * raw (zeros stay zero): binnedDistance applies Evidently's zero handling per test.
 */
function quantileBinShares(p: ColumnProfile, cur: Float64Array): { p: number[]; q: number[] } {
  const edges = [...new Set(p.quantiles!)];
  if (edges.length < 2) return { p: [1], q: [1] };
  const bins = edges.length - 1;
  const ref = new Array<number>(bins).fill(0);
  // Each percentile step holds 1% of the reference; merged (tied) edges add their mass up.
  for (let i = 0; i < 100; i++) ref[Math.max(0, edges.indexOf(p.quantiles![i + 1]) - 1)] += 0.01;
  const counts = new Array<number>(bins).fill(0);
  for (const v of cur) {
    let b = 0;
    while (b < bins - 1 && v > edges[b + 1]) b++;
    counts[b]++;
  }
  return { p: ref, q: counts.map((c) => c / cur.length) };
}

/**
 * Drift of one column against a saved profile (validate-data's profile.json), so no old dataset
 * is needed. Categorical columns with complete counts are tested exactly as against the data;
 * numeric columns use the profile's quantile sketch (Wasserstein, or PSI / KL / Jensen–Shannon on
 * percentile bins); KS needs the reference rows and falls back to Wasserstein, which is noted.
 */
export function profileColumnDrift(
  column: string,
  p: ColumnProfile,
  curRaw: readonly Cell[] | Column,
  opts: { stattest?: StatTest | "auto"; threshold?: number } = {},
): ColumnDrift {
  const cur = asColumn(curRaw);
  const nCur = presentCount(cur);
  const curNumeric = cur.kind === "numeric" && nCur > 0;
  const numeric = p.numeric > 0 && p.numeric === p.count - p.nulls && curNumeric && p.distinct > 5 && !!p.quantiles;
  const type = numeric ? "numeric" : "categorical";
  const base = { column, type } as const;
  if (p.count - p.nulls === 0 || nCur === 0) {
    return {
      ...base,
      stattest: null,
      statistic: null,
      p_value: null,
      threshold: null,
      drifted: false,
      note: nCur === 0 ? "all values missing in the current data" : "all values missing in the reference",
    };
  }
  const notes = ["reference: profile"];
  let test: StatTest =
    !opts.stattest || opts.stattest === "auto" ? (numeric ? "wasserstein" : "jensenshannon") : opts.stattest;
  let r: StatResult;
  if (numeric && cur.kind === "numeric") {
    const sorted = sortedPresent(cur);
    if (test === "ks" || test === "chisquare" || test === "z") {
      notes.push(`${test} needs the reference rows; used wasserstein`);
      test = "wasserstein";
    }
    if (test === "wasserstein") r = normedWassersteinFromProfile(p, (u) => quantileSorted(sorted, u), 10_000);
    else {
      const { p: a, q: b } = quantileBinShares(p, sorted);
      r = { statistic: binnedDistance(test as BinnedTest, a, b), p_value: null }; // ks, chisquare and z became wasserstein above
      notes.push("percentile bins");
    }
  } else {
    if (!p.counts) {
      return {
        ...base,
        stattest: null,
        statistic: null,
        p_value: null,
        threshold: null,
        drifted: false,
        note: "the profile keeps only the top values of this high-cardinality column",
      };
    }
    const rc = new Map(Object.entries(p.counts));
    const cc = valueCounts(cur);
    const unseen = [...cc.keys()].filter((k) => !rc.has(k));
    if (unseen.length)
      notes.push(`${unseen.length} categor${unseen.length === 1 ? "y" : "ies"} unseen in the reference`);
    if (test === "ks" || test === "wasserstein") test = "jensenshannon";
    if (test === "chisquare") r = chiSquareTest(rc, cc);
    else if (test === "z") r = zTest(rc, cc);
    else {
      const s = categoricalShares(rc, cc);
      r = { statistic: binnedDistance(test as BinnedTest, s.p, s.q), p_value: null }; // ks and wasserstein became jensenshannon above
    }
  }
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD[test];
  const drifted = IS_PVALUE[test] ? (r.p_value ?? 1) <= threshold : r.statistic >= threshold;
  return {
    ...base,
    stattest: test,
    statistic: r.statistic,
    p_value: r.p_value,
    threshold,
    drifted,
    note: notes.join("; "),
  };
}

/**
 * Drift between two saved profiles (validate-data's skew check: the data never needs to be held
 * in memory): Wasserstein between the two quantile sketches for numeric columns, Jensen–Shannon
 * (or a chosen distance) on the category counts otherwise.
 */
export function profilePairDrift(
  column: string,
  ref: ColumnProfile,
  cur: ColumnProfile,
  opts: { stattest?: StatTest | "auto"; threshold?: number } = {},
): ColumnDrift {
  const numeric =
    !!ref.quantiles &&
    !!cur.quantiles &&
    ref.distinct > 5 &&
    ref.numeric === ref.count - ref.nulls &&
    cur.numeric === cur.count - cur.nulls;
  const type = numeric ? "numeric" : "categorical";
  if (ref.count === ref.nulls || cur.count === cur.nulls) {
    return {
      column,
      type,
      stattest: null,
      statistic: null,
      p_value: null,
      threshold: null,
      drifted: false,
      note: ref.count === ref.nulls ? "all values missing in the reference" : "all values missing in the data",
    };
  }
  let r: StatResult;
  let test: StatTest;
  if (numeric) {
    test = "wasserstein";
    r = normedWassersteinFromProfile(ref, (u) => profileQuantile(cur.quantiles!, u), 1000);
  } else {
    if (!ref.counts || !cur.counts) {
      return {
        column,
        type,
        stattest: null,
        statistic: null,
        p_value: null,
        threshold: null,
        drifted: false,
        note: "high-cardinality column: only top values are profiled",
      };
    }
    test = opts.stattest === "psi" || opts.stattest === "kl_div" ? opts.stattest : "jensenshannon";
    const s = categoricalShares(new Map(Object.entries(ref.counts)), new Map(Object.entries(cur.counts)));
    r = { statistic: binnedDistance(test, s.p, s.q), p_value: null };
  }
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD[test];
  return {
    column,
    type,
    stattest: test,
    statistic: r.statistic,
    p_value: null,
    threshold,
    drifted: r.statistic >= threshold,
    note: "profiles compared",
  };
}
