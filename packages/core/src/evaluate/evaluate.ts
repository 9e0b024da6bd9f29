import { readColumns, type Cell } from "../data/read-table.js";
import { UserError } from "../errors.js";
import { classificationMetrics, regressionMetrics, type ClassificationReport, type RegressionReport } from "./metrics.js";
import { featureFairness, type FeatureFairness } from "./fairness.js";
import { evaluateGate, parseGate, type GateResult } from "./gates.js";
import type { PairedComparison } from "./compare.js";

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
}

function requireColumn(columns: string[], name: string, input: string, file: string): void {
  if (!columns.includes(name)) throw new UserError(`column '${name}' is not in the predictions (columns: ${columns.join(", ")})`, { input, file });
}

export function inferTask(labels: Cell[]): "classification" | "regression" {
  const distinct = new Set(labels.map(String));
  const numeric = labels.every((v) => v !== null && v !== "" && Number.isFinite(Number(v)));
  return !numeric || distinct.size <= 2 || (distinct.size <= 20 && labels.every((v) => Number.isInteger(Number(v)))) ? "classification" : "regression";
}

export async function computeQuality(opts: QualityOptions): Promise<QualityResult> {
  const table = await readColumns(opts.predictions);
  requireColumn(table.columns, opts.label, "label-column", opts.predictions);
  requireColumn(table.columns, opts.prediction, "prediction-column", opts.predictions);
  if (opts.score) requireColumn(table.columns, opts.score, "score-column", opts.predictions);
  for (const f of opts.sensitiveFeatures) requireColumn(table.columns, f, "sensitive-features", opts.predictions);
  const labels = table.data[opts.label];
  const task = opts.task ?? inferTask(labels);
  const values: Record<string, number> = {};

  if (task === "regression") {
    const y = Float64Array.from(labels, Number);
    const yhat = Float64Array.from(table.data[opts.prediction], Number);
    const quality = regressionMetrics(y, yhat);
    for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;
    return { quality, bias: [], values };
  }

  const distinct = new Set(labels.map(String));
  if (distinct.size > 2) throw new UserError(`the label has ${distinct.size} classes; this version gates binary classification and regression`, { input: "label-column" });
  const pos = String(opts.positiveLabel);
  const y = Uint8Array.from(labels, (v) => (String(v) === pos ? 1 : 0));
  const pred = Uint8Array.from(table.data[opts.prediction], (v) => (String(v) === pos ? 1 : 0));
  const score = opts.score ? Float64Array.from(table.data[opts.score], Number) : undefined;
  if (score && score.some((s) => !(s >= 0 && s <= 1))) throw new UserError(`score column '${opts.score}' must hold probabilities in [0, 1]`, { input: "score-column" });
  const quality = classificationMetrics({ y, pred, score });
  for (const [k, m] of Object.entries(quality.metrics)) values[k] = m.value;

  const bias = opts.sensitiveFeatures.map((f) => featureFairness(f, table.data[f].map((v) => String(v ?? "")), y, pred, opts.minGroupSize));
  if (bias.length) {
    // With several sensitive features a gate holds for the worst of them.
    values.demographic_parity_difference = Math.max(...bias.map((b) => b.demographic_parity_difference));
    values.demographic_parity_ratio = Math.min(...bias.map((b) => b.demographic_parity_ratio));
    values.equalized_odds_difference = Math.max(...bias.map((b) => b.equalized_odds_difference));
    values.equalized_odds_ratio = Math.min(...bias.map((b) => b.equalized_odds_ratio));
  }
  return { quality, bias, values };
}

export function runGates(expressions: string[], values: Record<string, number>, baseline: Record<string, number> | undefined, input = "gates", paired?: Record<string, PairedComparison>): GateResult[] {
  const gates = expressions.map((g) => parseGate(g, input)); // all parse errors before any result
  return gates.map((g) => evaluateGate(g, values, baseline, paired));
}

/** Reads a binary classifier's predictions for paired comparison (same columns as the candidate's). */
export async function readBinaryPredictions(file: string, o: Pick<QualityOptions, "label" | "prediction" | "score" | "positiveLabel">): Promise<{ y: Uint8Array; pred: Uint8Array; score?: Float64Array } | undefined> {
  const t = await readColumns(file);
  if (!t.columns.includes(o.label) || !t.columns.includes(o.prediction)) return undefined;
  const pos = String(o.positiveLabel);
  return {
    y: Uint8Array.from(t.data[o.label], (v) => (String(v) === pos ? 1 : 0)),
    pred: Uint8Array.from(t.data[o.prediction], (v) => (String(v) === pos ? 1 : 0)),
    score: o.score && t.columns.includes(o.score) ? Float64Array.from(t.data[o.score], Number) : undefined,
  };
}
