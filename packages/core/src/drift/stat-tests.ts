/** The drift tests by name, their defaults, and one column's verdict (shared by data and profile drift). */
export type StatTest = "ks" | "chisquare" | "z" | "wasserstein" | "jensenshannon" | "psi" | "kl_div";

/** Default thresholds: p-value tests drift when p ≤ 0.05, distances when ≥ 0.1 (Evidently's defaults). */
export const DEFAULT_THRESHOLD: Record<StatTest, number> = {
  ks: 0.05,
  chisquare: 0.05,
  z: 0.05,
  wasserstein: 0.1,
  jensenshannon: 0.1,
  psi: 0.1,
  kl_div: 0.1,
};
export const IS_PVALUE: Record<StatTest, boolean> = {
  ks: true,
  chisquare: true,
  z: true,
  wasserstein: false,
  jensenshannon: false,
  psi: false,
  kl_div: false,
};

/** Evidently's default choice of test for one column. */
export function chooseStatTest(type: "numeric" | "categorical", referenceRows: number, uniqueValues: number): StatTest {
  if (type === "numeric") return referenceRows <= 1000 ? "ks" : "wasserstein";
  if (referenceRows <= 1000) return uniqueValues > 2 ? "chisquare" : "z";
  return "jensenshannon";
}

export interface ColumnDrift {
  column: string;
  type: "numeric" | "categorical";
  stattest: StatTest | null;
  statistic: number | null;
  p_value: number | null;
  threshold: number | null;
  drifted: boolean;
  /** Why a column could not be tested, or what is odd about it. */
  note?: string;
}
