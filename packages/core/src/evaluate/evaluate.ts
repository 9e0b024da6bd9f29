import { readColumnar, type CategoricalColumn, type ColumnarTable } from "../data/read-columnar.js";
import { rankScores, type RankedScores } from "../stats/ranking.js";
import { UserError } from "../errors.js";
import {
  classificationMetrics,
  regressionMetrics,
  type ClassificationReport,
  type RegressionReport,
} from "./metrics.js";
import { featureFairnessCoded, type FeatureFairness } from "./fairness.js";
import { checkGatesForTask, MAX_CLASSES, evaluateGate, parseGate, type GateResult, type GateTask } from "./gates.js";
import { matchScoreColumns } from "./score-columns.js";
import { multiclassMetrics, sortClasses, type MulticlassReport } from "./multiclass.js";
import { groupGateValues, multiclassFrame, regressionFrame, type GroupMetricFrame } from "./group-metrics.js";
import type { PairedComparison } from "./compare.js";
import { curves, downsample, rocCurve, type Curves } from "./curves.js";

export interface QualityOptions {
  predictions: string;
  label: string;
  prediction: string;
  score?: string;
  /** One probability column per class: a pattern with one "*" standing for the class ("proba_*"). */
  scoreColumns?: string;
  task?: "classification" | "regression";
  positiveLabel: string | number;
  sensitiveFeatures: string[];
  minGroupSize: number;
}

export interface QualityResult {
  quality: ClassificationReport | MulticlassReport | RegressionReport;
  /** Which gate names apply. */
  gateTask: GateTask;
  /** Binary classification's bias (demographic parity, equalized odds). */
  bias: FeatureFairness[];
  /** Multiclass and regression bias: metrics per group of each sensitive feature (Fairlearn's MetricFrame). */
  groupBias?: GroupMetricFrame[];
  /** Things the reader should know (a class never predicted), for the log and the report. */
  warnings: string[];
  /** Flat metric values that gates refer to. */
  values: Record<string, number>;
  /** A binary classifier's columns as read (the paired comparison reuses them and their sorted scores). */
  binary?: BinaryPredictions;
  /** ROC, precision–recall and calibration, when a score column is there. */
  curves?: Curves;
  /** A multiclass classifier's columns as read (the paired comparison reuses them). */
  multiclass?: MulticlassPredictions;
  /** A regressor's labels and predictions (the paired comparison reuses them). */
  regression?: RegressionPredictions;
  /** Multiclass with probabilities: each class's one-vs-rest ROC curve (classes with both outcomes). */
  ovrRoc?: { class: string; roc: Curves["roc"] }[];
  /** Regression: up to 500 (actual, predicted) pairs, evenly over the rows, for the report's plots. */
  residuals?: { actual: number; predicted: number }[];
}

export interface MulticlassPredictions {
  classes: string[];
  y: Uint32Array;
  pred: Uint32Array;
  proba?: Float64Array[];
}

export interface RegressionPredictions {
  y: Float64Array;
  yhat: Float64Array;
}

export interface BinaryPredictions {
  y: Uint8Array;
  pred: Uint8Array;
  score?: Float64Array;
  ranked?: RankedScores;
}

function overflowed(feature: string): never {
  throw new UserError(`sensitive feature '${feature}' has too many distinct values to group by`, {
    input: "sensitive-features",
  });
}

/** Multiclass: classes the sorted union of labels, predictions and probability columns; codes per row. */
async function multiclassQuality(
  opts: QualityOptions,
  table: ColumnarTable,
  labels: CategoricalColumn,
  predictions: CategoricalColumn,
): Promise<QualityResult> {
  const probaCols = opts.scoreColumns ? matchScoreColumns(table.columns, opts.scoreColumns) : [];
  if (opts.scoreColumns && probaCols.length === 0)
    throw new UserError(
      `no column matches score-columns '${opts.scoreColumns}' (columns: ${table.columns.join(", ")})`,
      { input: "score-columns", file: opts.predictions },
    );
  const classes = sortClasses([
    ...new Set([...labels.values, ...predictions.values, ...probaCols.map((p) => p.value)]),
  ]);
  const index = new Map(classes.map((c, i) => [c, i]));
  const recode = (col: CategoricalColumn) => {
    const map = Uint32Array.from(col.values, (v) => index.get(v)!);
    return Uint32Array.from(col.codes, (c) => map[c]);
  };
  const y = recode(labels);
  const pred = recode(predictions);
  let proba: Float64Array[] | undefined;
  if (probaCols.length) {
    const missing = classes.filter((c) => !probaCols.some((p) => p.value === c));
    if (missing.length)
      throw new UserError(
        `score-columns '${opts.scoreColumns}': no probability column for class(es) ${missing.map((c) => `'${c}'`).join(", ")} (found ${probaCols.map((p) => p.column).join(", ")})`,
        { input: "score-columns", file: opts.predictions },
      );
    const t = await readColumnar(opts.predictions, { numeric: probaCols.map((p) => p.column) });
    proba = classes.map((c) =>
      scoresOf(t, probaCols.find((p) => p.value === c)!.column, opts.predictions, "score-columns"),
    );
  }
  const quality = multiclassMetrics({ classes, y, pred, proba });
  const values: Record<string, number> = {};
  for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;
  const groupBias = opts.sensitiveFeatures.map((f) =>
    multiclassFrame(f, table.categorical[f] ?? overflowed(f), classes, y, pred, opts.minGroupSize),
  );
  Object.assign(values, groupGateValues(groupBias, ["accuracy", "recall", "selection_rate"]));
  return {
    quality,
    gateTask: "multiclass",
    bias: [],
    groupBias,
    warnings: quality.warnings,
    values,
    multiclass: { classes, y, pred, proba },
    ovrRoc: proba
      ? classes.flatMap((c, k) => {
          const yk = Uint8Array.from(y, (v) => (v === k ? 1 : 0));
          const pos = yk.reduce((a, b) => a + b, 0);
          return pos > 0 && pos < yk.length ? [{ class: c, roc: rocCurve(yk, proba![k]) }] : [];
        })
      : undefined,
  };
}

function requireColumn(columns: string[], name: string, input: string, file: string): void {
  if (!columns.includes(name))
    throw new UserError(`column '${name}' is not in the predictions (columns: ${columns.join(", ")})`, { input, file });
}

/** The same rule from a label column's distinct values (as text; a null counts as not a number). */
function inferTaskFromDistinct(values: string[], hasNull = false): "classification" | "regression" {
  const numeric = !hasNull && values.every((v) => v !== "" && Number.isFinite(Number(v)));
  return !numeric || values.length <= 2 || (values.length <= 20 && values.every((v) => Number.isInteger(Number(v))))
    ? "classification"
    : "regression";
}

const MAX_LABEL_VALUES = MAX_CLASSES;

/** 0/1 per row: whether the column's value is the positive label. */
function isPositive(column: CategoricalColumn, positiveLabel: string | number): Uint8Array {
  const pos = String(positiveLabel);
  const hit = Uint8Array.from(column.values, (v) => (v === pos ? 1 : 0));
  const { codes } = column;
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = hit[codes[i]];
  return out;
}

function scoresOf(table: ColumnarTable, name: string, file: string, input = "score-column"): Float64Array {
  const score = table.numeric[name];
  const bad = table.invalid[name];
  if (bad)
    throw new UserError(
      `score column '${name}' must hold probabilities in [0, 1] (line ${bad.line}: '${bad.text.slice(0, 40)}')`,
      { input, file, line: bad.line },
    );
  for (let i = 0; i < score.length; i++) {
    if (!(score[i] >= 0 && score[i] <= 1))
      throw new UserError(`score column '${name}' must hold probabilities in [0, 1] (row ${i + 1}: ${score[i]})`, {
        input,
        file,
      });
  }
  return score;
}

export async function computeQuality(opts: QualityOptions): Promise<QualityResult> {
  const capped = { [opts.label]: MAX_LABEL_VALUES, [opts.prediction]: MAX_LABEL_VALUES };
  const table = await readColumnar(opts.predictions, {
    categorical: [opts.label, opts.prediction, ...opts.sensitiveFeatures],
    numeric: [opts.label, opts.prediction, ...(opts.score ? [opts.score] : [])],
    maxDistinct: capped,
  });
  requireColumn(table.columns, opts.label, "label-column", opts.predictions);
  requireColumn(table.columns, opts.prediction, "prediction-column", opts.predictions);
  if (opts.score) requireColumn(table.columns, opts.score, "score-column", opts.predictions);
  for (const f of opts.sensitiveFeatures) requireColumn(table.columns, f, "sensitive-features", opts.predictions);
  const labels = table.categorical[opts.label];
  const task =
    opts.task ??
    (labels ? inferTaskFromDistinct(labels.values) : table.invalid[opts.label] ? "classification" : "regression");
  const values: Record<string, number> = {};

  if (task === "regression") {
    const numbers = (name: string, input: string) => {
      const v = table.numeric[name];
      const bad = v.findIndex((x) => Number.isNaN(x));
      if (bad >= 0)
        throw new UserError(
          `column '${name}' must hold a number in every row for regression (data row ${bad + 1} is empty or not a number)`,
          { input, file: opts.predictions },
        );
      return v;
    };
    const y = numbers(opts.label, "label-column");
    const yhat = numbers(opts.prediction, "prediction-column");
    const quality = regressionMetrics(y, yhat);
    for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;
    const groupBias = opts.sensitiveFeatures.map((f) =>
      regressionFrame(f, table.categorical[f] ?? overflowed(f), y, yhat, opts.minGroupSize),
    );
    Object.assign(values, groupGateValues(groupBias, ["mae", "rmse"]));
    const rows = downsample(
      Array.from({ length: y.length }, (_, i) => i),
      500,
    );
    const residuals = rows.map((i) => ({ actual: y[i], predicted: yhat[i] }));
    return {
      quality,
      gateTask: "regression",
      bias: [],
      groupBias,
      warnings: [],
      values,
      regression: { y, yhat },
      residuals,
    };
  }

  if (!labels)
    throw new UserError(
      `the label has more than ${MAX_LABEL_VALUES} classes: mlship gates classification up to ${MAX_LABEL_VALUES} classes (set evaluate.task: regression for a numeric target)`,
      { input: "label-column" },
    );
  const predictions = table.categorical[opts.prediction];
  if (!predictions)
    throw new UserError(
      `the prediction column '${opts.prediction}' has more than ${MAX_LABEL_VALUES} distinct values: a classifier's predicted labels were expected`,
      { input: "prediction-column" },
    );
  const distinct = new Set([...labels.values, ...predictions.values]);
  if (distinct.size > 2) return multiclassQuality(opts, table, labels, predictions);
  const y = isPositive(labels, opts.positiveLabel);
  const pred = isPositive(predictions, opts.positiveLabel);
  // Binary with score-columns: the positive class's probability column is the score.
  const positiveColumn =
    !opts.score && opts.scoreColumns
      ? matchScoreColumns(table.columns, opts.scoreColumns).find((p) => p.value === String(opts.positiveLabel))?.column
      : undefined;
  const score = opts.score
    ? scoresOf(table, opts.score, opts.predictions)
    : positiveColumn
      ? scoresOf(
          await readColumnar(opts.predictions, { numeric: [positiveColumn] }),
          positiveColumn,
          opts.predictions,
          "score-columns",
        )
      : undefined;
  const ranked = score ? rankScores(y, score) : undefined;
  const quality = classificationMetrics({ y, pred, score }, { ranked });
  for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;

  const bias = opts.sensitiveFeatures.map((f) =>
    featureFairnessCoded(f, table.categorical[f], y, pred, opts.minGroupSize),
  );
  if (bias.length) {
    // With several sensitive features a gate holds for the worst of them.
    values.demographic_parity_difference = Math.max(...bias.map((b) => b.demographic_parity_difference));
    values.demographic_parity_ratio = Math.min(...bias.map((b) => b.demographic_parity_ratio));
    values.equalized_odds_difference = Math.max(...bias.map((b) => b.equalized_odds_difference));
    values.equalized_odds_ratio = Math.min(...bias.map((b) => b.equalized_odds_ratio));
  }
  return {
    quality,
    gateTask: "binary",
    bias,
    warnings: [],
    values,
    binary: { y, pred, score, ranked },
    curves: score ? curves(y, score, ranked) : undefined,
  };
}

export function runGates(
  expressions: string[],
  values: Record<string, number>,
  baseline: Record<string, number> | undefined,
  input = "gates",
  paired?: Record<string, PairedComparison>,
  task?: { task: GateTask; sensitiveFeatures: boolean; classes?: string[] },
): GateResult[] {
  const gates = expressions.map((g) => parseGate(g, input)); // all parse errors before any result
  if (task) checkGatesForTask(gates, task.task, { ...task, input });
  return gates.map((g) => evaluateGate(g, values, baseline, paired));
}

/** Reads a binary classifier's predictions for paired comparison (same columns as the candidate's). */
export async function readBinaryPredictions(
  file: string,
  o: Pick<QualityOptions, "label" | "prediction" | "score" | "positiveLabel">,
): Promise<BinaryPredictions | undefined> {
  const t = await readColumnar(file, {
    categorical: [o.label, o.prediction],
    numeric: o.score ? [o.score] : [],
    maxDistinct: { [o.label]: MAX_LABEL_VALUES, [o.prediction]: MAX_LABEL_VALUES },
  });
  const labels = t.categorical[o.label];
  const predictions = t.categorical[o.prediction];
  if (!labels || !predictions) return undefined;
  const score =
    o.score && t.numeric[o.score] && !t.invalid[o.score] && t.numeric[o.score].every((s) => s >= 0 && s <= 1)
      ? t.numeric[o.score]
      : undefined;
  return { y: isPositive(labels, o.positiveLabel), pred: isPositive(predictions, o.positiveLabel), score };
}

/**
 * A baseline's multiclass or regression predictions of the candidate's rows, in the candidate's
 * terms (class codes into the candidate's classes); undefined when they are not comparable (other
 * rows, a class the candidate does not have, another task).
 */
export async function readBaselineLike(
  file: string,
  cand: QualityResult,
  o: Pick<QualityOptions, "label" | "prediction" | "scoreColumns" | "positiveLabel">,
): Promise<{ multiclass?: MulticlassPredictions; regression?: RegressionPredictions } | undefined> {
  let q: QualityResult;
  try {
    q = await computeQuality({
      ...o,
      predictions: file,
      task: cand.regression ? "regression" : "classification",
      sensitiveFeatures: [],
      minGroupSize: 0,
    });
  } catch (e) {
    if (e instanceof UserError) return undefined; // recorded by another version of the model: not comparable
    throw e;
  }
  if (cand.regression && q.regression) {
    const { y } = cand.regression;
    const b = q.regression;
    return b.y.length === y.length && b.y.every((v, i) => v === y[i]) ? { regression: b } : undefined;
  }
  const c = cand.multiclass;
  const b = q.multiclass;
  if (!c || !b) return undefined;
  const map = b.classes.map((name) => c.classes.indexOf(name));
  if (map.some((i) => i < 0) || b.y.length !== c.y.length) return undefined;
  const y = Uint32Array.from(b.y, (v) => map[v]);
  if (y.some((v, i) => v !== c.y[i])) return undefined;
  const pred = Uint32Array.from(b.pred, (v) => map[v]);
  let proba: Float64Array[] | undefined;
  if (b.proba) {
    const zeros = new Float64Array(c.y.length);
    proba = c.classes.map((name) => {
      const at = b.classes.indexOf(name);
      return at >= 0 ? b.proba![at] : zeros;
    });
  }
  return { multiclass: { classes: c.classes, y, pred, proba } };
}
