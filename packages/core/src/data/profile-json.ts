import { type ColumnProfile, type DatasetProfile, QUANTILES, unbuiltCountsOf } from "./profile.js";

/**
 * Whether a column's quantiles are left out of profile.json: when it keeps every value and they
 * are not more than the quantiles (a column of 50 rows would say 101 numbers about 50), as long as
 * they read back as written (finite). readProfileFile computes them again from the values,
 * identically (the same numbers in the same order, as the sample was).
 */
function quantilesImplied(c: ColumnProfile): boolean {
  return (
    c.quantiles !== undefined &&
    c.values !== undefined &&
    c.values.length <= QUANTILES &&
    Number.isFinite(c.min) &&
    Number.isFinite(c.max)
  );
}

/** Stands for the counts in a column's JSON until their text replaces it (no JSON string holds it unescaped). */
const COUNTS_MARK = "\u0000counts\u0000";
const MARKED = `"counts": ${JSON.stringify(COUNTS_MARK)}`;

/** An array index as a property key ("0" … "4294967294"): objects list these first, in numeric order. */
const isIndexKey = (k: string) => /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;

/**
 * The counts' JSON as JSON.stringify(Object.fromEntries(entries), null, 2) writes it one level
 * down, without building the object: index keys first in numeric order, the others as they come.
 */
function countsJson(entries: [string, number][]): string {
  if (entries.length === 0) return "{}";
  const indexed = entries.filter(([k]) => isIndexKey(k));
  const ordered = indexed.length
    ? [...indexed.sort((a, b) => Number(a[0]) - Number(b[0])), ...entries.filter(([k]) => !isIndexKey(k))]
    : entries;
  let text = "{";
  for (let i = 0; i < ordered.length; i++)
    text += `${i ? "," : ""}\n    ${JSON.stringify(ordered[i][0])}: ${JSON.stringify(ordered[i][1])}`;
  return `${text}\n  }`;
}

/** One column's JSON, as JSON.stringify(column, null, 2) writes it, less implied quantiles. */
function columnJson(column: ColumnProfile): string {
  const entries = unbuiltCountsOf(column);
  const implied = quantilesImplied(column);
  if (!entries && !implied) return JSON.stringify(column, null, 2);
  const shown: Record<string, unknown> = {};
  for (const key of Object.keys(column) as (keyof ColumnProfile)[]) {
    if (key === "quantiles" && implied) continue;
    // Not read through the getter, which would build the object.
    shown[key] = key === "counts" && entries ? COUNTS_MARK : column[key];
  }
  const text = JSON.stringify(shown, null, 2);
  return entries ? text.replace(MARKED, () => `"counts": ${countsJson(entries)}`) : text;
}

/**
 * profile.json's text — JSON.stringify(profile, null, 2) + "\n", less the quantiles the values
 * imply (quantilesImplied) — a column at a time: a table of 10,000 short columns has a profile of
 * tens of MB, which need not be one string.
 */
export function* profileJson(profile: DatasetProfile): Generator<string> {
  const shell = JSON.stringify({ ...profile, columns: [] }, null, 2);
  if (profile.columns.length === 0) {
    yield `${shell}\n`;
    return;
  }
  const open = '\n  "columns": [';
  const at = shell.indexOf(`${open}]`) + open.length;
  yield shell.slice(0, at);
  // A column nests two levels down; JSON text has no raw newline inside a string, so re-indenting lines is exact.
  for (let i = 0; i < profile.columns.length; i++)
    yield `${i ? "," : ""}\n    ${columnJson(profile.columns[i]).replaceAll("\n", "\n    ")}`;
  yield `\n  ]${shell.slice(at + 1)}\n`;
}
