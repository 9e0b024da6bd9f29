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
import { evaluateGate, parseGate, type GateResult } from "./gates.js";
import type { PairedComparison } from "./compare.js";
import { curves, type Curves } from "./curves.js";

export interface QualityOptions {
  predictions: string;
  label: string;
  prediction: string;
  score?: string;
  task?: "classification" | "regression";
  positiveLabel: string | number;
  sensitiveFeatures: string[];
  minGroupSize: number;
}

export interface QualityResult {
  quality: ClassificationReport | RegressionReport;
  bias: FeatureFairness[];
  /** Flat metric values that gates refer to. */
  values: Record<string, number>;
  /** A binary classifier's columns as read (the paired comparison reuses them and their sorted scores). */
  binary?: BinaryPredictions;
  /** ROC, precision–recall and calibration, when a score column is there. */
  curves?: Curves;
}

export interface BinaryPredictions {
  y: Uint8Array;
  pred: Uint8Array;
  score?: Float64Array;
  ranked?: RankedScores;
}

function requireColumn(columns: string[], name: string, input: string, file: string): void {
  if (!columns.includes(name))
    throw new UserError(`column '${name}' is not in the predictions (columns: ${columns.join(", ")})`, { input, file });
}

/** The same rule from a label column's distinct values (as text; a null counts as not a number). */
export function inferTaskFromDistinct(values: string[], hasNull = false): "classification" | "regression" {
  const numeric = !hasNull && values.every((v) => v !== "" && Number.isFinite(Number(v)));
  return !numeric || values.length <= 2 || (values.length <= 20 && values.every((v) => Number.isInteger(Number(v))))
    ? "classification"
    : "regression";
}

/** More distinct labels than this and the label is no classification target this version gates. */
const MAX_LABEL_VALUES = 64;

/** 0/1 per row: whether the column's value is the positive label. */
function isPositive(column: CategoricalColumn, positiveLabel: string | number): Uint8Array {
  const pos = String(positiveLabel);
  const hit = Uint8Array.from(column.values, (v) => (v === pos ? 1 : 0));
  const { codes } = column;
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = hit[codes[i]];
  return out;
}

function scoresOf(table: ColumnarTable, name: string, file: string): Float64Array {
  const score = table.numeric[name];
  const bad = table.invalid[name];
  if (bad)
    throw new UserError(
      `score column '${name}' must hold probabilities in [0, 1] (line ${bad.line}: '${bad.text.slice(0, 40)}')`,
      { input: "score-column", file, line: bad.line },
    );
  for (let i = 0; i < score.length; i++) {
    if (!(score[i] >= 0 && score[i] <= 1))
      throw new UserError(`score column '${name}' must hold probabilities in [0, 1] (row ${i + 1}: ${score[i]})`, {
        input: "score-column",
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
    const quality = regressionMetrics(
      numbers(opts.label, "label-column"),
      numbers(opts.prediction, "prediction-column"),
    );
    for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;
    return { quality, bias: [], values };
  }

  if (!labels)
    throw new UserError(
      `the label has more than ${MAX_LABEL_VALUES} classes; this version gates binary classification and regression`,
      { input: "label-column" },
    );
  if (labels.values.length > 2)
    throw new UserError(
      `the label has ${labels.values.length} classes; this version gates binary classification and regression`,
      { input: "label-column" },
    );
  const predictions = table.categorical[opts.prediction];
  if (!predictions)
    throw new UserError(
      `the prediction column '${opts.prediction}' has more than ${MAX_LABEL_VALUES} distinct values: a classifier's predicted labels were expected`,
      { input: "prediction-column" },
    );
  const y = isPositive(labels, opts.positiveLabel);
  const pred = isPositive(predictions, opts.positiveLabel);
  const score = opts.score ? scoresOf(table, opts.score, opts.predictions) : undefined;
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
    bias,
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
): GateResult[] {
  const gates = expressions.map((g) => parseGate(g, input)); // all parse errors before any result
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
