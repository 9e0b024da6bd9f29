/**
 * Bench: quality-load-bias-test as a whole process — the bundled CLI, built here from the current
 * sources — on prediction rows shaped like a real test set (label, predicted label, a full-precision
 * score, a skewed sensitive feature) with a registered baseline whose predictions are compared
 * pairwise: every metric with its 95% interval, the bias tables, the paired comparison. Against it,
 * in the same run and alternating, the Python a user would run instead: pandas.read_csv of both
 * files, scikit-learn's point metrics for both models and the per-group rates (no intervals). Prints
 * both medians, the ratio, and each side's peak RSS (GNU time). Checks that mlship's point values
 * equal scikit-learn's.
 * Run: npx tsx bench/evaluate-whole.ts [rows] [--rounds N]   (default 1,000,000 rows, 3 rounds)
 * Python: Debian's python3-pandas and python3-sklearn for /usr/bin/python3 (installed if missing).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const rows = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const roundsAt = process.argv.indexOf("--rounds");
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3;
const PY = "/usr/bin/python3";
const TIME = "/usr/bin/time";
const root = path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-evaluate-"));

function ensureTools(): void {
  const missing = [
    ["python3-pandas", "import pandas"],
    ["python3-sklearn", "import sklearn"],
  ]
    .filter(([, probe]) => spawnSync(PY, ["-c", probe]).status !== 0)
    .map(([pkg]) => pkg);
  if (spawnSync("sh", ["-c", `command -v ${TIME}`]).status !== 0) missing.push("time");
  if (!missing.length) return;
  console.log(`installing Debian's ${missing.join(", ")}…`);
  execFileSync("apt-get", ["install", "-y", "-q", ...missing], { stdio: "inherit" });
}

/** Candidate and baseline predictions of the same rows; scores written at full precision (repr), groups skewed. */
function generate(n: number, candidate: string, baseline: string): void {
  execFileSync(PY, [
    "-c",
    `
import numpy as np, sys
n, outs = int(sys.argv[1]), sys.argv[2:]
rng = np.random.default_rng(7)
regions = np.array(["north", "south", "east", "west", "islands", "overseas"])
region = rng.choice(regions, n, p=[0.46, 0.27, 0.15, 0.08, 0.03, 0.01])
label = (rng.random(n) < np.where(region == "islands", 0.35, 0.22)).astype(int)
z = rng.normal(0, 1, n)
def model(noise, shift):
    logit = -1.6 + 2.2 * label + 0.9 * z + rng.normal(0, noise, n) + shift * (region == "overseas")
    return 1 / (1 + np.exp(-logit))
for out, s in zip(outs, (model(0.9, 0.4), model(1.1, 0.0))):
    pred = (s >= 0.5).astype(int)
    with open(out, "w") as f:
        f.write("label,prediction,score,region\\n")
        for a in range(0, n, 200_000):
            f.write("".join(f"{l},{p},{repr(float(x))},{r}\\n" for l, p, x, r in zip(label[a:a+200_000], pred[a:a+200_000], s[a:a+200_000], region[a:a+200_000])))
`,
    String(n),
    candidate,
    baseline,
  ]);
}

/** What a user would run instead: read both files, point metrics of both models, per-group rates. */
const REFERENCE = `
import sys, json, pandas as pd
from sklearn import metrics as M
cand, base = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
def point(df):
    y, p, s = df["label"], df["prediction"], df["score"]
    return {"accuracy": M.accuracy_score(y, p), "precision": M.precision_score(y, p), "recall": M.recall_score(y, p),
            "f1": M.f1_score(y, p), "f1_macro": M.f1_score(y, p, average="macro"), "f1_weighted": M.f1_score(y, p, average="weighted"),
            "balanced_accuracy": M.balanced_accuracy_score(y, p), "roc_auc": M.roc_auc_score(y, s),
            "pr_auc": M.average_precision_score(y, s), "log_loss": M.log_loss(y, s)}
out = {"candidate": point(cand), "baseline": point(base)}
g = cand.groupby("region")
rates = pd.DataFrame({"selection_rate": g["prediction"].mean(), "accuracy": (cand["label"] == cand["prediction"]).groupby(cand["region"]).mean(),
    "tpr": cand[cand["label"] == 1].groupby("region")["prediction"].mean(), "fpr": cand[cand["label"] == 0].groupby("region")["prediction"].mean()})
out["groups"] = rates.to_dict(orient="index")
print(json.dumps(out))
`;

/** Runs a command under GNU time: wall seconds, peak RSS in MB, stdout. */
function timed(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): { seconds: number; rssMB: number; stdout: string } {
  const res = spawnSync(TIME, ["-f", "%e %M", ...argv], { cwd, encoding: "utf8", env, maxBuffer: 1 << 26 });
  if (res.status !== 0) throw new Error(`${argv.join(" ")} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  const [seconds, kb] = res.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds, rssMB: kb / 1024, stdout: res.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  ensureTools();
  const candidate = path.join(dir, "candidate.csv");
  const project = path.join(dir, "project");
  const runDir = path.join(project, "baseline-run");
  mkdirSync(path.join(runDir, "model"), { recursive: true });
  writeFileSync(path.join(runDir, "model", "model.bin"), "baseline");
  generate(rows, candidate, path.join(runDir, "predictions.csv"));
  writeFileSync(
    path.join(project, "mlship.yml"),
    [
      "model: bench",
      "registry: file://.mlship/registry",
      "evaluate:",
      "  label: label",
      "  prediction: prediction",
      "  score: score",
      "  sensitive-features: [region]",
      "  gates:",
      "    - accuracy >= baseline.accuracy - 0.01",
      "    - roc_auc >= baseline.roc_auc - 0.01",
      "    - demographic_parity_ratio >= 0.5",
      "",
    ].join("\n"),
  );
  console.log(
    `${rows.toLocaleString()} prediction rows, ${(statSync(candidate).size / 1e6).toFixed(0)} MB per file (candidate, and the baseline's recorded predictions)`,
  );

  // The CLI bundled as scripts/build.mjs bundles it, from the sources as they are now (in a folder of its own).
  const built = path.join(dir, "build");
  execFileSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--out", built], {
    cwd: root,
    stdio: "inherit",
  });
  const cliDir = path.join(built, "packages/cli/dist");
  // tsx passes its loader to children through NODE_OPTIONS; the bundle runs plain.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const mlship = (...args: string[]) => [process.execPath, path.join(cliDir, "index.js"), ...args];
  timed(mlship("register", "--model-path", path.join(runDir, "model"), "--run-dir", runDir), project, env);
  const evaluate = mlship(
    "quality-load-bias-test",
    "--predictions",
    candidate,
    "--baseline",
    "bench@v1",
    "--load",
    "false",
  );

  const ours: number[] = [];
  const theirs: number[] = [];
  const ourRss: number[] = [];
  const theirRss: number[] = [];
  let reference:
    | {
        candidate: Record<string, number>;
        baseline: Record<string, number>;
        groups: Record<string, Record<string, number>>;
      }
    | undefined;
  const refScript = path.join(dir, "reference.py");
  writeFileSync(refScript, REFERENCE);
  for (let round = 0; round < ROUNDS; round++) {
    const py = timed([PY, refScript, candidate, path.join(runDir, "predictions.csv")], dir);
    theirs.push(py.seconds);
    theirRss.push(py.rssMB);
    reference = JSON.parse(py.stdout);
    const ml = timed(evaluate, project, env);
    ours.push(ml.seconds);
    ourRss.push(ml.rssMB);
    console.log(
      `round ${round + 1}: pandas + scikit-learn ${py.seconds.toFixed(2)} s (${py.rssMB.toFixed(0)} MB), mlship ${ml.seconds.toFixed(2)} s (${ml.rssMB.toFixed(0)} MB)`,
    );
  }

  // The point values are scikit-learn's; the report has intervals for all of them and the paired comparison.
  const report = JSON.parse(readFileSync(path.join(project, ".mlship", "reports", "evaluation.json"), "utf8"));
  const worst = { metric: "", diff: 0 };
  for (const [k, v] of Object.entries(reference!.candidate)) {
    const d = Math.abs(report.quality.metrics[k].value - v);
    if (d > worst.diff) Object.assign(worst, { metric: k, diff: d });
    if (!(d < 1e-9)) throw new Error(`${k}: mlship ${report.quality.metrics[k].value}, scikit-learn ${v}`);
    if (!(report.paired[k] === undefined || Math.abs(report.paired[k].baseline - reference!.baseline[k]) < 1e-9))
      throw new Error(`baseline ${k}: mlship ${report.paired[k].baseline}, scikit-learn ${reference!.baseline[k]}`);
  }
  for (const g of report.bias[0].groups)
    for (const k of ["selection_rate", "accuracy", "tpr", "fpr"])
      if (!(Math.abs(g[k] - reference!.groups[g.group][k]) < 1e-12)) throw new Error(`group ${g.group} ${k}`);
  const intervals = Object.keys(report.quality.metrics).length;
  console.log(
    `checked: ${intervals} metrics with 95% intervals (largest gap to scikit-learn ${worst.diff.toExponential(1)}), ${Object.keys(report.paired).length} paired comparisons, ${report.bias[0].groups.length} groups' rates equal pandas'`,
  );
  const py = median(theirs);
  const ml = median(ours);
  console.log(
    `pandas.read_csv + scikit-learn point metrics + group rates, median: ${py.toFixed(2)} s, peak RSS ${Math.max(...theirRss).toFixed(0)} MB`,
  );
  console.log(
    `mlship quality-load-bias-test (intervals, bias, paired), median: ${ml.toFixed(2)} s, peak RSS ${Math.max(...ourRss).toFixed(0)} MB (target < 600 MB)`,
  );
  console.log(`ratio mlship/python: ${(ml / py).toFixed(3)} (target <= 1.0)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
