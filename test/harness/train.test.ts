import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Event, RunRecord } from "./runner.js";
import { git } from "./git.js";
import { example, expectRequests, maintainerCli, world } from "./world.js";

/**
 * The churn example as a user's repository: its code and data, and no registry in mlship.yml (the
 * GitHub default: the world's ghcr.io stand-in).
 */
function churnRepo(): Record<string, string> {
  const src = path.resolve("examples/churn");
  const files: Record<string, string> = {};
  for (const f of ["train.py", "serve.py", "model_lib.py"]) files[f] = readFileSync(path.join(src, f), "utf8");
  for (const f of readdirSync(path.join(src, "data")))
    if (f !== "current.csv") files[`data/${f}`] = readFileSync(path.join(src, "data", f), "utf8");
  files["mlship.yml"] = readFileSync(path.join(src, "mlship.yml"), "utf8")
    .replace("registry: file://.mlship/registry\n", "")
    // no load test in these runs: the wiring is under test here, not the server
    .replace(/ {2}load:\n(?: {4}.*\n)+/, "")
    // production is a command target (deploy.test.ts runs the deploy leg through deploy.yml)
    .replace(
      /deploy:\n(?: {2}.*\n)+/,
      "deploy:\n  environments:\n    production: { target: command, command: sh deploy.sh }\n",
    )
    .replace(
      "params: { lr: 0.1, epochs: 15, batch_size: 64, l2: 0.001 }",
      "params: { lr: 0.1, epochs: 3, batch_size: 64, l2: 0.001 }",
    );
  files["requirements.txt"] = "";
  files["deploy.sh"] = 'echo "deployed $MLSHIP_MODEL_ID to $MLSHIP_ENVIRONMENT"\n';
  files[".github/workflows/ml.yml"] = example("ml.yml");
  return files;
}

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * examples/workflows/ml.yml, unchanged, through train.yml (and publish.yml), job by job.
 * The train and evaluate jobs land on the "self-hosted GPU" label; pip is the machine's.
 */
describe("train through the workflow files (harness)", () => {
  // The repository has a registry secret, which the workflows pass in place of the job token.
  const w = world({ registrySecret: true });
  const pr = (sha: string, head: Record<string, unknown> | null): Event => ({
    name: "pull_request",
    ref: "refs/pull/7/merge",
    sha,
    payload: {
      number: 7,
      pull_request: { number: 7, title: "Tune lr", head: { ref: "tune", sha, repo: head }, base: { ref: "main" } },
    },
  });
  const sameRepo = { full_name: "acme/churn", fork: false };

  beforeAll(() => {
    w.remote.commit(churnRepo(), "churn model");
  });

  it("a same-repo PR validates, trains and evaluates on the GPU runner, and posts one comment", async () => {
    const sha = w.remote.commit({ "notes.md": "tune\n" }, "tune lr", "tune");
    const run = await w.run("ml.yml", pr(sha, sameRepo));
    expect(run.result, log(run)).toBe("success");
    expect(run.job("train / validate").runsOn).toEqual(["ubuntu-latest"]);
    expect(run.job("train / train").runsOn).toEqual(["self-hosted", "gpu"]);
    expect(run.job("train / evaluate").result).toBe("success");
    expect(run.job("train / register").result).toBe("skipped");
    expect(run.job("publish").result).toBe("skipped");
    expect(w.gh.comments.filter((c) => c.issue_number === 7)).toHaveLength(1);
    expect(run.concurrency).toContainEqual({
      workflow: ".github/workflows/train.yml",
      group: "mlship-train-ml-refs/pull/7/merge-mlship.yml-",
      cancelInProgress: true,
    });
    // evaluate: list the PR's comments, post one; no other job calls the API
    expectRequests(run, { "train / evaluate": 2, "*": 0 });
  }, 300_000);

  it("the next push to the PR edits that comment", async () => {
    const sha = w.remote.commit({ "notes.md": "tune again\n" }, "tune lr again", "tune");
    const run = await w.run("ml.yml", pr(sha, sameRepo));
    expect(run.result, log(run)).toBe("success");
    expect(w.gh.comments.filter((c) => c.issue_number === 7)).toHaveLength(1);
    expect(w.gh.requests.filter((q) => q.method === "PATCH" && q.path.includes("/issues/comments/"))).toHaveLength(1);
    expectRequests(run, { "train / evaluate": 2, "*": 0 }); // list, then edit
  }, 300_000);

  it.each([
    ["a fork", { full_name: "mallory/churn", fork: true }],
    ["a deleted fork (head.repo null)", null],
  ])(
    "a PR from %s reaches no self-hosted runner, and the final required check fails",
    async (_, head) => {
      const sha = w.remote.commit({ "notes.md": "from a fork\n" }, "fork change", "fork");
      const run = await w.run("ml.yml", pr(sha, head));
      const ran = run.jobs.filter((j) => j.result !== "skipped");
      expect(
        ran.filter((j) => j.runsOn.includes("self-hosted")).map((j) => j.name),
        log(run),
      ).toEqual([]);
      // Skipped jobs count as success for required checks: a final job must fail instead.
      expect(run.job("train / gate").result).toBe("failure");
      expect(run.result).toBe("failure");
      expectRequests(run, { "*": 0 });
    },
    300_000,
  );

  it("a merge registers v1; the registry credential and packages permission reach the jobs that need them", async () => {
    const sha = w.remote.merge("tune", "Merge pull request #7 from acme/tune");
    const run = await w.run("ml.yml", {
      name: "push",
      ref: "refs/heads/main",
      sha,
      payload: { before: "0".repeat(40), after: sha },
    });
    expect(run.result, log(run)).toBe("success");
    const register = run.job("train / register");
    expect(register.outputs["model-id"]).toBe("churn@v1");
    expect(register.permissions.packages).toBe("write");
    expect(run.job("train / evaluate").permissions.packages).toBe("read");
    const registryStep = register.steps.find((s) => s.uses?.startsWith("mlship/mlship/actions/register@"))!;
    expect(registryStep.inputs["registry-token"]).toBe(w.registryToken);
    const evalStep = run.job("train / evaluate").steps.find((s) => s.uses?.includes("quality-load-bias-test"))!;
    expect(evalStep.inputs["registry-token"]).toBe(w.registryToken);
    // registered for real: the version's tag is in the registry
    expect(await w.registryTags()).toContain("churn.v1");
    // publish's tag job creates the git tag churn@v1; no comment on a push
    expectRequests(run, { "publish / tag": 1, "*": 0 });
  }, 300_000);

  it("with v1 in production, the next PR is gated against v1's metrics and recorded predictions from the registry; its merge registers v2", async () => {
    // churn@v1 goes to production (a maintainer's deploy; deploy.test.ts runs deploy.yml for it).
    const clone = mkdtempSync(path.join(os.tmpdir(), "mlship-dev-"));
    git(clone, ["clone", "-q", w.remote.bare, "."]);
    const out = await maintainerCli(
      clone,
      ["deploy", "--env", "production", "--model", "churn@v1", "--registry", w.registryUri],
      w.registryToken,
    );
    expect(out).toContain("production now serves churn@v1");
    const sha = w.remote.commit({ "notes.md": "second idea\n" }, "tune l2", "tune-l2");
    const second: Event = {
      name: "pull_request",
      ref: "refs/pull/8/merge",
      sha,
      payload: {
        number: 8,
        pull_request: {
          number: 8,
          title: "Tune l2",
          head: { ref: "tune-l2", sha, repo: sameRepo },
          base: { ref: "main" },
        },
      },
    };
    const run = await w.run("ml.yml", second);
    expect(run.result, log(run)).toBe("success");
    const comment = w.gh.comments.filter((c) => c.issue_number === 8);
    expect(comment).toHaveLength(1);
    // The baseline gate names v1, and the paired comparison used v1's predictions, which only
    // the registry holds: the evaluate job's machine never saw v1.
    expect(comment[0].body).toContain("roc_auc >= baseline.roc_auc - 0.02");
    expect(comment[0].body).toContain("### Candidate vs `churn@v1` on the same");
    expect(run.job("train / evaluate").log).not.toContain("no baseline model yet");
    expectRequests(run, { "train / evaluate": 2, "*": 0 });
    const merged = w.remote.merge("tune-l2", "Merge pull request #8 from acme/tune-l2");
    const push = await w.run("ml.yml", {
      name: "push",
      ref: "refs/heads/main",
      sha: merged,
      payload: { before: sha, after: merged },
    });
    expect(push.result, log(push)).toBe("success");
    expect(push.job("train / register").outputs["model-id"]).toBe("churn@v2");
    expect(await w.registryTags()).toContain("churn.v2");
    expectRequests(push, { "publish / tag": 1, "*": 0 });
  }, 400_000);

  it("\"Re-run failed jobs\" after a failed evaluation: the new attempt's jobs find the first attempt's train artifact through the REST API", async () => {
    // The evaluate job fails in the first attempt only (a runner lost mid-job, say).
    const flaky =
      'if [ "$GITHUB_JOB" = evaluate ] && [ "$GITHUB_RUN_ATTEMPT" = 1 ]; then echo "runner lost"; exit 1; fi';
    const caller = `name: retrain
on: workflow_dispatch
jobs:
  train:
    uses: mlship/mlship/.github/workflows/train.yml@v1
    permissions: { contents: read, pull-requests: write, packages: write, actions: read }
    with:
      runs-on: '["self-hosted","gpu"]'
      register: true
      setup-command: '${flaky}'
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
`;
    const sha = w.remote.commit({ ".github/workflows/retrain.yml": caller }, "retrain by hand");
    const first = await w.run("retrain.yml", { name: "workflow_dispatch", ref: "refs/heads/main", sha });
    expect(first.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      "train / validate: success",
      "train / train: success",
      "train / evaluate: failure",
      "train / register: skipped",
      "train / gate: failure",
    ]);
    const artifact = first.job("train / train").outputs.artifact;
    expect(artifact).toMatch(new RegExp(`^mlship-run-${first.id}-1-\\d+$`));
    expect(first.artifacts).toContain(artifact);

    const second = await w.h.rerunFailed(first);
    expect(second.result, log(second)).toBe("success");
    expect(second.id).toBe(first.id);
    // validate and train passed: not run again (the same job, its outputs carried over).
    expect(second.job("train / train")).toBe(first.job("train / train"));
    expect(second.artifacts).not.toContain(artifact); // nothing of attempt 1 in attempt 2's service
    for (const job of ["train / evaluate", "train / register"]) {
      expect(second.job(job).log).toContain(`artifact '${artifact}' is not in this run attempt`);
      expect(second.job(job).log).toContain(`downloaded artifact '${artifact}'`);
      expect(second.job(job).permissions.actions).toBe("read");
    }
    expect(second.job("train / register").outputs["model-id"]).toMatch(/^churn@v\d+$/);
    // Each of the two jobs: one lookup of the run's artifacts by name, one download redirect.
    expectRequests(second, { "train / evaluate": 2, "train / register": 2, "*": 0 });
    expect(w.gh.violations).toEqual([]);
  }, 600_000);
});
