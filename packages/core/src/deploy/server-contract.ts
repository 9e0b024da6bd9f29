import path from "node:path";
import { matchScoreColumns } from "../evaluate/score-columns.js";
import type { Cell } from "../data/read-table.js";
import type { MlshipConfig } from "../config/schema.js";
import { exists } from "../util/fs-atomic.js";
import { redactedJson } from "../util/secrets.js";
import { loadTableSchema, type TableSchema } from "../validate/table-schema.js";

/**
 * The model-server contract, written down once (README: "The model server contract") and used by
 * the deploy smoke test, the load test and the CLI's example request:
 *   POST /predict  {"rows": [{<feature>: <typed value>, …}, …]}
 *     → 200 {"predictions": [{"score": <number>, "prediction": <label or number>}, …]}
 * Rows hold only the model's feature columns — never the id, label, recorded outputs or the
 * sensitive columns — with numbers as JSON numbers. `deploy.smoke-test.response-path` names where
 * the list is (a dot path); an element may also be a bare number (the score when one is recorded,
 * else the prediction).
 */
export interface ServerContract {
  /** The model's input columns; undefined: every column of the recorded file except `excluded`. */
  features: string[] | undefined;
  /** Columns that never go to the server: label, recorded outputs, sensitive features, primary key. */
  excluded: string[];
  /** Multiclass probability columns ("proba_*"): not features either. */
  scoreColumns?: string;
  label: string;
  prediction: string;
  score: string | undefined;
  /** Field types from the Table Schema, when there is one (numbers stay numbers even when all are missing). */
  types: Record<string, string>;
  responsePath: string;
  scoreKey: string;
  predictionKey: string;
}

export interface Answer {
  score?: number;
  prediction?: Cell;
  /** Multiclass: the probability of each class, from the answer's keys that match `score-columns` ("proba_<class>"). */
  proba?: Record<string, number>;
}

/** The contract as a project's mlship.yml (and its Table Schema) define it. */
export async function projectContract(config: MlshipConfig, projectDir: string): Promise<ServerContract> {
  const ev = config.evaluate;
  const smoke = config.deploy["smoke-test"];
  let schema: TableSchema | undefined;
  const schemaFile = config.data.schema ? path.resolve(projectDir, config.data.schema) : undefined;
  if (schemaFile && !schemaFile.endsWith(".json") && (await exists(schemaFile)))
    schema = await loadTableSchema(schemaFile).catch(() => undefined);
  const primaryKey =
    schema?.primaryKey === undefined ? [] : Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
  return {
    features: ev.features,
    excluded: [ev.label, ev.prediction, ...(ev.score ? [ev.score] : []), ...ev["sensitive-features"], ...primaryKey],
    scoreColumns: ev["score-columns"],
    label: ev.label,
    prediction: ev.prediction,
    score: ev.score,
    types: Object.fromEntries((schema?.fields ?? []).map((f) => [f.name, f.type])),
    responsePath: smoke["response-path"],
    scoreKey: smoke["score-key"],
    predictionKey: smoke["prediction-key"],
  };
}

/** The columns a request row holds, in the recorded file's order. */
export function featureColumns(contract: ServerContract, columns: string[]): string[] {
  const scores = new Set(
    contract.scoreColumns ? matchScoreColumns(columns, contract.scoreColumns).map((m) => m.column) : [],
  );
  return contract.features ?? columns.filter((c) => !contract.excluded.includes(c) && !scores.has(c));
}

const NUMERIC_TYPES = new Set(["integer", "number"]);

function isNumberText(v: Cell): boolean {
  return typeof v === "number" || (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)));
}

/**
 * How each feature's cells become JSON: a number when the schema says so or when every present
 * value is numeric text; a boolean for schema booleans; text otherwise; missing cells are null.
 */
export function columnKinds(
  contract: ServerContract,
  data: Record<string, Cell[]>,
  features: string[],
): Record<string, "number" | "boolean" | "string"> {
  const kinds: Record<string, "number" | "boolean" | "string"> = {};
  for (const f of features) {
    const declared = contract.types[f];
    if (declared && NUMERIC_TYPES.has(declared)) kinds[f] = "number";
    else if (declared === "boolean") kinds[f] = "boolean";
    else if (declared) kinds[f] = "string";
    else {
      const present = (data[f] ?? []).filter((v) => v !== null && v !== "");
      kinds[f] = present.length > 0 && present.every(isNumberText) ? "number" : "string";
    }
  }
  return kinds;
}

function typedCell(v: Cell, kind: "number" | "boolean" | "string"): Cell {
  if (v === null || v === "") return null;
  if (kind === "number") return typeof v === "number" ? v : Number(v);
  if (kind === "boolean") return typeof v === "boolean" ? v : /^(true|1|yes)$/i.test(String(v));
  return String(v);
}

/** One request row: the features of row `i`, typed. */
export function requestRow(
  data: Record<string, Cell[]>,
  i: number,
  features: string[],
  kinds: Record<string, "number" | "boolean" | "string">,
): Record<string, Cell> {
  return Object.fromEntries(features.map((f) => [f, typedCell(data[f]?.[i] ?? null, kinds[f])]));
}

/** The value at a dot path ("predictions", "output.results"); "" is the body itself. */
function at(body: unknown, dotPath: string): unknown {
  let v = body;
  for (const key of dotPath.split(".").filter(Boolean)) {
    if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * The answers in a response body, mapped onto the recorded outputs; a string saying why when
 * they cannot be (no list at the path, or an element with neither the score nor the prediction key).
 */
export function readAnswers(body: unknown, contract: ServerContract, recordsScore: boolean): Answer[] | string {
  const list = at(body, contract.responsePath);
  if (!Array.isArray(list))
    return `the response has no list at '${contract.responsePath || "(body)"}' (expected {"${contract.responsePath || "predictions"}": [{"${contract.scoreKey}": …, "${contract.predictionKey}": …}, …]})`;
  const out: Answer[] = [];
  for (const [i, el] of list.entries()) {
    if (typeof el === "number") {
      out.push(recordsScore ? { score: el } : { prediction: el });
      continue;
    }
    if (!el || typeof el !== "object" || Array.isArray(el))
      return `answer ${i + 1} is ${redactedJson(el, 80)}: expected an object with '${contract.scoreKey}' and/or '${contract.predictionKey}', or a number`;
    const o = el as Record<string, unknown>;
    const a: Answer = {};
    if (o[contract.scoreKey] !== undefined)
      a.score = typeof o[contract.scoreKey] === "number" ? (o[contract.scoreKey] as number) : NaN;
    if (o[contract.predictionKey] !== undefined) a.prediction = o[contract.predictionKey] as Cell;
    if (contract.scoreColumns) {
      const classes = matchScoreColumns(Object.keys(o), contract.scoreColumns);
      if (classes.length)
        a.proba = Object.fromEntries(
          classes.map(({ column, value }) => [value, typeof o[column] === "number" ? (o[column] as number) : NaN]),
        );
    }
    if (a.score === undefined && a.prediction === undefined) {
      const keys = Object.keys(o)
        .slice(0, 5)
        .map((k) => redactedJson(k, 80))
        .join(", ");
      return `answer ${i + 1} has neither '${contract.scoreKey}' nor '${contract.predictionKey}' (its keys: ${keys || "none"}); set deploy.smoke-test.score-key / prediction-key if your server uses other names`;
    }
    out.push(a);
  }
  return out;
}

/**
 * `n` row indices spread over the label's values in proportion to their counts, at least one per
 * value (largest remainders), evenly spaced within each; labels with more than 20 distinct
 * values (regression) are stratified by deciles of the label.
 */
export function stratifiedRows(labels: Cell[] | undefined, total: number, n: number): number[] {
  if (n >= total) return Array.from({ length: total }, (_, i) => i);
  const strata = new Map<string, number[]>();
  const key = strataKey(labels, total);
  for (let i = 0; i < total; i++) {
    const k = key(i);
    let s = strata.get(k);
    if (!s) strata.set(k, (s = []));
    s.push(i);
  }
  const groups = [...strata.values()];
  const quota = groups.map((g) => Math.max(1, Math.floor((g.length * n) / total)));
  let left = n - quota.reduce((a, b) => a + b, 0);
  // One row per stratum may overshoot n: the largest strata give rows back.
  while (left < 0) {
    const big = quota.indexOf(Math.max(...quota));
    if (quota[big] <= 1) break;
    quota[big]--;
    left++;
  }
  const order = groups
    .map((g, i) => [i, (g.length * n) / total - Math.floor((g.length * n) / total)] as const)
    .sort((a, b) => b[1] - a[1]);
  for (const [i] of order) {
    if (left <= 0) break;
    if (quota[i] < groups[i].length) {
      quota[i]++;
      left--;
    }
  }
  const picked: number[] = [];
  groups.forEach((g, gi) => {
    const k = Math.min(quota[gi], g.length);
    for (let j = 0; j < k; j++) picked.push(g[Math.floor(((j + 0.5) * g.length) / k)]);
  });
  return picked.sort((a, b) => a - b);
}

function strataKey(labels: Cell[] | undefined, total: number): (i: number) => string {
  if (!labels) return () => "";
  const distinct = new Set(labels.map(String));
  if (distinct.size <= 20 || !labels.every(isNumberText)) return (i) => String(labels[i]);
  const sorted = Float64Array.from(labels, Number).sort();
  const edges = Array.from({ length: 9 }, (_, k) => sorted[Math.floor(((k + 1) * total) / 10)]);
  return (i) => String(edges.filter((e) => Number(labels[i]) >= e).length);
}
