import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { churnFiles } from "./churn-files.js";
import type { Event, RunRecord } from "./runner.js";
import { example, world } from "./world.js";

const models = ["churn", "fraud"] as const;
type Model = (typeof models)[number];

/**
 * The callers of examples/workflows/ as a team with two models in one repository adapts them:
 * each model's config in models/<m>/mlship.yml, and per model a training, deploy and drift
 * caller that passes `config:` and filters on that model's folder (`paths:`).
 */
function callers(m: Model): Record<string, string> {
  const cfg = `models/${m}/mlship.yml`;
  const ml = example("ml.yml")
    .replace("name: ml", `name: ${m}`)
    .replace(
      "    branches: [main]\n  pull_request:\n",
      `    branches: [main]\n    paths: ["models/${m}/**"]\n  pull_request:\n    paths: ["models/${m}/**"]\n`,
    )
    .replace("      setup-command: pip install -r requirements.txt\n", `      config: ${cfg}\n`);
  const deploy = example("deploy.yml")
    .replace("name: deploy", `name: ${m}-deploy`)
    .replaceAll("deploy/*.yml", `models/${m}/deploy/*.yml`)
    .replace("s#^deploy/", `s#^models/${m}/deploy/`)
    .replace(
      "      environment: ${{ matrix.environment }}\n",
      `      environment: \${{ matrix.environment }}\n      config: ${cfg}\n`,
    );
  const drift = example("drift.yml")
    .replace("name: drift", `name: ${m}-drift`)
    .replace(/ {6}command: python fetch_last_day\.py.*\n/, "") // current.csv is committed here
    .replace("      environment: production\n", `      environment: production\n      config: ${cfg}\n`);
  const rollback = example("rollback.yml")
    .replace("name: rollback", `name: ${m}-rollback`)
    .replace(
      "      environment: ${{ inputs.environment }}\n",
      `      environment: \${{ inputs.environment }}\n      config: ${cfg}\n`,
    );
  for (const [f, text] of [
    ["ml", ml],
    ["deploy", deploy],
    ["drift", drift],
    ["rollback", rollback],
  ])
    if (!text.includes(cfg)) throw new Error(`examples/workflows/${f}.yml changed: adapt this test's edit of it`);
  return {
    [`.github/workflows/${m}.yml`]: ml,
    [`.github/workflows/${m}-deploy.yml`]: deploy,
    [`.github/workflows/${m}-drift.yml`]: drift,
    [`.github/workflows/${m}-rollback.yml`]: rollback,
  };
}

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * Two models in one repository (models/churn, models/fraud), through the workflow files job by
 * job: path filters start only the touched model's workflows, and each model keeps its own runs,
 * PR comment, deploy files, concurrency groups and drift issue.
 */
describe("two models in one repository (harness)", () => {
  const w = world();
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-hosts-"));
  const received = () =>
    existsSync(path.join(host, "log")) ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n") : [];
  const deployScript = `#!/bin/sh\necho "$MLSHIP_ENVIRONMENT $MLSHIP_MODEL_ID $(basename "$PWD")" >> ${host}/log\n`;
  /** A push of one commit to main, `before` the head it moved from (so path filters see that commit only). */
  const push = (files: Record<string, string>, message: string): Event => {
    const before = w.remote.head();
    const sha = w.remote.commit(files, message);
    return { name: "push", ref: "refs/heads/main", sha, payload: { before, after: sha } };
  };
  const pr = (n: number, branch: string, sha: string): Event => ({
    name: "pull_request",
    ref: `refs/pull/${n}/merge`,
    sha,
    payload: {
      number: n,
      action: "synchronize",
      pull_request: {
        number: n,
        head: { ref: branch, sha, repo: { full_name: "acme/churn", fork: false } },
        base: { ref: "main" },
      },
    },
  });

  beforeAll(() => {
    const files: Record<string, string> = {};
    for (const m of models) {
      Object.assign(
        files,
        churnFiles(undefined, {
          dir: `models/${m}`,
          model: m,
          deploy: "production: { target: command, command: ./deploy.sh }",
        }),
        { [`models/${m}/deploy.sh`]: deployScript },
        callers(m),
      );
    }
    w.remote.commit(files, "two models");
  });

  it("a push or PR touching one model's folder starts only that model's workflows", async () => {
    // A PR branch touching fraud only, while main moves on with a churn change: the PR's diff
    // is taken from where it forked (three dots), so churn's later commit on main is not in it.
    const fraudSha = w.remote.commit({ "models/fraud/notes.md": "fraud only\n" }, "fraud notes", "fraud-only");
    const churnPush = push({ "models/churn/notes.md": "churn only\n" }, "churn notes");
    const onPush = await Promise.all(
      ["churn.yml", "fraud.yml", "churn-deploy.yml", "fraud-deploy.yml"].map((f) =>
        w.run(f, churnPush, { wiring: true }),
      ),
    );
    expect(onPush.map((r) => r.triggered)).toEqual([true, false, false, false]);
    expect(onPush[0].result).toBe("success");
    const onPr = await Promise.all(
      ["churn.yml", "fraud.yml"].map((f) => w.run(f, pr(11, "fraud-only", fraudSha), { wiring: true })),
    );
    expect(onPr.map((r) => r.triggered)).toEqual([false, true]);
    // no step ran, so no job called the API
    for (const r of [...onPush, ...onPr]) for (const j of r.jobs) expect(j.requests, j.name).toBe(0);
  });

  it("the two models' callers emit distinct check names (one required check cannot match both)", async () => {
    const sha = w.remote.commit(
      { "models/churn/notes.md": "names\n", "models/fraud/notes.md": "names\n" },
      "touch both models",
      "names",
    );
    const names: Record<string, string[]> = {};
    for (const m of models) {
      const run = await w.run(`${m}.yml`, pr(13, "names", sha), { wiring: true });
      expect(run.result).toBe("success");
      names[m] = run.jobs.filter((j) => j.result !== "skipped").map((j) => j.name);
    }
    // GitHub names a called job's check "<caller job> / <called job's name>".
    expect(names.churn).toEqual([
      "train / validate (models/churn/mlship.yml)",
      "train / train (models/churn/mlship.yml)",
      "train / evaluate (models/churn/mlship.yml)",
      "train / gate (models/churn/mlship.yml)",
    ]);
    expect(names.fraud.filter((n) => names.churn.includes(n))).toEqual([]);
    expect(names.fraud).toContain("train / gate (models/fraud/mlship.yml)");
  });

  it("a PR touching both: two independent runs, one comment per model, groups that do not cancel each other", async () => {
    const sha = w.remote.commit(
      { "models/churn/notes.md": "both\n", "models/fraud/notes.md": "both\n" },
      "touch both models",
      "both",
    );
    const runs: Record<string, RunRecord> = {};
    for (const m of models) {
      runs[m] = await w.run(`${m}.yml`, pr(12, "both", sha));
      expect(runs[m].triggered).toBe(true);
      expect(runs[m].result, log(runs[m])).toBe("success");
      const evalStep = runs[m]
        .job(`train / evaluate (models/${m}/mlship.yml)`)
        .steps.find((s) => s.uses?.includes("quality-load-bias-test"))!;
      expect(evalStep.inputs.config).toBe(`models/${m}/mlship.yml`);
      for (const j of runs[m].jobs) expect(j.requests, j.name).toBeLessThanOrEqual(12);
    }
    const comments = w.gh.comments.filter((c) => c.issue_number === 12);
    expect(comments).toHaveLength(2);
    expect(comments.map((c) => /mlship:evaluation:(\w+)/.exec(c.body)?.[1]).sort()).toEqual(["churn", "fraud"]);
    const group = (m: Model) =>
      runs[m].concurrency.find((c) => c.workflow === ".github/workflows/train.yml" && !c.job)!.group;
    expect(group("churn")).not.toBe(group("fraud"));
    expect(group("churn")).toContain("models/churn/mlship.yml");
  }, 300_000);

  it("deploy files under each model's folder deploy that model only, in groups of their own", async () => {
    // churn@v1 and fraud@v1, registered earlier (by their train workflows on merges).
    for (const m of models) {
      const proj = mkdtempSync(path.join(os.tmpdir(), `mlship-seed-${m}-`));
      writeFileSync(path.join(proj, "mlship.yml"), `model: ${m}\n`); // into the world's registry
      writeFileSync(path.join(proj, "weights.txt"), `${m} weights\n`);
      expect(await w.register(proj, proj)).toBe(`${m}@v1`);
    }
    const both = push(
      {
        "models/churn/deploy/production.yml": "model: churn@v1\n",
        "models/fraud/deploy/production.yml": "model: fraud@v1\n",
      },
      "ship both",
    );
    const runs: Record<string, RunRecord> = {};
    for (const m of models) {
      runs[m] = await w.run(`${m}-deploy.yml`, both);
      expect(runs[m].result, log(runs[m])).toBe("success");
      expect(runs[m].job("changed").outputs.environments).toBe('["production"]');
      expect(runs[m].job("deploy (production) / deploy").requests).toBeLessThanOrEqual(10);
    }
    // each model's own script ran (in its folder) with its own model
    expect(received().sort()).toEqual(["production churn@v1 churn", "production fraud@v1 fraud"]);
    // both models' records in the one registry GitHub's default gives the repository
    expect(await w.registryTags()).toEqual(
      expect.arrayContaining(["churn.v1", "fraud.v1", "churn.env.production", "fraud.env.production"]),
    );
    const group = (m: Model) => runs[m].job("deploy (production) / deploy").concurrency!.group;
    expect(group("churn")).not.toBe(group("fraud"));
    // a push changing churn's deploy file starts no fraud deploy
    const churnOnly = push({ "models/churn/deploy/production.yml": "model: churn@v1 # again\n" }, "churn again");
    const fraud = await w.run("fraud-deploy.yml", churnOnly);
    expect(fraud.triggered).toBe(false);
  }, 180_000);

  it("a rollback of one model commits its deploy file by its path from the repository root, and deploys it", async () => {
    // churn@v2 (registered by a later merge) goes to production, then is rolled back.
    const proj = mkdtempSync(path.join(os.tmpdir(), "mlship-seed-churn-"));
    writeFileSync(path.join(proj, "mlship.yml"), "model: churn\n"); // into the world's registry
    writeFileSync(path.join(proj, "weights.txt"), "churn weights, retrained\n");
    expect(await w.register(proj, proj)).toBe("churn@v2");
    const up = await w.run(
      "churn-deploy.yml",
      push({ "models/churn/deploy/production.yml": "model: churn@v2\n" }, "ship v2"),
    );
    expect(up.result, log(up)).toBe("success");
    const dispatch: Event = {
      name: "workflow_dispatch",
      ref: "refs/heads/main",
      sha: w.remote.head(),
      payload: { inputs: { environment: "production", to: "", reason: "v2 misbehaves" } },
    };
    const run = await w.run("churn-rollback.yml", dispatch);
    expect(run.result, log(run)).toBe("success");
    // The contents API was given the path from the repository root (was: deploy/production.yml,
    // relative to mlship.yml's folder, a file that does not exist at the root).
    expect(w.remote.log()[0]).toBe("rollback(production): churn@v2 -> churn@v1");
    expect(w.remote.show("main", "models/churn/deploy/production.yml")).toContain("churn@v1");
    expect(() => w.remote.show("main", "deploy/production.yml")).toThrow();
    expect(received().at(-1)).toBe("production churn@v1 churn");
    expect(w.remote.show("main", "models/fraud/deploy/production.yml")).toBe("model: fraud@v1\n");
    expect(run.job("rollback / rollback").requests).toBeLessThanOrEqual(8);
  }, 180_000);

  it("drift: one issue per model, in groups of their own; a later check comments on its own model's issue", async () => {
    const schedule = (): Event => ({ name: "schedule", ref: "refs/heads/main", sha: w.remote.head() });
    const runs: Record<string, RunRecord> = {};
    for (const m of models) {
      runs[m] = await w.run(`${m}-drift.yml`, schedule());
      expect(runs[m].result, log(runs[m])).toBe("success");
      expect(runs[m].job("drift / drift").outputs.drifted).toBe("true");
      expect(runs[m].job("drift / drift").requests).toBeLessThanOrEqual(8);
    }
    expect(w.gh.issues.map((i) => i.title).sort()).toEqual([
      "Data drift: churn in production",
      "Data drift: fraud in production",
    ]);
    const group = (m: Model) => runs[m].job("drift / drift").concurrency!.group;
    expect(group("churn")).not.toBe(group("fraud"));
    const onIssue = (m: Model) => {
      const issue = w.gh.issues.find((i) => i.title.includes(m))!;
      return w.gh.comments.filter((c) => c.issue_number === issue.number).length;
    };
    const before = { churn: onIssue("churn"), fraud: onIssue("fraud") };
    const again = await w.run("churn-drift.yml", schedule());
    expect(again.result, log(again)).toBe("success");
    expect(w.gh.issues).toHaveLength(2);
    expect(onIssue("churn")).toBe(before.churn + 1);
    expect(onIssue("fraud")).toBe(before.fraud);
  }, 180_000);
});
