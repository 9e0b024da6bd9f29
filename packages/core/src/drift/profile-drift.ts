import type { Cell } from "../data/read-table.js";
import type { Column } from "../data/column.js";
import type { ColumnProfile } from "../data/profile.js";
import { decideColumnDrift } from "./column-drift.js";
import type { ColumnDrift, StatTest } from "./stat-tests.js";
export { isProfile } from "../data/profile.js";

/**
 * Drift of one column against a saved profile (validate-data's profile.json), so no old dataset
 * is needed: decideColumnDrift with the profile as the reference. A profile that kept the values
 * (or every category's count) gets exactly the data's test; otherwise numeric columns use the
 * profile's quantile sketch (Wasserstein, or PSI / KL / Jensen–Shannon on percentile bins), and
 * a test that needs the reference rows falls back to Wasserstein, which the note says.
 */
export function profileColumnDrift(
  column: string,
  p: ColumnProfile,
  curRaw: readonly Cell[] | Column,
  opts: { stattest?: StatTest | "auto"; threshold?: number } = {},
): ColumnDrift {
  return decideColumnDrift(column, { kind: "profile", profile: p }, { kind: "data", cells: curRaw }, opts);
}
