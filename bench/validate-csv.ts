/**
 * Bench: validate-data, whole process, on a 1,000,000-row, 10-column CSV shaped like real data —
 * floats at full precision as pandas writes them, a unique integer id, a code with a pattern, a
 * date, categories — with a schema that checks every column (types, ranges, enums, the pattern,
 * uniqueness), against a Python process running pandas.read_csv of the same file (reading only,
 * no checks). Alternating rounds, medians, peak RSS (GNU time), ratio. With --big, also validates
 * a file of at least 1 GB (16,000,000 rows) and prints its peak RSS (target < 256 MB).
 * Uses the bundled CLI, as users run it: `node scripts/build.mjs cli` first (or MLSHIP_CLI=<a build>).
 * Run: npx tsx bench/validate-csv.ts [rows] [rounds] [--big]
 * pandas: Debian's python3-pandas for /usr/bin/python3 (installed here if missing).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { benchSchema } from "./lib/duckdb-data.js";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const numbers = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const rows = numbers[0] ?? 1_000_000;
const ROUNDS = numbers[1] ?? 3;
const big = process.argv.includes("--big");
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-validate-"));
const PY = "/usr/bin/python3";
const cli = path.resolve(process.env.MLSHIP_CLI ?? "packages/cli/bin/mlship.js");
// tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
const env = { ...process.env };
delete env.NODE_OPTIONS;

if (spawnSync(PY, ["-c", "import pandas"]).status !== 0)
  execFileSync("apt-get", ["install", "-y", "-q", "python3-pandas"], { stdio: "inherit" });
if (spawnSync("sh", ["-c", "command -v /usr/bin/time"]).status !== 0)
  execFileSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "inherit" });

function generate(file: string, n: number): void {
  execFileSync(PY, [
    "-c",
    `
import numpy as np, pandas as pd, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(1)
chunk = 500_000
for start in range(0, n, chunk):
    m = min(chunk, n - start)
    letters = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ"))
    code = np.char.add(np.char.add(letters[rng.integers(0, 24, m)], letters[rng.integers(0, 24, m)]), np.char.add("-", rng.integers(1000, 9999, m).astype(str)))
    df = pd.DataFrame({
        "id": np.arange(start, start + m) * 3 + 100000,
        "age": rng.integers(18, 90, m),
        "income": rng.lognormal(10.8, 0.5, m),
        "score": rng.random(m),
        "ratio": rng.normal(0, 1, m),
        "visits": rng.poisson(3, m),
        "city": rng.choice(np.array(["oslo", "lima", "pune", "kyiv", "doha", "são paulo"]), m, p=[0.4, 0.25, 0.15, 0.1, 0.07, 0.03]),
        "code": code,
        "active": rng.choice(np.array(["true", "false"]), m, p=[0.7, 0.3]),
        "joined": np.datetime_as_string(np.datetime64("2020-01-01") + rng.integers(0, 1800, m).astype("timedelta64[D]")),
    })
    df.to_csv(out, mode="w" if start == 0 else "a", header=start == 0, index=False)
`,
    String(n),
    file,
  ]);
}

const schema = {
  ...benchSchema,
  allowExtraColumns: false,
  allowDuplicateRows: true,
};

interface Run {
  seconds: number;
  rssMB: number;
  stdout: string;
}
function timed(cmd: string, args: string[]): Run {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], {
    cwd: dir,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { seconds, rssMB: Number(r.stderr.trim().split("\n").at(-1)) / 1024, stdout: r.stdout };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const file = path.join(dir, "data.csv");
  generate(file, rows);
  const schemaFile = path.join(dir, "schema.yml");
  writeFileSync(schemaFile, JSON.stringify(schema)); // YAML is a superset of JSON
  console.log(`${rows.toLocaleString()} rows x 10 columns, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  const pandas: Run[] = [];
  const ours: Run[] = [];
  const validate = (f: string) => timed(process.execPath, [cli, "validate-data", "--data", f, "--schema", schemaFile]);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate who goes first, so the machine's noise falls on both sides.
    const order = round % 2 === 0 ? ["py", "ours"] : ["ours", "py"];
    for (const who of order) {
      if (who === "py") pandas.push(timed(PY, ["-c", "import sys, pandas as pd; pd.read_csv(sys.argv[1])", file]));
      else {
        const r = validate(file);
        if (!r.stdout.includes("valid: true") || !r.stdout.includes(`rows: ${rows}`))
          throw new Error(`unexpected result:\n${r.stdout}`);
        ours.push(r);
      }
    }
    console.log(
      `round ${round + 1}: pandas.read_csv ${pandas[round].seconds.toFixed(2)} s (${pandas[round].rssMB.toFixed(0)} MB), mlship validate-data ${ours[round].seconds.toFixed(2)} s (${ours[round].rssMB.toFixed(0)} MB), load average ${os.loadavg()[0].toFixed(2)}`,
    );
  }
  const p = median(pandas.map((r) => r.seconds));
  const o = median(ours.map((r) => r.seconds));
  console.log(
    `python + pandas.read_csv (read only), median:  ${p.toFixed(2)} s, peak RSS ${median(pandas.map((r) => r.rssMB)).toFixed(0)} MB`,
  );
  console.log(
    `mlship validate-data (every check), median:     ${o.toFixed(2)} s, peak RSS ${median(ours.map((r) => r.rssMB)).toFixed(0)} MB`,
  );
  console.log(`ratio mlship/pandas: ${(o / p).toFixed(3)} (target <= 1.0)`);
  if (big) {
    rmSync(file);
    const bigFile = path.join(dir, "big.csv");
    generate(bigFile, 16_000_000); // about 1.05 GB: the target is for a file of at least 1 GB
    const r = validate(bigFile);
    console.log(
      `${(statSync(bigFile).size / 1e9).toFixed(2)} GB CSV, ${/rows: (\d+)/.exec(r.stdout)?.[1]} rows: ${r.seconds.toFixed(1)} s, peak RSS ${r.rssMB.toFixed(0)} MB (target < 256 MB), load average ${os.loadavg()[0].toFixed(2)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
