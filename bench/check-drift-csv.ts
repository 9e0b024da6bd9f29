/**
 * Bench: check-drift, whole process, on 1,000,000 reference vs 1,000,000 current rows × 10 float
 * columns written at full precision (shortest round-trip, as pandas' to_csv writes float64), KS
 * on every column, against a Python script a user would run instead: pandas.read_csv of both
 * files and a loop of scipy.stats.ks_2samp. Alternating rounds, medians, peak RSS (GNU time),
 * ratio. Checks D identical and p within 1e-9 of scipy. Then check-drift against the profile
 * validate-data saved for the reference (no reference rows read), against the same Python time.
 * Uses the bundled CLI, as users run it: `node scripts/build.mjs cli` first.
 * Run: npx tsx bench/check-drift-csv.ts [rows] [rounds]
 * pandas/scipy: Debian's python3-pandas and python3-scipy for /usr/bin/python3.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const rows = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const PY = "/usr/bin/python3";
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-drift-"));
// MLSHIP_CLI: another build of the CLI to time (say an esbuild bundle of packages/cli/src while ncc rebuilds).
const cli = path.resolve(process.env.MLSHIP_CLI ?? "packages/cli/bin/mlship.js");
// tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
const env = { ...process.env };
delete env.NODE_OPTIONS;

for (const mod of ["pandas", "scipy"]) {
  if (spawnSync(PY, ["-c", `import ${mod}`]).status !== 0)
    execFileSync("apt-get", ["install", "-y", "-q", `python3-${mod}`], { stdio: "inherit" });
}
if (spawnSync("sh", ["-c", "command -v /usr/bin/time"]).status !== 0)
  execFileSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "inherit" });

const ref = path.join(dir, "reference.csv");
const cur = path.join(dir, "current.csv");
execFileSync(PY, [
  "-c",
  `
import sys, numpy as np, pandas as pd
n, ref, cur = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = np.random.default_rng(7)
cols = [f"f{c}" for c in range(10)]
# Realistic shapes: normal, log-normal, uniform, heavy-tailed; the current data shifts some.
def table(shift):
    data = {}
    for c, name in enumerate(cols):
        kind = c % 4
        if kind == 0: x = rng.normal(shift * c * 0.01, 1, n)
        elif kind == 1: x = rng.lognormal(3 + shift * 0.002, 0.7, n)
        elif kind == 2: x = rng.random(n) * (1 + shift * 0.001)
        else: x = rng.standard_t(4, n) * 1000
        data[name] = x
    return pd.DataFrame(data)
table(0).to_csv(ref, index=False)
table(1).to_csv(cur, index=False)
`,
  String(rows),
  ref,
  cur,
]);
console.log(
  `${rows.toLocaleString()} rows x 10 float columns: reference ${(statSync(ref).size / 1e6).toFixed(0)} MB, current ${(statSync(cur).size / 1e6).toFixed(0)} MB`,
);

// The profile validate-data saves for the reference (not timed: it is made once, when the reference is validated).
const profileDir = path.join(dir, "profile-run");
execFileSync("mkdir", ["-p", profileDir]);
execFileSync(process.execPath, [cli, "validate-data", "--data", ref], { cwd: profileDir, env, stdio: "pipe" });
// validate-data names the profile after the data file (ref.csv → ref.profile.json).
const profile = path.join(profileDir, ".mlship", "validation", `${path.basename(ref, path.extname(ref))}.profile.json`);
statSync(profile);

const pyScript = `
import sys, json, pandas as pd
from scipy import stats
ref, cur = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
out = {c: [float(r.statistic), float(r.pvalue)] for c in ref.columns for r in [stats.ks_2samp(ref[c].dropna(), cur[c].dropna())]}
print(json.dumps(out))
`;

interface Run {
  seconds: number;
  rssMB: number;
  stdout: string;
}
function timed(cmd: string, args: string[], cwd = dir): Run {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { cwd, env, encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { seconds, rssMB: Number(r.stderr.trim().split("\n").at(-1)) / 1024, stdout: r.stdout };
}

const py: Run[] = [];
const ours: Run[] = [];
const prof: Run[] = [];
let scipy: Record<string, [number, number]> = {};
try {
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate who goes first, so the machine's noise falls on both sides.
    const order = round % 2 === 0 ? ["py", "ours", "prof"] : ["prof", "ours", "py"];
    for (const who of order) {
      if (who === "py") {
        const r = timed(PY, ["-c", pyScript, ref, cur]);
        scipy = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
        py.push(r);
      } else if (who === "ours")
        ours.push(
          timed(process.execPath, [
            cli,
            "check-drift",
            "--reference",
            ref,
            "--current",
            cur,
            "--stattest",
            "ks",
            "--environment",
            "bench",
          ]),
        );
      else
        prof.push(
          timed(process.execPath, [
            cli,
            "check-drift",
            "--reference",
            profile,
            "--current",
            cur,
            "--environment",
            "bench-profile",
          ]),
        );
    }
    console.log(
      `round ${round + 1}: pandas+scipy ${py[round].seconds.toFixed(2)} s (${py[round].rssMB.toFixed(0)} MB), mlship ${ours[round].seconds.toFixed(2)} s (${ours[round].rssMB.toFixed(0)} MB), mlship vs profile ${prof[round].seconds.toFixed(2)} s (${prof[round].rssMB.toFixed(0)} MB)`,
    );
  }
  const report = JSON.parse(readFileSync(path.join(dir, ".mlship", "drift", "bench.json"), "utf8")) as {
    columns: { column: string; statistic: number; p_value: number }[];
  };
  let dD = 0;
  let dP = 0;
  for (const c of report.columns) {
    const [d, p] = scipy[c.column];
    dD = Math.max(dD, Math.abs(c.statistic - d));
    dP = Math.max(dP, Math.abs(c.p_value - p));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = (rs: Run[]) => ({ s: median(rs.map((r) => r.seconds)), rss: median(rs.map((r) => r.rssMB)) });
  const [p, o, f] = [m(py), m(ours), m(prof)];
  console.log(`pandas.read_csv x2 + scipy ks_2samp x10, median: ${p.s.toFixed(2)} s, peak RSS ${p.rss.toFixed(0)} MB`);
  console.log(`mlship check-drift (KS, reference data), median: ${o.s.toFixed(2)} s, peak RSS ${o.rss.toFixed(0)} MB`);
  console.log(`mlship check-drift (saved profile), median:      ${f.s.toFixed(2)} s, peak RSS ${f.rss.toFixed(0)} MB`);
  console.log(`ratio mlship/python (reference data): ${(o.s / p.s).toFixed(3)} (target <= 1.0)`);
  console.log(`ratio mlship/python (saved profile):  ${(f.s / p.s).toFixed(3)} (target <= 0.5)`);
  console.log(`max |D - scipy D| = ${dD} (target 0), max |p - scipy p| = ${dP.toExponential(2)} (target <= 1e-9)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
