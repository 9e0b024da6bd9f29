import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dashboardData } from "../../packages/core/src/dashboard/data.js";
import { parseModelId } from "../../packages/core/src/model-id.js";
import { loadProject } from "../../packages/core/src/project.js";
import { openRegistry } from "../../packages/core/src/registry/open.js";
import { git } from "./git.js";
import type { Event, RunRecord } from "./runner.js";
import { maintainerCli as cli, example, expectRequests, world } from "./world.js";

const DATA_TOKEN = "whs_data_0123456789abcdef"; // the repository secret MLSHIP_DATA_TOKEN
const WAREHOUSE_TOKEN = "whs_onprem_fedcba9876543210"; // another secret, mapped to MLSHIP_DATA_TOKEN
const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * Scheduled drift through examples/workflows/drift.yml (unchanged) and this repository's
 * drift.yml, job by job, with the registry mlship uses on GitHub by default (the ghcr.io stand-in,
 * reached with each job's token). Production runs churn@v1, trained on the example's train.csv and
 * registered with that data's profile. Since then main's data/train.csv was refreshed with data
 * drawn like today's traffic (generate_data.py's shifted distribution), and the repository has
 * no drift.reference or data.reference: drift is found only if the reference is v1's registered
 * profile (the fallback, data.train, is the same distribution as the current data).
 * The fetch script is what a user's fetch_last_day.py would be: it refuses to run without
 * MLSHIP_DATA_TOKEN and copies the "warehouse's" last day (a folder outside every job's machine).
 */
describe("drift through the workflow files (harness)", () => {
  const w = world({ secrets: { MLSHIP_DATA_TOKEN: DATA_TOKEN, WAREHOUSE_TOKEN } });
  const warehouse = mkdtempSync(path.join(os.tmpdir(), "mlship-warehouse-"));
  const fetched = () =>
    existsSync(path.join(warehouse, "seen"))
      ? readFileSync(path.join(warehouse, "seen"), "utf8").trim().split("\n").filter(Boolean)
      : [];
  const churn = path.resolve("examples/churn");
  const config = (extra = "") =>
    readFileSync(path.join(churn, "mlship.yml"), "utf8")
      .replace("registry: file://.mlship/registry\n", "") // GitHub's default: ghcr.io with the job's token
      // no load test and no server: the drift leg's wiring is under test, not serving
      .replace(/ {2}load:\n(?: {4}.*\n)+/, "")
      .replace(
        /deploy:\n(?: {2}.*\n)+/,
        "deploy:\n  environments:\n    production: { target: command, command: ./deploy.sh }\n",
      )
      .replace(
        "params: { lr: 0.1, epochs: 15, batch_size: 64, l2: 0.001 }",
        "params: { lr: 0.1, epochs: 3, batch_size: 64, l2: 0.001 }",
      )
      .replace("  reference: data/train.csv\n", "")
      .concat("  retrain: true\n", extra);
  const fetchScript = [
    "import os, shutil, sys",
    'token = os.environ.get("MLSHIP_DATA_TOKEN", "")',
    "if not token:",
    '    sys.exit("fetch_last_day.py: MLSHIP_DATA_TOKEN is not set: the warehouse refuses anonymous reads")',
    'out = sys.argv[sys.argv.index("--out") + 1]',
    `with open(${JSON.stringify(path.join(warehouse, "seen"))}, "a") as f:`,
    "    f.write(f\"{token} {os.environ['RUNNER_NAME']}\\n\")",
    "os.makedirs(os.path.dirname(out) or '.', exist_ok=True)",
    `shutil.copyfile(${JSON.stringify(path.join(warehouse, "last_day.csv"))}, out)`,
    'print(f"fetched the last day into {out} with token {token}")',
    "",
  ].join("\n");
  const schedule = (): Event => ({
    name: "schedule",
    ref: "refs/heads/main",
    sha: w.remote.head(),
    payload: { schedule: "17 6 * * *" },
  });
  const dispatch = (file: string): Promise<RunRecord> =>
    w.run(file, { name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head() });
  /** A caller whose fetch needs the warehouse's network and its own credential. */
  const onprem = (o: { command: boolean }) =>
    [
      "name: drift-onprem",
      "on: workflow_dispatch",
      "jobs:",
      "  drift:",
      "    uses: mlship/mlship/.github/workflows/drift.yml@v1",
      "    permissions: { contents: read, issues: write, actions: write, packages: write }",
      "    with:",
      "      environment: production",
      `      runs-on: '["self-hosted","warehouse"]'`,
      ...(o.command ? ["      command: python fetch_last_day.py --out data/current.csv"] : []),
      "    secrets:",
      "      MLSHIP_DATA_TOKEN: ${{ secrets.WAREHOUSE_TOKEN }}",
      "",
    ].join("\n");
  const driftIssues = () => w.gh.issues.filter((i) => i.labels.some((l) => l.name === "mlship:drift"));

  beforeAll(async () => {
    // The warehouse's last day, and refreshed training data: both drawn like today's traffic.
    execFileSync(
      "python3",
      [
        "-c",
        [
          "import sys, numpy as np",
          `sys.path.insert(0, ${JSON.stringify(churn)})`,
          "import generate_data as g",
          `g.write(${JSON.stringify(path.join(warehouse, "last_day.csv"))}, g.make(1500, np.random.default_rng(11), shift=True, start_id=9001))`,
          `g.write(${JSON.stringify(path.join(warehouse, "train-refreshed.csv"))}, g.make(4000, np.random.default_rng(12), shift=True))`,
        ].join("\n"),
      ],
      { stdio: "pipe" },
    );
    const files: Record<string, string> = {
      "mlship.yml": config(),
      "requirements.txt": "",
      "fetch_last_day.py": fetchScript,
      "deploy.sh": '#!/bin/sh\necho "deployed $MLSHIP_MODEL_ID to $MLSHIP_ENVIRONMENT"\n',
      ".github/workflows/ml.yml": example("ml.yml"),
      ".github/workflows/drift.yml": example("drift.yml"),
    };
    for (const f of ["train.py", "model_lib.py"]) files[f] = readFileSync(path.join(churn, f), "utf8");
    for (const f of readdirSync(path.join(churn, "data")))
      if (f !== "current.csv") files[`data/${f}`] = readFileSync(path.join(churn, "data", f), "utf8");
    w.remote.commit(files, "churn model");
    // churn@v1: trained, registered (with its training data's profile) and deployed to production
    // by a developer with the CLI.
    const clone = mkdtempSync(path.join(os.tmpdir(), "mlship-dev-"));
    git(clone, ["clone", "-q", w.remote.bare, "."]);
    const registry = ["--registry", w.registryUri];
    await cli(clone, ["train"], w.registryToken);
    expect(await cli(clone, ["register", ...registry], w.registryToken)).toMatch(/model-id: churn@v1/);
    await cli(clone, ["deploy", "--env", "production", "--model", "churn@v1", ...registry], w.registryToken);
    w.remote.commit(
      { "data/train.csv": readFileSync(path.join(warehouse, "train-refreshed.csv"), "utf8") },
      "refresh the training data",
    );
  }, 120_000);

  it("a scheduled check compares the last day with production's registered profile, opens one issue and dispatches retraining", async () => {
    const run = await w.run("drift.yml", schedule());
    expect(run.result, log(run)).toBe("success");
    const job = run.job("drift / drift");
    expect(job.outputs.drifted).toBe("true");
    expect(job.runsOn).toEqual(["ubuntu-latest"]);
    expect(job.concurrency).toEqual({ group: "mlship-drift-mlship.yml-production", cancelInProgress: false });
    // The reference is the training data profile registered with what production runs (v1).
    expect(job.log).toContain("reference: the training data profile registered with churn@v1 (what production runs)");
    expect(driftIssues()).toHaveLength(1);
    expect(driftIssues()[0].title).toBe("Data drift: churn in production");
    // drift.retrain in mlship.yml decides: the example caller passes no retrain input.
    expect(w.gh.dispatches).toEqual([{ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} }]);
    // The fetch command got the repository's MLSHIP_DATA_TOKEN (secrets: inherit), masked in the log.
    expect(fetched()).toEqual([`${DATA_TOKEN} GitHub Actions 1`]);
    expect(job.log).toContain("with token ***");
    expect(job.log).not.toContain(DATA_TOKEN);
    // list the open drift issues, look the label up, create it, open the issue, dispatch ml.yml
    expectRequests(run, { "drift / drift": 5 });
    expect(job.log).toContain(`drift check 1 of churn@production recorded in ${w.registryUri}`);
  }, 120_000);

  it("the next scheduled check comments on that issue instead of opening another", async () => {
    const run = await w.run("drift.yml", schedule());
    expect(run.result, log(run)).toBe("success");
    expect(driftIssues()).toHaveLength(1);
    expect(w.gh.comments.filter((c) => c.issue_number === driftIssues()[0].number)).toHaveLength(1);
    expect(w.gh.dispatches).toHaveLength(2);
    expectRequests(run, { "drift / drift": 3 }); // list the open drift issues, comment, dispatch
    // The drift history is in the registry: the dashboard built from a fresh clone draws both
    // checks, and this job, on a fresh machine, numbered its check after the first job's.
    const clone = mkdtempSync(path.join(os.tmpdir(), "mlship-dashboard-"));
    git(clone, ["clone", "-q", w.remote.bare, "."]);
    const config = path.join(clone, "mlship.yml");
    writeFileSync(config, `${readFileSync(config, "utf8")}registry: ${w.registryUri}\n`); // a maintainer's clone, off GitHub
    const data = await dashboardData(await loadProject(config), { token: w.registryToken });
    const drift = data.environments.find((e) => e.name === "production")!.drift;
    expect(drift.map((d) => [d.model, d.dataset_drift])).toEqual([
      ["churn", true],
      ["churn", true],
    ]);
    // The same last day against the same profile: the same share, above drift.drift-share (0.5).
    expect(drift[1].drift_share).toBe(drift[0].drift_share);
    expect(drift[0].drift_share).toBeGreaterThanOrEqual(0.5);
    expect(run.job("drift / drift").log).toContain(`drift check 2 of churn@production recorded in ${w.registryUri}`);
    expect(await w.registryTags()).toEqual(
      expect.arrayContaining(["churn.env.production.d1", "churn.env.production.d2"]),
    );
  }, 120_000);

  it("a drift job on the caller's runner gets the data credential the caller maps for its fetch command", async () => {
    const before = fetched().length;
    w.remote.commit(
      { ".github/workflows/drift-onprem.yml": onprem({ command: true }) },
      "drift from the warehouse runner",
    );
    const run = await dispatch("drift-onprem.yml");
    expect(run.result, log(run)).toBe("success");
    const job = run.job("drift / drift");
    expect(job.runsOn).toEqual(["self-hosted", "warehouse"]);
    expect(fetched().slice(before)).toEqual([`${WAREHOUSE_TOKEN} gpu-runner-1`]);
    expect(job.log).toContain("with token ***");
    expect(job.log).not.toContain(WAREHOUSE_TOKEN);
    expectRequests(run, { "drift / drift": 3 });
  }, 120_000);

  it("drift.current-command in mlship.yml fetches the current data, with the mapped credential", async () => {
    const before = fetched().length;
    w.remote.commit(
      {
        "mlship.yml": config("  current-command: python3 fetch_last_day.py --out data/current.csv\n"),
        ".github/workflows/drift-onprem.yml": onprem({ command: false }),
      },
      "fetch the last day from mlship.yml",
    );
    const run = await dispatch("drift-onprem.yml");
    expect(run.result, log(run)).toBe("success");
    const job = run.job("drift / drift");
    // One fetch, by check-drift itself (no run: step in this job).
    expect(job.steps.filter((s) => !s.uses)).toEqual([]);
    expect(fetched().slice(before)).toEqual([`${WAREHOUSE_TOKEN} gpu-runner-1`]);
    expect(job.log).toContain("fetch current data: python3 fetch_last_day.py --out data/current.csv");
    expect(job.log).not.toContain(WAREHOUSE_TOKEN);
    expect(job.outputs.drifted).toBe("true");
    expectRequests(run, { "drift / drift": 3 });
  }, 120_000);

  it("the dispatched ml.yml run, as GitHub starts it on main, retrains and registers the next version", async () => {
    const d = w.gh.dispatches[0];
    const run = await w.run(d.workflow, {
      name: "workflow_dispatch",
      ref: d.ref,
      sha: w.remote.head(d.ref.replace(/^refs\/heads\//, "")),
      inputs: d.inputs as Record<string, unknown>,
    });
    expect(run.result, log(run)).toBe("success");
    expect(run.job("train / train").result).toBe("success");
    expect(run.job("train / register").outputs["model-id"]).toBe("churn@v2");
    // with its training data's profile: the reference of the next drift check once v2 serves
    const registry = await openRegistry(w.registryUri, undefined, { token: w.registryToken });
    expect((await registry.show(parseModelId("churn@v2"))).attachments?.["profile.json"]).toMatch(/^sha256:/);
    expectRequests(run, { "publish / tag": 1, "*": 0 }); // the git tag churn@v2; no comment on a dispatch
  }, 300_000);
});
