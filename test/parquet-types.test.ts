import { readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { openParquet, parquetBatches } from "../packages/core/src/data/parquet.js";
import { readColumnar } from "../packages/core/src/data/read-columnar.js";
import { readColumns } from "../packages/core/src/data/read-table.js";
import { datasetDrift } from "../packages/core/src/drift/check.js";
import { driftColumns } from "../packages/core/src/data/column.js";
import type { TableSchema } from "../packages/core/src/validate/table-schema.js";
import { validateTable } from "../packages/core/src/validate/validate.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

// Written by DuckDB and hyparquet-writer, with DuckDB's own text of every cell beside them
// (test/fixtures/parquet-types/generate.ts).
const fixtures = path.resolve("test/fixtures/parquet-types");
const expected = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")) as Record<
  string,
  Record<string, (string | null)[]>
>;

async function texts(file: string): Promise<Record<string, (string | null)[]>> {
  const out: Record<string, (string | null)[]> = {};
  for await (const b of parquetBatches(await openParquet(file)))
    for (const c of b.columns) for (let i = 0; i < b.rows; i++) (out[c.name] ??= []).push(c.text(i));
  return out;
}

describe("Parquet logical types", () => {
  it("every cell reads as the text DuckDB gives it (dates, timestamps to the nanosecond, decimals exactly, nested as JSON)", async () => {
    const got = await texts(path.join(fixtures, "all-types.parquet"));
    const want = expected["all-types.parquet"];
    expect(Object.keys(got)).toEqual(Object.keys(want));
    for (const [name, cells] of Object.entries(want)) {
      // Floats: DuckDB writes 16777216.0 and 1e-07 where JavaScript writes 16777216 and 1e-7; the numbers are the same.
      if (name === "f" || name === "dbl")
        expect(
          got[name].map((t) => (t === null ? null : Number(t))),
          name,
        ).toEqual(cells.map((t) => (t === null ? null : Number(t))));
      else expect(got[name], name).toEqual(cells);
    }
  });

  it("what DuckDB does not write: DECIMAL on BYTE_ARRAY, the legacy TIMESTAMP_MILLIS and TIME_MILLIS, JSON", async () => {
    const got = await texts(path.join(fixtures, "writer-types.parquet"));
    const want = expected["writer-types.parquet"];
    expect(got.dec_bytes).toEqual(want.dec_bytes);
    expect(got.json).toEqual(want.json);
    // The format's spec: a legacy TIMESTAMP_MILLIS or TIME_MILLIS with no logical type is
    // UTC-adjusted (LogicalTypes.md, "backward compatibility"); DuckDB reads them as wall-clock.
    expect(got.ts_legacy).toEqual(want.ts_legacy.map((t) => (t === null ? null : `${t}Z`)));
    expect(got.time_ms).toEqual(want.time_ms.map((t) => (t === null ? null : `${t}Z`)));
  });

  it("rows typed as cells: numbers (INT64 past 2^53 as exact text), booleans, nulls", async () => {
    const t = await readColumns(path.join(fixtures, "all-types.parquet"));
    expect(t.data.dec4).toEqual([1.25, -0.05, null, 99.99]);
    expect(t.data.i64).toEqual(["9007199254740993", "-9223372036854775808", null, 42]);
    expect(t.data.b).toEqual([true, false, null, true]);
    expect(t.data.d).toEqual(["2020-08-03", "1969-12-31", "2024-02-29", null]);
  });

  const field = (name: string, type: TableSchema["fields"][number]["type"], constraints = {}) => ({
    name,
    type,
    constraints,
  });
  const allTypesSchema: TableSchema = {
    fields: [
      field("id", "integer", { required: true, unique: true }),
      field("d", "date"),
      field("ts", "datetime"),
      field("ts_ms", "datetime"),
      field("ts_ns", "datetime"),
      field("ts_tz", "datetime"),
      field("t", "string", { pattern: "\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?" }),
      field("dec4", "number", { minimum: -1, maximum: 100 }),
      field("dec18", "number"),
      field("dec38", "number"),
      field("u", "string", { pattern: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", unique: true }),
      field("mood", "categorical", { enum: ["sad", "ok", "happy"] }),
      field("b", "boolean"),
      field("f", "number"),
      field("dbl", "number"),
      field("i8", "integer", { minimum: -128, maximum: 127 }),
      field("i16", "integer"),
      field("i64", "integer"),
      field("u32", "integer", { minimum: 0 }),
      field("u64", "integer", { minimum: 0 }),
      field("l", "string"),
      field("s", "string"),
      field("m", "string"),
    ],
    missingValues: [""],
    allowExtraColumns: false,
    allowDuplicateRows: true,
  };

  it("validate-data: a file with every logical type validates against the types its schema declares", async () => {
    const r = await validateTable([path.join(fixtures, "all-types.parquet")], allTypesSchema);
    expect(r.findings).toEqual([]);
    expect(r.rows).toBe(4);
    const d = r.profile.columns.find((c) => c.name === "d")!;
    expect(d).toMatchObject({ count: 4, nulls: 1, inferredType: "date" });
  });

  it("validate-data: a timestamp declared a date, a decimal out of range, are findings naming the row", async () => {
    const fields = allTypesSchema.fields.map((f) =>
      f.name === "ts" ? field("ts", "date") : f.name === "dec4" ? field("dec4", "number", { maximum: 50 }) : f,
    );
    const r = await validateTable([path.join(fixtures, "all-types.parquet")], { ...allTypesSchema, fields });
    expect(r.findings.map((f) => [f.check, f.column, f.count, f.examples.map((e) => [e.line, e.value])])).toEqual([
      [
        "type",
        "ts",
        3,
        [
          [1, "2020-08-03T12:34:56.123456"],
          [2, "1969-12-31T23:59:59.5"],
          [4, "0001-01-01T00:00:00"],
        ],
      ],
      ["maximum", "dec4", 1, [[4, "99.99"]]],
    ]);
  });

  it("INTERVAL is refused, naming the column", async () => {
    const dir = tempDir();
    const file = path.join(dir, "interval.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    await con.run(`COPY (SELECT 1 AS id, INTERVAL 3 DAY AS wait) TO '${file}' (FORMAT parquet)`);
    con.closeSync();
    const e = await caught(() => validateTable([file], undefined));
    expect(e.message).toMatch(/Parquet column 'wait': INTERVAL values are not supported/);
  });
});

describe("Parquet and CSV of the same table give the same results", () => {
  const dir = tempDir();
  const files = {
    refCsv: path.join(dir, "reference.csv"),
    curCsv: path.join(dir, "current.csv"),
    refPq: path.join(dir, "reference.parquet"),
    curPq: path.join(dir, "current.parquet"),
  };
  const ready = (async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    // Two tables of 20,000 rows, the current one shifted: floats at full precision, integers,
    // categories, dates, booleans and nulls; written as CSV and as Parquet (row groups of 5,000).
    for (const [name, shift, seed] of [
      ["reference", 0, 0.1],
      ["current", 1, 0.2],
    ] as const) {
      await con.run(`SELECT setseed(${seed})`);
      await con.run(`CREATE TABLE ${name} AS SELECT
        i AS id,
        CASE WHEN i % 97 = 0 THEN NULL ELSE random() * 100 + ${shift} * 5 END AS amount,
        (random() * 1000)::INTEGER AS visits,
        [ 'oslo', 'lima', 'pune', 'kyiv' ][1 + (i * 7 + ${shift} * (i % 3)) % 4] AS city,
        DATE '2020-01-01' + ((i * 13) % 1800)::INTEGER AS joined,
        i % 3 = 0 AS active,
        ln(1 + random()) * 1e-3 AS tiny
        FROM range(20000) t(i)`);
      await con.run(`COPY ${name} TO '${path.join(dir, `${name}.csv`)}' (HEADER)`);
      await con.run(`COPY ${name} TO '${path.join(dir, `${name}.parquet`)}' (FORMAT parquet, ROW_GROUP_SIZE 5000)`);
    }
    con.closeSync();
  })();

  it("validate-data: the same profile and the same findings (Parquet names rows, CSV lines: one apart)", async () => {
    await ready;
    const schema: TableSchema = {
      fields: [
        { name: "id", type: "integer", constraints: { unique: true, required: true } },
        { name: "amount", type: "number", constraints: { required: true, maximum: 99 } },
        { name: "visits", type: "integer", constraints: { minimum: 0 } },
        { name: "city", type: "categorical", constraints: { enum: ["oslo", "lima", "pune"] } },
        { name: "joined", type: "date", constraints: {} },
        { name: "active", type: "boolean", constraints: {} },
        { name: "tiny", type: "number", constraints: {} },
      ],
      missingValues: [""],
      allowExtraColumns: true,
      allowDuplicateRows: true,
    };
    const csv = await validateTable([files.refCsv], schema);
    const pq = await validateTable([files.refPq], schema);
    expect(pq.profile).toEqual(csv.profile);
    // Parquet's column-by-column checker and the general (row by row) reader agree.
    const rows = await validateTable([files.refPq], schema, { engine: "csv-parse" });
    expect(rows).toEqual(pq);
    expect(pq.findings.length).toBeGreaterThan(0);
    expect(pq.findings).toEqual(
      csv.findings.map((f) => ({
        ...f,
        examples: f.examples.map((e) => ({ ...e, file: e.file.replace(/\.csv$/, ".parquet"), line: e.line - 1 })),
      })),
    );
  });

  it("check-drift: the same report", async () => {
    await ready;
    const table = async (file: string) => {
      const t = await readColumnar(file, { auto: "all" });
      const data = driftColumns(t);
      return { columns: t.columns.filter((c) => c in data), data, rows: t.rows };
    };
    const csv = datasetDrift(await table(files.refCsv), await table(files.curCsv));
    const pq = datasetDrift(await table(files.refPq), await table(files.curPq));
    expect(csv.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(["amount"]);
    expect(pq).toEqual(csv);
  });
});
