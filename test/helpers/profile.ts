import type { ColumnProfile } from "../../packages/core/src/data/profile.js";

/**
 * A numeric column's profile that holds only its quantile sketch (no values, no counts), as
 * validate-data saves one for a large column: from a generator case's rows, std and 101 quantiles.
 */
export function sketchProfile(c: { rows: number; std: number; quantiles: number[] }, name = "x"): ColumnProfile {
  return {
    name,
    count: c.rows,
    nulls: 0,
    numeric: c.rows,
    std: c.std,
    distinct: c.rows,
    distinctCapped: false,
    top: [],
    quantiles: c.quantiles,
  };
}
