import { UserError } from "../errors.js";
import { readTextIfExists } from "../util/fs-atomic.js";
import type { Logger } from "../util/log.js";
import { redactedHead } from "../util/secrets.js";

/** Metric name → value; null where the training command wrote NaN, Infinity or null. */
export type Metrics = Record<string, number | null>;

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);
const SENTINEL = "\u0000mlship-non-finite:";

/**
 * Python's json.dump writes NaN, Infinity and -Infinity as bare words, which JSON.parse refuses.
 * Each such word outside a string becomes a marked string, so the keys can be named afterwards.
 * Hand-written (a scan that skips strings) rather than a JSON5 parser: these three words are the
 * whole difference, and no dependency is needed for them.
 */
function markNonFinite(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const word =
      ch === "N" || ch === "I" || ch === "-" ? /^-?(?:NaN|Infinity)/.exec(text.slice(i, i + 9))?.[0] : undefined;
    if (word && NON_FINITE.has(word)) {
      out += JSON.stringify(SENTINEL + word);
      i += word.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * Reads the metrics a training command wrote ($MLSHIP_METRICS_FILE): a JSON object of metric
 * names to numbers. NaN / Infinity (as json.dump writes them) and null are kept as null with a
 * warning naming the keys; anything else (an array, strings, nested objects) is an error that
 * says what was expected. A missing file gives undefined.
 */
export async function readMetricsFile(file: string, log: Logger): Promise<Metrics | undefined> {
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(markNonFinite(text));
  } catch (e) {
    throw new UserError(
      `not valid JSON: ${(e as Error).message}; expected an object of metric names to numbers, e.g. {"accuracy": 0.91}`,
      { file },
    );
  }
  const expected = 'expected a JSON object of metric names to numbers, e.g. {"accuracy": 0.91}';
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new UserError(
      `${expected}, got ${Array.isArray(raw) ? "an array" : raw === null ? "null" : `a ${typeof raw}`}`,
      { file },
    );
  const metrics: Metrics = {};
  const nulls: string[] = [];
  const wrong: string[] = [];
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "number") metrics[k] = v;
    else if (v === null || (typeof v === "string" && v.startsWith(SENTINEL))) {
      metrics[k] = null;
      nulls.push(`${JSON.stringify(k)} (${v === null ? "null" : v.slice(SENTINEL.length)})`);
    } else
      wrong.push(
        `${JSON.stringify(k)} is ${Array.isArray(v) ? "an array" : typeof v === "string" ? `the string ${JSON.stringify(redactedHead(v, 40))}` : typeof v === "object" ? "an object" : `a ${typeof v}`}`,
      );
  }
  if (wrong.length) throw new UserError(`${expected}: ${wrong.join(", ")}`, { file });
  if (nulls.length) log.warning(`metrics without a finite value, kept as null: ${nulls.join(", ")}`, { file });
  return metrics;
}

/** The metrics that have a value (for gates and comparisons, which need numbers). */
export function finiteMetrics(m: Metrics | undefined): Record<string, number> {
  return Object.fromEntries(Object.entries(m ?? {}).filter((e): e is [string, number] => e[1] !== null));
}
