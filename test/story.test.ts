import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { gitBlobSha } from "../packages/github/src/deployments.js";
import { runBundledAction, type ActionRun } from "./helpers/actions.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

const TOKEN = "ghs_STORYtoken0123456789abcdefXYZ";

/**
 * The whole life of a model on GitHub, driven through each action's committed bundle as a
 * runner would run it, with real event payloads, against the fake GitHub:
 * PR → comment; second push → same comment edited; merge → register; deploy file pushed →
 * deployment; scheduled drift → one issue, then a comment; dispatch rollback → contents-API
 * commit and a deployment of the earlier ID.
 */
describe("simulated story: PR → merge → deploy → drift → rollback, through the bundles", () => {
  const repo = exampleCopy();
  const gh = new FakeGitHub();
  const events = tempDir();
  const logs: string[] = [];
  const marks: Record<string, number> = {};
  let sha = 0;
  beforeAll(async () => {
    await gh.start();
    // A production environment served by the local target, and its desired-state file.
    const cfg = path.join(repo, "mlship.yml");
    writeFileSync(
      cfg,
      readFileSync(cfg, "utf8").replace(
        "    local: { target: local, health-timeout: 20s }",
        "    local: { target: local, health-timeout: 20s }\n    production: { target: local, health-timeout: 20s }",
      ),
    );
    mkdirSync(path.join(repo, "deploy"), { recursive: true });
  });
  afterAll(async () => {
    await stopEnvironment(path.join(repo, ".mlship"), "production");
    await gh.stop();
  });

  function event(name: string, payload: Record<string, unknown>): Record<string, string> {
    const file = path.join(events, `${name}-${++sha}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return gh.runnerEnv(name, file, {
      GITHUB_SHA: sha.toString(16).padStart(40, "0"),
      GITHUB_REF: name === "pull_request" ? "refs/pull/7/merge" : "refs/heads/main",
      GITHUB_RUN_ID: String(100 + sha),
      GITHUB_ACTOR: "ada",
      GITHUB_WORKSPACE: repo,
      MLSHIP_GITHUB_RETRY_BASE_MS: "50",
    });
  }
  async function step(name: string, inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
    const r = await runBundledAction(name, { config: "mlship.yml", "github-token": TOKEN, ...inputs }, repo, env);
    logs.push(r.stdout, r.stderr, r.summary);
    expect(r.code, `${name}: ${r.stdout}\n${r.stderr}`).toBe(0);
    return r;
  }
  const pr = { pull_request: { number: 7, title: "Tune <b>lr</b> | @here", head: { repo: { fork: false } } } };

  it("a pull request validates, trains, tests and posts one comment", async () => {
    const e = event("pull_request", pr);
    await step("validate-data", { data: "data/train.csv" }, e);
    const t = await step("train", { params: "{epochs: 2}" }, e);
    await step("quality-load-bias-test", { "run-dir": t.outputs["run-dir"], load: "false" }, e);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ issue_number: 7 });
    expect(gh.comments[0].body).toContain("<!-- mlship:evaluation:churn -->");
    marks.pipeline = gh.count();
  }, 120_000);

  it("a second push to the PR edits the same comment", async () => {
    const e = event("pull_request", pr);
    const t = await step("train", { params: "{epochs: 3}" }, e);
    await step("quality-load-bias-test", { "run-dir": t.outputs["run-dir"], load: "false" }, e);
    expect(gh.comments).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === "PATCH" && q.path.includes("/issues/comments/"))).toHaveLength(1);
  }, 120_000);

  it("the merge registers the model and tags the trained commit churn@v1", async () => {
    const env = event("push", { ref: "refs/heads/main" });
    const r = await step("register", { "git-tag": "true" }, env);
    expect(r.outputs["model-id"]).toBe("churn@v1");
    // The tag names the commit the model was trained from (lineage), else the pushed commit.
    const { runDir } = JSON.parse(readFileSync(path.join(repo, ".mlship/runs/last.json"), "utf8")) as {
      runDir: string;
    };
    const lineage = JSON.parse(readFileSync(path.join(runDir, "lineage.json"), "utf8")) as {
      git: { commit: string | null };
    };
    expect([...gh.refs.entries()]).toEqual([["refs/tags/churn@v1", lineage.git.commit ?? env.GITHUB_SHA]]);
    // Registering the same content again returns churn@v1, and the tag is left where it is.
    const again = await step("register", { "git-tag": "true" }, event("push", { ref: "refs/heads/main" }));
    expect(again.outputs["model-id"]).toBe("churn@v1");
    expect(again.stdout).toContain("git tag churn@v1 already there");
  });

  it("pushing deploy/production.yml deploys it with a GitHub deployment", async () => {
    writeFileSync(path.join(repo, "deploy/production.yml"), "# production\nmodel: churn@v1\n");
    const v1 = "# production\nmodel: churn@v1\n";
    gh.files.set("deploy/production.yml", { content: v1, sha: gitBlobSha(v1)! }); // the blob sha GitHub reports
    const r = await step("deploy", { environment: "production" }, event("push", { ref: "refs/heads/main" }));
    expect(r.outputs["model-id"]).toBe("churn@v1");
    expect(gh.deployments).toHaveLength(1);
    expect(gh.deployments[0]).toMatchObject({ environment: "production", payload: { model: "churn@v1" } });
    expect(gh.deployments[0].statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    marks.deployed = gh.count();
  }, 60_000);

  it("a second model is merged and deployed (so there is something to roll back from)", async () => {
    const e = event("push", { ref: "refs/heads/main" });
    const t = await step("train", { params: "{epochs: 4}" }, e);
    const r = await step("register", { "model-path": t.outputs["model-path"] }, e);
    expect(r.outputs["model-id"]).toBe("churn@v2");
    writeFileSync(path.join(repo, "deploy/production.yml"), "# production\nmodel: churn@v2\n");
    const v2 = "# production\nmodel: churn@v2\n";
    gh.files.set("deploy/production.yml", { content: v2, sha: gitBlobSha(v2)! });
    await step("deploy", { environment: "production" }, event("push", { ref: "refs/heads/main" }));
    expect(gh.deployments[1].statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    expect(gh.deployments[0].statuses.at(-1)!.state).toBe("inactive");
  }, 120_000);

  it("the scheduled drift check opens one issue, and the next comments on it", async () => {
    const e = () => event("schedule", { schedule: "17 6 * * *" });
    const first = await step("check-drift", { environment: "production", issue: "true" }, e());
    expect(first.outputs.drifted).toBe("true");
    expect(gh.issues).toHaveLength(1);
    await step("check-drift", { environment: "production", issue: "true" }, e());
    expect(gh.issues).toHaveLength(1);
    expect(gh.comments.filter((c) => c.issue_number === gh.issues[0].number)).toHaveLength(1);
  }, 60_000);

  it("a workflow_dispatch rollback commits the earlier ID through the contents API and deploys it", async () => {
    const r = await step(
      "deploy",
      { environment: "production", rollback: "true", to: "churn@v1", reason: "latency regression" },
      event("workflow_dispatch", { inputs: { environment: "production", to: "churn@v1" } }),
    );
    expect(r.outputs["model-id"]).toBe("churn@v1");
    expect(gh.commits).toHaveLength(1);
    expect(gh.commits[0].path).toBe("deploy/production.yml");
    expect(gh.commits[0].message).toMatch(/^rollback\(production\): churn@v2 -> churn@v1\n\nlatency regression$/);
    expect(gh.files.get("deploy/production.yml")!.content).toContain("model: churn@v1");
    expect(gh.files.get("deploy/production.yml")!.content).toContain("# production");
    const last = gh.deployments.at(-1)!;
    expect(last).toMatchObject({ environment: "production", payload: { model: "churn@v1" } });
    expect(last.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
  }, 60_000);

  it("the fake's final state, the request budget, GitHub's description and the token", () => {
    expect(gh.comments.filter((c) => c.issue_number === 7)).toHaveLength(1);
    expect(gh.issues.map((i) => [i.title, i.state])).toEqual([["Data drift: churn in production", "open"]]);
    expect(gh.deployments.map((d) => (d.payload as { model: string }).model)).toEqual([
      "churn@v1",
      "churn@v2",
      "churn@v1",
    ]);
    // A whole pipeline run — PR (validate, train, test, comment), second push, merge (register),
    // deploy — stays under 30 requests (the default token has 1,000 an hour per repository).
    expect(marks.pipeline).toBeLessThanOrEqual(3);
    expect(marks.deployed).toBeLessThan(30);
    expect(gh.count()).toBeLessThan(60);
    expect(gh.violations).toEqual([]);
    expect(gh.requests.every((q) => q.auth === `token ${TOKEN}`)).toBe(true);
    const logged = logs
      .join("\n")
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(logged).not.toContain(TOKEN);
  });
});
