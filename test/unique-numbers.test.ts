import { writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { validateDelimitedBytes } from "../packages/core/src/validate/csv-batch-checker.js";
import { validateParquet } from "../packages/core/src/validate/parquet-checker.js";
import { TableState } from "../packages/core/src/validate/table-state.js";
import type { TableSchema } from "../packages/core/src/validate/table-schema.js";
import { UniqueNumbers } from "../packages/core/src/validate/unique-numbers.js";
import { tempDir } from "./helpers/tmp.js";

// validate-data's `unique` on a numeric field past its memory budget: the set is frozen, later
// numbers go to disk, and the repeats among them are found after reading — the same findings
// (count, examples in reading order, lines) as a plain Set over the same numbers gives.
const ROWS = 60_000;

/** Sparse, non-integer ids (a hash table, not the bitmap), with repeats put in on purpose. */
function ids(): number[] {
  const out: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    let v = i * 1_000_003 + 0.25;
    if (i >= 9973 && i % 9973 === 17) v = out[i - 5000]; // repeats a number seen 5,000 rows before
    if (i === 59_000) v = out[2]; // repeats one of the first numbers (in memory before the budget)
    if (i === 40_000 || i === 50_000) v = out[30_000]; // the same number three times
    out.push(v);
  }
  return out;
}

/** The reference: a plain Set, in reading order (line = row + 2, after the header). */
function expected(values: number[]): { count: number; lines: number[] } {
  const seen = new Set<number>();
  const lines: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) lines.push(i + 2);
    else seen.add(v);
  });
  return { count: lines.length, lines };
}

const schema = {
  fields: [{ name: "id", type: "number", constraints: { unique: true } }],
  missingValues: [""],
  allowExtraColumns: true,
  allowDuplicateRows: true,
} as TableSchema;

/** A TableState whose `unique` holds `heldBytes` in memory (runs of 1,000 numbers on disk). */
function state(heldBytes: number): TableState {
  const s = new TableState(schema, 5);
  s.uniqueNumbers.set("id", new UniqueNumbers(heldBytes, 1000));
  return s;
}

describe("validate-data's unique past its memory budget", () => {
  const dir = tempDir();
  const values = ids();
  const csv = path.join(dir, "ids.csv");
  writeFileSync(csv, `id\n${values.map(String).join("\n")}\n`);
  const want = expected(values);

  it("finds every repeat, with the examples a Set finds, in reading order (CSV)", async () => {
    expect(want.count).toBe(9); // 6 every 9,973 rows, 1 early number, 2 of the same number
    for (const held of [Infinity, 64 * 1024]) {
      const s = state(held);
      s.startFile("ids.csv");
      await validateDelimitedBytes(csv, ",", s);
      const unique = s.result().findings.find((f) => f.check === "unique")!;
      expect(unique.count, `held ${held}`).toBe(want.count);
      expect(
        unique.examples.map((e) => e.line),
        `held ${held}`,
      ).toEqual(want.lines.slice(0, 5));
      expect(unique.examples.map((e) => e.value)).toEqual(want.lines.slice(0, 5).map((l) => String(values[l - 2])));
    }
  });

  it("and across the files of a dataset, each example naming its file (Parquet)", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const half = ROWS / 2;
    const files = [path.join(dir, "a.parquet"), path.join(dir, "b.parquet")];
    for (const [k, f] of files.entries())
      await con.run(
        `COPY (SELECT id FROM read_csv('${csv}', header = true, columns = {'id': 'DOUBLE'}) LIMIT ${half} OFFSET ${k * half}) TO '${f}' (FORMAT parquet, ROW_GROUP_SIZE 4096)`,
      );
    con.closeSync();
    const s = state(64 * 1024);
    for (const f of files) {
      s.startFile(path.basename(f));
      await validateParquet(f, s);
    }
    const unique = s.result().findings.find((f) => f.check === "unique")!;
    expect(unique.count).toBe(want.count);
    // A Parquet file's lines are its rows, counted from 1 in each file.
    const place = (l: number) => (l - 2 < half ? `a.parquet:${l - 1}` : `b.parquet:${l - 1 - half}`);
    expect(unique.examples.map((e) => `${e.file}:${e.line}`)).toEqual(want.lines.slice(0, 5).map(place));
  });

  it("a dense id column stays in its bitmap: 3,000,000 ids every 3 hold 1.1 MB, and never reach the disk", () => {
    const u = new UniqueNumbers(2 * 1024 * 1024, 1000);
    let repeats = 0;
    for (let i = 0; i < 3_000_000; i++) if (!u.add(i * 3 + 100_000, i)) repeats++;
    expect(repeats).toBe(0);
    expect(u.add(100_003, 0)).toBe(false);
    expect(u.lateRepeats(5)).toEqual({ count: 0, first: [] });
  });
});
