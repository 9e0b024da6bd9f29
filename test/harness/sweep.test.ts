import { execFileSync } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { churnFiles } from "./churn-files.js";
import type { Event, RunRecord } from "./runner.js";
import { example, world } from "./world.js";

/**
 * Accuracy and ROC AUC of the churn example trained with each lr, computed here with numpy and
 * scipy from train.py's own predictions (rank-sum AUC): the reference the comment's rows must match.
 */
const REFERENCE = `
import csv, json, os, subprocess, sys, tempfile
import numpy as np
from scipy.stats import rankdata
src, base, lrs = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
out = {}
for lr in lrs:
    d = tempfile.mkdtemp()
    with open(os.path.join(d, "params.json"), "w") as f:
        json.dump(dict(base, lr=lr), f)
    env = dict(os.environ, MLSHIP_PARAMS_FILE=os.path.join(d, "params.json"),
               MLSHIP_DATA_TRAIN=os.path.join(src, "data/train.csv"), MLSHIP_DATA_TEST=os.path.join(src, "data/test.csv"),
               MLSHIP_OUTPUT_DIR=os.path.join(d, "model"), MLSHIP_METRICS_FILE=os.path.join(d, "metrics.json"),
               MLSHIP_PREDICTIONS_FILE=os.path.join(d, "predictions.csv"))
    subprocess.run([sys.executable, os.path.join(src, "train.py")], env=env, check=True, capture_output=True)
    rows = list(csv.DictReader(open(os.path.join(d, "predictions.csv"))))
    y = np.array([int(r["churned"]) for r in rows])
    p = np.array([int(r["prediction"]) for r in rows])
    r = rankdata(np.array([float(r["score"]) for r in rows]))
    n1, n0 = y.sum(), len(y) - y.sum()
    out[str(lr)] = {"accuracy": float(np.mean(p == y)), "roc_auc": float((r[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))}
print(json.dumps(out))
`;

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * examples/workflows/sweep.yml, unchanged, through train.yml job by job: a PR labelled `sweep`
 * trains three legs (a matrix over params), each uploading and evaluating its own run, and the
 * caller's compare job writes one PR comment comparing them.
 */
describe("a sweep through the workflow files (harness)", () => {
  const w = world();
  const base = { lr: 0.1, epochs: 2, batch_size: 64, l2: 0.001, seed: 7 };
  let reference: Record<string, { accuracy: number; roc_auc: number }> = {};
  const event = (sha: string, action: string): Event => ({
    name: "pull_request",
    ref: "refs/pull/9/merge",
    sha,
    payload: {
      number: 9,
      action,
      ...(action === "labeled" ? { label: { name: "sweep" } } : {}),
      pull_request: {
        number: 9,
        labels: [{ name: "sweep" }],
        head: { ref: "sweep", sha, repo: { full_name: "acme/churn", fork: false } },
        base: { ref: "main" },
      },
    },
  });
  /** The comparison table's rows: lr → the cells after the params. */
  const rows = (body: string) =>
    Object.fromEntries(
      body
        .split("\n")
        .filter((l) => l.startsWith("|") && l.includes("`lr: "))
        .map((l) => {
          const cells = l.split(" | ").map((c) => c.replace(/^\| ?| ?\|$/g, "").trim());
          return [/`lr: ([\d.]+)`/.exec(cells[1])![1], cells];
        }),
    );

  beforeAll(() => {
    const files = churnFiles();
    // A fixed seed: each leg's model is a function of its params only, so a reference can be computed.
    files["mlship.yml"] = files["mlship.yml"].replace("l2: 0.001 }", "l2: 0.001, seed: 7 }");
    w.remote.commit(
      { ...files, "requirements.txt": "", ".github/workflows/sweep.yml": example("sweep.yml") },
      "churn model",
    );
    reference = JSON.parse(
      execFileSync(
        "python3",
        ["-c", REFERENCE, path.resolve("examples/churn"), JSON.stringify(base), "[0.05,0.1,0.2]"],
        {
          encoding: "utf8",
        },
      ),
    );
  });

  it("another label added to a sweep PR starts no leg", async () => {
    const e = event(w.remote.head("main"), "labeled");
    const run = await w.run(
      "sweep.yml",
      { ...e, payload: { ...e.payload, label: { name: "docs" } } },
      { wiring: true },
    );
    expect(run.triggered).toBe(true);
    expect(run.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual(["train: skipped", "compare: skipped"]);
    for (const j of run.jobs) expect(j.requests).toBe(0);
  });

  it("three legs, each with its own artifact, concurrency group and evaluation; one comment compares them", async () => {
    const sha = w.remote.commit({ "notes.md": "sweep lr\n" }, "try three learning rates", "sweep");
    const run = await w.run("sweep.yml", event(sha, "labeled"));
    expect(run.result, log(run)).toBe("success");
    const lrs = ["0.05", "0.1", "0.2"];
    const leg = (lr: string, job: string) => run.job(`train ({lr: ${lr}}) / ${job}`);
    // the concurrency groups GitHub computes for the called workflow: one per leg, none cancels another
    expect(
      run.concurrency.filter((c) => c.workflow === ".github/workflows/train.yml" && !c.job).map((c) => c.group),
    ).toEqual(lrs.map((lr) => `mlship-train-sweep-refs/pull/9/merge-mlship.yml-{lr: ${lr}}`));
    const artifacts = lrs.map((lr) => leg(lr, "train").outputs.artifact);
    expect(new Set(artifacts).size).toBe(3);
    for (const [i, lr] of lrs.entries()) {
      // each evaluate job downloads the artifact its own leg's train job uploaded
      const step = leg(lr, "evaluate").steps.find((s) => s.uses?.includes("/actions/quality-load-bias-test@"))!;
      expect(step.inputs["artifact-name"]).toBe(artifacts[i]);
      expect.soft(step.inputs.comment).toBe("false");
      expect(leg(lr, "train").steps.find((s) => s.uses?.includes("/actions/train@"))!.inputs.params).toBe(
        `{lr: ${lr}}`,
      );
      // no upload refused as a duplicate name (a warning on GitHub, and a later job reading another leg's file)
      const warnings = [leg(lr, "train"), leg(lr, "evaluate")].flatMap((j) => j.annotations);
      expect.soft(warnings.filter((a) => /artifact|upload/i.test(a.message))).toEqual([]);
    }
    expect(run.artifacts.filter((a) => a.startsWith("mlship-run-")).sort()).toEqual([...artifacts].sort());
    expect.soft(run.artifacts.filter((a) => a.startsWith("mlship-evaluation-churn-"))).toHaveLength(3);

    // one comment, written by the compare job, a row per leg with that leg's model's metrics
    const comments = w.gh.comments.filter((c) => c.issue_number === 9);
    expect(comments).toHaveLength(1);
    const body = comments[0].body;
    expect.soft(body).not.toContain("mlship:evaluation:");
    expect(body).toContain("<!-- mlship:sweep:churn -->");
    // the header names the PR's head commit (not the merge commit), and every leg evaluated (expected: 3)
    expect(body).toContain(`— 3 runs at \`${sha.slice(0, 7)}\``);
    expect(body).not.toContain("legs evaluated");
    const table = rows(body);
    expect(Object.keys(table).sort()).toEqual(lrs);
    const header = body
      .split("\n")
      .find((l) => l.includes("| params |"))!
      .replace(/\\/g, "");
    // each metric with its 95% interval (#32)
    // and, each leg's predictions recorded, the paired difference from the best (#32)
    expect(header).toMatch(
      /\| params \| accuracy \(95% interval\) \| roc_auc \(95% interval\) \| demographic_parity_ratio(?: \(95% interval\))? \| best − run, accuracy \(paired, 95% interval\) \| gates \| run \|/,
    );
    for (const lr of lrs) {
      const [mark, , accuracy, auc, , vsBest, gates, runName] = table[lr];
      if (!mark.startsWith("🏆")) expect(vsBest).toMatch(/^[+−]\S+ \[\S+, \S+\], p = \S+ \(McNemar\)$/);
      expect(accuracy).toMatch(/^\S+ \[\S+, \S+\]$/);
      expect(Number(accuracy.split(" ")[0])).toBeCloseTo(reference[lr].accuracy, 4);
      expect(Number(auc.split(" ")[0])).toBeCloseTo(reference[lr].roc_auc, 4);
      expect(gates).toBe("✅ passed");
      expect(runName.replace(/\\/g, "")).toBe(artifacts[lrs.indexOf(lr)]);
    }
    // different params gave different models (the legs did not evaluate one another's)
    expect(new Set(lrs.map((lr) => reference[lr].accuracy)).size).toBe(3);
    // the best: highest accuracy (the first gate's metric, >=) among legs that passed every gate
    const best = lrs.reduce((a, b) => (reference[b].accuracy > reference[a].accuracy ? b : a));
    // (marked "tied best" when another leg is not significantly worse: #32)
    expect(lrs.filter((lr) => /^🏆 (tied )?best$/.test(table[lr][0]))).toEqual([best]);
    expect(body).toMatch(new RegExp(`\\*\\*(Best|Tied): \`lr: ${best}\``));
    expect(run.job("compare").result).toBe("success");
    expect(run.job("compare").requests).toBeLessThanOrEqual(4);
    for (const j of run.jobs) expect(j.requests, j.name).toBeLessThanOrEqual(10);
  }, 400_000);

  it("the next push to the PR (synchronize) edits that comment", async () => {
    const sha = w.remote.commit({ "notes.md": "sweep lr again\n" }, "again", "sweep");
    const patches = () => w.gh.requests.filter((q) => q.method === "PATCH" && q.path.includes("/issues/comments/"));
    const before = patches().length;
    const run = await w.run("sweep.yml", event(sha, "synchronize"));
    expect(run.result, log(run)).toBe("success");
    expect(w.gh.comments.filter((c) => c.issue_number === 9)).toHaveLength(1);
    expect(patches().length - before).toBe(1);
    expect(run.job("compare").requests).toBeLessThanOrEqual(4);
    for (const j of run.jobs) expect(j.requests, j.name).toBeLessThanOrEqual(10);
    expect(Object.keys(rows(w.gh.comments.find((c) => c.issue_number === 9)!.body)).sort()).toEqual([
      "0.05",
      "0.1",
      "0.2",
    ]);
  }, 400_000);

  it('"Re-run failed jobs" after a leg failed: the compare job of attempt 2 lists the leg that passed in attempt 1 too, each leg once', async () => {
    // Two legs; the lr 0.2 leg's evaluate job fails in the first attempt only (a runner lost).
    const flaky =
      'if [ "$GITHUB_JOB" = evaluate ] && [ "$GITHUB_RUN_ATTEMPT" = 1 ]; then echo "runner lost"; exit 1; fi';
    const caller = example("sweep.yml")
      .replace('params: ["{lr: 0.05}", "{lr: 0.1}", "{lr: 0.2}"]', 'params: ["{lr: 0.05}", "{lr: 0.2}"]')
      .replace(
        "setup-command: pip install -r requirements.txt",
        `setup-command: \${{ contains(matrix.params, '0.2') && '${flaky}' || 'true' }}`,
      )
      .replace("expected: 3", "expected: 2");
    expect(caller).toContain("runner lost");
    const sha = w.remote.commit({ ".github/workflows/sweep.yml": caller }, "two legs, one flaky", "sweep");
    const first = await w.run("sweep.yml", event(sha, "synchronize"));
    const leg = (r: RunRecord, lr: string, job: string) => r.job(`train ({lr: ${lr}}) / ${job}`);
    expect(leg(first, "0.05", "evaluate").result, log(first)).toBe("success");
    expect(leg(first, "0.2", "evaluate").result, log(first)).toBe("failure");
    const comment = () => w.gh.comments.filter((c) => c.issue_number === 9);
    // attempt 1's comment: the leg that evaluated, and a warning for the other
    const once = comment()[0].body;
    expect(once).toContain("1 of 2 legs evaluated");
    expect(once).toContain("lr: 0.05");
    expect(once).not.toContain("lr: 0.2");

    const second = await w.h.rerunFailed(first);
    expect(second.result, log(second)).toBe("success");
    // the lr 0.05 leg is not run again; the lr 0.2 leg's evaluate and the compare job are
    expect(leg(second, "0.05", "evaluate")).toBe(leg(first, "0.05", "evaluate"));
    expect(second.job("compare")).not.toBe(first.job("compare"));
    expect(second.job("compare").permissions.actions).toBe("read");
    const evaluations = second.artifacts.filter((a) => a.startsWith("mlship-evaluation-churn-"));
    expect(evaluations).toHaveLength(1); // attempt 2's service holds the re-run leg's only
    expect(comment()).toHaveLength(1);
    const body = comment()[0].body;
    const table = rows(body);
    expect(Object.keys(table).sort()).toEqual(["0.05", "0.2"]);
    expect(body.split("\n").filter((l) => l.startsWith("|") && l.includes("`lr: ")).length).toBe(2);
    expect(body).not.toContain("legs evaluated");
    // each row is its own leg's model, and names its own train artifact (lr 0.2: evaluated in attempt 2)
    for (const lr of ["0.05", "0.2"]) {
      const [, , accuracy, , , , , runName] = table[lr];
      expect(Number(accuracy.split(" ")[0])).toBeCloseTo(reference[lr].accuracy, 4);
      expect(runName.replace(/\\/g, "")).toBe(leg(first, lr, "train").outputs.artifact);
    }
    expect(second.job("compare").log).toContain(`downloaded artifact '${evaluations[0]}'`);
    expect(w.gh.violations).toEqual([]);
  }, 600_000);
});
