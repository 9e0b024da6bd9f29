import { asColumn, type NumericColumn, presentCount, sortedPresent, valueCounts } from "../data/column.js";
import type { ColumnDrift, DriftReport, Table } from "./check.js";
import { categoricalShares, numericShares } from "../stats/drift-statistics.js";

/** Reference and current shares of one column on shared bins (numbers) or categories. */
export interface Distribution {
  column: string;
  type: "numeric" | "categorical";
  /** Bin centres (numbers) or category names, at most MAX_CATEGORIES of them. */
  labels: string[];
  reference: number[];
  current: number[];
}

const MAX_CATEGORIES = 20;

/** How far past its threshold a column is: positive when drifted, larger when further. */
export function driftScore(c: ColumnDrift): number {
  if (c.statistic === null || c.threshold === null) return -Infinity;
  return c.p_value !== null ? c.threshold - c.p_value : c.statistic - c.threshold;
}

/** Drifted columns first, then by how far past (or short of) its threshold each one is. */
export function sortByDrift(cols: ColumnDrift[]): ColumnDrift[] {
  return [...cols].sort((a, b) => Number(b.drifted) - Number(a.drifted) || driftScore(b) - driftScore(a));
}

/** Reference and current shares on the Sturges bins the tests use, each bin labelled by its midpoint. */
export function numericBins(
  a: NumericColumn,
  b: NumericColumn,
): { labels: string[]; reference: number[]; current: number[] } {
  const sa = sortedPresent(a),
    sb = sortedPresent(b);
  const { p, q } = numericShares(sa, sb);
  const lo = Math.min(sa[0], sb[0]),
    hi = Math.max(sa[sa.length - 1], sb[sb.length - 1]);
  const w = (hi - lo) / p.length;
  return { labels: p.map((_, i) => (lo + (i + 0.5) * w).toPrecision(3)), reference: p, current: q };
}

/**
 * Numbers on the Sturges bins the tests use (raw shares: an empty bin shows as 0), categories
 * by their share (the MAX_CATEGORIES most common in the reference): size grows with columns, not rows.
 */
export function columnDistribution(c: ColumnDrift, ref: Table, cur: Table): Distribution | null {
  if (!ref.columns.includes(c.column) || !cur.columns.includes(c.column)) return null;
  const a = asColumn(ref.data[c.column]);
  const b = asColumn(cur.data[c.column]);
  if (!presentCount(a) || !presentCount(b)) return null;
  if (c.type === "numeric" && a.kind === "numeric" && b.kind === "numeric") {
    return { column: c.column, type: "numeric", ...numericBins(a, b) };
  }
  const rc = valueCounts(a);
  const { keys, p, q } = categoricalShares(rc, valueCounts(b));
  const keep = keys
    .map((k, i) => ({ k, i }))
    .sort((x, y) => (rc.get(y.k) ?? 0) - (rc.get(x.k) ?? 0))
    .slice(0, MAX_CATEGORIES)
    .sort((x, y) => x.i - y.i);
  return {
    column: c.column,
    type: "categorical",
    labels: keep.map((x) => x.k),
    reference: keep.map((x) => p[x.i]),
    current: keep.map((x) => q[x.i]),
  };
}

export function distributions(r: DriftReport, ref: Table, cur: Table): Distribution[] {
  return sortByDrift(r.columns)
    .map((c) => columnDistribution(c, ref, cur))
    .filter((d): d is Distribution => d !== null);
}
