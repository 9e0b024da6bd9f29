import { sortFloat64 } from "../util/sort-float64.js";
import type { ColumnarTable } from "./read-columnar.js";
import type { Cell } from "./read-table.js";

/**
 * One column as the drift statistics take it: numbers (NaN where a cell is empty), or text as
 * codes into its distinct values (-1 where a cell is empty), with the count of empty cells.
 */
export type Column =
  | { kind: "numeric"; values: Float64Array; missing: number }
  | { kind: "categorical"; codes: Int32Array; values: string[]; missing: number };
export type NumericColumn = Extract<Column, { kind: "numeric" }>;

/** A number in text is any text Number() reads as a finite one, blank text excepted. */
function asNumber(text: string): number {
  return text.trim() === "" ? NaN : Number(text);
}

/**
 * Cells (as readColumns gives them) as a column: numeric when every present cell (not null, not
 * "") is a finite number or text that reads as one, else text (numbers as String() writes them).
 * @internal
 */
export function toColumn(cells: readonly Cell[]): Column {
  let numeric = true;
  let present = 0;
  for (const v of cells) {
    if (v === null || v === "") continue;
    present++;
    if (
      numeric &&
      !(typeof v === "number" ? Number.isFinite(v) : typeof v === "string" && Number.isFinite(asNumber(v)))
    )
      numeric = false;
  }
  if (numeric && present > 0) {
    const values = new Float64Array(cells.length);
    cells.forEach(
      (v, r) => (values[r] = v === null || v === "" ? NaN : typeof v === "number" ? v : asNumber(v as string)),
    );
    return { kind: "numeric", values, missing: cells.length - present };
  }
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Int32Array(cells.length);
  cells.forEach((v, r) => {
    if (v === null || v === "") return void (codes[r] = -1);
    const t = String(v);
    let c = index.get(t);
    if (c === undefined) {
      c = values.length;
      values.push(t);
      index.set(t, c);
    }
    codes[r] = c;
  });
  return { kind: "categorical", codes, values, missing: cells.length - present };
}

/** Cells as readColumns gives them, or a column already read. */
export function asColumn(c: readonly Cell[] | Column): Column {
  return Array.isArray(c) ? toColumn(c) : (c as Column);
}

/** The columns readColumnar read (typed by content: `auto`), as drift takes them; empty text cells are missing. */
export function driftColumns(t: ColumnarTable): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [name, values] of Object.entries(t.numeric)) {
    let missing = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) missing++;
    out[name] = { kind: "numeric", values, missing };
  }
  for (const [name, c] of Object.entries(t.categorical)) {
    // Codes renumbered without the empty value.
    const empty = c.values.indexOf("");
    const values = empty < 0 ? c.values : c.values.filter((v) => v !== "");
    const codes = new Int32Array(c.codes.length);
    let missing = 0;
    for (let i = 0; i < codes.length; i++) {
      const k = c.codes[i];
      if (k === empty) {
        codes[i] = -1;
        missing++;
      } else codes[i] = empty >= 0 && k > empty ? k - 1 : k;
    }
    out[name] = { kind: "categorical", codes, values, missing };
  }
  return out;
}

const sortedOf = new WeakMap<NumericColumn, Float64Array>();
/** The present values of a numeric column, sorted ascending (what KS, Wasserstein and the binned distances need); sorted once per column. */
export function sortedPresent(c: NumericColumn): Float64Array {
  const cached = sortedOf.get(c);
  if (cached) return cached;
  const v = c.values;
  const out = new Float64Array(v.length - c.missing);
  let n = 0;
  for (let r = 0; r < v.length; r++) if (v[r] === v[r]) out[n++] = v[r];
  sortFloat64(out);
  sortedOf.set(c, out);
  return out;
}

/** Occurrences of each present value, numbers written as String() writes them. */
export function valueCounts(c: Column): Map<string, number> {
  const m = new Map<string, number>();
  if (c.kind === "categorical") {
    const counts = new Float64Array(c.values.length);
    for (const code of c.codes) if (code >= 0) counts[code]++;
    c.values.forEach((v, i) => counts[i] && m.set(v, counts[i]));
  } else {
    for (const v of c.values) if (v === v) m.set(String(v), (m.get(String(v)) ?? 0) + 1);
  }
  return m;
}

/** Distinct present values (numbers as String() writes them). */
export function distinctCount(c: Column): number {
  if (c.kind === "categorical") return c.values.length;
  const s = sortedPresent(c);
  let n = 0;
  // -0 and 0 are one value (String() writes both "0").
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) n++;
  return n;
}

/** Present (non-missing) cells. */
export function presentCount(c: Column): number {
  return rowCount(c) - c.missing;
}

/** Rows in the column, missing ones included. */
export function rowCount(c: Column): number {
  return c.kind === "numeric" ? c.values.length : c.codes.length;
}
