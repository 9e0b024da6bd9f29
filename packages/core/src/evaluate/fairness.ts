import { cellBootstrap } from "../stats/cell-bootstrap.js";
import { wilson } from "../stats/intervals.js";

/**
 * Group fairness with Fairlearn's definitions (MetricFrame.by_group, demographic_parity_*,
 * equalized_odds_*): differences are max − min over groups, ratios min / max; equalized odds
 * takes the worse of the TPR and FPR gaps. Groups under `minGroupSize` are listed and flagged
 * but left out of the headline numbers. A group without positive labels has TPR 0 and one without
 * negatives FPR 0, as Fairlearn's true_positive_rate / false_positive_rate (_base_metrics.py) read
 * them off scikit-learn's confusion_matrix(normalize="true"), which maps 0/0 to 0; such groups
 * are listed so a reader knows the 0 is not a measured rate.
 */
interface GroupStats {
  group: string;
  count: number;
  selection_rate: number;
  accuracy: number;
  tpr: number;
  fpr: number;
  positives: number;
  negatives: number;
  small: boolean;
  /** 95% Wilson intervals of the group's rates (each a proportion within the group). */
  intervals?: Record<"selection_rate" | "accuracy" | "tpr" | "fpr", [number, number]>;
}

export interface FeatureFairness {
  feature: string;
  groups: GroupStats[];
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
  equalized_odds_ratio: number;
  smallGroups: string[];
  /**
   * 95% intervals of the four summary numbers: percentile bootstrap of the group × label ×
   * prediction cell counts (rows resampled jointly, drawn multinomially; small groups stay out).
   */
  intervals?: Record<SummaryName, [number, number]>;
  /**
   * Groups with fewer positives or negatives than evaluate.min-group-outcomes (set by the step):
   * their TPR/FPR, and equalized odds, rest on a handful of rows. Recorded in the report, not only
   * printed (a group with 2 positives showed small: false, smallGroups: [] and nothing else).
   */
  fewOutcomes?: { min: number; groups: { group: string; positives: number; negatives: number }[] };
  /** Groups without a positive label (TPR taken as 0) and without a negative one (FPR taken as 0). */
  noPositives: string[];
  noNegatives: string[];
}

type SummaryName =
  | "demographic_parity_difference"
  | "demographic_parity_ratio"
  | "equalized_odds_difference"
  | "equalized_odds_ratio";
const SUMMARIES: SummaryName[] = [
  "demographic_parity_difference",
  "demographic_parity_ratio",
  "equalized_odds_difference",
  "equalized_odds_ratio",
];

/** Per-row group names: interned to codes for featureFairnessCoded. @internal */
export function featureFairness(
  feature: string,
  groupOf: string[],
  y: Uint8Array,
  pred: Uint8Array,
  minGroupSize: number,
  opts: { seed?: number; resamples?: number } = {},
): FeatureFairness {
  const index = new Map<string, number>();
  const codes = Uint32Array.from(groupOf, (g) => {
    let c = index.get(g);
    if (c === undefined) index.set(g, (c = index.size));
    return c;
  });
  return featureFairnessCoded(feature, { codes, values: [...index.keys()] }, y, pred, minGroupSize, opts);
}

/** Counts per group from its (label, prediction) cells: cell 2·label + prediction. */
function groupCounts(cells: ArrayLike<number>, at: number) {
  const tn = cells[at],
    fp = cells[at + 1],
    fn = cells[at + 2],
    tp = cells[at + 3];
  return { n: tn + fp + fn + tp, sel: fp + tp, correct: tn + tp, pos: fn + tp, tp, neg: tn + fp, fp };
}

/** A group's rates from its counts (NaN for an empty group, which a resample can leave). */
function rateRow(a: ReturnType<typeof groupCounts>): Pick<GroupStats, "selection_rate" | "accuracy" | "tpr" | "fpr"> {
  return {
    selection_rate: a.n ? a.sel / a.n : NaN,
    accuracy: a.n ? a.correct / a.n : NaN,
    // Fairlearn's rule: a group without positives has TPR 0, one without negatives FPR 0.
    tpr: a.pos ? a.tp / a.pos : a.n ? 0 : NaN,
    fpr: a.neg ? a.fp / a.neg : a.n ? 0 : NaN,
  };
}

/** Group fairness of one sensitive feature given as codes into its distinct values (the columnar reader's form). */
export function featureFairnessCoded(
  feature: string,
  group: { codes: Uint32Array; values: string[] },
  y: Uint8Array,
  pred: Uint8Array,
  minGroupSize: number,
  opts: { seed?: number; resamples?: number } = {},
): FeatureFairness {
  // One pass over the rows: 4 cells (label × prediction) per group.
  const cells = new Float64Array(group.values.length * 4);
  const { codes } = group;
  for (let i = 0; i < y.length; i++) cells[(codes[i] << 2) | (y[i] << 1) | pred[i]]++;
  const agg = new Map<string, ReturnType<typeof groupCounts>>();
  group.values.forEach((g, c) => {
    if (cells[4 * c] + cells[4 * c + 1] + cells[4 * c + 2] + cells[4 * c + 3] > 0)
      agg.set(g, groupCounts(cells, 4 * c));
  });
  const groups: GroupStats[] = [...agg.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([group, a]) => ({
      group,
      count: a.n,
      ...rateRow(a),
      positives: a.pos,
      negatives: a.neg,
      small: a.n < minGroupSize,
      intervals: {
        selection_rate: wilson(a.sel, a.n),
        accuracy: wilson(a.correct, a.n),
        tpr: wilson(a.tp, a.pos),
        fpr: wilson(a.fp, a.neg),
      },
    }));
  const used = groups.filter((g) => !g.small);
  const summary = summaryOf(used);
  return {
    feature,
    groups,
    ...summary,
    smallGroups: groups.filter((g) => g.small).map((g) => g.group),
    noPositives: groups.filter((g) => g.positives === 0).map((g) => g.group),
    noNegatives: groups.filter((g) => g.negatives === 0).map((g) => g.group),
    intervals: summaryIntervals(cells, group.values, new Set(used.map((g) => g.group)), opts),
  };
}

/** The four headline numbers over the groups used: differences max − min, ratios min / max, equalized odds the worse of TPR and FPR. */
function summaryOf(used: Pick<GroupStats, "selection_rate" | "tpr" | "fpr">[]): Record<SummaryName, number> {
  const diff = (k: "selection_rate" | "tpr" | "fpr") => {
    const v = used.map((g) => g[k]);
    return v.length ? Math.max(...v) - Math.min(...v) : NaN;
  };
  const ratio = (k: "selection_rate" | "tpr" | "fpr") => {
    const v = used.map((g) => g[k]);
    if (!v.length) return NaN;
    const max = Math.max(...v);
    return max === 0 ? 1 : Math.min(...v) / max;
  };
  return {
    demographic_parity_difference: diff("selection_rate"),
    demographic_parity_ratio: ratio("selection_rate"),
    equalized_odds_difference: Math.max(diff("tpr"), diff("fpr")),
    equalized_odds_ratio: Math.min(ratio("tpr"), ratio("fpr")),
  };
}

/**
 * Bootstrap intervals of the summary numbers from the used groups' cells. Fewer resamples when
 * there are many groups (a draw costs a binomial per cell): 2,000 up to 250 groups, at least 400.
 */
function summaryIntervals(
  cells: Float64Array,
  values: string[],
  used: Set<string>,
  opts: { seed?: number; resamples?: number },
): Record<SummaryName, [number, number]> {
  const at = values.flatMap((g, c) => (used.has(g) ? [4 * c] : []));
  const usedCells = new Float64Array(at.length * 4);
  at.forEach((a, k) => usedCells.set(cells.subarray(a, a + 4), 4 * k));
  const resamples =
    opts.resamples ?? Math.max(400, Math.min(2000, Math.floor(2_000_000 / Math.max(1, usedCells.length))));
  const rows = at.map(() => ({ selection_rate: NaN, tpr: NaN, fpr: NaN }));
  const intervals = cellBootstrap(
    usedCells,
    (x) => {
      for (let k = 0; k < at.length; k++) {
        // The parity rule for a group a resample left empty (or without positives) is the one the point estimate uses.
        const g = rateRow(groupCounts(x, 4 * k));
        rows[k].selection_rate = g.selection_rate;
        rows[k].tpr = g.tpr;
        rows[k].fpr = g.fpr;
      }
      const s = summaryOf(rows.filter((r) => !Number.isNaN(r.selection_rate)));
      return SUMMARIES.map((k) => s[k]);
    },
    { ...opts, resamples },
  );
  return Object.fromEntries(SUMMARIES.map((k, i) => [k, intervals[i]])) as Record<SummaryName, [number, number]>;
}
