import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { JOB_TOKEN_NOTE } from "../packages/github/src/pull-request.js";
import { git, GitRemote } from "./harness/git.js";
import { runInProcess } from "./helpers/actions.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { quietHost } from "./helpers/silent.js";

/**
 * The promote action on GitHub: the step commits deploy/<env>.yml on mlship/promote/<env>/<name>-v<N>
 * in the job's checkout, the action pushes that branch with the checkout's credentials and opens
 * the pull request through the REST API (pulls.create), or updates the open one from that branch
 * (pulls.list, pulls.update). The fake GitHub answers as the REST docs say: 422 for a head or
 * base branch that does not exist and for a second pull request from one head; 403 for a token
 * without `pull-requests: write`.
 */
describe("promote on GitHub: the branch pushed, the pull request opened or updated", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-promote-gh-"));
  const remote = new GitRemote(path.join(dir, "github"));
  const registry = path.join(dir, "registry");
  const gh = new FakeGitHub();
  gh.contents = remote;
  const config = [
    "model: churn",
    `registry: file://${registry}`,
    "registry-persistent: true",
    "deploy:",
    "  environments:",
    "    production: { target: command, command: sh deploy.sh }",
    "",
  ].join("\n");
  const JOB = "ghs_job_promote_0123456789";

  /** A fresh job: actions/checkout of main (depth 1, the job token persisted for pushes), then the action. */
  async function job(modelId: string, o: { token?: string } = {}) {
    const ws = mkdtempSync(path.join(dir, "job-"));
    git(ws, ["init", "-q"]);
    git(ws, ["remote", "add", "origin", `file://${remote.bare}`]);
    git(ws, ["fetch", "-q", "--depth=1", "origin", remote.head()]);
    git(ws, ["checkout", "-q", "--detach", "FETCH_HEAD"]);
    const token = o.token ?? JOB;
    git(ws, ["config", "remote.origin.receivepack", `env HARNESS_PUSH_TOKEN=${token} git-receive-pack`]);
    const event = path.join(ws, "..", `${path.basename(ws)}-event.json`);
    writeFileSync(event, JSON.stringify({ repository: { default_branch: "main" } }));
    const cwd = process.cwd();
    process.chdir(ws);
    try {
      return await runInProcess(
        () => import("../actions/promote/src/main.js"),
        { "model-id": modelId, environment: "production", "github-token": token, config: "mlship.yml" },
        {
          ...gh.runnerEnv("workflow_dispatch", event, { GITHUB_REF: "refs/heads/main", GITHUB_SHA: remote.head() }),
          GITHUB_ACTIONS: "true",
          GITHUB_WORKSPACE: ws,
          // a runner's git knows no user: the action names the workflow's bot itself
          GIT_CONFIG_NOSYSTEM: "1",
          GIT_CONFIG_GLOBAL: "/dev/null",
          HOME: ws,
        },
      );
    } finally {
      process.chdir(cwd);
    }
  }

  beforeAll(async () => {
    await gh.start();
    gh.tokens.set(JOB, { contents: "write", "pull-requests": "write", packages: "read" });
    gh.tokens.set("ghs_job_readonly_pulls", { contents: "write", "pull-requests": "read", packages: "read" });
    const seed = path.join(dir, "seed");
    mkdirSync(seed);
    writeFileSync(path.join(seed, "mlship.yml"), config);
    for (const [v, acc] of [
      ["1", 0.8],
      ["2", 0.83],
      ["3", 0.85],
    ] as const) {
      const model = path.join(seed, `m${v}`);
      mkdirSync(model);
      writeFileSync(path.join(model, "weights.txt"), `weights ${v}\n`);
      const evaluation = path.join(seed, `m${v}.evaluation.json`);
      writeFileSync(
        evaluation,
        JSON.stringify({
          values: { accuracy: acc },
          gates: [{ expression: "accuracy >= 0.72", passed: true, value: acc, threshold: 0.72 }],
          passed: true,
        }),
      );
      const values: Record<string, string> = {
        config: path.join(seed, "mlship.yml"),
        "model-path": model,
        evaluation,
      };
      await registerStep(
        parseInputs(registerSpec, (n) => values[n]),
        quietHost,
      );
    }
    remote.commit(
      { "mlship.yml": config, "deploy.sh": "echo deploy\n", "deploy/production.yml": "model: churn@v1\n" },
      "churn",
    );
  }, 120_000);
  afterAll(() => gh.stop());

  it("pushes the branch and opens one pull request into the default branch, saying what the job token cannot start", async () => {
    const r = await job("churn@v2");
    expect(r.code, r.stdout).toBe(0);
    const branch = "mlship/promote/production/churn-v2";
    // the branch on GitHub: one commit on main changing only the deploy file, by the workflow's bot
    expect(remote.branchHead(branch)).toBeDefined();
    expect(remote.changed(remote.head("main"), remote.head(branch))).toEqual(["deploy/production.yml"]);
    expect(remote.show(branch, "deploy/production.yml")).toMatch(/^model: churn@v2$/m);
    expect(git(remote.bare, ["log", "-1", "--format=%an <%ae>", branch])).toBe(
      "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
    );
    expect(gh.pulls).toHaveLength(1);
    expect(gh.pulls[0]).toMatchObject({
      head: branch,
      base: "main",
      state: "open",
      title: "deploy(production): churn@v1 -> churn@v2",
    });
    expect(gh.pulls[0].body).toContain("1/1 gates passed");
    expect(gh.pulls[0].body).toContain(JOB_TOKEN_NOTE);
    expect(r.outputs["pull-request"]).toBe(`https://github.com/acme/churn/pull/${gh.pulls[0].number}`);
    expect(r.outputs.branch).toBe(branch);
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a second promotion of that version (a re-run, a fresh job) updates that pull request instead of opening another", async () => {
    const before = gh.requests.length;
    const r = await job("churn@v2");
    expect(r.code, r.stdout).toBe(0);
    expect(gh.pulls).toHaveLength(1);
    expect(gh.requests.slice(before).map((q) => q.method)).toEqual(["GET", "PATCH"]);
    expect(r.stdout).toContain("updated");
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a token that may not write pull requests fails the step naming the permission", async () => {
    const r = await job("churn@v3", { token: "ghs_job_readonly_pulls" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/HTTP 403.*pull-requests: write/);
    expect(gh.pulls).toHaveLength(1);
  }, 120_000);

  it("the fake answers pulls.create as GitHub does: 422 for a missing head or base and for a second pull request from one head", async () => {
    const create = (body: object) =>
      fetch(`${gh.url}/repos/acme/churn/pulls`, {
        method: "POST",
        headers: { authorization: `token ${JOB}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const head = "mlship/promote/production/churn-v2";
    expect((await create({ head: "no-such-branch", base: "main", title: "x" })).status).toBe(422);
    expect((await create({ head, base: "no-such-base", title: "x" })).status).toBe(422);
    const dup = await create({ head, base: "main", title: "x" });
    expect(dup.status).toBe(422);
    expect(((await dup.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      `A pull request already exists for acme:${head}.`,
    );
    expect(gh.pulls).toHaveLength(1);
  });
});
