import { asColumn, type NumericColumn, presentCount, sortedPresent, valueCounts } from "../data/column.js";
import type { ColumnDrift, DriftReport, Table } from "./check.js";
import { categoricalShares, numericShares } from "../stats/drift-statistics.js";
import { SpilledColumn, spilledSturgesShares } from "./spilled.js";

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

/**
 * How drifted a column is, in multiples of its threshold — the one score every report sorts and
 * draws by: statistic / threshold for a distance, log p / log threshold (−log10 p over −log10 of
 * the threshold) for a p-value test. At least 1 exactly when the column drifted, on one scale for
 * both kinds of test, and a p-value of 1e-30 stands far out where a p-value axis would put it at 0.
 * −Infinity for a column that was not tested.
 */
export function driftScore(c: ColumnDrift): number {
  if (c.stattest === null || c.statistic === null || c.threshold === null) return -Infinity;
  if (c.p_value !== null) {
    const t = Math.log(c.threshold);
    if (!(t < 0) || !Number.isFinite(t)) return c.drifted ? Infinity : 0;
    return Math.log(Math.max(c.p_value, Number.MIN_VALUE)) / t;
  }
  if (!(c.threshold > 0)) return c.drifted ? Infinity : 0;
  return c.statistic / c.threshold;
}

/** Drifted columns first, then by drift score. */
export function sortByDrift(cols: ColumnDrift[]): ColumnDrift[] {
  return [...cols].sort((a, b) => Number(b.drifted) - Number(a.drifted) || driftScore(b) - driftScore(a) || 0);
}

/**
 * Categories in reading order: when every label holds a number, by that number, a "<" or "under"
 * before it and a "+" or ">" after ("<40", "40-55", "55+"); otherwise as text, with the numbers
 * inside compared as numbers ("item 2" before "item 10").
 */
function categoryOrder(labels: string[]): string[] {
  const text = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true });
  const keys = labels.map((l) => {
    const m = /\d+(?:\.\d+)?/.exec(l);
    if (!m) return undefined;
    const before = l.slice(0, m.index).trim();
    const after = l.slice(m.index + m[0].length).trim();
    const negative = before.endsWith("-") && !/\d/.test(before);
    const side = /^(<|≤|under|below|less than)/i.test(before)
      ? -1
      : /^(>|≥|over|above|more than)/i.test(before) || after.startsWith("+")
        ? 1
        : 0;
    return { n: negative ? -Number(m[0]) : Number(m[0]), side };
  });
  if (keys.some((k) => !k)) return [...labels].sort(text);
  const order = labels.map((l, i) => ({ l, k: keys[i]! }));
  return order.sort((a, b) => a.k.n - b.k.n || a.k.side - b.k.side || text(a.l, b.l)).map((x) => x.l);
}

/** Reference and current shares on the Sturges bins the tests use, each bin labelled by its midpoint. */
function numericBins(
  a: NumericColumn | SpilledColumn,
  b: NumericColumn | SpilledColumn,
): { labels: string[]; reference: number[]; current: number[] } {
  const held = (c: NumericColumn | SpilledColumn) => (c instanceof SpilledColumn ? c : sortedPresent(c));
  const sa = held(a),
    sb = held(b);
  const { p, q, lo, hi } =
    sa instanceof Float64Array && sb instanceof Float64Array
      ? {
          ...numericShares(sa, sb),
          lo: Math.min(sa[0], sb[0]),
          hi: Math.max(sa[sa.length - 1], sb[sb.length - 1]),
        }
      : spilledSturgesShares(sa, sb);
  const w = (hi - lo) / p.length;
  return { labels: p.map((_, i) => (lo + (i + 0.5) * w).toPrecision(3)), reference: p, current: q };
}

/**
 * Numbers on the Sturges bins the tests use (raw shares: an empty bin shows as 0), categories
 * by their share (the MAX_CATEGORIES most common in the reference): size grows with columns, not rows.
 */
function columnDistribution(c: ColumnDrift, ref: Table, cur: Table): Distribution | null {
  if (!ref.columns.includes(c.column) || !cur.columns.includes(c.column)) return null;
  const column = (cells: Table["data"][string]) => (cells instanceof SpilledColumn ? cells : asColumn(cells));
  const a = column(ref.data[c.column]);
  const b = column(cur.data[c.column]);
  const present = (x: typeof a) => (x instanceof SpilledColumn ? x.present : presentCount(x));
  if (!present(a) || !present(b)) return null;
  const numeric = (x: typeof a) => x instanceof SpilledColumn || x.kind === "numeric";
  if (c.type === "numeric" && numeric(a) && numeric(b)) {
    return { column: c.column, type: "numeric", ...numericBins(a as NumericColumn, b as NumericColumn) };
  }
  // A spilled column is categorical only with few distinct values, which it counts.
  const counts = (x: typeof a) => (x instanceof SpilledColumn ? x.counts() : valueCounts(x));
  const rc = counts(a);
  const cc = counts(b);
  if (!rc || !cc) return null;
  const { keys, p, q } = categoricalShares(rc, cc);
  const index = new Map(keys.map((k, i) => [k, i]));
  const kept = [...keys].sort((x, y) => (rc.get(y) ?? 0) - (rc.get(x) ?? 0)).slice(0, MAX_CATEGORIES);
  const labels = categoryOrder(kept);
  return {
    column: c.column,
    type: "categorical",
    labels,
    reference: labels.map((k) => p[index.get(k)!]),
    current: labels.map((k) => q[index.get(k)!]),
  };
}

/** Every tested column's distribution, most drifted first (the HTML page draws them all). */
export function distributions(r: DriftReport, ref: Table, cur: Table): Distribution[] {
  return sortByDrift(r.columns)
    .map((c) => columnDistribution(c, ref, cur))
    .filter((d): d is Distribution => d !== null);
}

/** The `top` most drifted columns' distributions, for the PR comment: the same data as the page. */
export function topDistributions(all: Distribution[], r: DriftReport, top = 3): Distribution[] {
  const drifted = new Set(
    sortByDrift(r.columns)
      .filter((c) => c.drifted)
      .slice(0, top)
      .map((c) => c.column),
  );
  return all.filter((d) => drifted.has(d.column));
}
