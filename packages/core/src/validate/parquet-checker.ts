import { openParquet, parquetBatches, type ParquetBatch } from "../data/parquet.js";
import { INFER_SAMPLE } from "../data/profile.js";
import { INTERN_BUDGET, INTERN_CAP, numericFast } from "./csv-batch-checker.js";
import type { FieldSchema } from "./table-schema.js";
import { cellIssues, isNumericField, type CellIssue, type TableState } from "./table-state.js";

type Column = ParquetBatch["columns"][number];

/** How one column's cells in a batch are checked (lines are row numbers, from 1). */
interface ColumnChecker {
  check(c: Column, rows: number, firstLine: number): void;
  flush?: () => void;
}

/**
 * Numbers of a numeric field from a numeric Parquet column, never through text (an integer field
 * from INT columns only: a DOUBLE or DECIMAL's text decides whether it is an integer).
 */
function numericColumn(state: TableState, i: number, field: FieldSchema): ColumnChecker {
  const prof = state.profilers[i];
  const { minimum, maximum, required } = field.constraints;
  const lo = minimum === undefined ? -Infinity : Number(minimum);
  const hi = maximum === undefined ? Infinity : Number(maximum);
  const unique = state.uniqueNumbers.get(field.name);
  return {
    check(c, rows, firstLine) {
      const numbers = c.numbers!;
      for (let r = 0; r < rows; r++) {
        const v = numbers[r];
        if (v === v) {
          if (prof.needsText) prof.addNumber(v, c.text(r)!);
          else prof.pushNumber(v);
          if (v < lo || v > hi) {
            const raw = c.text(r)!;
            state.report(field, raw, cellIssues(field, raw, undefined), firstLine + r);
          }
          if (unique !== undefined && !unique.add(v, firstLine + r)) state.repeated(field, c.text(r)!, firstLine + r);
        } else if (c.isNull(r)) {
          prof.add(null, NaN);
          if (required) state.missingRequired(field, firstLine + r);
        } else state.cell(i, c.text(r), firstLine + r); // NaN: not a valid number
      }
    },
  };
}

interface Interned {
  raw: string;
  isNull: boolean;
  num: number;
  issues: CellIssue[];
  /** Present, counted in batches, nothing to report and no uniqueness to check. */
  plain: boolean;
  count: number;
  early: boolean;
}

/**
 * Other columns, by their text: each distinct value is checked once and every cell equal to it
 * replays the outcome (csv-batch-checker.ts's interned columns, keyed by the text instead of the
 * bytes, with the same caps, so both readers build the same profile).
 */
function internedColumn(state: TableState, i: number, budget: { left: number }): ColumnChecker {
  const prof = state.profilers[i];
  const field = state.colFields[i];
  const pattern = field ? state.patterns.get(field.name) : undefined;
  const unique = field ? state.uniques.get(field.name) : undefined;
  const required = field?.constraints.required === true;
  const batched = field !== undefined && !isNumericField(field);
  const table = new Map<string, Interned>();
  const order: Interned[] = [];
  let present = 0;
  let nulls = 0;
  let textMode = false;
  const flush = () => {
    for (const en of order) {
      if (en.count) prof.addRepeated(en.raw, en.count, en.early);
      en.count = 0;
    }
    if (nulls) prof.addNulls(nulls);
    nulls = 0;
  };
  const apply = (en: Interned, line: number) => {
    if (en.isNull) {
      if (batched) nulls++;
      else prof.add(null, NaN);
      if (required) state.missingRequired(field!, line);
      return;
    }
    present++;
    if (batched) en.count++;
    else prof.add(en.raw, en.num);
    if (!field) return;
    if (en.issues.length) state.report(field, en.raw, en.issues, line);
    if (unique) state.checkUnique(field, en.raw, line);
  };
  const lookup = (raw: string): Interned | undefined => {
    if (order.length >= INTERN_CAP || budget.left <= 0) {
      flush();
      textMode = true;
      return undefined;
    }
    const isNull = state.missing.has(raw);
    const issues = field && !isNull ? cellIssues(field, raw, pattern) : [];
    const en: Interned = {
      raw,
      isNull,
      num: isNull ? NaN : state.numberFor(i, raw),
      issues,
      plain: !isNull && batched && issues.length === 0 && !unique,
      count: 0,
      early: present < INFER_SAMPLE,
    };
    table.set(raw, en);
    order.push(en);
    budget.left--;
    return en;
  };
  return {
    check(c, rows, firstLine) {
      for (let r = 0; r < rows; r++) {
        const raw = c.text(r);
        if (raw === null) {
          if (textMode || !batched) prof.add(null, NaN);
          else nulls++;
          if (required) state.missingRequired(field!, firstLine + r);
          continue;
        }
        if (textMode) {
          state.cell(i, raw, firstLine + r);
          continue;
        }
        const en = table.get(raw) ?? lookup(raw);
        if (en === undefined) state.cell(i, raw, firstLine + r);
        else if (en.plain) {
          en.count++;
          present++;
        } else apply(en, firstLine + r);
      }
    },
    flush,
  };
}

/** Checkers live as long as the validation (several files are one dataset). */
const checkersOf = new WeakMap<TableState, ColumnChecker[]>();

/**
 * Validates one Parquet file a row group at a time, column by column: numbers of numeric fields
 * straight from the decoded column, other cells as parquet.ts's text. Rows are numbered from 1
 * (the line of a finding). Returns whether the file had rows.
 */
export async function validateParquet(file: string, state: TableState): Promise<boolean> {
  const pq = await openParquet(file);
  state.header(pq.columns, 1);
  let checkers = checkersOf.get(state);
  if (!checkers) {
    const budget = { left: INTERN_BUDGET };
    checkers = state.colFields.map((field, i): ColumnChecker => {
      const interned = internedColumn(state, i, budget);
      if (!numericFast(field, state.missing)) return interned;
      const numeric = numericColumn(state, i, field);
      const integer = field.type === "integer";
      return {
        // Numbers from numeric columns (an integer field's from INT columns only); text otherwise.
        check: (c, rows, firstLine) =>
          (c.numeric && (!integer || c.integral) ? numeric : interned).check(c, rows, firstLine),
        flush: interned.flush,
      };
    });
    checkersOf.set(state, checkers);
  }
  for await (const batch of parquetBatches(pq)) {
    state.rows += batch.rows;
    const firstLine = batch.start + 1;
    for (let i = 0; i < checkers.length; i++) checkers[i].check(batch.columns[i], batch.rows, firstLine);
    if (state.needsRows)
      for (let r = 0; r < batch.rows; r++)
        state.row(
          batch.columns.map((c) => c.text(r)),
          firstLine + r,
        );
  }
  for (const c of checkers) c.flush?.();
  return pq.rows > 0;
}
