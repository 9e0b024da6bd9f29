import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { git } from "./git.js";
import type { Event, RunRecord } from "./runner.js";
import { maintainerCli as cli, example, world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * #29, the loop closed on GitHub, through the workflow files as a user copies them
 * (examples/workflows: performance.yml, ml.yml, deploy.yml; unchanged), every job on a fresh
 * machine, the registry mlship uses on GitHub by default (the ghcr.io stand-in, each job's token):
 *
 * production serves churn@v1 → a scheduled performance check fetches what it served and the
 * labels that arrived (performance.predictions-command and labels-command, from a "warehouse"
 * outside every job's machine), finds the known degradation (labels turning 10% of the rows
 * wrong), fails, opens the issue and dispatches ml.yml on main → that run retrains on the refreshed
 * data, registers churn@v2 (its gates passed) and its promote job pushes
 * mlship/promote/production/churn-v2 and opens the pull request through the API → a person merges
 * it → deploy.yml, started by that push, deploys churn@v2 to production.
 */
describe("the loop: performance → retrain → promote's pull request → merge deploys (harness)", () => {
  // The repository variable that turns ml.yml's promote job on.
  const w = world({ vars: { MLSHIP_PROMOTE_TO: "production" } });
  const warehouse = mkdtempSync(path.join(os.tmpdir(), "mlship-warehouse-"));
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-prod-host-"));
  const deployed = () =>
    existsSync(path.join(host, "log"))
      ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n").filter(Boolean)
      : [];
  const churn = path.resolve("examples/churn");
  const config = () =>
    readFileSync(path.join(churn, "mlship.yml"), "utf8")
      .replace("registry: file://.mlship/registry\n", "") // GitHub's default: ghcr.io with the job's token
      .replace(/ {2}load:\n(?: {4}.*\n)+/, "") // no load test: the loop's wiring is under test, not serving
      .replace(
        /deploy:\n(?: {2}.*\n)+/,
        "deploy:\n  environments:\n    production: { target: command, command: ./deploy.sh }\n",
      )
      .replace(
        "params: { lr: 0.1, epochs: 15, batch_size: 64, l2: 0.001 }",
        "params: { lr: 0.1, epochs: 3, batch_size: 64, l2: 0.001 }",
      )
      .replace(/drift:\n(?: {2}.*\n)+/, "")
      .concat(
        "performance:\n",
        "  predictions: data/served.csv\n",
        "  predictions-command: python3 fetch.py served.csv data/served.csv\n",
        "  labels: data/labels.csv\n",
        "  labels-command: python3 fetch.py labels.csv data/labels.csv\n",
        "  retrain: true\n",
      );
  /** What a user's export from the serving logs and the label store would be: a copy from the warehouse. */
  const fetchScript = [
    "import os, shutil, sys",
    "os.makedirs(os.path.dirname(sys.argv[2]) or '.', exist_ok=True)",
    `shutil.copyfile(os.path.join(${JSON.stringify(warehouse)}, sys.argv[1]), sys.argv[2])`,
    "",
  ].join("\n");
  const deployScript = ["#!/bin/sh", `echo "$MLSHIP_ENVIRONMENT $MLSHIP_MODEL_ID" >> ${host}/log`, ""].join("\n");
  const performanceIssues = () => w.gh.issues.filter((i) => i.labels.some((l) => l.name === "mlship:performance"));

  beforeAll(async () => {
    const files: Record<string, string> = {
      "mlship.yml": config(),
      "requirements.txt": "",
      "fetch.py": fetchScript,
      "deploy.sh": deployScript,
      "deploy/production.yml": "model: churn@v1\n",
      ".github/workflows/ml.yml": example("ml.yml"),
      ".github/workflows/performance.yml": example("performance.yml"),
      ".github/workflows/deploy.yml": example("deploy.yml"),
    };
    for (const f of ["train.py", "model_lib.py"]) files[f] = readFileSync(path.join(churn, f), "utf8");
    for (const f of readdirSync(path.join(churn, "data")))
      if (f !== "current.csv") files[`data/${f}`] = readFileSync(path.join(churn, "data", f), "utf8");
    w.remote.commit(files, "churn model");
    // churn@v1: trained, evaluated, registered (with its test-set predictions) and deployed to
    // production by a developer with the CLI.
    const clone = mkdtempSync(path.join(os.tmpdir(), "mlship-dev-"));
    git(clone, ["clone", "-q", w.remote.bare, "."]);
    const registry = ["--registry", w.registryUri];
    await cli(clone, ["train"], w.registryToken);
    await cli(clone, ["quality-load-bias-test"], w.registryToken);
    expect(await cli(clone, ["register", ...registry], w.registryToken)).toMatch(/model-id: churn@v1/);
    await cli(clone, ["deploy", "--env", "production", "--model", "churn@v1", ...registry], w.registryToken);
    // What v1 served in production (1,500 new customers, its own scores) and the labels that
    // arrived since: the churn the model called right turned wrong for 150 of them (accuracy −0.10).
    const runs = path.join(clone, ".mlship", "runs");
    const model = readdirSync(runs)
      .map((r) => path.join(runs, r, "model", "model.json"))
      .find((f) => existsSync(f))!;
    execFileSync(
      "python3",
      [
        "-c",
        [
          "import csv, sys, numpy as np",
          `sys.path.insert(0, ${JSON.stringify(churn)})`,
          "import generate_data as g, model_lib as m",
          `model = m.load(${JSON.stringify(model)})`,
          "rows = g.make(1500, np.random.default_rng(29), start_id=30001)",
          `out = ${JSON.stringify(warehouse)}`,
          "flipped = 0",
          "with open(f'{out}/served.csv', 'w', newline='') as s, open(f'{out}/labels.csv', 'w', newline='') as l:",
          "    sw, lw = csv.writer(s), csv.writer(l)",
          "    sw.writerow(['id', 'timestamp', 'prediction', 'score', 'region', 'age_band'])",
          "    lw.writerow(['id', 'churned'])",
          "    for i, r in enumerate(rows):",
          "        p = m.score(model, r)",
          "        pred = int(p >= 0.5)",
          "        label = r['churned']",
          "        if pred == label and flipped < 150:",
          "            label, flipped = 1 - label, flipped + 1",
          "        sw.writerow([r['customer_id'], f'2026-12-0{1 + i % 7}T12:00:00Z', pred, f'{p:.6f}', r['region'], r['age_band']])",
          "        lw.writerow([r['customer_id'], label])",
          "g.write(f'{out}/train-refreshed.csv', g.make(4000, np.random.default_rng(12), shift=True))",
        ].join("\n"),
      ],
      { stdio: "pipe" },
    );
    expect(deployed()).toEqual(["production churn@v1"]);
  }, 300_000);

  it("the scheduled performance check finds the degradation: the job fails, one issue, ml.yml dispatched on main", async () => {
    const run = await w.run("performance.yml", {
      name: "schedule",
      ref: "refs/heads/main",
      sha: w.remote.head(),
      payload: { schedule: "23 7 * * *" },
    });
    const job = run.job("performance / performance");
    expect(job.result, log(run)).toBe("failure");
    expect(job.log).toContain("churn@production (churn@v1) is degraded");
    expect(job.outputs.degraded).toBe("true");
    expect(performanceIssues()).toHaveLength(1);
    expect(performanceIssues()[0].title).toBe("Performance degraded: churn in production");
    expect(w.gh.dispatches).toEqual([{ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} }]);
  }, 300_000);

  it("the dispatched retrain registers churn@v2 and its promote job opens the pull request changing deploy/production.yml", async () => {
    // New training data landed since v1 (what the retrain learns from).
    w.remote.commit(
      { "data/train.csv": readFileSync(path.join(warehouse, "train-refreshed.csv"), "utf8") },
      "refresh the training data",
    );
    const d = w.gh.dispatches[0];
    const run = await w.run(d.workflow, {
      name: "workflow_dispatch",
      ref: d.ref,
      sha: w.remote.head(d.ref.replace(/^refs\/heads\//, "")),
      inputs: d.inputs as Record<string, unknown>,
      payload: { repository: { default_branch: "main" } },
    });
    expect(run.result, log(run)).toBe("success");
    expect(run.job("train / register").outputs["model-id"]).toBe("churn@v2");
    const promote = run.job("promote / promote");
    expect(promote.result, log(run)).toBe("success");
    expect(promote.permissions).toEqual({ contents: "write", "pull-requests": "write", packages: "read" });
    const branch = "mlship/promote/production/churn-v2";
    expect(w.gh.pulls).toHaveLength(1);
    const pr = w.gh.pulls[0];
    expect(pr).toMatchObject({ head: branch, base: "main", state: "open" });
    expect(pr.title).toBe("deploy(production): churn@v1 -> churn@v2");
    expect(pr.body).toContain("gates passed");
    expect(pr.body).toContain("GitHub starts no workflow run for this pull request");
    expect(promote.outputs["pull-request"]).toBe(`https://github.com/acme/churn/pull/${pr.number}`);
    // The branch: one commit on the trained commit, the deploy file only (a job token cannot push workflows).
    expect(w.remote.changed(w.remote.head("main"), w.remote.head(branch))).toEqual(["deploy/production.yml"]);
    expect(w.remote.show(branch, "deploy/production.yml")).toMatch(/^model: churn@v2$/m);
    expect(w.gh.violations).toEqual([]);
  }, 900_000);

  it("a person merges the pull request: deploy.yml, started by that push, deploys churn@v2 to production", async () => {
    const pr = w.gh.pulls[0];
    const before = w.remote.head();
    const merge = w.remote.merge(pr.head, `Merge pull request #${pr.number} from acme/${pr.head}`);
    pr.state = "closed";
    pr.merged = true;
    const push: Event = {
      name: "push",
      ref: "refs/heads/main",
      sha: merge,
      payload: { before, after: merge, head_commit: { id: merge, message: `Merge pull request #${pr.number}` } },
    };
    const run = await w.run("deploy.yml", push);
    expect(run.triggered).toBe(true);
    expect(run.result, log(run)).toBe("success");
    expect(run.job("changed").outputs.environments).toBe('["production"]');
    expect(deployed()).toEqual(["production churn@v1", "production churn@v2"]);
  }, 300_000);
});
