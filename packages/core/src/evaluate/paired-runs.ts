import { UserError } from "../errors.js";
import {
  pairedCompare,
  pairedCompareMulticlass,
  pairedCompareRegression,
  pairedNormal,
  type PairedComparison,
} from "./compare.js";
import {
  computeQuality,
  readBaselineLike,
  readBinaryPredictions,
  type QualityOptions,
  type RegressionPredictions,
} from "./evaluate.js";
import { meanAndSe } from "./metrics.js";

/** The columns of a project's predictions files (evaluate: in mlship.yml). */
export type PredictionColumns = Pick<
  QualityOptions,
  "label" | "prediction" | "score" | "scoreColumns" | "positiveLabel" | "task"
>;

/**
 * Two evaluated runs compared on the same test rows (compare-runs' ties): `first`'s predictions
 * against each other run's, by the paired tests the evaluation compares a candidate with its
 * baseline (McNemar for accuracy, the paired bootstrap for the confusion-matrix metrics, DeLong
 * for ROC AUC, the paired normal test of per-row differences for losses and errors; regression's
 * r2 too). Returns a function of the other run's predictions file: first − other by metric, or
 * undefined when either file is not predictions of the same rows (another task, other rows).
 */
export async function pairedWith(
  first: string,
  cols: PredictionColumns,
): Promise<(other: string) => Promise<Record<string, PairedComparison> | undefined>> {
  const q = await computeQuality({ ...cols, predictions: first, sensitiveFeatures: [], minGroupSize: 0 }).catch(
    notComparable,
  );
  return async (other) => {
    if (!q) return undefined;
    if (q.binary) {
      const a = q.binary;
      const b = await readBinaryPredictions(other, cols).catch(notComparable);
      if (!b || b.y.length !== a.y.length || b.y.some((v, i) => v !== a.y[i])) return undefined;
      // A score column in only one of the two: the score metrics are not compared.
      const both = a.score && b.score;
      return pairedCompare({
        y: a.y,
        candidate: { pred: a.pred, ...(both ? { score: a.score } : {}) },
        baseline: { pred: b.pred, ...(both ? { score: b.score } : {}) },
      });
    }
    const b = await readBaselineLike(other, q, cols).catch(notComparable);
    if (q.regression && b?.regression) {
      const a = q.regression;
      return { ...pairedCompareRegression(a.y, a.yhat, b.regression.yhat), r2: pairedR2(a, b.regression) };
    }
    if (q.multiclass && b?.multiclass)
      return pairedCompareMulticlass({
        k: q.multiclass.classes.length,
        y: q.multiclass.y,
        candidate: q.multiclass,
        baseline: b.multiclass,
      });
    return undefined;
  };
}

/** Predictions another run recorded that cannot be read as this one's are not comparable: no paired test. */
function notComparable(e: unknown): undefined {
  if (e instanceof UserError) return undefined;
  throw e;
}

/**
 * r2 of two regressors on the same rows: r2_a − r2_b = Σ(e_b² − e_a²) / Σ(y − ȳ)², the labels'
 * sum of squares shared, so its interval and test are those of the mean per-row difference of
 * squared errors (the paired t-test's large-sample form) scaled by n / Σ(y − ȳ)².
 */
function pairedR2(a: RegressionPredictions, b: Pick<RegressionPredictions, "yhat">): PairedComparison {
  const n = a.y.length;
  const ybar = a.y.reduce((s, v) => s + v, 0) / n;
  let sst = 0;
  let sseA = 0;
  let sseB = 0;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ea = (a.y[i] - a.yhat[i]) ** 2;
    const eb = (a.y[i] - b.yhat[i]) ** 2;
    sst += (a.y[i] - ybar) ** 2;
    sseA += ea;
    sseB += eb;
    d[i] = eb - ea;
  }
  // r2_a − r2_b = n · mean(d) / Σ(y − ȳ)²: its standard error scales with it.
  return pairedNormal("r2", 1 - sseA / sst, 1 - sseB / sst, (meanAndSe(d).se * n) / sst);
}
