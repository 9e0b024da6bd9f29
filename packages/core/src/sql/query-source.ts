import { parse as parseCsv } from "csv-parse/sync";
import type { MlshipConfig, QuerySource } from "../config/schema.js";
import { durationMs } from "../config/duration.js";
import { dataCommand } from "../data/fetch-command.js";
import type { DatasetProfile } from "../data/profile.js";
import { UserError } from "../errors.js";
import type { Logger } from "../util/log.js";
import { runTool } from "../util/process.js";
import { redactedTail } from "../util/secrets.js";
import type { TableSchema } from "../validate/table-schema.js";
import { type Dialect, dialects } from "./dialect.js";
import {
  aggregatesSql,
  columnsWithValues,
  type ProfileSqlOptions,
  profileFromSql,
  type SqlColumn,
  sqlColumns,
  tableName,
  topSql,
  valuesSql,
} from "./profile-sql.js";

/**
 * A data source that is a query (data.sql.<name>, named `sql:<name>` wherever data is named): the
 * profile's SQL (profile-sql.ts) in the source's dialect goes to the user's command on its
 * standard input — argv without a shell, the environment other data commands get, a timeout, a
 * bounded output — and what the command prints (JSON rows, or CSV with a header) is read back as
 * untrusted input: every value the profile uses is checked, and a bad answer is an error naming
 * the setting, the command and the answer's column. Up to four queries run: the columns and their
 * types, the aggregates, the top values, and the numbers of the columns with few of them.
 */
export interface NamedQuery {
  name: string;
  config: QuerySource;
}

/** The name of `sql:<name>`, or undefined for a file or location. */
function sqlSourceName(text: string): string | undefined {
  return /^sql:/i.test(text) ? text.slice(4) : undefined;
}

/** The query a data input names (`sql:<name>`), undefined for a file; a name mlship.yml does not define is an error naming the input. */
export function querySource(config: MlshipConfig, text: string, input: string): NamedQuery | undefined {
  const name = sqlSourceName(text);
  if (name === undefined) return undefined;
  const defined = config.data.sql ?? {};
  if (!Object.hasOwn(defined, name))
    throw new UserError(
      `${input}: ${JSON.stringify(text)} names no query: define data.sql.${JSON.stringify(name)} in mlship.yml${
        Object.keys(defined).length ? ` (defined: ${Object.keys(defined).join(", ")})` : ""
      }`,
      { input },
    );
  return { name, config: defined[name] };
}

/** The relation the queries read: the table's quoted parts, or the query as a subquery. */
function sourceOf(d: Dialect, q: QuerySource): string {
  if (q.query !== undefined) return `(${q.query}) AS mlship_source`;
  return tableName(d, tableParts(q.table!));
}

function tableParts(table: string | string[]): string[] {
  return Array.isArray(table) ? table : table.split(".");
}

/** The query listing the source's columns and their SQL types, in the dialect. @internal */
export function describeSql(d: Dialect, q: QuerySource): string {
  const source = sourceOf(d, q);
  switch (d.name) {
    case "duckdb":
      return `DESCRIBE SELECT * FROM ${source}\n`;
    case "spark":
      return `DESCRIBE QUERY SELECT * FROM ${source}\n`;
    case "snowflake":
      return `DESCRIBE TABLE ${source}\n`;
    case "bigquery": {
      const parts = tableParts(q.table!);
      if (parts.length < 2)
        throw new UserError("a BigQuery table is named with its dataset: dataset.table or project.dataset.table", {
          input: "data.sql",
        });
      return (
        `SELECT column_name, data_type FROM ${tableName(d, parts.slice(0, -1))}.INFORMATION_SCHEMA.COLUMNS\n` +
        `WHERE table_name = ${d.string(parts.at(-1)!)}\nORDER BY ordinal_position\n`
      );
    }
  }
}

type Row = Record<string, unknown>;

/** One query's run: the command with the SQL on its standard input, its answer read as rows (keys in lower case: Snowflake upper-cases unquoted aliases). */
async function runQuery(q: NamedQuery, what: string, sql: string, cwd: string, log: Logger): Promise<Row[]> {
  const setting = `data.sql.${q.name}.command`;
  const { env, argv, shown } = dataCommand(q.config.command, setting, q.config["pass-env"]);
  const timeoutMs = durationMs(q.config.timeout);
  const fail = (why: string) => new UserError(`${setting} '${shown}' ${why} (the ${what} query)`, { input: setting });
  log.debug(`sql:${q.name}: the ${what} query (${sql.length} characters) through '${shown}'`);
  const r = await runTool(argv[0], argv.slice(1), {
    cwd,
    env,
    input: sql,
    timeoutMs,
    maxBuffer: q.config["max-output"],
  });
  if (r.stopped === "timeout") throw fail(`ran past its timeout of ${q.config.timeout} and was stopped`);
  if (r.stopped === "output")
    throw fail(`printed more than max-output (${q.config["max-output"]} bytes) and was stopped`);
  if (r.code !== 0)
    throw fail(`exited with code ${r.code}${r.stderr.trim() ? `: ${redactedTail(r.stderr.trim(), 500)}` : ""}`);
  let rows: Row[];
  try {
    rows = parseRows(r.stdout, q.config.format);
  } catch (e) {
    throw fail(
      `printed what is not ${q.config.format === "json" ? "JSON rows" : "CSV with a header"}: ${(e as Error).message}`,
    );
  }
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v])));
}

/** JSON: an array of objects (bq --format=json, duckdb -json, snowsql's json) or one object per line (Spark's DataFrame.toJSON, duckdb -jsonlines); CSV: a header, then rows. @internal */
export function parseRows(text: string, format: "json" | "csv"): Row[] {
  const body = text.trim();
  if (body === "") return [];
  if (format === "csv") return parseCsv(body, { columns: true, skip_empty_lines: true }) as Row[];
  const isRow = (v: unknown): v is Row => !!v && typeof v === "object" && !Array.isArray(v);
  if (body.startsWith("[")) {
    const value: unknown = JSON.parse(body);
    if (!Array.isArray(value) || !value.every(isRow)) throw new Error("expected an array of row objects");
    return value;
  }
  return body.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`line ${i + 1}: ${(e as Error).message}`);
    }
    if (!isRow(value)) throw new Error(`line ${i + 1}: expected a row object`);
    return [value];
  });
}

/** Reads an answer's values, each checked: a value the profile cannot use is an error naming its column. */
class Answer {
  constructor(
    readonly fail: (why: string) => UserError,
    private readonly label: (key: string) => string,
  ) {}

  private value(row: Row, key: string): unknown {
    if (!Object.hasOwn(row, key)) throw this.fail(`has no column ${this.label(key)}`);
    return row[key];
  }

  private bad(key: string, v: unknown, want: string): UserError {
    const shown = typeof v === "string" ? JSON.stringify(v.slice(0, 40)) : JSON.stringify(v)?.slice(0, 40);
    return this.fail(`gave ${shown} in column ${this.label(key)}, not ${want}`);
  }

  /** A number, or NaN where the answer has none (NULL, or an empty CSV field). */
  numberOrNone(row: Row, key: string): number {
    return this.asNumber(key, this.value(row, key));
  }

  private asNumber(key: string, v: unknown): number {
    if (v === null || v === "") return NaN;
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (Number.isNaN(n)) throw this.bad(key, v, "a number");
    return n;
  }

  /** A count: a whole number, 0 or more. */
  count(row: Row, key: string): number {
    const v = this.value(row, key);
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < 0) throw this.bad(key, v, "a count");
    return n;
  }

  /** An array of numbers (a JSON array, or text holding one, as CSV and Snowflake give it), or undefined for NULL. */
  numbers(row: Row, key: string, length?: number): number[] | undefined {
    let v = this.value(row, key);
    if (v === null || v === "") return undefined;
    if (typeof v === "string") {
      try {
        v = JSON.parse(v);
      } catch {
        throw this.bad(key, v, "an array of numbers");
      }
    }
    if (!Array.isArray(v) || (length !== undefined && v.length !== length))
      throw this.bad(key, v, length === undefined ? "an array of numbers" : `an array of ${length} numbers`);
    return v.map((x) => {
      const n = this.asNumber(key, x);
      if (Number.isNaN(n)) throw this.bad(key, x, "a number");
      return n;
    });
  }

  /** Text, or undefined for NULL. */
  text(row: Row, key: string): string | undefined {
    const v = this.value(row, key);
    if (v === null) return undefined;
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    throw this.bad(key, v, "text");
  }
}

/** An extra aggregate of the caller's (a check's count), run in the aggregates' pass and read back as a count. */
export interface ExtraCount {
  alias: string;
  sql: string;
}

export interface QueryProfile {
  profile: DatasetProfile;
  /** The source's columns, in order. */
  columns: string[];
  /** The extra counts, by alias. */
  counts: Record<string, number>;
  /** The columns as the SQL took them. */
  sqlColumns: SqlColumn[];
}

/**
 * The profile of a query source, computed where the data lives. `schema` shapes it as it shapes a
 * file's (numeric fields, missing values); `extra` adds counts to the aggregates' pass.
 */
export async function profileQuery(
  q: NamedQuery,
  o: {
    cwd: string;
    schema?: TableSchema;
    extra?: (d: Dialect, columns: SqlColumn[]) => ExtraCount[];
    log: Logger;
  },
): Promise<QueryProfile> {
  const d = dialects[q.config.dialect];
  const source = sourceOf(d, q.config);
  const setting = `data.sql.${q.name}.command`;
  const { shown } = dataCommand(q.config.command, setting, q.config["pass-env"]);
  const answer = (what: string, label: (key: string) => string = (k) => k) =>
    new Answer(
      (why) => new UserError(`${setting} '${shown}' answered the ${what} query: it ${why}`, { input: setting }),
      label,
    );

  // The columns and their types. Their names are the data's: they reach SQL only as quoted identifiers.
  const described = await runQuery(q, "columns", describeSql(d, q.config), o.cwd, o.log);
  const a0 = answer("columns");
  const pick = (row: Row, keys: string[]) => keys.find((k) => Object.hasOwn(row, k)) ?? keys[0];
  const cols = described.map((row) => {
    const name = a0.text(row, pick(row, ["column_name", "col_name", "name"]));
    const type = a0.text(row, pick(row, ["column_type", "data_type", "type"]));
    if (!name || type === undefined) throw a0.fail("gave a column without a name or a type");
    return { name, type };
  });
  if (cols.length === 0) throw a0.fail("listed no column");
  const names = cols.map((c) => c.name);
  if (new Set(names).size !== names.length) throw a0.fail("listed a column twice");

  const columns = sqlColumns(o.schema, cols);
  const extras = o.extra?.(d, columns) ?? [];
  const options: ProfileSqlOptions = {
    source,
    columns,
    missingValues: o.schema?.missingValues,
    extra: extras.map((e) => `${e.sql} AS ${e.alias}`),
  };
  const label = (key: string) => {
    const m = /^[cv](\d+)_/.exec(key);
    const c = m ? columns[Number(m[1])] : undefined;
    return c ? `${key} (of the data's column ${JSON.stringify(c.name)})` : key;
  };

  const aggRows = await runQuery(q, "aggregates", aggregatesSql(d, options), o.cwd, o.log);
  const a1 = answer("aggregates", label);
  if (aggRows.length !== 1) throw a1.fail(`gave ${aggRows.length} rows, not 1`);
  const raw = aggRows[0];
  const rows = a1.count(raw, "n_rows");
  const agg: Record<string, unknown> = { n_rows: rows };
  columns.forEach((c, i) => {
    const k = (s: string) => `c${i}_${s}`;
    const present = a1.count(raw, k("present"));
    if (present > rows)
      throw a1.fail(`counted ${present} present values of ${rows} rows in column ${label(k("present"))}`);
    agg[k("present")] = present;
    for (const s of ["distinct", "booleans", "integers", "numbers", "dates"]) {
      agg[k(s)] = a1.count(raw, k(s));
      if ((agg[k(s)] as number) > present && s !== "distinct")
        throw a1.fail(`counted more than the ${present} present values in column ${label(k(s))}`);
    }
    if (!c.numbers) return;
    const numeric = a1.count(raw, k("numeric"));
    if (numeric > present)
      throw a1.fail(`counted more than the ${present} present values in column ${label(k("numeric"))}`);
    agg[k("numeric")] = numeric;
    for (const s of ["min", "max", "mean", "std"]) {
      const v = a1.numberOrNone(raw, k(s));
      if (numeric > 0 && Number.isNaN(v) && !(s === "std" && numeric === 1))
        throw a1.fail(`gave no ${s} in column ${label(k(s))} for ${numeric} numbers`);
      agg[k(s)] = v;
    }
    agg[k("quantiles")] = numeric > 0 ? a1.numbers(raw, k("quantiles"), 101) : undefined;
  });
  const counts: Record<string, number> = {};
  for (const e of extras) counts[e.alias] = a1.count(raw, e.alias);

  const topRows = await runQuery(q, "top values", topSql(d, options, agg), o.cwd, o.log);
  const a2 = answer("top values");
  const top = topRows.map((row) => {
    const col = a2.count(row, "col");
    if (col >= columns.length) throw a2.fail(`named column ${col} of ${columns.length}`);
    const num = a2.numberOrNone(row, "num");
    const txt = a2.text(row, "txt");
    if (Number.isNaN(num) && txt === undefined) throw a2.fail("gave a value with neither a number nor a text");
    return { col, num: Number.isNaN(num) ? null : num, txt: txt ?? null, n: a2.count(row, "n") };
  });

  const which = columnsWithValues(options, agg);
  let values: Record<string, unknown> | undefined;
  if (which.length) {
    const valueRows = await runQuery(q, "values", valuesSql(d, options, which), o.cwd, o.log);
    const a3 = answer("values", label);
    if (valueRows.length !== 1) throw a3.fail(`gave ${valueRows.length} rows, not 1`);
    values = {};
    for (const i of which) {
      const v = a3.numbers(valueRows[0], `v${i}`, agg[`c${i}_numeric`] as number);
      values[`v${i}`] = v ? [...v].sort((x, y) => x - y) : v;
    }
  }
  const profile = profileFromSql(options, agg, top, values);
  return { profile, columns: names, counts, sqlColumns: columns };
}
