import type { Cell } from "../data/read-table.js";
import { readAnswers, requestRow, type Answer, type ServerContract } from "../deploy/server-contract.js";
import { UserError } from "../errors.js";
import { redact } from "../util/secrets.js";
import { seededRandom } from "../stats/sampling.js";
import { parseGate } from "./gates.js";
import { regressionMetrics } from "./metrics.js";

/** The metrics permutation importance can score from the server's answers alone, and which way is better. */
const EXPLAIN_METRICS = { accuracy: 1, r2: 1, mae: -1, rmse: -1 } as const;
type ExplainMetric = keyof typeof EXPLAIN_METRICS;

export interface FeatureImportance {
  feature: string;
  /** Mean drop of the metric over the repeats (worse is positive, whichever way the metric points). */
  mean: number;
  /** Sample standard deviation of the drops. */
  sd: number;
  /** The smallest and largest drop over the repeats. */
  interval: [number, number];
  /** One drop per repeat. */
  drops: number[];
}

export interface ExplainSection {
  method: "permutation";
  metric: ExplainMetric;
  /** Why the metric is not the first gate's, when it is not. */
  metricNote?: string;
  /** The metric on the rows as they are, from the server's answers. */
  baseline: number;
  rows: number;
  repeats: number;
  seed: number;
  interval: "min-max over repeats";
  /** Most important first. */
  features: FeatureImportance[];
  /** Features left when the time budget ran out. */
  notMeasured: string[];
  seconds: number;
}

/** The first gate's metric when the answers can score it, else accuracy (classification) or r2 (regression). */
export function explainMetric(gates: string[], regression: boolean): { metric: ExplainMetric; note?: string } {
  const fallback: ExplainMetric = regression ? "r2" : "accuracy";
  if (gates.length === 0) return { metric: fallback };
  const gate = parseGate(gates[0]).metric;
  const ok = regression ? gate !== "accuracy" : gate === "accuracy";
  if (gate in EXPLAIN_METRICS && ok) return { metric: gate as ExplainMetric };
  return {
    metric: fallback,
    note: `the first gate's metric, ${gate}, needs more than the server's predictions: importance is the drop of ${fallback}`,
  };
}

/** The metric of predictions against labels (numbers for regression, compared as text for classification). */
function scoreAnswers(metric: ExplainMetric, labels: Cell[], predicted: Cell[]): number {
  const n = labels.length;
  if (metric === "accuracy") {
    let hit = 0;
    for (let i = 0; i < n; i++) if (String(labels[i]) === String(predicted[i])) hit++;
    return hit / n;
  }
  return regressionMetrics(Float64Array.from(labels, Number), Float64Array.from(predicted, Number)).metrics[metric]
    .value;
}

export type Predict = (rows: Record<string, Cell>[]) => Promise<Cell[]>;

/** Predictions from a model server's POST /predict, `batch` rows per request, one request at a time. */
export function serverPredict(url: string, contract: ServerContract, batch: number, signal?: AbortSignal): Predict {
  return async (rows) => {
    const out: Cell[] = [];
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ rows: chunk }),
        signal: signal ?? AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      if (!res.ok)
        throw new UserError(
          `explain: the model server answered HTTP ${res.status} to ${chunk.length} rows: ${redact(text).slice(0, 200)}`,
          {},
          1,
        );
      let answers: Answer[] | string;
      try {
        answers = readAnswers(JSON.parse(text), contract, false);
      } catch {
        answers = `the answer is not JSON: ${redact(text).slice(0, 200)}`;
      }
      if (typeof answers === "string") throw new UserError(`explain: ${answers}`, {}, 1);
      if (answers.length !== chunk.length)
        throw new UserError(
          `explain: the model server answered ${answers.length} predictions for ${chunk.length} rows`,
          {},
          1,
        );
      for (const a of answers) {
        if (a.prediction === undefined)
          throw new UserError(`explain: an answer has no '${contract.predictionKey}'`, {}, 1);
        out.push(a.prediction);
      }
    }
    return out;
  };
}

/**
 * Permutation importance (Breiman; scikit-learn's `permutation_importance`): the metric on the
 * rows as they are, then, for each feature and each repeat, on the rows with that one column
 * shuffled (a seeded Fisher–Yates shuffle of the column over the chosen rows). A feature's
 * importance is the drop of the metric (sign flipped for error metrics, so worse is positive); its
 * interval is the smallest and largest drop over the repeats.
 */
export async function permutationImportance(opts: {
  data: Record<string, Cell[]>;
  rowIndices: number[];
  features: string[];
  kinds: Record<string, "number" | "boolean" | "string">;
  labels: Cell[];
  metric: ExplainMetric;
  metricNote?: string;
  repeats: number;
  seed: number;
  predict: Predict;
  deadline?: number;
  onFeature?: (feature: string, done: number, total: number) => void;
}): Promise<ExplainSection> {
  const started = Date.now();
  const { data, rowIndices, features, kinds, metric, repeats, seed } = opts;
  const rows = rowIndices.map((i) => requestRow(data, i, features, kinds));
  const labels = rowIndices.map((i) => opts.labels[i]);
  const sign = EXPLAIN_METRICS[metric];
  const baseline = scoreAnswers(metric, labels, await opts.predict(rows));
  const rand = seededRandom(seed);
  const result: FeatureImportance[] = [];
  const notMeasured: string[] = [];
  for (const [k, f] of features.entries()) {
    if (opts.deadline !== undefined && Date.now() > opts.deadline) {
      notMeasured.push(...features.slice(k));
      break;
    }
    const column = rows.map((r) => r[f]);
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const perm = column.slice();
      for (let i = perm.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [perm[i], perm[j]] = [perm[j], perm[i]];
      }
      const shuffled = rows.map((row, i) => ({ ...row, [f]: perm[i] }));
      const value = scoreAnswers(metric, labels, await opts.predict(shuffled));
      drops.push(sign * (baseline - value));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / repeats;
    const sd = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / (repeats - 1));
    result.push({ feature: f, mean, sd, interval: [Math.min(...drops), Math.max(...drops)], drops });
    opts.onFeature?.(f, k + 1, features.length);
  }
  result.sort((a, b) => b.mean - a.mean);
  return {
    method: "permutation",
    metric,
    ...(opts.metricNote ? { metricNote: opts.metricNote } : {}),
    baseline,
    rows: rows.length,
    repeats,
    seed,
    interval: "min-max over repeats",
    features: result,
    notMeasured,
    seconds: (Date.now() - started) / 1000,
  };
}
