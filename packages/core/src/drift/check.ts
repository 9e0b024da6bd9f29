import type { Cell } from "../data/read-table.js";
import { UserError } from "../errors.js";
import type { DatasetProfile } from "../data/profile.js";
import type { Column } from "../data/column.js";
import { isProfile } from "../data/profile.js";
import { type ColumnView, decideColumnDrift } from "./column-drift.js";
import type { SpilledColumn } from "./spilled.js";
import type { ColumnDrift, StatTest } from "./stat-tests.js";

export type { ColumnDrift, StatTest } from "./stat-tests.js";

export interface DriftReport {
  columns: ColumnDrift[];
  drift_share: number;
  dataset_drift: boolean;
  drift_share_threshold: number;
  reference_kind: "data" | "profile";
  reference_rows: number;
  current_rows: number;
  missing_columns: string[];
  new_columns: string[];
  /** Identifier columns left out of the test and the share. */
  id_columns?: string[];
  prediction_drift?: ColumnDrift;
  target_drift?: ColumnDrift;
}

/**
 * Drift of one column. Cells as readColumns gives them, or columns from readColumnar: a column is
 * numeric when every present cell (not null, not "") is a finite number or reads as one.
 * @internal
 */
export function columnDrift(
  column: string,
  refRaw: readonly Cell[] | Column,
  curRaw: readonly Cell[] | Column,
  opts: { stattest?: StatTest | "auto"; threshold?: number } = {},
): ColumnDrift {
  return decideColumnDrift(column, { kind: "data", cells: refRaw }, { kind: "data", cells: curRaw }, opts);
}

/** A table as readColumns (cells) or readColumnar (columns) gives it; a numeric column past check-drift's memory budget is on disk. */
export interface Table {
  columns: string[];
  data: Record<string, readonly Cell[] | Column | SpilledColumn>;
  rows: number;
}

export interface DriftOptions {
  columns?: string[];
  stattest?: StatTest | "auto";
  threshold?: number;
  driftShare?: number;
  /** Per-column overrides of the test and its threshold. */
  perColumn?: Record<string, { stattest?: StatTest; threshold?: number }>;
  /** Named model-output and label columns: reported as prediction and target drift, outside the share. */
  predictionColumn?: string;
  targetColumn?: string;
  /** The model is a classifier: its prediction and target columns hold classes, compared as categories. */
  classification?: boolean;
  /** Identifier columns (the schema's primary key): listed apart, neither tested nor in the share. */
  idColumns?: string[];
}

/** A side's column names. */
const columnsOf = (side: Table | DatasetProfile) => (isProfile(side) ? side.columns.map((c) => c.name) : side.columns);

/** A side's view of one column (undefined when it has none). */
function viewOf(side: Table | DatasetProfile, column: string): ColumnView | undefined {
  if (!isProfile(side)) return side.columns.includes(column) ? { kind: "data", cells: side.data[column] } : undefined;
  const p = side.columns.find((c) => c.name === column);
  return p && { kind: "profile", profile: p };
}

function driftOf(
  column: string,
  reference: Table | DatasetProfile,
  current: Table | DatasetProfile,
  opts: DriftOptions,
  categorical = false,
): ColumnDrift {
  const o = {
    stattest: opts.perColumn?.[column]?.stattest ?? opts.stattest,
    threshold: opts.perColumn?.[column]?.threshold ?? opts.threshold,
    categorical,
  };
  const missing = (where: string): ColumnDrift => ({
    column,
    type: "categorical",
    stattest: null,
    statistic: null,
    p_value: null,
    threshold: null,
    drifted: false,
    note: `missing from the ${where}`,
  });
  const cur = viewOf(current, column);
  if (!cur) return missing("current data");
  const ref = viewOf(reference, column);
  if (!ref) return missing("reference");
  // A profile of few rows keeps the values themselves: then it gets exactly the data's test
  // (Evidently's choice by the reference's row count, KS included) and the data's verdict.
  return decideColumnDrift(column, ref, cur, o);
}

/**
 * The columns to test: the named ones, else every column both sides share. A named column (or a
 * prediction/target column) missing from either side is an error naming them, as Evidently refuses
 * such input; so is a check with no column at all, which could only ever "pass".
 */
function columnsToCheck(
  refColumns: string[],
  current: { columns: string[] },
  opts: DriftOptions,
  special: string[],
): string[] {
  const named = opts.columns?.length ? opts.columns : undefined;
  const monitored = [...new Set([...(named ?? []), ...special])];
  const list = (cs: string[]) => cs.map((c) => JSON.stringify(c)).join(", ");
  const noRef = monitored.filter((c) => !refColumns.includes(c));
  const noCur = monitored.filter((c) => !current.columns.includes(c));
  if (noRef.length || noCur.length) {
    const parts = [
      noRef.length ? `missing from the reference: ${list(noRef)}` : "",
      noCur.length ? `missing from the current data: ${list(noCur)}` : "",
    ].filter(Boolean);
    throw new UserError(`monitored column${noRef.length + noCur.length > 1 ? "s" : ""} ${parts.join("; ")}`, {
      input: "columns",
    });
  }
  const wanted = named ?? refColumns.filter((c) => current.columns.includes(c) && !special.includes(c));
  if (wanted.length === 0)
    throw new UserError(
      `no column to compare: the reference (${list(refColumns) || "no columns"}) and the current data (${list(current.columns) || "no columns"}) share none`,
      { input: "columns" },
    );
  return wanted;
}

/** Drift of every wanted column, dataset drift by share, and prediction/target drift when named. */
export function datasetDrift(
  reference: Table | DatasetProfile,
  current: Table | DatasetProfile,
  opts: DriftOptions = {},
): DriftReport {
  const refColumns = columnsOf(reference);
  const curColumns = columnsOf(current);
  const special = [opts.predictionColumn, opts.targetColumn].filter((c): c is string => !!c);
  const wanted = columnsToCheck(refColumns, { columns: curColumns }, opts, [...special, ...(opts.idColumns ?? [])]);
  const columns = wanted.map((c) => driftOf(c, reference, current, opts));
  const tested = columns.filter((c) => c.stattest !== null);
  const share = tested.length ? tested.filter((c) => c.drifted).length / tested.length : 0;
  const threshold = opts.driftShare ?? 0.5;
  return {
    columns,
    drift_share: share,
    dataset_drift: tested.length > 0 && share >= threshold,
    drift_share_threshold: threshold,
    reference_kind: isProfile(reference) ? "profile" : "data",
    reference_rows: reference.rows,
    current_rows: current.rows,
    missing_columns: refColumns.filter((c) => !curColumns.includes(c)),
    new_columns: curColumns.filter((c) => !refColumns.includes(c)),
    id_columns: opts.idColumns ?? [],
    prediction_drift: opts.predictionColumn
      ? driftOf(opts.predictionColumn, reference, current, opts, opts.classification)
      : undefined,
    target_drift: opts.targetColumn
      ? driftOf(opts.targetColumn, reference, current, opts, opts.classification)
      : undefined,
  };
}
