import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { datasetDrift, type Table } from "../packages/core/src/drift/check.js";
import { decideColumnDrift } from "../packages/core/src/drift/column-drift.js";
import { distributions } from "../packages/core/src/drift/distributions.js";
import { SpillFolder, SpilledColumn } from "../packages/core/src/drift/spilled.js";
import { driftColumns } from "../packages/core/src/data/column.js";
import { ColumnProfiler } from "../packages/core/src/data/profile.js";
import { readColumnar } from "../packages/core/src/data/read-columnar.js";
import type { StatTest } from "../packages/core/src/drift/stat-tests.js";
import { readDriftTable } from "../packages/core/src/drift/read.js";
import { SortedRuns } from "../packages/core/src/util/sorted-runs.js";
import { tempDir } from "./helpers/tmp.js";

// check-drift past its memory budget: numeric columns go to disk in sorted runs and the statistics
// merge them. Against scipy (test/fixtures/spilled-drift/make_reference.py: ks_2samp,
// wasserstein_distance, chisquare on the same tables), and against the in-memory path, which must
// give the same report (the spilled path is exact, not an approximation).
const golden = JSON.parse(readFileSync("test/fixtures/spilled-drift/reference.json", "utf8")) as {
  n_ref: number;
  n_cur: number;
  columns: Record<string, Record<string, number>>;
};

/** The generator's tables: integers over 100, exact in Python and JavaScript alike. */
function table(n: number, shift: number): string {
  const lines = ["x,y,k"];
  for (let i = 0; i < n; i++) {
    const x = i % 97 === 5 ? "" : String(((7919 * i) % 10007) / 100 + shift);
    const y = ((104729 * i + 13) % 3001) / 100 + 2 * shift;
    const k = (shift ? (i * 31) % 5 : i * 31) % 4;
    lines.push(`${x},${y},${k}`);
  }
  return `${lines.join("\n")}\n`;
}

const dir = tempDir();
const files = { ref: path.join(dir, "ref.csv"), cur: path.join(dir, "cur.csv") };
writeFileSync(files.ref, table(golden.n_ref, 0));
writeFileSync(files.cur, table(golden.n_cur, 0.25));

/** Runs of 1,000 values: a dozen runs a column, so the merge is exercised. */
const spill = new SpillFolder(1000);
afterAll(() => spill.remove());

const spilledTable = (file: string) => readDriftTable(file, { spill, heldValues: 0 });
async function heldTable(file: string): Promise<Table> {
  const t = await readColumnar(file, { auto: "all" });
  return { columns: t.columns, data: driftColumns(t), rows: t.rows };
}

const close = (got: number | null, want: number, rel: number) =>
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.max(Math.abs(want), Number.MIN_VALUE));

describe("check-drift past its memory budget (spilled columns)", () => {
  it("every numeric column goes to disk in sorted runs, missing cells counted apart", async () => {
    const ref = await spilledTable(files.ref);
    for (const c of ["x", "y", "k"]) expect(ref.data[c]).toBeInstanceOf(SpilledColumn);
    const x = ref.data.x as SpilledColumn;
    expect([x.rows, x.present, x.missing]).toEqual([
      golden.n_ref,
      golden.columns.x.present_ref,
      golden.n_ref - golden.columns.x.present_ref,
    ]);
    expect(x.distinct).toBe(22); // more than the 21 it counts exactly
    expect((ref.data.k as SpilledColumn).counts()).toEqual(
      new Map([
        ["0", 3000],
        ["1", 3000],
        ["2", 3000],
        ["3", 3000],
      ]),
    );
  });

  it("KS, Wasserstein and chi-square as scipy computes them on the same data", async () => {
    const [ref, cur] = await Promise.all([spilledTable(files.ref), spilledTable(files.cur)]);
    for (const c of ["x", "y"]) {
      const g = golden.columns[c];
      const view = (t: Table) => ({ kind: "data" as const, cells: t.data[c] });
      const ks = decideColumnDrift(c, view(ref), view(cur), { stattest: "ks" });
      expect(ks.stattest).toBe("ks");
      close(ks.statistic, g.ks_statistic, 1e-12);
      close(ks.p_value, g.ks_pvalue, 1e-9);
      const w = decideColumnDrift(c, view(ref), view(cur), { stattest: "wasserstein" });
      close(w.statistic, g.wasserstein_normed, 1e-9);
    }
    const chi = decideColumnDrift(
      "k",
      { kind: "data", cells: ref.data.k },
      { kind: "data", cells: cur.data.k },
      {
        stattest: "chisquare",
      },
    );
    expect(chi.type).toBe("categorical");
    close(chi.statistic, golden.columns.k.chisquare_statistic, 1e-12);
    expect(chi.p_value).toBeLessThan(1e-300);
  });

  it("gives the in-memory path's report for every test, and its distributions", async () => {
    const [sr, sc, hr, hc] = await Promise.all([
      spilledTable(files.ref),
      spilledTable(files.cur),
      heldTable(files.ref),
      heldTable(files.cur),
    ]);
    // One side spilled and the other held, too (a small current file against a large reference).
    for (const [ref, cur] of [
      [sr, sc],
      [sr, hc],
      [hr, sc],
    ])
      for (const stattest of ["auto", "ks", "wasserstein", "psi", "kl_div", "jensenshannon", "chisquare", "z"] as (
        | StatTest
        | "auto"
      )[]) {
        const got = datasetDrift(ref, cur, { stattest });
        const want = datasetDrift(hr, hc, { stattest });
        if (stattest === "chisquare" || stattest === "z") {
          // Counts of a many-valued column are not kept past the budget: Wasserstein instead, said so.
          for (const c of got.columns.filter((c) => c.type === "numeric"))
            expect(c.note).toBe(
              `${stattest} needs each value's count (past the memory budget only a column of at most 21 distinct values is counted); used wasserstein`,
            );
          got.columns = got.columns.filter((c) => c.type === "categorical");
          want.columns = want.columns.filter((c) => c.type === "categorical");
        }
        expect(
          got.columns.map((c) => [c.column, c.type, c.stattest, c.note]),
          stattest,
        ).toEqual(want.columns.map((c) => [c.column, c.type, c.stattest, c.note]));
        got.columns.forEach((c, i) => {
          close(c.statistic, want.columns[i].statistic!, 1e-12);
          if (want.columns[i].p_value === null) expect(c.p_value).toBeNull();
          else close(c.p_value, want.columns[i].p_value!, 1e-9);
        });
        const [gd, wd] = [distributions(got, ref, cur), distributions(want, hr, hc)];
        expect(gd.map((d) => [d.column, d.type, d.labels])).toEqual(wd.map((d) => [d.column, d.type, d.labels]));
        gd.forEach((d, i) => {
          d.reference.forEach((v, j) => close(v, wd[i].reference[j], 1e-12));
          d.current.forEach((v, j) => close(v, wd[i].current[j], 1e-12));
        });
      }
  });

  it("against a saved profile: the current data's quantiles and percentile bins from disk, as held", async () => {
    const [cur, held, ref] = await Promise.all([spilledTable(files.cur), heldTable(files.cur), heldTable(files.ref)]);
    // A profile of the reference that keeps only its quantile sketch (more rows than it keeps values of).
    const col = ref.data.y as { values: Float64Array };
    const profiler = new ColumnProfiler("y", true);
    for (const v of col.values) profiler.add(String(v), v);
    // Without its values (12,000 of them: a profile of more than 20,000 rows keeps none).
    const { values, ...profile } = profiler.result();
    expect(values).toHaveLength(golden.n_ref);
    expect(profile.quantiles).toHaveLength(101);
    for (const stattest of ["wasserstein", "psi", "kl_div", "jensenshannon"] as StatTest[]) {
      const got = decideColumnDrift(
        "y",
        { kind: "profile", profile },
        { kind: "data", cells: cur.data.y },
        { stattest },
      );
      const want = decideColumnDrift(
        "y",
        { kind: "profile", profile },
        { kind: "data", cells: held.data.y },
        { stattest },
      );
      expect([got.stattest, got.note]).toEqual([want.stattest, want.note]);
      close(got.statistic, want.statistic!, 1e-12);
    }
  });

  it("Parquet spills too (row group by row group), with the same result as CSV", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const pq = { ref: path.join(dir, "ref.parquet"), cur: path.join(dir, "cur.parquet") };
    for (const side of ["ref", "cur"] as const)
      await con.run(
        `COPY (SELECT * FROM read_csv('${files[side]}', header = true, columns = {'x': 'DOUBLE', 'y': 'DOUBLE', 'k': 'DOUBLE'})) TO '${pq[side]}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`,
      );
    con.closeSync();
    const [ref, cur] = await Promise.all([spilledTable(pq.ref), spilledTable(pq.cur)]);
    expect(ref.data.y).toBeInstanceOf(SpilledColumn);
    const ks = decideColumnDrift(
      "y",
      { kind: "data", cells: ref.data.y },
      { kind: "data", cells: cur.data.y },
      {
        stattest: "ks",
      },
    );
    close(ks.statistic, golden.columns.y.ks_statistic, 1e-12);
    close(ks.p_value, golden.columns.y.ks_pvalue, 1e-9);
    expect((ref.data.x as SpilledColumn).missing).toBe(golden.n_ref - golden.columns.x.present_ref);
  });

  it("a full disk is bad input naming the folder and the way out, not a crash (/dev/full answers ENOSPC)", () => {
    const runs = new SortedRuns("/dev/full");
    try {
      expect(() => runs.write(Float64Array.of(1, 2, 3))).toThrow(
        expect.objectContaining({
          name: "UserError",
          message: expect.stringMatching(/disk is full \(\/dev\).*TMPDIR/),
        }),
      );
    } finally {
      runs.close();
    }
  });

  it("removes its files", () => {
    const c = spill.column();
    const folder = path.dirname(c.file);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    spill.remove();
    expect(() => readdirSync(folder)).toThrow();
  });
});
