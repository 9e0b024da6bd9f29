import { UserError } from "../errors.js";
import type { Logger } from "../util/log.js";
import type { FieldSchema, TableSchema } from "../validate/table-schema.js";
import { isNumericField, TableState, type ValidationResult } from "../validate/table-state.js";
import type { Dialect } from "./dialect.js";
import type { SqlColumn } from "./profile-sql.js";
import { type ExtraCount, type NamedQuery, profileQuery } from "./query-source.js";

/**
 * validate-data on a query source: the checks that counts over the rows decide, counted where
 * the data lives in the profile's aggregates pass, each exactly what validate-data counts on a
 * file (README, "Data in a warehouse"): missing and extra columns, rows, null fractions and
 * `required` from the profile; `type`, `minimum`, `maximum`, `enum`, `minLength`, `maxLength`
 * and `unique` as counts of the failing cells (`unique`: the cells whose value came earlier).
 * Two differ at the edges, as the README says: a number's text in hexadecimal, which JavaScript
 * reads and SQL does not, and a date's or datetime's calendar (2024-02-30 has the format). What
 * needs each row in mlship — a JavaScript regex (`pattern`), a primary key, duplicate rows, a
 * JSON Schema — is refused by name. Findings carry no examples: no row leaves the warehouse.
 */

const ISO_DATE = "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";
const ISO_DATETIME =
  "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?";
/** A decimal number's text as JavaScript's Number() reads one (less hexadecimal, binary and octal). */
const DECIMAL = "[ \t\n\r]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?[ \t\n\r]*";
const MAX_DOUBLE = "1.7976931348623157e308";

/** SQL: a present text t of a column whose number is x is a valid value of the field's type (table-state.ts's `typed`). */
function validType(d: Dialect, f: FieldSchema, c: SqlColumn, t: string, x: string): string | undefined {
  switch (f.type) {
    case "integer":
      return d.fullMatch(t, "[+-]?[0-9]+");
    case "number":
      return c.stored === "number" ? `${x} IS NOT NULL` : `${d.fullMatch(t, DECIMAL)} AND abs(${x}) <= ${MAX_DOUBLE}`;
    case "boolean":
      return `lower(${t}) IN ('true', '1', 'yes', 'false', '0', 'no')`;
    case "date":
      return d.fullMatch(t, ISO_DATE);
    case "datetime":
      return d.fullMatch(t, ISO_DATETIME);
    default:
      return undefined;
  }
}

interface Count extends ExtraCount {
  check: string;
  field: string;
  message: string;
}

/** The constraints a query source cannot check, named as the schema names them. */
function refused(schema: TableSchema, columns: Set<string>): string[] {
  const out: string[] = [];
  for (const f of schema.fields) {
    if (!columns.has(f.name)) continue;
    const c = f.constraints;
    if (c.pattern !== undefined) out.push(`fields.${f.name}.constraints.pattern (a JavaScript regex)`);
    for (const k of ["minimum", "maximum"] as const) {
      const bound = c[k];
      if (bound === undefined) continue;
      const numeric = isNumericField(f);
      if (numeric ? typeof bound !== "number" : typeof bound !== "string")
        out.push(`fields.${f.name}.constraints.${k} (a ${typeof bound} bound on a ${f.type} field)`);
    }
  }
  if (schema.primaryKey !== undefined) out.push("primaryKey");
  if (!schema.allowDuplicateRows) out.push("allowDuplicateRows: false");
  return out;
}

/** The counts of the failing cells, per field, as SQL over the prepared columns (t{i}, x{i}). */
function checkCounts(schema: TableSchema, d: Dialect, columns: SqlColumn[]): Count[] {
  const fields = new Map(schema.fields.map((f) => [f.name, f]));
  const out: Count[] = [];
  columns.forEach((col, i) => {
    const f = fields.get(col.name);
    if (!f) return;
    const t = `t${i}`;
    const x = `x${i}`;
    const c = f.constraints;
    const add = (check: string, message: string, sql: string) =>
      out.push({ check, field: f.name, message, alias: `k${out.length}_${check.toLowerCase()}`, sql });
    const valid = validType(d, f, col, t, x);
    if (valid) add("type", `not a valid ${f.type}`, d.countIf(`${t} IS NOT NULL AND NOT coalesce(${valid}, false)`));
    const ok = valid ? `${t} IS NOT NULL AND coalesce(${valid}, false)` : `${t} IS NOT NULL`;
    const numeric = isNumericField(f);
    const value = (bound: number | string) =>
      numeric ? [x, `CAST(${d.string(String(bound))} AS ${d.double})`] : [t, d.string(String(bound))];
    if (c.minimum !== undefined) {
      const [v, b] = value(c.minimum);
      add("minimum", `below the minimum ${c.minimum}`, d.countIf(`${ok} AND ${v} < ${b}`));
    }
    if (c.maximum !== undefined) {
      const [v, b] = value(c.maximum);
      add("maximum", `above the maximum ${c.maximum}`, d.countIf(`${ok} AND ${v} > ${b}`));
    }
    if (c.enum) {
      const alike = [`${t} IN (${c.enum.map((e) => d.string(String(e))).join(", ")})`];
      const nums = c.enum.filter((e) => typeof e === "number");
      if (numeric && nums.length)
        alike.push(`${x} IN (${nums.map((n) => `CAST(${d.string(String(n))} AS ${d.double})`).join(", ")})`);
      if (f.type === "boolean") {
        if (c.enum.includes(true)) alike.push(`lower(${t}) IN ('true', '1', 'yes')`);
        if (c.enum.includes(false)) alike.push(`lower(${t}) IN ('false', '0', 'no')`);
      }
      add(
        "enum",
        `not one of ${c.enum.join(", ")}`,
        d.countIf(`${ok} AND NOT coalesce(${alike.map((a) => `(${a})`).join(" OR ")}, false)`),
      );
    }
    if (c.minLength !== undefined)
      add("minLength", `shorter than ${c.minLength}`, d.countIf(`${ok} AND length(${t}) < ${c.minLength}`));
    if (c.maxLength !== undefined)
      add("maxLength", `longer than ${c.maxLength}`, d.countIf(`${ok} AND length(${t}) > ${c.maxLength}`));
    if (c.unique) {
      // Exact distinct counts (never the dialect's sketch): a numeric field's values repeat by number.
      const distinct = numeric
        ? `count(DISTINCT ${x}) + count(DISTINCT CASE WHEN ${x} IS NULL THEN ${t} END)`
        : `count(DISTINCT ${t})`;
      add("unique", "value repeats (first seen on an earlier line)", `count(${t}) - (${distinct})`);
    }
  });
  return out;
}

/** Validates a query source against a table schema, with the profile it saves. */
export async function validateQuery(
  q: NamedQuery,
  schema: TableSchema | undefined,
  o: { cwd: string; log: Logger },
): Promise<ValidationResult> {
  let counts: Count[] = [];
  const result = await profileQuery(q, {
    cwd: o.cwd,
    schema,
    log: o.log,
    extra: (d, columns) => {
      if (schema) {
        const no = refused(schema, new Set(columns.map((c) => c.name)));
        if (no.length)
          throw new UserError(
            `sql:${q.name}: validate-data counts over the rows where they live and cannot check ${no.join(", ")}; validate an export of the rows for these, or leave them out of the schema`,
            { input: "schema" },
          );
        counts = checkCounts(schema, d, columns);
      }
      return counts;
    },
  });
  const state = new TableState(schema, 0);
  state.startFile(`sql:${q.name}`);
  state.header(result.columns, 1);
  state.rows = result.profile.rows;
  const fields = new Map((schema?.fields ?? []).map((f) => [f.name, f]));
  for (const col of result.profile.columns) {
    if (fields.get(col.name)?.constraints.required && col.nulls > 0)
      report(state, "required", col.name, "missing value in a required column", col.nulls);
  }
  for (const c of counts)
    if (result.counts[c.alias] > 0) report(state, c.check, c.field, c.message, result.counts[c.alias]);
  // No examples are kept (maxExamples 0): no row leaves the warehouse, and a query has no lines.
  return state.result(result.profile);
}

function report(state: TableState, check: string, column: string, message: string, count: number): void {
  state.findings.add(check, column, "error", message);
  state.findings.addCount(check, column, count - 1);
}
