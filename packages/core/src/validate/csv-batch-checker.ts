import type { FieldSchema } from "./table-schema.js";
import { scanDelimited } from "../data/csv/scan.js";
import { KIND_ESCAPED, KIND_INTEGER, KIND_MASK, parseNumberBytes, type ScanChunk } from "../data/csv/scanner.js";
import { cellIssues, isNumericField, type CellIssue, type TableState } from "./table-state.js";
import { INFER_SAMPLE } from "../data/profile.js";

/**
 * How one column's cells in a batch are checked. The byte engine checks a batch column by column:
 * each column's loop is tight and monomorphic, and findings are ordered by where they occur, not
 * by when they were found (Findings.list), so the order of checking does not show.
 */
interface ColumnChecker {
  check(m: ScanChunk, b: Buffer): void;
  /** Hands over what the checker kept back (at the end of a file). */
  flush?: () => void;
}

/** A cell's text: quoted cells' doubled quotes undone. */
function cellText(b: Buffer, m: ScanChunk, k: number): string {
  const t = b.toString("utf8", m.starts[k], m.ends[k]);
  return (m.kinds[k] & KIND_MASK) === KIND_ESCAPED ? t.replace(/""/g, '"') : t;
}

/** Numeric fields whose checks need only the number take the parse-from-bytes path. */
export function numericFast(field: FieldSchema | undefined, missing: Set<string>): field is FieldSchema {
  if (!field || !isNumericField(field)) return false;
  const c = field.constraints;
  if (c.enum || c.pattern || c.minLength !== undefined || c.maxLength !== undefined) return false;
  // A missing-value token that reads as a number ("-999") must stay a missing value: text path.
  for (const token of missing) {
    const bytes = Buffer.from(token);
    if (token !== "" && !Number.isNaN(parseNumberBytes(bytes, 0, bytes.length))) return false;
  }
  return true;
}

function numericColumn(state: TableState, i: number, field: FieldSchema): ColumnChecker {
  const prof = state.profilers[i];
  if (!prof.numericKeys) throw new Error(`column ${field.name}: a numeric field's profile must count numbers`);
  const integer = field.type === "integer";
  const { minimum, maximum, required } = field.constraints;
  const lo = minimum === undefined ? -Infinity : Number(minimum);
  const hi = maximum === undefined ? Infinity : Number(maximum);
  const emptyIsMissing = state.missing.has("");
  // `unique` on the numbers themselves (the text path's cells join the same set: TableState.checkUnique).
  const unique = state.uniqueNumbers.get(field.name);
  const check = (m: ScanChunk, b: Buffer) => {
    const { width, count, lines, starts, ends, kinds, nums } = m;
    for (let r = 0, k = i; r < count; r++, k += width) {
      const v = nums[k];
      // The scanner's number (NaN when the text is not the common form, or quoted), for an integer field only from integer text.
      if (v === v && (!integer || (kinds[k] & KIND_INTEGER) !== 0)) {
        // The bytes parsed as a number, so they are ASCII: latin1 decoding is exact and cheapest.
        if (prof.needsText) prof.addNumber(v, b.toString("latin1", starts[k], ends[k]));
        else prof.pushNumber(v);
        if (v < lo || v > hi) {
          const raw = b.toString("latin1", starts[k], ends[k]);
          state.report(field, raw, cellIssues(field, raw, undefined), lines[r]);
        }
        if (unique !== undefined && !unique.add(v, lines[r]))
          state.repeated(field, b.toString("latin1", starts[k], ends[k]), lines[r]);
      } else if (starts[k] === ends[k] && emptyIsMissing) {
        prof.add(null, NaN);
        if (required) state.missingRequired(field, lines[r]);
      } else state.cell(i, cellText(b, m, k), lines[r]); // Number() and the rules decide
    }
  };
  return { check };
}

interface Interned {
  bytes: Buffer;
  /** The value's length and its first and last four bytes (as int32s): equal for equal bytes, compared before any loop. */
  len: number;
  head: number;
  tail: number;
  raw: string;
  isNull: boolean;
  num: number;
  issues: CellIssue[];
  /** Present, counted in batches, nothing to report and no uniqueness to check: the common case, counted and done. */
  plain: boolean;
  next: Interned | undefined;
  /** Occurrences not yet handed to the profiler (text fields are counted here, then added at once). */
  count: number;
  /** First seen among the column's first INFER_SAMPLE present values. */
  early: boolean;
}

/** Distinct values kept per column before it is read as plain text (a high-cardinality column). */
export const INTERN_CAP = 4096;
/**
 * Distinct values kept by all columns together: interning pays off when values repeat; a wide,
 * short table (10,000 columns × 50 rows) repeats almost nothing, and a million long-lived entries
 * made it spend most of its time in the garbage collector. Past this, columns read as plain text.
 */
export const INTERN_BUDGET = 1 << 17;
/** The direct-mapped cache of a column starts this small and grows with its distinct values, up to 1,024 slots. */
const FIRST_SLOTS_BITS = 4;

/**
 * Whether an entry holds the bytes b[s, e) whose length, head and tail are given. Up to 8 bytes,
 * head and tail cover every byte, so no loop runs: a loop whose length varies from cell to cell
 * (categories of different lengths in random order) is mispredicted at its exit on most cells.
 */
function holds(en: Interned, b: Buffer, s: number, len: number, head: number, tail: number): boolean {
  if (en.len !== len || en.head !== head || en.tail !== tail) return false;
  for (let k = 4; k < len - 4; k++) if (en.bytes[k] !== b[s + k]) return false;
  return true;
}

/**
 * Other columns: each distinct byte string is decoded and checked once, then every cell equal to it
 * replays that outcome (categories, booleans, dates repeat a lot). For text fields the profile's
 * counts are kept per distinct value and handed over in one go. Past INTERN_CAP distinct values the
 * column is read as text, cell by cell.
 */
function internedColumn(state: TableState, i: number, budget: { left: number }): ColumnChecker {
  const prof = state.profilers[i];
  const field = state.colFields[i];
  const pattern = field ? state.patterns.get(field.name) : undefined;
  const unique = field ? state.uniques.get(field.name) : undefined;
  const required = field?.constraints.required === true;
  // Text fields profile no numbers, so counting per value changes nothing; other columns may.
  const batched = field !== undefined && !isNumericField(field);
  const table = new Map<number, Interned>();
  let slotShift = 32 - FIRST_SLOTS_BITS;
  let slots: (Interned | undefined)[] = new Array(1 << FIRST_SLOTS_BITS).fill(undefined);
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
  /** The entry for bytes b[s, e) not found in the cache: from the table, or new; undefined once the column is read as text. */
  const lookup = (b: Buffer, s: number, e: number, head: number, tail: number, hash: number): Interned | undefined => {
    const len = e - s;
    let en = table.get(hash);
    while (en !== undefined && !holds(en, b, s, len, head, tail)) en = en.next;
    if (en !== undefined) return en;
    if (order.length >= INTERN_CAP || budget.left <= 0) {
      flush();
      textMode = true;
      return undefined;
    }
    const raw = b.toString("utf8", s, e);
    const isNull = state.missing.has(raw);
    const issues = field && !isNull ? cellIssues(field, raw, pattern) : [];
    en = {
      bytes: Buffer.from(b.subarray(s, e)),
      len,
      head,
      tail,
      raw,
      isNull,
      num: isNull ? NaN : state.numberFor(i, raw),
      issues,
      plain: !isNull && batched && issues.length === 0 && !unique,
      next: table.get(hash),
      count: 0,
      early: present < INFER_SAMPLE,
    };
    table.set(hash, en);
    order.push(en);
    budget.left--;
    if (order.length > slots.length && slotShift > 22) {
      slotShift -= 2;
      slots = new Array(1 << (32 - slotShift)).fill(undefined);
    }
    return en;
  };
  const check = (m: ScanChunk, b: Buffer) => {
    const { width, count, lines, starts, ends, kinds } = m;
    for (let r = 0, k = i; r < count; r++, k += width) {
      if (textMode || (kinds[k] & KIND_MASK) === KIND_ESCAPED) {
        state.cell(i, cellText(b, m, k), lines[r]);
        continue;
      }
      const s = starts[k];
      const e = ends[k];
      const len = e - s;
      // The first four bytes (fewer repeat one: with the length they still tell values apart) and the last four.
      const head =
        len === 0
          ? 0
          : b[s] | (b[len > 1 ? s + 1 : s] << 8) | (b[len > 2 ? s + 2 : e - 1] << 16) | (len > 3 ? b[s + 3] << 24 : 0);
      const tail = len > 4 ? b[e - 4] | (b[e - 3] << 8) | (b[e - 2] << 16) | (b[e - 1] << 24) : 0;
      const hash = Math.imul(head ^ Math.imul(tail ^ len, 0x9e3779b1), 0x85ebca6b);
      // A direct-mapped cache in front of the table: most cells hit it.
      const slot = hash >>> slotShift;
      let en = slots[slot];
      if (en === undefined || !holds(en, b, s, len, head, tail)) {
        en = lookup(b, s, e, head, tail, hash);
        if (en === undefined) {
          state.cell(i, b.toString("utf8", s, e), lines[r]);
          continue;
        }
        slots[slot] = en;
      }
      if (en.plain) {
        en.count++;
        present++;
      } else apply(en, lines[r]);
    }
  };
  return { check, flush };
}

function columnCheckers(state: TableState): ColumnChecker[] {
  const budget = { left: INTERN_BUDGET };
  return state.colFields.map((field, i) =>
    numericFast(field, state.missing) ? numericColumn(state, i, field) : internedColumn(state, i, budget),
  );
}

/** Checkers live as long as the validation (several files are one dataset). */
const checkersOf = new WeakMap<TableState, ColumnChecker[]>();

/** Validates one delimited file on its bytes (scanDelimited): numbers are never text, each distinct category is decoded and checked once. */
export async function validateDelimitedBytes(
  file: string,
  delimiter: string,
  state: TableState,
  handoffAfter?: number,
): Promise<boolean> {
  const numericColumns = [...state.fields.values()].filter((f) => numericFast(f, state.missing)).map((f) => f.name);
  let checkers: ColumnChecker[] = checkersOf.get(state) ?? [];
  const sawHeader = await scanDelimited(
    file,
    delimiter,
    numericColumns,
    (m, b) => {
      if (m.header) {
        state.header(m.header, 1);
        checkers = checkersOf.get(state) ?? columnCheckers(state);
        checkersOf.set(state, checkers);
      }
      checkChunk(m, b, state, checkers);
    },
    handoffAfter,
  );
  for (const c of checkers) c.flush?.();
  return sawHeader;
}

function checkChunk(m: ScanChunk, b: Buffer, state: TableState, checkers: ColumnChecker[]): void {
  state.rows += m.count;
  for (const c of checkers) c.check(m, b);
  if (!state.needsRows) return;
  const { width, lines } = m;
  for (let r = 0; r < m.count; r++)
    state.row(
      Array.from({ length: width }, (_, f) => cellText(b, m, r * width + f)),
      lines[r],
    );
}
