import type { Cell } from "../data/read-table.js";
import { chiSquareTest, categoricalShares, jensenShannon, klDiv, ksTest, numericShares, psi, wassersteinNormed, zTest, type StatResult } from "./stats.js";

export type StatTest = "ks" | "chisquare" | "z" | "wasserstein" | "jensenshannon" | "psi" | "kl_div";

/** Default thresholds: p-value tests drift when p ≤ 0.05, distances when ≥ 0.1 (Evidently's defaults). */
export const DEFAULT_THRESHOLD: Record<StatTest, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1, kl_div: 0.1 };
const IS_PVALUE: Record<StatTest, boolean> = { ks: true, chisquare: true, z: true, wasserstein: false, jensenshannon: false, psi: false, kl_div: false };

export interface ColumnDrift {
  column: string;
  type: "numeric" | "categorical";
  stattest: StatTest | null;
  statistic: number | null;
  p_value: number | null;
  threshold: number | null;
  drifted: boolean;
  /** Why a column could not be tested, or what is odd about it. */
  note?: string;
}

export interface DriftReport {
  columns: ColumnDrift[];
  drift_share: number;
  dataset_drift: boolean;
  drift_share_threshold: number;
  reference_rows: number;
  current_rows: number;
  missing_columns: string[];
  new_columns: string[];
}

function present(values: Cell[]): Cell[] {
  return values.filter((v) => v !== null && v !== "");
}

function isNumericColumn(values: Cell[]): boolean {
  return values.length > 0 && values.every((v) => typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))));
}

function sortedNumbers(values: Cell[]): Float64Array {
  return Float64Array.from(values, (v) => Number(v)).sort();
}

function countMap(values: Cell[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  return m;
}

/** Evidently's default choice of test for one column. */
export function chooseStatTest(type: "numeric" | "categorical", referenceRows: number, uniqueValues: number): StatTest {
  if (type === "numeric") return referenceRows <= 1000 ? "ks" : "wasserstein";
  if (referenceRows <= 1000) return uniqueValues > 2 ? "chisquare" : "z";
  return "jensenshannon";
}

export function columnDrift(column: string, refRaw: Cell[], curRaw: Cell[], opts: { stattest?: StatTest | "auto"; threshold?: number } = {}): ColumnDrift {
  const ref = present(refRaw);
  const cur = present(curRaw);
  const numeric = isNumericColumn(ref) && isNumericColumn(cur);
  const unique = new Set(ref.map(String)).size;
  // Numeric columns with at most 5 distinct values are treated as categorical, as Evidently does.
  const type: "numeric" | "categorical" = numeric && unique > 5 ? "numeric" : "categorical";
  const base = { column, type };
  if (ref.length === 0 || cur.length === 0) {
    return { ...base, stattest: null, statistic: null, p_value: null, threshold: null, drifted: false, note: ref.length === 0 ? "all values missing in the reference" : "all values missing in the current data" };
  }
  const test = !opts.stattest || opts.stattest === "auto" ? chooseStatTest(type, refRaw.length, unique) : opts.stattest;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD[test];
  let r: StatResult;
  const notes: string[] = [];
  if (unique === 1) notes.push("constant in the reference");
  if (type === "numeric" || (["ks", "wasserstein"].includes(test) && numeric)) {
    const a = sortedNumbers(ref), b = sortedNumbers(cur);
    if (test === "ks") r = ksTest(a, b);
    else if (test === "wasserstein") r = wassersteinNormed(a, b);
    else if (test === "chisquare") r = chiSquareTest(countMap(ref), countMap(cur));
    else if (test === "z") r = zTest(countMap(ref), countMap(cur));
    else {
      const { p, q } = numericShares(a, b);
      r = { statistic: test === "jensenshannon" ? jensenShannon(p, q) : test === "psi" ? psi(p, q) : klDiv(p, q), p_value: null };
    }
  } else {
    const rc = countMap(ref), cc = countMap(cur);
    const unseen = [...cc.keys()].filter((k) => !rc.has(k));
    if (unseen.length) notes.push(`${unseen.length} categor${unseen.length === 1 ? "y" : "ies"} unseen in the reference`);
    if (test === "chisquare") r = chiSquareTest(rc, cc);
    else if (test === "z") r = zTest(rc, cc);
    else {
      const { p, q } = categoricalShares(rc, cc);
      r = { statistic: test === "psi" ? psi(p, q) : test === "kl_div" ? klDiv(p, q) : jensenShannon(p, q), p_value: null };
    }
  }
  const drifted = IS_PVALUE[test] ? (r.p_value ?? 1) <= threshold : r.statistic >= threshold;
  return { ...base, stattest: test, statistic: r.statistic, p_value: r.p_value, threshold, drifted, note: notes.length ? notes.join("; ") : undefined };
}

export function datasetDrift(
  reference: { columns: string[]; data: Record<string, Cell[]>; rows: number },
  current: { columns: string[]; data: Record<string, Cell[]>; rows: number },
  opts: { columns?: string[]; stattest?: StatTest | "auto"; threshold?: number; driftShare?: number } = {},
): DriftReport {
  const wanted = opts.columns?.length ? opts.columns : reference.columns;
  const missing = wanted.filter((c) => !current.columns.includes(c));
  const newCols = current.columns.filter((c) => !reference.columns.includes(c));
  const columns: ColumnDrift[] = [];
  for (const c of wanted) {
    if (!reference.columns.includes(c) || !current.columns.includes(c)) {
      columns.push({ column: c, type: "categorical", stattest: null, statistic: null, p_value: null, threshold: null, drifted: false, note: !reference.columns.includes(c) ? "missing from the reference" : "missing from the current data" });
      continue;
    }
    columns.push(columnDrift(c, reference.data[c], current.data[c], opts));
  }
  const tested = columns.filter((c) => c.stattest !== null);
  const share = tested.length ? tested.filter((c) => c.drifted).length / tested.length : 0;
  const threshold = opts.driftShare ?? 0.5;
  return { columns, drift_share: share, dataset_drift: tested.length > 0 && share >= threshold, drift_share_threshold: threshold, reference_rows: reference.rows, current_rows: current.rows, missing_columns: missing, new_columns: newCols };
}
