import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tsNode } from "../helpers/proc.js";
import { git } from "./git.js";
import { thisCheckoutSnapshot } from "./mlship-repo.js";
import { maintainerClone, offlineNpm, releaseScript } from "./release-tools.js";
import { type Event, Harness, type RunRecord } from "./runner.js";
import { world } from "./world.js";

const DEPLOY_TOKEN = "dpl_adoption_4f1c9e27b3"; // the repository secret MLSHIP_DEPLOY_TOKEN
const DATA_TOKEN = "whs_adoption_8a2d61c0e5"; // MLSHIP_DATA_TOKEN
/** MLSHIP_ROLLBACK_TOKEN: a GitHub App installation token allowed past main's protection (ghcr.io refuses it). */
const APP_TOKEN = "ghs_app_adoption_rollback_0001";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");
const green = (r: RunRecord) => {
  expect(r.result, log(r)).toBe("success");
  for (const j of r.jobs) expect([j.name, j.result]).not.toEqual([j.name, "failure"]);
};

/**
 * Issue #28's Must show: mlship as GitHub serves it to a stranger. mlship/mlship (this checkout,
 * bundles built) is released by its maintainer under GitHub's server rules: `release.mjs prepare
 * 1.0.0 --push` makes the release commit and pushes v1.0.0 and v1 as a person, and release.yml,
 * started by that tag, checks the tree and creates the release with the job's token. Then
 * acme/churn, another owner's repository, is made with the real `mlship init` from the example's
 * data and code; its callers pin mlship/mlship/...@v1, which resolves only through mlship's tags
 * (world({ mlship: true })), and its secrets reach mlship's workflows only by the mappings init
 * wrote (secrets: inherit passes nothing across owners). It runs PR → merge → deploy → a rollback
 * of its protected main (the commit made with the App token MLSHIP_ROLLBACK_TOKEN, which starts
 * deploy.yml as a non-job token's push does) → the scheduled drift check → the dashboard. Every
 * job is green, and each secret reaches the step that needs it and no other step.
 */
describe("adoption: mlship released as v1, used @v1 by another owner's repository made with init (harness)", () => {
  const tools = mkdtempSync(path.join(os.tmpdir(), "mlship-tools-"));
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-prod-host-")); // "production", outside every job
  const warehouse = mkdtempSync(path.join(os.tmpdir(), "mlship-warehouse-")); // where the last day's data lives
  const w = world({
    mlship: true,
    secrets: { MLSHIP_DEPLOY_TOKEN: DEPLOY_TOKEN, MLSHIP_DATA_TOKEN: DATA_TOKEN, MLSHIP_ROLLBACK_TOKEN: APP_TOKEN },
  });
  /** mlship/mlship's own workflows, run in its repository (release.yml), with the runner image's npm. */
  const mlshipRuns = new Harness({
    gh: w.gh,
    remote: w.mlship!,
    repository: "mlship/mlship",
    machineEnv: { PATH: `${offlineNpm(tools)}:${process.env.PATH}` },
  });
  const runs: RunRecord[] = [];
  const run = async (file: string, event: Event) => {
    const r = await w.run(file, event);
    runs.push(r);
    return r;
  };
  const pushed = (before: string, after: string): Event => ({
    name: "push",
    ref: "refs/heads/main",
    sha: after,
    payload: { before, after, head_commit: { id: after, message: "" } },
  });
  const received = () =>
    existsSync(path.join(host, "log")) ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n") : [];
  const churn = path.resolve("examples/churn");
  let initDir = "";
  let initOutput = "";

  afterAll(() => {
    for (const d of [tools, host, warehouse, initDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  beforeAll(() => {
    // mlship/mlship: this checkout as its maintainers commit it (bundles built from these sources).
    const snap = thisCheckoutSnapshot({ buildHere: true });
    w.mlship!.commitDir(snap, "feat: the sources of this checkout");
    rmSync(snap, { recursive: true, force: true });
    copyFileSync(path.join(churn, "data/current.csv"), path.join(warehouse, "last_day.csv"));
  }, 600_000);

  it("the maintainer's prepare --push makes v1.0.0 and moves v1 as a person; release.yml, started by the tag, creates the release with the job's token and pushes nothing", async () => {
    const source = w.mlship!.head();
    const clone = maintainerClone(w.mlship!.bare);
    releaseScript(clone, ["prepare", "1.0.0", "--push"]);
    rmSync(clone, { recursive: true, force: true });
    const tagged = git(w.mlship!.bare, ["rev-parse", "v1.0.0^{commit}"]);
    expect(git(w.mlship!.bare, ["rev-parse", "v1^{commit}"])).toBe(tagged);
    expect(git(w.mlship!.bare, ["rev-parse", `${tagged}^`])).toBe(source);
    // The job's token could not have pushed that tag: the release commit changes .github/workflows/.
    const job = maintainerClone(w.mlship!.bare);
    git(job, ["config", "remote.origin.receivepack", "env HARNESS_PUSH_TOKEN=ghs_job77xxxxxxxx git-receive-pack"]);
    git(job, ["fetch", "-q", "origin", "refs/tags/v1.0.0:refs/tags/v1.0.0"]);
    git(job, ["tag", "v1.0.1", "v1.0.0"]);
    expect(() => git(job, ["push", "origin", "refs/tags/v1.0.1"])).toThrow(/without `workflows` permission/);
    rmSync(job, { recursive: true, force: true });

    const refs = () => git(w.mlship!.bare, ["for-each-ref", "--format=%(refname) %(objectname)"]);
    const before = refs();
    const release = await mlshipRuns.run("release.yml", {
      name: "push",
      ref: "refs/tags/v1.0.0",
      sha: tagged,
      payload: { after: tagged },
    });
    green(release);
    expect(refs()).toBe(before);
    expect(w.gh.releases.map((r) => [r.tag_name, r.name])).toEqual([["v1.0.0", "mlship v1.0.0"]]);
  }, 600_000);

  it("`mlship init` in a fresh folder with the example's data writes callers pinned @v1, training on a hosted runner, a rollback dropdown of the config's environments", () => {
    initDir = mkdtempSync(path.join(os.tmpdir(), "mlship-stranger-"));
    mkdirSync(path.join(initDir, "data"));
    for (const f of ["train.csv", "test.csv"]) copyFileSync(path.join(churn, "data", f), path.join(initDir, "data", f));
    const [node, argv] = tsNode("packages/cli/src/index.ts", ["init", "--label", "churned", "--name", "churn"]);
    initOutput = execFileSync(node, argv, {
      cwd: initDir,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    expect(initOutput).toContain("wrote .github/workflows/ml.yml");
    // The user then writes the code init's `next` asks for: the example's training and serving scripts.
    for (const f of ["train.py", "serve.py", "model_lib.py"]) copyFileSync(path.join(churn, f), path.join(initDir, f));
    const wf = (f: string) => readFileSync(path.join(initDir, ".github/workflows", f), "utf8");
    for (const f of ["ml.yml", "deploy.yml", "rollback.yml", "drift.yml", "dashboard.yml"])
      expect(wf(f)).toMatch(/uses: mlship\/mlship\/\.github\/workflows\/[a-z]+\.yml@v1\n/);
    expect(wf("rollback.yml")).toContain("options: [production]");
    w.remote.commitDir(initDir, "mlship init");
    // A protection rule on main (GitHub's branch protection): pushes and contents-API commits
    // are refused but the rollback App's; the team's own pushes are an admin's.
    w.remote.protect("main", [APP_TOKEN]);
    w.gh.protectedBranches.add("main");
    w.gh.protectionBypass.add(APP_TOKEN);
    w.gh.appTokens.add(APP_TOKEN);
    w.gh.tokens.set(APP_TOKEN, { contents: "write", metadata: "read" });
  });

  const pr = (sha: string): Event => ({
    name: "pull_request",
    ref: "refs/pull/1/merge",
    sha,
    payload: {
      number: 1,
      pull_request: {
        number: 1,
        title: "Fewer epochs",
        head: { ref: "tune", sha, repo: { full_name: "acme/churn", fork: false } },
        base: { ref: "main", sha: w.remote.head() },
      },
    },
  });

  it("a pull request trains and evaluates on ubuntu-latest and comments; its merge registers churn@v1, tags and attests it", async () => {
    const config = readFileSync(path.join(initDir, "mlship.yml"), "utf8");
    const tuned = config.replace("params: {}", "params: { epochs: 4 }");
    expect(tuned).not.toBe(config);
    const base = w.remote.head();
    const sha = w.remote.commit({ "mlship.yml": tuned }, "train 4 epochs", "tune");
    const onPr = await run("ml.yml", pr(sha));
    green(onPr);
    expect(onPr.job("train / train").runsOn).toEqual(["ubuntu-latest"]);
    expect(onPr.job("train / register").result).toBe("skipped");
    expect(onPr.job("train / gate").result).toBe("success");
    expect(w.gh.comments.filter((c) => c.issue_number === 1)).toHaveLength(1);

    const merged = w.remote.merge("tune", "Merge pull request #1 from acme/tune");
    const onMerge = await run("ml.yml", pushed(base, merged));
    green(onMerge);
    expect(onMerge.job("train / register").outputs["model-id"]).toBe("churn@v1");
    expect(onMerge.job("publish / tag").result).toBe("success");
    expect(onMerge.job("publish / attest").result).toBe("success");
    expect(await w.registryTags()).toContain("churn.v1");
  }, 600_000);

  it("deploy: the team writes deploy.sh (init's placeholder failed saying so) and maps MLSHIP_DEPLOY_TOKEN; a push of deploy/production.yml deploys churn@v1", async () => {
    // With init's placeholder, the deploy fails at deploy.sh, naming what to write.
    let before = w.remote.head();
    let after = w.remote.commit({ "deploy/production.yml": "model: churn@v1\n" }, "ship v1");
    const placeholder = await run("deploy.yml", pushed(before, after));
    runs.pop(); // a failure shown on purpose: not one of the green runs
    const failed = placeholder.job("deploy (production) / deploy");
    expect(failed.result).toBe("failure");
    expect(failed.annotations.map((a) => a.message).join("\n")).toMatch(
      /deploy\.sh is mlship init's placeholder: write how churn@v1 reaches production/,
    );
    expect(received()).toEqual([]);

    const script = [
      "#!/bin/sh",
      'if [ -z "$MLSHIP_DEPLOY_TOKEN" ]; then echo "deploy.sh: MLSHIP_DEPLOY_TOKEN is not set" >&2; exit 1; fi',
      `echo "$MLSHIP_ENVIRONMENT $MLSHIP_MODEL_ID $MLSHIP_DEPLOY_TOKEN" >> ${host}/log`,
      "",
    ].join("\n");
    const config = w.remote
      .show("main", "mlship.yml")
      .replace(
        "{ target: command, command: sh deploy.sh }",
        "{ target: command, command: sh deploy.sh, pass-env: [MLSHIP_DEPLOY_TOKEN] }",
      );
    expect(config).toContain("pass-env: [MLSHIP_DEPLOY_TOKEN]");
    before = w.remote.head();
    after = w.remote.commit(
      { "deploy.sh": script, "mlship.yml": config, "deploy/production.yml": "model: churn@v1 # redeploy\n" },
      "deploy.sh: copy the model to production",
    );
    const deploy = await run("deploy.yml", pushed(before, after));
    green(deploy);
    expect(received()).toEqual([`production churn@v1 ${DEPLOY_TOKEN}`]);
    expect(deploy.job("deploy (production) / deploy").log).not.toContain(DEPLOY_TOKEN);
  }, 600_000);

  it("a second merge registers churn@v2 and deploys it; the rollback of the protected main commits with MLSHIP_ROLLBACK_TOKEN, deploys churn@v1 with the job's token, and its commit starts deploy.yml", async () => {
    let before = w.remote.head();
    const sha = w.remote.commit(
      { "mlship.yml": w.remote.show("main", "mlship.yml").replace("params: { epochs: 4 }", "params: { epochs: 5 }") },
      "train 5 epochs",
      "tune-more",
    );
    const merged = w.remote.merge("tune-more", "Merge pull request #2 from acme/tune-more");
    expect(w.remote.show(merged, "mlship.yml")).toContain("epochs: 5");
    expect(sha).not.toBe(merged);
    const train = await run("ml.yml", pushed(before, merged));
    green(train);
    expect(train.job("train / register").outputs["model-id"]).toBe("churn@v2");
    before = w.remote.head();
    const ship = w.remote.commit({ "deploy/production.yml": "model: churn@v2\n" }, "ship v2");
    green(await run("deploy.yml", pushed(before, ship)));
    expect(received().at(-1)).toBe(`production churn@v2 ${DEPLOY_TOKEN}`);

    const mark = w.gh.requests.length;
    const denied = w.registryCounts.denied;
    before = w.remote.head();
    const rollback = await run("rollback.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: before,
      inputs: { environment: "production", reason: "v2 answers slowly" },
    });
    green(rollback);
    expect(w.remote.log()[0]).toBe("rollback(production): churn@v2 -> churn@v1");
    expect(received().at(-1)).toBe(`production churn@v1 ${DEPLOY_TOKEN}`);
    const requests = w.gh.requests.slice(mark);
    const commits = requests.filter((r) => r.method === "PUT" && r.path.includes("/contents/"));
    expect(commits.map((r) => r.auth?.replace(/^\w+ /, ""))).toEqual([APP_TOKEN]);
    expect(requests.filter((r) => r.path.includes("/deployments") && r.auth?.includes(APP_TOKEN))).toEqual([]);
    expect(w.registryCounts.denied).toBe(denied); // the registry stayed on the job's token

    // A commit made with a token other than the job's starts workflows: deploy.yml runs for it.
    const onRollback = await run("deploy.yml", pushed(before, w.remote.head()));
    green(onRollback);
    expect(onRollback.job("changed").outputs.environments).toBe('["production"]');
  }, 900_000);

  const schedule = (cron: string): Event => ({
    name: "schedule",
    ref: "refs/heads/main",
    sha: w.remote.head(),
    payload: { schedule: cron },
  });

  it("the scheduled drift check skips with a notice until drift.current is set; then it fetches the last day with MLSHIP_DATA_TOKEN and opens the drift issue", async () => {
    const skipped = await run("drift.yml", schedule("17 6 * * *"));
    green(skipped);
    expect(skipped.job("drift / drift").annotations).toContainEqual({
      level: "notice",
      message: expect.stringContaining("drift is not configured yet: set drift.current"),
    });

    const fetch = [
      "import os, shutil, sys",
      'if not os.environ.get("MLSHIP_DATA_TOKEN"):',
      '    sys.exit("fetch_current.py: MLSHIP_DATA_TOKEN is not set: the warehouse refuses anonymous reads")',
      `open(${JSON.stringify(path.join(warehouse, "seen"))}, "a").write(os.environ["MLSHIP_DATA_TOKEN"] + "\\n")`,
      'os.makedirs("data", exist_ok=True)',
      `shutil.copyfile(${JSON.stringify(path.join(warehouse, "last_day.csv"))}, "data/current.csv")`,
      "",
    ].join("\n");
    // The two lines init left commented, uncommented; and retraining on drift.
    const config = w.remote
      .show("main", "mlship.yml")
      .replace(/# (current: data\/current\.csv) .*\n/, "$1\n")
      .replace(/# (current-command: python3 fetch_current\.py) .*\n/, "$1\n")
      .replace("  target-column: churned\n", "  target-column: churned\n  retrain: true\n");
    expect(config).toMatch(/^ {2}current: data\/current\.csv\n {2}current-command: python3 fetch_current\.py\n/m);
    w.remote.commit(
      { "mlship.yml": config, "fetch_current.py": fetch },
      "drift: fetch the last day from the warehouse",
    );
    const drift = await run("drift.yml", schedule("17 6 * * *"));
    green(drift);
    expect(drift.job("drift / drift").outputs.drifted).toBe("true");
    expect(readFileSync(path.join(warehouse, "seen"), "utf8").trim().split("\n")).toEqual([DATA_TOKEN]);
    expect(w.gh.issues.filter((i) => i.labels.some((l) => l.name === "mlship:drift"))).toHaveLength(1);
    // Retraining is dispatched on the default branch, where ml.yml registers: a schedule runs there
    // (its payload names no repository); a check started by hand from another branch names it.
    expect(w.gh.dispatches).toEqual([{ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} }]);
    const sha = w.remote.commit({ "notes.md": "why did support calls rise?\n" }, "investigate", "investigate");
    const byHand = await run("drift.yml", { name: "workflow_dispatch", ref: "refs/heads/investigate", sha });
    green(byHand);
    expect(w.gh.dispatches.at(-1)).toEqual({ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} });
  }, 600_000);

  it("the dashboard builds with mlship's CLI at v1.0.0 and publishes to Pages", async () => {
    const dashboard = await run("dashboard.yml", {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: w.remote.head(),
    });
    green(dashboard);
    expect(dashboard.job("dashboard / build").log).toContain("checked out v1.0.0");
    expect(dashboard.job("dashboard / publish").outputs.url).toBe("https://acme.github.io/churn/");
  }, 600_000);

  it("every secret the callers map reaches the step that needs it, and no other step", () => {
    const where = (value: string) =>
      runs.flatMap((r) =>
        r.jobs.flatMap((j) =>
          j.steps
            .filter((s) => [...Object.values(s.env), ...Object.values(s.inputs)].some((v) => v.includes(value)))
            .map((s) => `${r.workflow.split("/").pop()} ${j.name} ${s.uses?.replace(/@.*/, "") ?? "run"}`),
        ),
      );
    const unique = (l: string[]) => [...new Set(l)].sort();
    expect(unique(where(DEPLOY_TOKEN))).toEqual([
      "deploy.yml deploy (production) / deploy mlship/mlship/actions/deploy",
      "rollback.yml rollback / rollback mlship/mlship/actions/deploy",
    ]);
    expect(unique(where(APP_TOKEN))).toEqual(["rollback.yml rollback / rollback mlship/mlship/actions/deploy"]);
    expect(unique(where(DATA_TOKEN))).toEqual(["drift.yml drift / drift mlship/mlship/actions/check-drift"]);
    // Each is given as the input or variable the step reads, never as another one.
    const rollbackStep = runs
      .find((r) => r.workflow.endsWith("rollback.yml"))!
      .job("rollback / rollback")
      .steps.find((s) => s.uses?.includes("/actions/deploy@"))!;
    expect(rollbackStep.inputs["rollback-token"]).toBe(APP_TOKEN);
    expect(rollbackStep.env.MLSHIP_DEPLOY_TOKEN).toBe(DEPLOY_TOKEN);
    const driftStep = runs
      .filter((r) => r.workflow.endsWith("drift.yml"))
      .at(-1)!
      .job("drift / drift")
      .steps.find((s) => s.uses?.includes("/actions/check-drift@"))!;
    expect(driftStep.env.MLSHIP_DATA_TOKEN).toBe(DATA_TOKEN);
    // No log shows one.
    for (const r of runs) for (const v of [DEPLOY_TOKEN, APP_TOKEN, DATA_TOKEN]) expect(log(r)).not.toContain(v);
  });
});
