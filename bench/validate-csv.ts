/**
 * Bench: validate-data on a 1,000,000-row, 10-column CSV with a schema that checks every column,
 * against pandas.read_csv of the same file (reading only, no checks), in the same run; prints
 * both times and the ratio. With --big, also validates a ~1 GB CSV with the bundled CLI and prints
 * its peak RSS (target < 256 MB).
 * Run: npx tsx bench/validate-csv.ts [rows] [--big]
 * pandas: Debian's python3-pandas for /usr/bin/python3 (installed here if missing).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateTable, type TableSchema } from "../packages/core/src/index.js";

const rows = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const big = process.argv.includes("--big");
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-validate-"));
const PY = "/usr/bin/python3";

function ensurePandas(): void {
  if (spawnSync(PY, ["-c", "import pandas"]).status === 0) return;
  console.log("installing Debian's python3-pandas…");
  execFileSync("apt-get", ["install", "-y", "-q", "python3-pandas"], { stdio: "inherit" });
}

function generate(file: string, n: number): void {
  // numpy writes it fast and deterministically; 10 columns of the usual kinds.
  execFileSync(PY, ["-c", `
import numpy as np, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(1)
chunk = 200_000
with open(out, "w") as f:
    f.write("id,age,income,score,ratio,visits,city,plan,active,joined\\n")
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        ids = np.arange(start, start + m)
        age = rng.integers(18, 90, m); income = rng.normal(50000, 15000, m).round(2); score = rng.random(m).round(6)
        ratio = rng.normal(0, 1, m).round(5); visits = rng.poisson(3, m)
        city = rng.choice(np.array(["oslo", "lima", "pune", "kyiv", "doha"]), m); plan = rng.choice(np.array(["free", "pro", "team"]), m)
        active = rng.choice(np.array(["true", "false"]), m); day = rng.integers(1, 28, m)
        lines = [f"{a},{b},{c},{d},{e},{g},{h},{i},{j},2024-03-{k:02d}" for a, b, c, d, e, g, h, i, j, k in zip(ids, age, income, score, ratio, visits, city, plan, active, day)]
        f.write("\\n".join(lines) + "\\n")
`, String(n), file]);
}

const schema: TableSchema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, minimum: 0 } },
    { name: "age", type: "integer", constraints: { required: true, minimum: 0, maximum: 120 } },
    { name: "income", type: "number", constraints: { minimum: -1e9 } },
    { name: "score", type: "number", constraints: { minimum: 0, maximum: 1 } },
    { name: "ratio", type: "number", constraints: {} },
    { name: "visits", type: "integer", constraints: { minimum: 0 } },
    { name: "city", type: "categorical", constraints: { enum: ["oslo", "lima", "pune", "kyiv", "doha"] } },
    { name: "plan", type: "categorical", constraints: { enum: ["free", "pro", "team"] } },
    { name: "active", type: "boolean", constraints: {} },
    { name: "joined", type: "date", constraints: {} },
  ],
  missingValues: [""],
  allowExtraColumns: false,
  allowDuplicateRows: true,
};

try {
  ensurePandas();
  const file = path.join(dir, "data.csv");
  generate(file, rows);
  console.log(`${rows.toLocaleString()} rows x 10 columns, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  // Alternating rounds, median of each: this 2-core machine is noisy, and both sides warm up.
  const ROUNDS = 5;
  const pandasTimes: number[] = [];
  const ourTimes: number[] = [];
  // CPU time too (all threads): mlship checks in one thread while a worker scans; pandas' parser is one thread.
  const pandasCpu: number[] = [];
  const ourCpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const py = "import sys,time,pandas as pd; t=time.perf_counter(); c=time.process_time(); pd.read_csv(sys.argv[1]); print(time.perf_counter()-t, time.process_time()-c)";
    const [wall, cpu] = execFileSync(PY, ["-c", py, file], { encoding: "utf8" }).trim().split(" ").map(Number);
    pandasTimes.push(wall);
    pandasCpu.push(cpu);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await validateTable([file], schema);
    ourTimes.push((performance.now() - t0) / 1000);
    const c1 = process.cpuUsage(c0);
    ourCpu.push((c1.user + c1.system) / 1e6);
    if (r.rows !== rows || r.findings.some((f) => f.severity === "error")) throw new Error(`unexpected result: ${r.rows} rows, ${JSON.stringify(r.findings.slice(0, 3))}`);
    console.log(`round ${round + 1}: pandas ${pandasTimes[round].toFixed(3)} s (cpu ${pandasCpu[round].toFixed(3)} s), mlship ${ourTimes[round].toFixed(3)} s (cpu ${ourCpu[round].toFixed(3)} s)`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const pandas = median(pandasTimes);
  const ours = median(ourTimes);
  console.log(`pandas.read_csv (read only), median:          ${pandas.toFixed(3)} s`);
  console.log(`mlship validate (10 columns checked), median: ${ours.toFixed(3)} s`);
  console.log(`ratio mlship/pandas: ${(ours / pandas).toFixed(3)} (target <= 1.0)`);
  console.log(`cpu time, median (all threads): pandas ${median(pandasCpu).toFixed(3)} s, mlship ${median(ourCpu).toFixed(3)} s`);
  if (big) {
    const bigFile = path.join(dir, "big.csv");
    generate(bigFile, 14_000_000);
    // The bundled CLI, as users run it (npm run build first); GNU time reports the peak RSS.
    const schemaFile = path.join(dir, "schema.yml");
    writeFileSync(schemaFile, JSON.stringify(schema)); // YAML is a superset of JSON
    if (spawnSync("sh", ["-c", "command -v /usr/bin/time"]).status !== 0) execFileSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "inherit" });
    const cli = path.resolve("packages/cli/bin/mlship.js");
    const t1 = performance.now();
    // tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const res = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, cli, "validate-data", "--data", bigFile, "--schema", schemaFile], { cwd: dir, encoding: "utf8", env });
    const seconds = (performance.now() - t1) / 1000;
    if (res.status !== 0) throw new Error(`validate-data failed: ${res.stdout}\n${res.stderr}`);
    const m = { rows: Number(/rows: (\d+)/.exec(res.stdout)?.[1] ?? NaN), peakRssMB: Number(res.stderr.trim().split("\n").at(-1)) / 1024 };
    console.log(`bundled CLI validate-data: ${seconds.toFixed(1)} s`);
    console.log(`${(statSync(bigFile).size / 1e9).toFixed(2)} GB CSV, ${m.rows.toLocaleString()} rows: peak RSS ${m.peakRssMB.toFixed(0)} MB (target < 256 MB)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
