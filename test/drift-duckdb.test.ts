import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetDrift, type DriftOptions } from "../packages/core/src/drift/check.js";
import { readDriftTable } from "../packages/core/src/drift/read.js";
import { UserError } from "../packages/core/src/errors.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { caught } from "./helpers/catch.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

// The fixture and scipy's ks_2samp of its numeric columns: test/fixtures/drift-duckdb/make_fixture.py.
const fixture = path.resolve("test/fixtures/drift-duckdb");
const scipy = JSON.parse(readFileSync(path.join(fixture, "ks_reference.json"), "utf8")).ks_2samp as Record<
  string,
  { statistic: number; pvalue: number }
>;
const dir = tempDir("mlship-drift-duckdb-");
const files = {
  csv: { ref: path.join(fixture, "reference.csv"), cur: path.join(fixture, "current.csv") },
  parquet: { ref: path.join(dir, "reference.parquet"), cur: path.join(dir, "current.parquet") },
};

// The same tables as Parquet, typed as DuckDB types the CSV: x DOUBLE, n and big BIGINT, joined a
// DATE (read by the builtin reader for both engines), odd a DOUBLE holding inf in the current data.
beforeAll(async () => {
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  for (const side of ["ref", "cur"] as const)
    await con.run(
      `COPY (SELECT * FROM read_csv('${files.csv[side]}', header = true)) TO '${files.parquet[side]}' (FORMAT parquet)`,
    );
  con.closeSync();
});

const drift = async (format: "csv" | "parquet", engine: "builtin" | "duckdb", opts: DriftOptions) =>
  datasetDrift(
    await readDriftTable(files[format].ref, { engine }),
    await readDriftTable(files[format].cur, { engine }),
    opts,
  );

describe("engine duckdb: the builtin engine's report, value for value", () => {
  for (const format of ["csv", "parquet"] as const)
    it(`${format}: missing cells, ties, integers beyond 2^53, quoted numbers, dates, an infinity`, {
      timeout: 120_000,
    }, async () => {
      for (const stattest of ["ks", "auto"] as const) {
        const builtin = await drift(format, "builtin", { stattest });
        const duckdb = await drift(format, "duckdb", { stattest });
        expect(duckdb).toEqual(builtin);
      }
      const report = await drift(format, "duckdb", { stattest: "ks" });
      const byName = Object.fromEntries(report.columns.map((c) => [c.column, c]));
      // Typed by content: dates, categories and a column holding "inf" are text.
      expect(Object.fromEntries(report.columns.map((c) => [c.column, c.type]))).toEqual({
        x: "numeric",
        n: "numeric",
        big: "numeric",
        city: "categorical",
        joined: "categorical",
        odd: "categorical",
        quoted: "numeric",
      });
      expect(report.reference_rows).toBe(1200);
      expect(report.current_rows).toBe(900);
      // D and p as scipy.stats.ks_2samp gives them on the present values.
      for (const [column, ref] of Object.entries(scipy)) {
        expect(byName[column].stattest).toBe("ks");
        expect(byName[column].statistic).toBeCloseTo(ref.statistic, 12);
        expect(Math.abs(byName[column].p_value! - ref.pvalue)).toBeLessThanOrEqual(1e-9 * Math.max(ref.pvalue, 1e-300));
      }
    });

  it("the step writes the same report with either engine", { timeout: 120_000 }, async () => {
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: churn\nregistry: file://${path.join(dir, "registry")}\nregistry-persistent: true\n`,
    );
    const run = async (engine: string) => {
      const r = await checkDriftStep(
        parseInputs(
          checkDriftSpec,
          (n) =>
            ({
              config: path.join(dir, "mlship.yml"),
              reference: files.parquet.ref,
              current: files.parquet.cur,
              engine,
              environment: engine,
            })[n],
        ),
        quietHost,
      );
      const { createdAt: _, environment: __, ...report } = JSON.parse(readFileSync(r.outputs.report, "utf8"));
      expect(r.outputs.report).toBe(path.join(dir, ".mlship", "drift", `${engine}.json`));
      return { ok: r.ok, outputs: r.outputs.drifted, report };
    };
    expect(await run("duckdb")).toEqual(await run("builtin"));
  });
});

describe("engine choice", () => {
  it("duckdb that cannot be loaded is a user error saying how to install it; auto reads with the builtin reader", async () => {
    const duckdbPath = readCoreSettings({
      MLSHIP_DUCKDB_PATH: mkdtempSync(path.join(os.tmpdir(), "mlship-no-duckdb-")),
    }).duckdbPath;
    const e = await caught(() => readDriftTable(files.csv.ref, { engine: "duckdb", duckdbPath }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toMatch(
      /engine 'duckdb': @duckdb\/node-api could not be loaded; install it .*MLSHIP_DUCKDB_PATH/,
    );
    const host = recordingHost();
    const auto = await readDriftTable(files.csv.ref, { engine: "auto", duckdbPath, log: host.log });
    expect(auto.rows).toBe(1200);
  });

  it("auto reads a small file with the builtin reader, a large one with DuckDB", async () => {
    const host = recordingHost();
    await readDriftTable(files.csv.ref, { engine: "auto", log: host.log });
    expect(host.lines.filter((l) => l.includes("read by DuckDB"))).toEqual([]);
    await readDriftTable(files.csv.ref, { engine: "duckdb", log: host.log });
    expect(host.lines).toContain(`debug: ${files.csv.ref}: read by DuckDB`);
  });

  it("duckdb refuses what it does not read (JSONL); a repeated header is the builtin reader's error", async () => {
    const jsonl = path.join(dir, "rows.jsonl");
    writeFileSync(jsonl, '{"a": 1}\n');
    const e = await caught(() => readDriftTable(jsonl, { engine: "duckdb" }));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(
      "engine 'duckdb' reads local CSV, TSV and Parquet files only: use engine 'auto' or 'builtin'",
    );
    const twice = path.join(dir, "twice.csv");
    writeFileSync(twice, "a,a\n1,2\n3,4\n");
    const builtin = await caught(() => readDriftTable(twice, { engine: "builtin" }));
    const duckdb = await caught(() => readDriftTable(twice, { engine: "duckdb" }));
    expect(builtin).toBeInstanceOf(UserError);
    expect(duckdb.message).toBe(builtin.message);
  });
});
