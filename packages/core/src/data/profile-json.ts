import {
  type ColumnProfile,
  type DatasetProfile,
  QUANTILES,
  type Tally,
  tallyOf,
  topEntries,
  unbuilt,
} from "./profile.js";

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

/** Stand for `top` and `counts` in a column's JSON until their text replaces them (no JSON string holds them unescaped). */
const MARKS = { top: "\u0000top\u0000", counts: "\u0000counts\u0000" };
const marked = (key: keyof typeof MARKS) => `"${key}": ${JSON.stringify(MARKS[key])}`;

/** An array index as a property key ("0" … "4294967294"): objects list these first, in numeric order. */
const isIndexKey = (k: string) => /^(0|[1-9]\d{0,9})$/.test(k) && Number(k) < 4294967295;

/**
 * The counts' JSON as JSON.stringify(Object.fromEntries(…), null, 2) writes it one level down,
 * without building the object: index keys first in numeric order, the others as they come.
 */
function countsJson({ keys, counts }: Tally, texts: string[]): string {
  if (keys.length === 0) return "{}";
  let order = texts.map((_, i) => i);
  if (texts.some(isIndexKey)) {
    const indexed = order.filter((i) => isIndexKey(texts[i])).sort((a, b) => Number(texts[a]) - Number(texts[b]));
    order = [...indexed, ...order.filter((i) => !isIndexKey(texts[i]))];
  }
  let text = "{";
  for (let j = 0; j < order.length; j++)
    text += `${j ? "," : ""}\n    ${JSON.stringify(texts[order[j]])}: ${JSON.stringify(counts[order[j]])}`;
  return `${text}\n  }`;
}

/** One column's JSON, as JSON.stringify(column, null, 2) writes it, less implied quantiles; `top` and `counts` written from the tally when unbuilt. */
function columnJson(column: ColumnProfile): string {
  const tally = tallyOf(column);
  const fromTally = (key: "top" | "counts") => tally !== undefined && unbuilt(column, key);
  const implied = quantilesImplied(column);
  if (!fromTally("top") && !fromTally("counts") && !implied) return JSON.stringify(column, null, 2);
  const shown: Record<string, unknown> = {};
  for (const key of Object.keys(column) as (keyof ColumnProfile)[]) {
    if (key === "quantiles" && implied) continue;
    // Not read through the getters, which would build them.
    shown[key] = (key === "top" || key === "counts") && fromTally(key) ? MARKS[key] : column[key];
  }
  let text = JSON.stringify(shown, null, 2);
  // Each value's text once, for both (a number's shortest text is not cheap to make).
  const texts = tally?.keys.map(String) ?? [];
  if (fromTally("top"))
    text = text.replace(
      marked("top"),
      () => `"top": ${JSON.stringify(topEntries(tally!, 20, texts), null, 2).replaceAll("\n", "\n  ")}`,
    );
  if (fromTally("counts")) text = text.replace(marked("counts"), () => `"counts": ${countsJson(tally!, texts)}`);
  return text;
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
