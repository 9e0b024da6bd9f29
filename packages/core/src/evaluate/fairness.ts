/**
 * Group fairness with Fairlearn's definitions (MetricFrame.by_group, demographic_parity_*,
 * equalized_odds_*): differences are max − min over groups, ratios min / max; equalized odds
 * takes the worse of the TPR and FPR gaps. Groups under `minGroupSize` are listed and flagged
 * but left out of the headline numbers.
 */
export interface GroupStats {
  group: string;
  count: number;
  selection_rate: number;
  accuracy: number;
  tpr: number;
  fpr: number;
  small: boolean;
}

export interface FeatureFairness {
  feature: string;
  groups: GroupStats[];
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
  equalized_odds_ratio: number;
  smallGroups: string[];
}

export function featureFairness(feature: string, groupOf: string[], y: Uint8Array, pred: Uint8Array, minGroupSize: number): FeatureFairness {
  const agg = new Map<string, { n: number; sel: number; correct: number; pos: number; tp: number; neg: number; fp: number }>();
  for (let i = 0; i < y.length; i++) {
    const g = groupOf[i];
    let a = agg.get(g);
    if (!a) agg.set(g, (a = { n: 0, sel: 0, correct: 0, pos: 0, tp: 0, neg: 0, fp: 0 }));
    a.n++;
    a.sel += pred[i];
    a.correct += pred[i] === y[i] ? 1 : 0;
    if (y[i]) {
      a.pos++;
      a.tp += pred[i];
    } else {
      a.neg++;
      a.fp += pred[i];
    }
  }
  const groups: GroupStats[] = [...agg.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([group, a]) => ({
      group,
      count: a.n,
      selection_rate: a.sel / a.n,
      accuracy: a.correct / a.n,
      tpr: a.pos ? a.tp / a.pos : NaN,
      fpr: a.neg ? a.fp / a.neg : NaN,
      small: a.n < minGroupSize,
    }));
  const used = groups.filter((g) => !g.small);
  const diff = (k: "selection_rate" | "tpr" | "fpr") => {
    const v = used.map((g) => g[k]).filter((x) => !Number.isNaN(x));
    return v.length ? Math.max(...v) - Math.min(...v) : NaN;
  };
  const ratio = (k: "selection_rate" | "tpr" | "fpr") => {
    const v = used.map((g) => g[k]).filter((x) => !Number.isNaN(x));
    if (!v.length) return NaN;
    const max = Math.max(...v);
    return max === 0 ? 1 : Math.min(...v) / max;
  };
  return {
    feature,
    groups,
    demographic_parity_difference: diff("selection_rate"),
    demographic_parity_ratio: ratio("selection_rate"),
    equalized_odds_difference: Math.max(diff("tpr"), diff("fpr")),
    equalized_odds_ratio: Math.min(ratio("tpr"), ratio("fpr")),
    smallGroups: groups.filter((g) => g.small).map((g) => g.group),
  };
}
