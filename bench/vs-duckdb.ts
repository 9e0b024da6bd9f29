/**
 * Bench: mlship against DuckDB, whole process against whole process, CSV and Parquet, in
 * alternating rounds (who goes first alternates, so the machine's noise falls on both sides).
 *
 * - validate-data (engine builtin, and engine duckdb: @duckdb/node-api loaded from this checkout
 *   through MLSHIP_DUCKDB_PATH) on a table of `rows` rows (default 1,000,000) × 10 columns — floats at full
 *   precision, a unique id, a code with a pattern, a date, categories, booleans, a few bad cells —
 *   against a schema that checks every column, vs a DuckDB process reading the same file and
 *   running the same checks in SQL (types by TRY_CAST on the CSV's text, ranges, enum, pattern,
 *   required, unique) plus the moments mlship's profile holds (min, max, mean, std per number).
 * - check-drift with KS on every column of two tables of `rows` rows × 10 floats (engine builtin,
 *   what `auto` picks at these sizes, and engine duckdb: @duckdb/node-api loaded through
 *   MLSHIP_DUCKDB_PATH reads both files), vs two DuckDB processes, each loading both files into tables: one computes each
 *   column's KS statistic in SQL (two ECDFs by window sums over the sorted union, ties grouped),
 *   the other sorts each column in SQL (ORDER BY, read into a Float64Array) and merges the two
 *   sorted columns in the same script (a data engineer's faster route). check-drift is held to
 *   the faster of the two.
 *
 * Each pair runs on the CSV and on the Parquet file of the same table (DuckDB writes both). The
 * findings' counts and the KS statistics are compared between the two engines (they must agree).
 * Prints each run's time and peak RSS (GNU time), medians and the ratios mlship / DuckDB.
 * mlship runs as users run it, a bundle of the current sources (built here into a temp folder
 * with `node scripts/build.mjs --out`, unless MLSHIP_CLI names a built CLI).
 * Run: npx tsx bench/vs-duckdb.ts [rows] [rounds]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchFile, benchSchema, writeBenchData } from "./lib/duckdb-data.js";
import { bundledCli } from "./lib/cli.js";

const numbers = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const rows = numbers[0] ?? 1_000_000;
const ROUNDS = numbers[1] ?? 3;
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-duckdb-"));
// tsx passes its loader to children through NODE_OPTIONS; the CLI bundle and DuckDB's script run plain.
const env = { ...process.env };
delete env.NODE_OPTIONS;
const duckdbModule = import.meta.resolve("@duckdb/node-api");

interface Run {
  seconds: number;
  rssMB: number;
  stdout: string;
}
function timed(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Run {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], {
    cwd,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t) / 1000;
  // validate-data exits 1 when the data has errors (this data has some, on purpose).
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { seconds, rssMB: Number(r.stderr.trim().split("\n").at(-1)) / 1024, stdout: r.stdout };
}

// ---- data, written by DuckDB (a seeded generator shared with bench/scale.ts; never committed) ----
const files = {
  table: { csv: benchFile(dir, "table", "csv"), parquet: benchFile(dir, "table", "parquet") },
  ref: { csv: benchFile(dir, "ref", "csv"), parquet: benchFile(dir, "ref", "parquet") },
  cur: { csv: benchFile(dir, "cur", "csv"), parquet: benchFile(dir, "cur", "parquet") },
};
await writeBenchData(dir, rows, ["table", "ref", "cur"], ["csv", "parquet"]);
const mb = (f: string) => `${(statSync(f).size / 1e6).toFixed(0)} MB`;
console.log(
  `validate: ${rows.toLocaleString()} rows × 10 columns, CSV ${mb(files.table.csv)}, Parquet ${mb(files.table.parquet)}; ` +
    `drift: 2 × ${rows.toLocaleString()} rows × 10 floats, CSV ${mb(files.ref.csv)} each, Parquet ${mb(files.ref.parquet)} each`,
);

const cli = bundledCli(dir, env);
const schemaFile = path.join(dir, "schema.yml");
writeFileSync(schemaFile, JSON.stringify(benchSchema)); // YAML is a superset of JSON

// ---- the DuckDB side: one script, run as its own process ----
const validateSql = (source: string) => `
SELECT
  count(*) AS rows,
  count(*) FILTER (WHERE id IS NULL OR TRY_CAST(id AS BIGINT) IS NULL) AS id_type_or_required,
  count(*) - count(DISTINCT id) AS id_unique,
  count(*) FILTER (WHERE TRY_CAST(id AS BIGINT) < 0) AS id_minimum,
  count(*) FILTER (WHERE age IS NULL OR TRY_CAST(age AS INTEGER) IS NULL) AS age_type_or_required,
  count(*) FILTER (WHERE TRY_CAST(age AS INTEGER) NOT BETWEEN 0 AND 120) AS age_range,
  count(*) FILTER (WHERE income IS NOT NULL AND TRY_CAST(income AS DOUBLE) IS NULL) AS income_type,
  count(*) FILTER (WHERE TRY_CAST(income AS DOUBLE) < 0) AS income_minimum,
  count(*) FILTER (WHERE score IS NOT NULL AND TRY_CAST(score AS DOUBLE) IS NULL) AS score_type,
  count(*) FILTER (WHERE TRY_CAST(score AS DOUBLE) NOT BETWEEN 0 AND 1) AS score_range,
  count(*) FILTER (WHERE ratio IS NOT NULL AND TRY_CAST(ratio AS DOUBLE) IS NULL) AS ratio_type,
  count(*) FILTER (WHERE visits IS NOT NULL AND TRY_CAST(visits AS INTEGER) IS NULL) AS visits_type,
  count(*) FILTER (WHERE TRY_CAST(visits AS INTEGER) < 0) AS visits_minimum,
  count(*) FILTER (WHERE city NOT IN ('oslo', 'lima', 'pune', 'kyiv', 'doha', 'são paulo')) AS city_enum,
  count(*) FILTER (WHERE code IS NULL) AS code_required,
  count(*) FILTER (WHERE NOT regexp_full_match(code, '[A-Z]{2}-[0-9]{4}')) AS code_pattern,
  count(*) FILTER (WHERE active IS NOT NULL AND TRY_CAST(active AS BOOLEAN) IS NULL) AS active_type,
  count(*) FILTER (WHERE joined IS NOT NULL AND TRY_CAST(joined AS DATE) IS NULL) AS joined_type,
  ${["id", "age", "income", "score", "ratio", "visits"]
    .map(
      (c) =>
        `min(TRY_CAST(${c} AS DOUBLE)), max(TRY_CAST(${c} AS DOUBLE)), avg(TRY_CAST(${c} AS DOUBLE)), stddev_samp(TRY_CAST(${c} AS DOUBLE))`,
    )
    .join(",\n  ")}
FROM ${source}`;
const ksSql = (c: string) => `
WITH u AS (SELECT ${c} AS x, 1 AS a, 0 AS b FROM ref WHERE ${c} IS NOT NULL
           UNION ALL SELECT ${c}, 0, 1 FROM cur WHERE ${c} IS NOT NULL),
g AS (SELECT x, sum(a) AS a, sum(b) AS b FROM u GROUP BY x),
n AS (SELECT sum(a) AS na, sum(b) AS nb FROM g),
e AS (SELECT sum(a) OVER w / n.na AS fa, sum(b) OVER w / n.nb AS fb FROM g, n WINDOW w AS (ORDER BY x ROWS UNBOUNDED PRECEDING))
SELECT '${c}' AS col, max(abs(fa - fb)) AS d FROM e`;
const duckScript = path.join(dir, "duckdb-run.mjs");
writeFileSync(
  duckScript,
  `import { DuckDBInstance } from ${JSON.stringify(duckdbModule)};
const [task, format, a, b] = process.argv.slice(2);
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
const read = (f) => format === "csv" ? \`read_csv('\${f}', header = true, all_varchar = true)\` : \`read_parquet('\${f}')\`;
const readTyped = (f) => format === "csv" ? \`read_csv('\${f}', header = true)\` : \`read_parquet('\${f}')\`;
if (task === "validate") {
  const r = await con.runAndReadAll(${JSON.stringify(validateSql("SOURCE"))}.replace("SOURCE", read(a)));
  console.log(JSON.stringify(r.getRowObjectsJson()[0]));
} else {
  await con.run(\`CREATE TABLE ref AS SELECT * FROM \${readTyped(a)}\`);
  await con.run(\`CREATE TABLE cur AS SELECT * FROM \${readTyped(b)}\`);
  const out = {};
  for (let c = 0; c < 10; c++) {
    if (task === "drift") {
      const r = await con.runAndReadAll(${JSON.stringify(ksSql("COL"))}.replaceAll("COL", "f" + c));
      out["f" + c] = Number(r.getRowObjectsJS()[0].d);
    } else out["f" + c] = ksMerge(await sorted("ref", "f" + c), await sorted("cur", "f" + c));
  }
  console.log(JSON.stringify(out));
}
/** One column's present values sorted by DuckDB, copied from its result vectors (no value per cell in JS). */
async function sorted(table, col) {
  const r = await con.run(\`SELECT \${col} FROM \${table} WHERE \${col} IS NOT NULL ORDER BY \${col}\`);
  const out = new Float64Array(r.rowCount);
  let at = 0;
  for (let chunk = await r.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await r.fetchChunk()) {
    const v = chunk.getColumnVector(0);
    if (v.items) out.set(v.items, at);
    else for (let i = 0; i < chunk.rowCount; i++) out[at + i] = v.getItem(i);
    at += chunk.rowCount;
  }
  return out;
}
/** D = max |F_a − F_b| over the merged sorted samples, ties grouped. */
function ksMerge(a, b) {
  let i = 0, j = 0, d = 0;
  while (i < a.length && j < b.length) {
    const x = Math.min(a[i], b[j]);
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  return d;
}
`,
);

// ---- rounds ----
type Job = { name: string; run: () => Run };
// mlship with engine: duckdb runs in its own folder (its report beside the builtin's), loading
// DuckDB from this checkout's node_modules (the bundle in the temp folder has none beside it).
const duckDir = path.join(dir, "engine-duckdb");
mkdirSync(duckDir);
const duckEnv = { MLSHIP_DUCKDB_PATH: process.cwd() };
/** Groups run side by side: validate (builtin, engine duckdb, DuckDB's SQL) and drift (mlship, DuckDB). */
const jobs = (format: "csv" | "parquet"): Job[][] => [
  [
    {
      name: `mlship validate-data (${format})`,
      run: () =>
        timed(
          process.execPath,
          [cli, "validate-data", "--data", files.table[format], "--schema", schemaFile, "--engine", "builtin"],
          dir,
        ),
    },
    {
      name: `mlship validate-data duckdb (${format})`,
      run: () =>
        timed(
          process.execPath,
          [cli, "validate-data", "--data", files.table[format], "--schema", schemaFile, "--engine", "duckdb"],
          duckDir,
          duckEnv,
        ),
    },
    {
      name: `duckdb same checks (${format})`,
      run: () => timed(process.execPath, [duckScript, "validate", format, files.table[format]], dir),
    },
  ],
  [
    ...(["builtin", "duckdb"] as const).map((engine) => ({
      name: `mlship check-drift KS ${engine} (${format})`,
      run: () =>
        timed(
          process.execPath,
          [
            cli,
            "check-drift",
            "--reference",
            files.ref[format],
            "--current",
            files.cur[format],
            "--stattest",
            "ks",
            "--engine",
            engine,
            "--environment",
            `bench-${engine}-${format}`,
          ],
          dir,
          engine === "duckdb" ? duckEnv : {},
        ),
    })),
    {
      name: `duckdb load + KS in SQL (${format})`,
      run: () => timed(process.execPath, [duckScript, "drift", format, files.ref[format], files.cur[format]], dir),
    },
    {
      name: `duckdb load + sort + KS merge (${format})`,
      run: () => timed(process.execPath, [duckScript, "drift-sort", format, files.ref[format], files.cur[format]], dir),
    },
  ],
];
const groups = [...jobs("csv"), ...jobs("parquet")];
const all = groups.flat();
const runs = new Map<string, Run[]>(all.map((j) => [j.name, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Groups side by side; who goes first rotates.
    for (const group of groups)
      for (let k = 0; k < group.length; k++) {
        const j = group[(k + round) % group.length];
        runs.get(j.name)!.push(j.run());
      }
    console.log(
      `round ${round + 1}: ${all.map((j) => `${j.name} ${runs.get(j.name)![round].seconds.toFixed(2)} s`).join(", ")}`,
    );
  }

  // The two engines agree: findings' counts and KS statistics.
  for (const format of ["csv", "parquet"] as const) {
    const report = JSON.parse(
      readFileSync(path.join(dir, ".mlship", "validation", `table-${format}.report.json`), "utf8"),
    ) as { findings: { check: string; column: string; count: number }[] };
    const duck = JSON.parse(runs.get(`duckdb same checks (${format})`)!.at(-1)!.stdout.trim()) as Record<
      string,
      unknown
    >;
    const ours = Object.fromEntries(report.findings.map((f) => [`${f.column}_${f.check}`, f.count]));
    const engine = JSON.parse(
      readFileSync(path.join(duckDir, ".mlship", "validation", `table-${format}.report.json`), "utf8"),
    ) as { findings: { examples: { file: string }[] }[] };
    // The examples name the file relative to each run's folder.
    const named = (fs: { examples: { file: string }[] }[]) =>
      JSON.stringify(
        fs.map((f) => ({ ...f, examples: f.examples.map((e) => ({ ...e, file: path.basename(e.file) })) })),
      );
    console.log(
      `${format}: engine duckdb's findings ${named(engine.findings) === named(report.findings as never) ? "equal" : "DIFFER FROM"} the builtin's`,
    );
    console.log(
      `${format}: findings mlship ${JSON.stringify(ours)}; duckdb age_range ${duck.age_range}, code_pattern ${duck.code_pattern}, unique ${duck.id_unique}`,
    );
    for (const engine of ["builtin", "duckdb"]) {
      const drift = JSON.parse(
        readFileSync(path.join(dir, ".mlship", "drift", `bench-${engine}-${format}.json`), "utf8"),
      ) as { columns: { column: string; statistic: number }[] };
      for (const reference of ["KS in SQL", "sort + KS merge"]) {
        const ks = JSON.parse(runs.get(`duckdb load + ${reference} (${format})`)!.at(-1)!.stdout.trim()) as Record<
          string,
          number
        >;
        const dD = Math.max(...drift.columns.map((c) => Math.abs(c.statistic - ks[c.column])));
        console.log(
          `${format}: max |D mlship (engine ${engine}) − D duckdb (${reference})| over 10 columns = ${dD.toExponential(2)}`,
        );
      }
    }
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = (name: string) => {
    const rs = runs.get(name)!;
    return { s: median(rs.map((r) => r.seconds)), rss: median(rs.map((r) => r.rssMB)) };
  };
  for (const j of all) {
    const { s, rss } = m(j.name);
    console.log(`${j.name.padEnd(36)} median ${s.toFixed(2)} s, peak RSS ${rss.toFixed(0)} MB`);
  }
  for (const format of ["csv", "parquet"]) {
    const v = m(`mlship validate-data (${format})`).s / m(`duckdb same checks (${format})`).s;
    const e = m(`mlship validate-data duckdb (${format})`).s / m(`duckdb same checks (${format})`).s;
    console.log(`ratio validate-data engine duckdb / duckdb (${format}): ${e.toFixed(2)} (target <= 1.0)`);
    console.log(`ratio validate-data / duckdb (${format}): ${v.toFixed(2)} (target <= 1.0)`);
    // Held to the faster of DuckDB's two routes.
    const window = m(`duckdb load + KS in SQL (${format})`).s;
    const merge = m(`duckdb load + sort + KS merge (${format})`).s;
    const best = Math.min(window, merge);
    console.log(
      `duckdb drift (${format}): KS in SQL ${window.toFixed(2)} s, sort + KS merge ${merge.toFixed(2)} s; the reference: ${best === window ? "KS in SQL" : "sort + KS merge"}`,
    );
    for (const engine of ["builtin", "duckdb"]) {
      const d = m(`mlship check-drift KS ${engine} (${format})`).s / best;
      console.log(`ratio check-drift engine ${engine} / duckdb (${format}): ${d.toFixed(2)} (target <= 1.0)`);
    }
  }
  const pv = m("mlship validate-data (parquet)").s / m("mlship validate-data (csv)").s;
  const pd = m("mlship check-drift KS builtin (parquet)").s / m("mlship check-drift KS builtin (csv)").s;
  console.log(
    `ratio mlship Parquet / CSV: validate-data ${pv.toFixed(2)}, check-drift ${pd.toFixed(2)} (target <= 1.0)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
