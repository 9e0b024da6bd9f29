/**
 * Bench: how cost grows with rows. For each size given (default 1e6 1e7 1e8), DuckDB writes the
 * benches' tables (bench/lib/duckdb-data.ts: the 10-column table with every kind of check, and two
 * tables of 10 floats, the current one shifted) as CSV and as Parquet in a temp folder on disk, and
 * the CLI bundle of the current sources runs, whole process:
 *
 * - validate-data, engine builtin, every check (types, ranges, enum, pattern, required, unique);
 * - check-drift with KS on every column, reference vs current.
 *
 * Prints each run's time and peak RSS (GNU time's %M), and whether the peak stays under 512 MiB
 * ("flat"), with the load average. Each job's files are written before it and deleted after it
 * (a 100,000,000-row table of 10 floats is about 20 GB as CSV), after a check of the free disk
 * space: a job that would not fit is skipped with a message. The CLI's temp files (check-drift's
 * sorted runs past its memory budget) go to the same folder (TMPDIR).
 *
 * Run: npx tsx bench/scale.ts [sizes…] [--formats csv,parquet] [--steps validate,drift]
 *   sizes as 1e6 or 1000000; MLSHIP_CLI=<a built CLI> skips the build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, statfsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BenchFormat, type BenchTable, benchFile, benchSchema, writeBenchData } from "./lib/duckdb-data.js";
import { bundledCli } from "./lib/cli.js";

const args = process.argv.slice(2);
const option = (name: string, all: string[]) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return all;
  const picked = args.splice(at, 2)[1]?.split(",") ?? [];
  const bad = picked.filter((p) => !all.includes(p));
  if (bad.length || !picked.length) {
    console.error(`--${name}: one or more of ${all.join(", ")}`);
    process.exit(2);
  }
  return picked;
};
const formats = option("formats", ["csv", "parquet"]) as BenchFormat[];
const steps = option("steps", ["validate", "drift"]) as ("validate" | "drift")[];
const sizes = args.length ? args.map(Number) : [1e6, 1e7, 1e8];
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) {
  console.error(`sizes are whole numbers of rows (1e6 or 1000000): ${args.join(" ")}`);
  process.exit(2);
}

const FLAT_MIB = 512;
/** Bytes per row on disk, measured on 1,000,000 rows (rounded up): the files, and what the run adds. */
const BYTES_PER_ROW = {
  table: { csv: 100, parquet: 50 },
  ref: { csv: 200, parquet: 85 },
  // DuckDB's database file while it writes (its tables, compressed), and check-drift's sorted runs
  // (8 bytes per value, 10 columns, both sides).
  generate: 120,
  drift: 160,
};

const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-scale-"));
const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: dir };
delete env.NODE_OPTIONS; // tsx's loader: the CLI bundle runs plain

interface Run {
  seconds: number;
  peakMiB: number;
  stdout: string;
}
function timed(args: string[]): Run {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t) / 1000;
  // validate-data exits 1 when the data has errors (this table has some, on purpose).
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`mlship ${args.slice(1).join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { seconds, peakMiB: Number(r.stderr.trim().split("\n").at(-1)) / 1024, stdout: r.stdout };
}

const schemaFile = path.join(dir, "schema.yml");
writeFileSync(schemaFile, JSON.stringify(benchSchema)); // YAML is a superset of JSON

const GB = 1e9;
const freeBytes = () => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};
/** Whether `bytes` fit on the disk with 2 GB to spare; says so when not. */
function fits(what: string, bytes: number): boolean {
  const free = freeBytes();
  if (bytes + 2 * GB <= free) return true;
  console.log(
    `${what}: skipped, it needs about ${(bytes / GB).toFixed(1)} GB of disk and ${(free / GB).toFixed(1)} GB are free in ${os.tmpdir()} (set TMPDIR to a larger disk)`,
  );
  return false;
}

interface Row {
  rows: number;
  format: BenchFormat;
  step: string;
  run: Run;
  load: number;
  note: string;
}
const results: Row[] = [];
const mib = (f: string) => `${(statSync(f).size / 2 ** 20).toFixed(0)} MiB`;

async function job(
  rows: number,
  format: BenchFormat,
  step: "validate" | "drift",
  cli: string,
): Promise<Row | undefined> {
  const tables: BenchTable[] = step === "validate" ? ["table"] : ["ref", "cur"];
  const perRow =
    step === "validate"
      ? BYTES_PER_ROW.table[format] + BYTES_PER_ROW.generate
      : 2 * BYTES_PER_ROW.ref[format] + BYTES_PER_ROW.generate + BYTES_PER_ROW.drift;
  const what = `${rows.toLocaleString("en")} rows, ${format}, ${step === "validate" ? "validate-data" : "check-drift"}`;
  if (!fits(what, rows * perRow)) return undefined;
  const files = tables.map((t) => benchFile(dir, t, format));
  try {
    const t = performance.now();
    await writeBenchData(dir, rows, tables, [format]);
    console.log(
      `${what}: ${files.map((f) => `${path.basename(f)} ${mib(f)}`).join(", ")} written in ${((performance.now() - t) / 1000).toFixed(0)} s`,
    );
    let run: Run;
    let note: string;
    if (step === "validate") {
      run = timed([cli, "validate-data", "--data", files[0], "--schema", schemaFile, "--engine", "builtin"]);
      const report = JSON.parse(
        readFileSync(path.join(dir, ".mlship", "validation", `table-${format}.report.json`), "utf8"),
      ) as { rows: number; findings: { check: string; column: string; count: number }[] };
      // The table's bad cells, known by construction: every 100,000th age, every 50,000th code.
      const count = (check: string, column: string) =>
        report.findings.find((f) => f.check === check && f.column === column)?.count ?? 0;
      const expected = {
        rows,
        ageMaximum: Math.floor((rows - 8) / 100_000) + 1,
        codePattern: Math.floor((rows - 12) / 50_000) + 1,
        unique: 0,
      };
      const got = {
        rows: report.rows,
        ageMaximum: count("maximum", "age"),
        codePattern: count("pattern", "code"),
        unique: count("unique", "id"),
      };
      if (JSON.stringify(got) !== JSON.stringify(expected))
        throw new Error(`${what}: findings ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
      note = `findings as constructed (${got.ageMaximum} ages out of range, ${got.codePattern} codes off the pattern, no repeated id)`;
    } else {
      run = timed([
        cli,
        "check-drift",
        "--reference",
        files[0],
        "--current",
        files[1],
        "--stattest",
        "ks",
        "--environment",
        `scale-${format}`,
      ]);
      const report = JSON.parse(readFileSync(path.join(dir, ".mlship", "drift", `scale-${format}.json`), "utf8")) as {
        reference_rows: number;
        current_rows: number;
        columns: { column: string; statistic: number; note?: string }[];
      };
      if (report.reference_rows !== rows || report.current_rows !== rows || report.columns.length !== 10)
        throw new Error(`${what}: the drift report has ${report.reference_rows} / ${report.current_rows} rows`);
      note = `KS D ${report.columns.map((c) => `${c.column} ${c.statistic.toFixed(5)}`).join(", ")}`;
    }
    return {
      rows,
      format,
      step: step === "validate" ? "validate-data" : "check-drift",
      run,
      load: os.loadavg()[0],
      note,
    };
  } finally {
    for (const f of files) rmSync(f, { force: true });
    for (const f of readdirSync(dir)) if (f.startsWith("mlship-")) rmSync(path.join(dir, f), { recursive: true });
  }
}

try {
  const cli = bundledCli(dir, env);
  for (const rows of sizes)
    for (const step of steps)
      for (const format of formats) {
        const r = await job(rows, format, step, cli);
        if (!r) continue;
        results.push(r);
        console.log(
          `${r.rows.toLocaleString("en")} rows ${r.format} ${r.step}: ${r.run.seconds.toFixed(1)} s, peak RSS ${r.run.peakMiB.toFixed(0)} MiB (${r.run.peakMiB < FLAT_MIB ? "flat" : `NOT flat: over ${FLAT_MIB} MiB`}), load average ${r.load.toFixed(2)}; ${r.note}`,
        );
      }
  console.log(`\n| rows | format | step | time | peak RSS | under ${FLAT_MIB} MiB |`);
  console.log("|---:|---|---|---:|---:|---|");
  for (const r of results)
    console.log(
      `| ${r.rows.toLocaleString("en")} | ${r.format} | ${r.step} | ${r.run.seconds.toFixed(1)} s | ${r.run.peakMiB.toFixed(0)} MiB | ${r.run.peakMiB < FLAT_MIB ? "yes" : "no"} |`,
    );
  console.log(
    `${os.cpus().length} CPUs, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
