import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { openParquet, parquetBatches } from "../packages/core/src/data/parquet.js";
import { tempDir } from "./helpers/tmp.js";

// parquet.ts reads flat columns itself (hyparquet's page decoders, its own row assembly): every
// cell must read as DuckDB reads the same file, across row groups, pages, dictionaries, nulls
// and both data page versions.
const ROWS = 20_000;
const COLUMNS = ["i32", "i64", "dbl", "flt", "txt", "cat", "flag", "day"];

async function duck(
  dir: string,
  version: "V1" | "V2",
): Promise<{ file: string; want: Record<string, (string | null)[]> }> {
  const file = path.join(dir, `flat-${version}.parquet`);
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  // Nulls in runs and scattered; a column with none; a dictionary (cat) and plain text (txt).
  await con.run(`CREATE TABLE t AS SELECT
    CASE WHEN i % 7 = 3 THEN NULL ELSE (i * 37 % 1000 - 500)::INTEGER END AS i32,
    CASE WHEN i BETWEEN 5000 AND 5300 THEN NULL ELSE i::BIGINT * 1000000007 END AS i64,
    CASE WHEN i % 11 = 0 THEN NULL ELSE i / 7.0 END::DOUBLE AS dbl,
    CASE WHEN i % 13 = 5 THEN NULL ELSE (i % 100) / 4.0 END::FLOAT AS flt,
    CASE WHEN i % 17 = 1 THEN NULL ELSE 'row ' || i END AS txt,
    ['a', 'bb', NULL, 'ccc'][1 + i % 4] AS cat,
    i % 3 = 0 AS flag,
    CASE WHEN i % 19 = 2 THEN NULL ELSE DATE '2020-01-01' + (i % 900)::INTEGER END AS day
    FROM range(${ROWS}) r(i)`);
  await con.run(`COPY t TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 4096, PARQUET_VERSION ${version})`);
  const r = await con.runAndReadAll(
    `SELECT ${COLUMNS.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(", ")}
     FROM read_parquet('${file}', file_row_number = true) ORDER BY file_row_number`,
  );
  const want: Record<string, (string | null)[]> = Object.fromEntries(COLUMNS.map((c) => [c, []]));
  for (const row of r.getRowObjectsJS()) for (const c of COLUMNS) want[c].push((row[c] as string | null) ?? null);
  con.closeSync();
  return { file, want };
}

describe("Parquet flat columns", () => {
  for (const version of ["V1", "V2"] as const)
    it(`every cell as DuckDB reads it: nulls, several row groups and pages, dictionaries (data pages ${version})`, async () => {
      const { file, want } = await duck(tempDir(), version);
      const pq = await openParquet(file);
      expect(pq.metadata.row_groups.length).toBeGreaterThan(1);
      const got: Record<string, (string | null)[]> = Object.fromEntries(COLUMNS.map((c) => [c, []]));
      const nulls: Record<string, number> = {};
      for await (const b of parquetBatches(pq))
        for (const c of b.columns)
          for (let i = 0; i < b.rows; i++) {
            got[c.name].push(c.text(i));
            if (c.isNull(i)) nulls[c.name] = (nulls[c.name] ?? 0) + 1;
            // Numbers of a null row are NaN, never a stale 0.
            if (c.numbers && c.isNull(i)) expect(c.numbers[i], c.name).toBeNaN();
          }
      for (const c of COLUMNS) {
        expect(got[c].length, c).toBe(ROWS);
        expect(nulls[c] ?? 0, c).toBe(want[c].filter((v) => v === null).length);
        if (c === "dbl" || c === "flt")
          expect(
            got[c].map((t) => (t === null ? null : Number(t))),
            c,
          ).toEqual(want[c].map((t) => (t === null ? null : Number(t))));
        else expect(got[c], c).toEqual(want[c]);
      }
    }, 120_000);
});
