import type { Cell } from "../data/read-table.js";
import { readAnswers, requestRow, type Answer, type ServerContract } from "../deploy/server-contract.js";
import { UserError } from "../errors.js";
import { redact } from "../util/secrets.js";
import { seededRandom } from "../stats/sampling.js";
import { parseGate } from "./gates.js";
import { regressionMetrics, scoreMetrics } from "./metrics.js";
import { probabilityMetrics } from "./multiclass.js";

/** The metrics permutation importance scores from the server's answers, and which way is better. */
const EXPLAIN_METRICS = {
  accuracy: 1,
  r2: 1,
  mae: -1,
  rmse: -1,
  roc_auc: 1,
  pr_auc: 1,
  log_loss: -1,
  roc_auc_ovr: 1,
  roc_auc_ovr_weighted: 1,
} as const;
type ExplainMetric = keyof typeof EXPLAIN_METRICS;

/** What the labels are: the metric is read in the task's terms (the positive class, the classes' order). */
export type ExplainTask =
  | { kind: "regression" }
  | { kind: "binary"; positiveLabel: string | number }
  | { kind: "multiclass"; classes: string[] };

/** The metrics each task can score from the answers; those after the first need the server's probabilities. */
const TASK_METRICS: Record<ExplainTask["kind"], ExplainMetric[]> = {
  regression: ["r2", "mae", "rmse"],
  binary: ["accuracy", "roc_auc", "pr_auc", "log_loss"],
  multiclass: ["accuracy", "roc_auc_ovr", "roc_auc_ovr_weighted", "log_loss"],
};
const NEEDS_PROBABILITIES = new Set<ExplainMetric>([
  "roc_auc",
  "pr_auc",
  "log_loss",
  "roc_auc_ovr",
  "roc_auc_ovr_weighted",
]);

interface FeatureImportance {
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
  /**
   * The baseline (the model production runs) measured the same way through its own server: the
   * same rows, shuffles and metric; or why it was not.
   */
  production?: ProductionImportance;
}

type ProductionImportance =
  | ({ model: string } & Omit<ExplainSection, "production">)
  | { model: string; skipped: string };

/** The first gate's metric when the task scores it from the answers, else accuracy (classification) or r2 (regression). */
export function explainMetric(gates: string[], task: ExplainTask["kind"]): { metric: ExplainMetric; note?: string } {
  const fallback = TASK_METRICS[task][0];
  if (gates.length === 0) return { metric: fallback };
  const gate = parseGate(gates[0]).metric;
  if ((TASK_METRICS[task] as string[]).includes(gate)) return { metric: gate as ExplainMetric };
  return {
    metric: fallback,
    note: `the first gate's metric, ${gate}, is not scored from the server's answers: importance is the drop of ${fallback}`,
  };
}

/** Why the answers cannot score `metric` (a probability the server did not send), or undefined when they can. */
function missingProbabilities(metric: ExplainMetric, task: ExplainTask, answers: Answer[]): string | undefined {
  if (!NEEDS_PROBABILITIES.has(metric)) return undefined;
  if (task.kind === "binary") {
    const bad = answers.findIndex((a) => a.score === undefined || !(a.score >= 0 && a.score <= 1));
    return bad < 0 ? undefined : `answer ${bad + 1} has no probability in [0, 1] under the score key`;
  }
  if (task.kind === "multiclass") {
    for (const [i, a] of answers.entries()) {
      const missing = task.classes.find((c) => !(a.proba?.[c] !== undefined && a.proba[c] >= 0 && a.proba[c] <= 1));
      if (missing !== undefined)
        return `answer ${i + 1} has no probability in [0, 1] for class '${missing}' (a key named as score-columns says)`;
    }
  }
  return undefined;
}

/** The metric of the answers against the labels (numbers for regression, classes compared as text). */
function scoreAnswers(metric: ExplainMetric, task: ExplainTask, labels: Cell[], answers: Answer[]): number {
  const n = labels.length;
  const why = missingProbabilities(metric, task, answers);
  if (why) throw new UserError(`explain: ${why}`, {}, 1);
  if (!NEEDS_PROBABILITIES.has(metric)) {
    const bad = answers.findIndex((a) => a.prediction === undefined);
    if (bad >= 0) throw new UserError(`explain: answer ${bad + 1} has no prediction`, {}, 1);
  }
  if (metric === "accuracy") {
    let hit = 0;
    for (let i = 0; i < n; i++) if (String(labels[i]) === String(answers[i].prediction)) hit++;
    return hit / n;
  }
  if (task.kind === "binary") {
    const pos = String(task.positiveLabel);
    const y = Uint8Array.from(labels, (l) => (String(l) === pos ? 1 : 0));
    return scoreMetrics(
      y,
      Float64Array.from(answers, (a) => a.score!),
    )[metric as "roc_auc" | "pr_auc" | "log_loss"].value;
  }
  if (task.kind === "multiclass") {
    const index = new Map(task.classes.map((c, k) => [c, k]));
    const y = Uint32Array.from(labels, (l) => index.get(String(l)) ?? 0);
    const proba = task.classes.map((c) => Float64Array.from(answers, (a) => a.proba![c]));
    return probabilityMetrics(task.classes, y, proba).metrics[metric]?.value ?? NaN;
  }
  return regressionMetrics(
    Float64Array.from(labels, Number),
    Float64Array.from(answers, (a) => Number(a.prediction)),
  ).metrics[metric].value;
}

export type Predict = (rows: Record<string, Cell>[]) => Promise<Answer[]>;

/**
 * Answers from a model server's POST /predict, `batch` rows per request, one request at a time; a
 * bare number is the score when `scores` (a binary metric that needs probabilities), else the prediction.
 */
export function serverPredict(
  url: string,
  contract: ServerContract,
  batch: number,
  scores = false,
  signal?: AbortSignal,
): Predict {
  return async (rows) => {
    const out: Answer[] = [];
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
        answers = readAnswers(JSON.parse(text), contract, scores);
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
      out.push(...answers);
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
  task: ExplainTask;
  metric: ExplainMetric;
  metricNote?: string;
  repeats: number;
  seed: number;
  predict: Predict;
  deadline?: number;
  onFeature?: (feature: string, done: number, total: number) => void;
}): Promise<ExplainSection> {
  const started = Date.now();
  const { data, rowIndices, features, kinds, task, repeats, seed } = opts;
  const rows = rowIndices.map((i) => requestRow(data, i, features, kinds));
  const labels = rowIndices.map((i) => opts.labels[i]);
  let { metric, metricNote } = opts;
  const first = await opts.predict(rows);
  // A server that answers no probabilities is scored on its predictions, and the report says why.
  const missing = missingProbabilities(metric, task, first);
  if (missing) {
    const fallback = TASK_METRICS[task.kind][0];
    metricNote = `${metric} needs the server's probabilities and ${missing}: importance is the drop of ${fallback}`;
    metric = fallback;
  }
  const sign = EXPLAIN_METRICS[metric];
  const baseline = scoreAnswers(metric, task, labels, first);
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
      const value = scoreAnswers(metric, task, labels, await opts.predict(shuffled));
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
    ...(metricNote ? { metricNote } : {}),
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
