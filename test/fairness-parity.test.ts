import { describe, expect, it } from "vitest";
import { featureFairness } from "../packages/core/src/evaluate/fairness.js";

describe("equalized odds with groups lacking positives or negatives, as Fairlearn computes it", () => {
  // a: y 1,1,1,1,0,0 pred 1,1,1,0,1,0 → TPR 3/4, FPR 1/2
  // b: y 0,0,0,0     pred 1,0,0,0     → no positives: TPR 0 (sklearn's normalised confusion matrix maps 0/0 to 0), FPR 1/4
  // c: y 1,1         pred 1,1         → no negatives: TPR 1, FPR 0
  // TPR gap 1 − 0 = 1, FPR gap 1/2 − 0 = 1/2 → difference 1, ratio min(0/1, 0/(1/2)) = 0.
  // Checked by hand and with scikit-learn 1.2.1: confusion_matrix(y, p, labels=[0, 1], normalize="true")
  // per group gives (TPR, FPR) a (0.75, 0.5), b (0.0, 0.25), c (1.0, 0.0). Leaving b out of the TPRs
  // and c out of the FPRs (mlship before) gave a difference of 0.25.
  const g = [..."aaaaaabbbbcc"];
  const y = Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1]);
  const p = Uint8Array.from([1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1]);
  const r = featureFairness("g", g, y, p, 0);

  it("per-group rates", () => {
    expect(r.groups.map((x) => [x.group, x.tpr, x.fpr])).toEqual([
      ["a", 0.75, 0.5],
      ["b", 0, 0.25],
      ["c", 1, 0],
    ]);
  });
  it("equalized-odds difference and ratio", () => {
    expect(r.equalized_odds_difference).toBe(1);
    expect(r.equalized_odds_ratio).toBe(0);
  });
  it("names the groups without positives and without negatives", () => {
    expect(r.noPositives).toEqual(["b"]);
    expect(r.noNegatives).toEqual(["c"]);
  });
});
