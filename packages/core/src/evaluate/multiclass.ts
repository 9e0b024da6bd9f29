import { cellBootstrap } from "../stats/cell-bootstrap.js";
import { wilson } from "../stats/intervals.js";
import { delong, rankScores, Z95 } from "../stats/ranking.js";
import { meanAndSe, safeDiv, type MetricValue } from "./metrics.js";

/**
 * Multiclass classification metrics with scikit-learn's definitions (sklearn.metrics, labels the
 * sorted union of the true and predicted classes, zero_division=0): per-class precision, recall,
 * F1 and support; accuracy, balanced accuracy, the macro/micro/weighted F1, macro precision and
 * recall, Cohen's kappa and Matthews' correlation from the confusion matrix; one-vs-rest ROC AUC
 * (macro and prevalence-weighted) and log loss from one probability column per class.
 */
export interface MulticlassInputs {
  /** The classes, in order: codes below index into it. */
  classes: string[];
  /** True class per row (index into classes). */
  y: Uint32Array;
  /** Predicted class per row (index into classes). */
  pred: Uint32Array;
  /** Per class (same order as classes), its probability per row; absent when no probabilities were given. */
  proba?: Float64Array[];
}

interface ClassStats {
  class: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
  /** Rows predicted as this class. */
  predicted: number;
}

export interface MulticlassReport {
  task: "classification";
  kind: "multiclass";
  rows: number;
  classes: string[];
  /** confusion[true][predicted], classes in `classes` order (scikit-learn's confusion_matrix). */
  confusion: number[][];
  perClass: ClassStats[];
  metrics: Record<string, MetricValue>;
  /** Classes never predicted (their precision is 0 by zero_division=0) and the like, in words. */
  warnings: string[];
}

/** The metrics of a k × k confusion matrix (row = true class, column = predicted), as scikit-learn computes them. */
export function confusionStatistics(cm: ArrayLike<number>, k: number) {
  const t = new Float64Array(k); // true per class
  const p = new Float64Array(k); // predicted per class
  let n = 0;
  let correct = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const c = cm[i * k + j];
      t[i] += c;
      p[j] += c;
      n += c;
      if (i === j) correct += c;
    }
  const precision = new Float64Array(k);
  const recall = new Float64Array(k);
  const f1 = new Float64Array(k);
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let weightedF = 0;
  let balanced = 0;
  let present = 0;
  for (let i = 0; i < k; i++) {
    const tp = cm[i * k + i];
    precision[i] = safeDiv(tp, p[i]);
    recall[i] = safeDiv(tp, t[i]);
    f1[i] = safeDiv(2 * tp, t[i] + p[i]);
    macroP += precision[i];
    macroR += recall[i];
    macroF += f1[i];
    weightedF += f1[i] * t[i];
    // balanced_accuracy_score averages the recall of the classes that occur in y_true only.
    if (t[i] > 0) {
      balanced += recall[i];
      present++;
    }
  }
  // cohen_kappa_score: 1 − Σ w·C / Σ w·E with w = 1 − I, E the outer product of the margins over n.
  let observedOff = 0;
  let expectedOff = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++)
      if (i !== j) {
        observedOff += cm[i * k + j];
        expectedOff += (t[i] * p[j]) / n;
      }
  // matthews_corrcoef (multiclass form): (c·s − t·p) / √((s² − p·p)(s² − t·t)), 0 when a factor is 0.
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let i = 0; i < k; i++) {
    tp += t[i] * p[i];
    pp += p[i] * p[i];
    tt += t[i] * t[i];
  }
  const covYP = correct * n - tp;
  const covPP = n * n - pp;
  const covTT = n * n - tt;
  return {
    n,
    correct,
    support: t,
    predicted: p,
    precision,
    recall,
    f1,
    accuracy: safeDiv(correct, n),
    balanced_accuracy: safeDiv(balanced, present),
    f1_macro: macroF / k,
    f1_micro: safeDiv(correct, n),
    f1_weighted: safeDiv(weightedF, n),
    precision_macro: macroP / k,
    recall_macro: macroR / k,
    cohen_kappa: expectedOff === 0 ? NaN : 1 - observedOff / expectedOff,
    mcc: covPP * covTT === 0 ? 0 : covYP / Math.sqrt(covTT * covPP),
  };
}

/** The matrix-level metrics bootstrapped from the confusion cells (accuracy and f1_micro get Wilson's interval). */
const BOOTSTRAPPED = [
  "balanced_accuracy",
  "f1_macro",
  "f1_weighted",
  "precision_macro",
  "recall_macro",
  "cohen_kappa",
  "mcc",
] as const;

/** Per row, sklearn's log loss: probabilities clipped to [eps, 1 − eps], each row renormalised, −log p(true class). */
export function multiclassLogLossPerRow(y: Uint32Array, proba: Float64Array[]): Float64Array {
  const eps = 2.220446049250313e-16;
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    let sum = 0;
    for (const col of proba) sum += Math.min(1 - eps, Math.max(eps, col[i]));
    const p = Math.min(1 - eps, Math.max(eps, proba[y[i]][i]));
    out[i] = -Math.log(p / sum);
  }
  return out;
}

/**
 * One-vs-rest ROC AUC of each class (with both outcomes present) and the per-row influence of
 * each: DeLong's placements centred and scaled (positives by 1/m, negatives by 1/n), so the
 * variance of any weighted average of the AUCs is Σ_rows (Σ_k w_k · influence_k)².
 */
function ovrAucs(y: Uint32Array, proba: Float64Array[]) {
  const out: { k: number; auc: number; influence: Float64Array; prevalence: number }[] = [];
  proba.forEach((score, k) => {
    const yk = Uint8Array.from(y, (v) => (v === k ? 1 : 0));
    const r = rankScores(yk, score);
    if (r.positives === 0 || r.negatives === 0) return;
    const d = delong(r);
    const influence = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) influence[i] = (d.placement[i] - d.auc) / (yk[i] ? r.positives : r.negatives);
    out.push({ k, auc: d.auc, influence, prevalence: r.positives });
  });
  return out;
}

function weightedAuc(aucs: ReturnType<typeof ovrAucs>, weighted: boolean): MetricValue {
  const total = aucs.reduce((s, a) => s + (weighted ? a.prevalence : 1), 0);
  const w = aucs.map((a) => (weighted ? a.prevalence : 1) / total);
  const value = aucs.reduce((s, a, i) => s + w[i] * a.auc, 0);
  const n = aucs[0].influence.length;
  let variance = 0;
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let i = 0; i < aucs.length; i++) s += w[i] * aucs[i].influence[r];
    variance += s * s;
  }
  const half = Z95 * Math.sqrt(variance);
  return { value, interval: [Math.max(0, value - half), Math.min(1, value + half)], method: "delta" };
}

/**
 * The metrics that need the class probabilities (`proba[k][row]`): one-vs-rest ROC AUC, macro and
 * weighted by prevalence, when every class occurs in the labels; log loss.
 */
export function probabilityMetrics(
  classes: string[],
  y: Uint32Array,
  proba: Float64Array[],
): { metrics: Record<string, MetricValue>; warnings: string[] } {
  const metrics: Record<string, MetricValue> = {};
  const warnings: string[] = [];
  const aucs = ovrAucs(y, proba);
  if (aucs.length === classes.length) {
    metrics.roc_auc_ovr = weightedAuc(aucs, false);
    metrics.roc_auc_ovr_weighted = weightedAuc(aucs, true);
  } else
    warnings.push(
      `roc_auc_ovr not computed: class(es) ${classes
        .filter((_, i) => !aucs.some((a) => a.k === i))
        .map((c) => `'${c}'`)
        .join(", ")} never occur in the labels (one-vs-rest AUC needs both outcomes per class)`,
    );
  const ll = meanAndSe(multiclassLogLossPerRow(y, proba));
  metrics.log_loss = { value: ll.mean, interval: [ll.mean - Z95 * ll.se, ll.mean + Z95 * ll.se], method: "delta" };
  return { metrics, warnings };
}

export function multiclassMetrics(
  input: MulticlassInputs,
  opts: { seed?: number; resamples?: number } = {},
): MulticlassReport {
  const { classes, y, pred, proba } = input;
  const k = classes.length;
  const cells = new Float64Array(k * k);
  for (let i = 0; i < y.length; i++) cells[y[i] * k + pred[i]]++;
  const s = confusionStatistics(cells, k);
  const intervals = cellBootstrap(
    cells,
    (x) => {
      const b = confusionStatistics(x, k);
      return [...BOOTSTRAPPED.map((name) => b[name]), ...b.f1];
    },
    opts,
  );
  const metrics: Record<string, MetricValue> = {
    accuracy: { value: s.accuracy, interval: wilson(s.correct, s.n), method: "wilson" },
    f1_micro: { value: s.f1_micro, interval: wilson(s.correct, s.n), method: "wilson" },
  };
  BOOTSTRAPPED.forEach((name, i) => (metrics[name] = { value: s[name], interval: intervals[i], method: "bootstrap" }));
  const warnings: string[] = [];
  const perClass: ClassStats[] = classes.map((c, i) => {
    metrics[`precision[${c}]`] = {
      value: s.precision[i],
      interval: wilson(cells[i * k + i], s.predicted[i]),
      method: "wilson",
    };
    metrics[`recall[${c}]`] = {
      value: s.recall[i],
      interval: wilson(cells[i * k + i], s.support[i]),
      method: "wilson",
    };
    metrics[`f1[${c}]`] = { value: s.f1[i], interval: intervals[BOOTSTRAPPED.length + i], method: "bootstrap" };
    return {
      class: c,
      precision: s.precision[i],
      recall: s.recall[i],
      f1: s.f1[i],
      support: s.support[i],
      predicted: s.predicted[i],
    };
  });
  const never = perClass.filter((c) => c.predicted === 0).map((c) => c.class);
  if (never.length)
    warnings.push(
      `class(es) ${never.map((c) => `'${c}'`).join(", ")} never predicted: precision and F1 taken as 0 (zero_division=0)`,
    );
  const absent = perClass.filter((c) => c.support === 0).map((c) => c.class);
  if (absent.length)
    warnings.push(
      `class(es) ${absent.map((c) => `'${c}'`).join(", ")} predicted but not in the labels: recall taken as 0 (zero_division=0), left out of balanced_accuracy`,
    );
  if (proba) {
    const p = probabilityMetrics(classes, y, proba);
    Object.assign(metrics, p.metrics);
    warnings.push(...p.warnings);
  }
  const confusion = classes.map((_, i) => Array.from(cells.subarray(i * k, (i + 1) * k)));
  return {
    task: "classification",
    kind: "multiclass",
    rows: y.length,
    classes,
    confusion,
    perClass,
    metrics,
    warnings,
  };
}

/** scikit-learn's class order (np.unique): numerically when every class is a number, else by code point. */
export function sortClasses(values: string[]): string[] {
  const numeric = values.every((v) => v.trim() !== "" && Number.isFinite(Number(v)));
  return [...values].sort(numeric ? (a, b) => Number(a) - Number(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
