import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { profileJson } from "../packages/core/src/data/profile-json.js";
import { readProfileFile } from "../packages/core/src/data/profile.js";
import { datasetDrift } from "../packages/core/src/drift/check.js";
import { dialects } from "../packages/core/src/sql/dialect.js";
import { parseRows } from "../packages/core/src/sql/query-source.js";
import { runTool } from "../packages/core/src/util/process.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { validateDataSpec, validateDataStep } from "../packages/core/src/steps/validate-data.js";
import { loadTableSchema } from "../packages/core/src/validate/table-schema.js";
import { validateTable } from "../packages/core/src/validate/validate.js";
import { caught } from "./helpers/catch.js";
import { quietHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * A data source that is a query (data.sql, `sql:<name>`): the "warehouse" is DuckDB behind a
 * stand-in client (fixtures/warehouse/duckdb-client.mjs) that reads the SQL on stdin and prints
 * JSON rows as `duckdb -json` does, or CSV. The reference for every result is validate-data and
 * check-drift reading the very same CSV files directly.
 */
const dir = tempDir("mlship-warehouse-");
const CLIENT = path.resolve("test/fixtures/warehouse/duckdb-client.mjs");
const HOSTILE = `x"); DROP TABLE t; --'\`\\`;
const TIMEOUT = 240_000;

const SCHEMA = `fields:
  - { name: id, type: integer, constraints: { required: true, unique: true, minimum: 1 } }
  - { name: age, type: integer, constraints: { required: true, minimum: 0, maximum: 120 } }
  - { name: income, type: number, constraints: { minimum: 0 } }
  - { name: city, type: categorical, constraints: { enum: [oslo, lima] } }
  - { name: code, type: string, constraints: { required: true, minLength: 4, maxLength: 7 } }
  - { name: active, type: boolean }
  - { name: joined, type: date }
  - { name: gone, type: string }
missingValues: ["", "NA"]
maxNullFraction: 0.02
rows: { max: 2000 }
`;

const views = () => [`events=${path.join(dir, "events.csv")}`, `current=${path.join(dir, "current.csv")}`];
const source = (table: string, mode = "json", extra: Record<string, unknown> = {}) => ({
  dialect: "duckdb",
  table,
  command: [process.execPath, CLIENT, mode, ...views()],
  format: mode === "csv" ? "csv" : "json",
  ...extra,
});

/** A project whose mlship.yml defines the queries (JSON is YAML). */
function project(name: string, sql: Record<string, unknown>): string {
  const root = path.join(dir, name);
  const file = path.join(root, "mlship.yml");
  writeFileSync(path.join(dir, "schema.yml"), SCHEMA);
  mkdirSync(root, { recursive: true });
  writeFileSync(file, JSON.stringify({ data: { schema: "../schema.yml", sql } }));
  return file;
}

// Bad cells of known kinds (a repeated id, ages out of range and not integers, negative and
// non-numeric incomes, cities outside the enum, codes too short and too long, missing required
// codes, booleans and dates that are not), the schema's "NA", an extra hostile column, a missing
// declared one, too many rows, too many missing cities. The current data is shifted.
beforeAll(async () => {
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  await con.run("SELECT setseed(0.5)");
  for (const [name, shift] of [
    ["events", 0],
    ["current", 9],
  ] as const) {
    await con.run(`COPY (SELECT
      CASE WHEN i = 50 THEN 3 ELSE i END AS id,
      CASE WHEN i % 97 = 0 THEN NULL WHEN i % 101 = 0 THEN '150' WHEN i % 103 = 0 THEN 'old' WHEN i % 89 = 0 THEN '4.5' ELSE (18 + ${shift} + i % 60)::VARCHAR END AS age,
      CASE WHEN i % 53 = 0 THEN '-1' WHEN i % 59 = 0 THEN 'n/a' ELSE round(1000 + ${shift * 30} + 200 * random(), 2)::VARCHAR END AS income,
      CASE WHEN i % 41 = 0 THEN 'rome' WHEN i % 43 = 0 THEN 'NA' ELSE ['oslo', 'lima'][1 + i % 2] END AS city,
      CASE WHEN i % 47 = 0 THEN 'bad code' WHEN i % 79 = 0 THEN 'AB' WHEN i % 61 = 0 THEN NULL ELSE chr((65 + i % 26)::INTEGER) || 'X-' || (1000 + i % 97)::VARCHAR END AS code,
      CASE WHEN i % 67 = 0 THEN 'maybe' ELSE (i % 2 = 0)::VARCHAR END AS active,
      CASE WHEN i % 73 = 0 THEN '2021/01/01' ELSE (DATE '2020-01-01' + (i % 900)::INTEGER)::VARCHAR END AS joined,
      CASE WHEN i % 7 = 0 THEN 'a' ELSE 'b' || (i % 3)::VARCHAR END AS ${dialects.duckdb.ident(HOSTILE)}
      FROM (SELECT range::INTEGER AS i FROM range(1, 3001))) TO '${path.join(dir, `${name}.csv`)}' (HEADER)`);
  }
  con.closeSync();
}, TIMEOUT);

const validate = (config: string, data: string, extra: Record<string, string> = {}) =>
  validateDataStep(
    parseInputs(validateDataSpec, (n) => ({ config, data, ...extra })[n]),
    quietHost,
  );

/** A finding without its examples (a query keeps none), and the findings in one order. */
const findings = (fs: { check: string; column?: string; severity: string; message: string; count: number }[]) =>
  fs
    .map(({ check, column, severity, message, count }) => ({ check, column, severity, message, count }))
    .sort((a, b) => `${a.check}:${a.column}`.localeCompare(`${b.check}:${b.column}`));

/** What a profile holds exactly (mean and std up to the order of summation). */
const exact = (p: { columns: Record<string, unknown>[] }) =>
  p.columns.map((c) => ({
    ...c,
    mean: typeof c.mean === "number" ? Number(c.mean.toPrecision(12)) : undefined,
    std: typeof c.std === "number" ? Number(c.std.toPrecision(10)) : undefined,
    values: Array.isArray(c.values) ? [...(c.values as number[])].sort((x, y) => x - y) : undefined,
    quantiles: Array.isArray(c.quantiles) ? (c.quantiles as number[]).map((q) => Number(q.toPrecision(12))) : undefined,
  }));

describe("validate-data on sql:<name>: the same findings and profile as on the file", () => {
  for (const mode of ["json", "csv"])
    it(`answers as ${mode}`, { timeout: TIMEOUT }, async () => {
      const config = project(`validate-${mode}`, { events: source("events", mode) });
      const file = await validateTable(
        [path.join(dir, "events.csv")],
        await loadTableSchema(path.join(dir, "schema.yml")),
      );
      const r = await validate(config, "sql:events");
      const seen = Object.fromEntries(file.findings.map((f) => [`${f.check}:${f.column ?? ""}`, f.count]));
      // Hand-counted from the generator: 3 repeats once; i % 101 (29 rows); i % 41 (73 rows); i % 73 (41 rows).
      expect(seen).toMatchObject({ "unique:id": 1, "maximum:age": 29, "enum:city": 73, "type:joined": 41 });
      expect(findings(r.extra.findings)).toEqual(findings(file.findings));
      expect(r.ok).toBe(false);
      expect(r.outputs.rows).toBe("3000");
      const saved = JSON.parse(readFileSync(r.outputs.profile!, "utf8"));
      expect(saved.columns.map((c: { name: string }) => c.name)).toContain(HOSTILE);
      expect(exact(saved)).toEqual(exact(JSON.parse(JSON.stringify(file.profile))));
      expect(JSON.parse(readFileSync(r.outputs.report!, "utf8"))).toMatchObject({ source: "sql:events", rows: 3000 });
    });
});

describe("check-drift with a query side", () => {
  const drift = (config: string, reference: string, current: string) =>
    checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config, reference, current, environment: "production" })[n]),
      quietHost,
    );
  /** Each column's test, statistic (to 12 digits) and verdict. */
  const verdicts = (r: Awaited<ReturnType<typeof drift>>) =>
    r.extra.report!.columns.map((c) => ({
      column: c.column,
      stattest: c.stattest,
      statistic: c.statistic === null ? null : Number(c.statistic.toPrecision(12)),
      drifted: c.drifted,
    }));

  it("a query on either side gives the report of the file's validate-data profile there", {
    timeout: TIMEOUT,
  }, async () => {
    const config = project("drift", { events: source("events"), current: source("current") });
    const schema = await loadTableSchema(path.join(dir, "schema.yml"));
    // The reference: validate-data's profile of each file (the schema shapes a profile: its
    // missing values, its numeric fields), saved as profile.json is.
    const profiles: Record<string, string> = {};
    for (const name of ["events", "current"]) {
      profiles[name] = path.join(dir, `${name}.profile.json`);
      const p = (await validateTable([path.join(dir, `${name}.csv`)], schema)).profile;
      writeFileSync(profiles[name], [...profileJson(p)].join(""));
    }
    const cur = path.join(dir, "current.csv");
    const fromProfile = await drift(config, profiles.events, cur);
    const fromQuery = await drift(config, "sql:events", cur);
    expect(fromProfile.extra.report!.columns.some((c) => c.drifted)).toBe(true);
    expect(verdicts(fromQuery)).toEqual(verdicts(fromProfile));
    // Both sides queries: datasetDrift of the two files' profiles.
    const both = await drift(config, "sql:events", "sql:current");
    const expected = datasetDrift(await readProfileFile(profiles.events), await readProfileFile(profiles.current), {
      idColumns: [],
    });
    expect(verdicts(both)).toEqual(verdicts({ extra: { report: expected } } as Awaited<ReturnType<typeof drift>>));
    expect(both.extra.report!.current_rows).toBe(3000);
  });
});

describe("a bad answer is a clear error, and nothing is written", () => {
  const fails = async (mode: string, extra: Record<string, unknown> = {}) => {
    const config = project(`bad-${mode}`, { events: source("events", mode, extra) });
    const e = await caught(() => validate(config, "sql:events"));
    expect(existsSync(path.join(path.dirname(config), ".mlship", "validation"))).toBe(false);
    return e;
  };

  it("a command that fails: its exit code and error, naming the setting", { timeout: TIMEOUT }, async () => {
    const e = await fails("fail");
    expect(e.message).toMatch(
      /^data\.sql\.events\.command '.*duckdb-client\.mjs fail .*' exited with code 3: Access Denied/,
    );
    expect(e.exitCode).toBe(2);
  });

  it("a command that never answers is stopped at its timeout", { timeout: TIMEOUT }, async () => {
    const e = await fails("hang", { timeout: "2s" });
    expect(e.message).toMatch(/ran past its timeout of 2s and was stopped \(the columns query\)/);
  });

  it("output that is not JSON", { timeout: TIMEOUT }, async () => {
    const e = await fails("garbage");
    expect(e.message).toMatch(/printed what is not JSON rows: line 1: .*\(the columns query\)/);
  });

  it("a value that is not what the query asks for names the answer's column and the data's", {
    timeout: TIMEOUT,
  }, async () => {
    const e = await fails("tamper");
    expect(e.message).toContain(
      `answered the aggregates query: it gave "lots" in column c0_present (of the data's column "id"), not a count`,
    );
  });

  it("more output than max-output", { timeout: TIMEOUT }, async () => {
    const e = await fails("json", { "max-output": 64 });
    expect(e.message).toMatch(/printed more than max-output \(64 bytes\) and was stopped/);
  });

  it("what a count over the rows cannot check is refused by name", { timeout: TIMEOUT }, async () => {
    const config = project("refused", { events: source("events") });
    writeFileSync(
      path.join(dir, "strict.yml"),
      `${SCHEMA.replace("minLength: 4", 'pattern: "[A-Z]X-[0-9]{4}"')}primaryKey: id\n`,
    );
    const e = await caught(() => validate(config, "sql:events", { schema: path.join(dir, "strict.yml") }));
    expect(e.message).toMatch(/cannot check fields\.code\.constraints\.pattern \(a JavaScript regex\), primaryKey;/);
    expect(existsSync(path.join(path.dirname(config), ".mlship", "validation"))).toBe(false);
  });

  it("a name mlship.yml does not define", async () => {
    const config = project("undefined", { events: source("events") });
    const e = await caught(() => validate(config, "sql:other"));
    expect(e.message).toBe('data: "sql:other" names no query: define data.sql."other" in mlship.yml (defined: events)');
  });
});

describe("the answer's formats", () => {
  it("JSON as an array (bq, duckdb -json), one object a line (Spark's toJSON), CSV with a header", () => {
    expect(parseRows('[{"a": "1", "b": null}]\n', "json")).toEqual([{ a: "1", b: null }]);
    expect(parseRows('{"a":1}\n\n{"a":2}\n', "json")).toEqual([{ a: 1 }, { a: 2 }]);
    expect(parseRows('a,b\n1,"x,y"\n', "csv")).toEqual([{ a: "1", b: "x,y" }]);
    expect(parseRows("", "json")).toEqual([]);
    expect(() => parseRows("[1, 2]", "json")).toThrow("expected an array of row objects");
    expect(() => parseRows('{"a":1}\n[2]', "json")).toThrow("line 2: expected a row object");
  });
});

describe("runTool with input", () => {
  it("a program that exits without reading its input gives its exit code (EPIPE is not a crash)", async () => {
    const r = await runTool(process.execPath, ["-e", "process.exit(3)"], { input: "x".repeat(8 << 20) });
    expect(r.code).toBe(3);
  });
});
