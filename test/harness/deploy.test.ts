import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { example, expectRequests, world } from "./world.js";

/**
 * examples/workflows/deploy.yml, unchanged, calling this repository's deploy.yml, run job by job
 * through the harness: a push that changes deploy/<env>.yml deploys that environment through the
 * `command` target (a script that records what it received on the "production host", a folder
 * outside every job's machine). mlship.yml names no registry: the jobs use mlship's GitHub default,
 * the world's ghcr.io stand-in, with their own GITHUB_TOKEN (packages: write).
 */
describe("deploy through the workflow files (harness)", () => {
  const w = world({ secrets: { MLSHIP_DEPLOY_TOKEN: "dpl_s3cr3t_value" } });
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-prod-host-"));
  const received = () =>
    existsSync(path.join(host, "log"))
      ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n").filter(Boolean)
      : [];
  const config = () =>
    [
      "model: churn",
      "deploy:",
      "  environments:",
      "    production: { target: command, command: ./deploy.sh, pass-env: [MLSHIP_DEPLOY_TOKEN] }",
      "    preview: { target: local }",
      "",
    ].join("\n");
  const script = [
    "#!/bin/sh",
    `echo "$MLSHIP_ENVIRONMENT $MLSHIP_MODEL_ID" >> ${host}/log`,
    `echo "$MLSHIP_DEPLOY_TOKEN" > ${host}/credential`,
    "",
  ].join("\n");

  beforeAll(async () => {
    // Two models registered earlier (by train.yml on merges), in the world's registry.
    const proj = mkdtempSync(path.join(os.tmpdir(), "mlship-seed-"));
    writeFileSync(path.join(proj, "mlship.yml"), config());
    for (const v of ["1", "2"]) {
      mkdirSync(path.join(proj, `m${v}`));
      writeFileSync(path.join(proj, `m${v}`, "weights.txt"), `weights ${v}\n`);
      await w.register(proj, `m${v}`);
    }
    w.remote.commit(
      {
        "mlship.yml": config(),
        "deploy.sh": script,
        ".github/workflows/deploy.yml": example("deploy.yml"),
        ".github/workflows/rollback.yml": example("rollback.yml"),
        "README.md": "churn\n",
      },
      "initial",
    );
  });

  it("a push changing deploy/production.yml deploys that model, with one GitHub deployment", async () => {
    const run = await w.run("deploy.yml", w.push([{ "deploy/production.yml": "model: churn@v1\n" }, "ship v1"]));
    expect(run.result, run.jobs.map((j) => `${j.name}: ${j.result}\n${j.log}`).join("\n")).toBe("success");
    expect(run.job("changed").outputs.environments).toBe('["production"]');
    const job = run.job("deploy (production) / deploy");
    expect(job.environment).toBe("production");
    expect(job.concurrency).toEqual({
      group: "mlship-deploy-mlship.yml-production",
      cancelInProgress: false,
      queue: "max",
    });
    expect(job.permissions).toEqual({ contents: "read", deployments: "write", packages: "write" });
    expect(received()).toEqual(["production churn@v1"]);
    // the credential the repository's secret holds reached the deploy script (pass-env)
    expect(readFileSync(path.join(host, "credential"), "utf8").trim()).toBe("dpl_s3cr3t_value");
    expect(job.log).not.toContain("dpl_s3cr3t_value");
    // GitHub created the deployment for `environment:`; mlship must not add a second one.
    expect(w.gh.deployments.filter((d) => d.environment === "production")).toHaveLength(1);
    // The deploy job wrote the environment's record to the registry with its own token.
    expect(await w.registryTags()).toContain("churn.env.production");
    // the deployment's statuses and the previous deployment's; the changed job reads git only
    expectRequests(run, { changed: 0, "deploy (production) / deploy": 4 });
  }, 120_000);

  it("a push whose deploy-file change is in its first commit, not its last, deploys it", async () => {
    const run = await w.run(
      "deploy.yml",
      w.push(
        [{ "deploy/production.yml": "model: churn@v2\n" }, "ship v2"],
        [{ "README.md": "churn, v2 in production\n" }, "docs"],
      ),
    );
    expect(run.triggered).toBe(true);
    expect(run.job("changed").outputs.environments).toBe('["production"]');
    expect(run.result).toBe("success");
    expect(received().at(-1)).toBe("production churn@v2");
    expectRequests(run, { changed: 0, "deploy (production) / deploy": 5 });
  }, 120_000);

  const rollback = () => ({
    name: "workflow_dispatch",
    ref: "refs/heads/main",
    sha: w.remote.head(),
    inputs: { environment: "production" },
  });

  it("a rollback against a protected branch fails with the way out, and deploys nothing", async () => {
    w.gh.protectedBranches.add("main");
    const before = received().length;
    const run = await w.run("rollback.yml", rollback());
    w.gh.protectedBranches.delete("main");
    expect(run.result).toBe("failure");
    const errors = run.job("rollback / rollback").annotations.filter((a) => a.level === "error");
    expect(errors.map((e) => e.message).join("\n")).toMatch(/protect/i);
    expect(errors.map((e) => e.message).join("\n")).toMatch(/MLSHIP_ROLLBACK_TOKEN/);
    expect(received()).toHaveLength(before);
    expect(w.remote.log()[0]).not.toMatch(/^rollback/);
    expectRequests(run, { "rollback / rollback": 4 });
  }, 120_000);

  it("a rollback whose deploy file changed after it was planned commits nothing and deploys nothing", async () => {
    const before = received().length;
    const head = w.remote.head();
    // Someone merges a deploy-file change while the rollback job runs, after its checkout.
    w.h.beforeStep = (_job, step) => {
      if (step.uses?.includes("/actions/deploy@")) {
        w.remote.commit({ "deploy/production.yml": "model: churn@v2 # pinned by the on-call\n" }, "pin v2");
        w.h.beforeStep = undefined;
      }
    };
    const run = await w.run("rollback.yml", { ...rollback(), sha: head });
    expect(run.result).toBe("failure");
    expect(received()).toHaveLength(before);
    expect(w.remote.show("main", "deploy/production.yml")).toContain("pinned by the on-call");
    expectRequests(run, { "rollback / rollback": 4 });
  }, 120_000);

  it("a rollback against an unprotected branch commits the earlier model and deploys it in the same job", async () => {
    const run = await w.run("rollback.yml", rollback());
    expect(run.result, run.jobs.map((j) => j.log).join("\n")).toBe("success");
    expect(w.remote.log()[0]).toBe("rollback(production): churn@v2 -> churn@v1");
    expect(w.remote.show("main", "deploy/production.yml")).toContain("churn@v1");
    expect(received().at(-1)).toBe("production churn@v1");
    expect(run.job("rollback / rollback").outputs["model-id"]).toBe("churn@v1");
    expectRequests(run, { "rollback / rollback": 6 });
  }, 120_000);

  it("a protected-branch rollback with MLSHIP_ROLLBACK_TOKEN commits with that token and keeps the registry on the job's", async () => {
    // A GitHub App installation token, allowed past the branch's protection; ghcr.io refuses it.
    const app = "ghs_app_installation_token_0001";
    w.gh.tokens.set(app, { contents: "write", metadata: "read" });
    w.gh.appTokens.add(app);
    w.gh.protectionBypass.add(app);
    w.gh.protectedBranches.add("main");
    w.h.opts.secrets!.MLSHIP_ROLLBACK_TOKEN = app;
    const mark = w.gh.requests.length;
    try {
      const run = await w.run("rollback.yml", { ...rollback(), inputs: { environment: "production", to: "churn@v2" } });
      const requests = w.gh.requests.slice(mark);
      expect(run.result, run.jobs.map((j) => j.log).join("\n")).toBe("success");
      expect(w.remote.log()[0]).toBe("rollback(production): churn@v1 -> churn@v2");
      expect(received().at(-1)).toBe("production churn@v2");
      // the commit was the App token's; the deployment record and the registry were the job's
      const commits = requests.filter((r) => r.method === "PUT" && r.path.includes("/contents/"));
      expect(commits.map((r) => r.auth?.replace(/^\w+ /, ""))).toEqual([app]);
      const step = run.job("rollback / rollback").steps.find((s) => s.uses?.includes("/actions/deploy@"))!;
      expect(step.inputs["github-token"] ?? "").not.toBe(app);
      expect(step.inputs["rollback-token"]).toBe(app);
      expect(requests.filter((r) => r.path.includes("/deployments")).length).toBeGreaterThan(0);
      expect(requests.filter((r) => r.path.includes("/deployments") && r.auth?.includes(app))).toEqual([]);
      expect(run.job("rollback / rollback").log).not.toContain(app);
      expectRequests(run, { "rollback / rollback": 6 });
    } finally {
      w.gh.protectedBranches.delete("main");
      delete w.h.opts.secrets!.MLSHIP_ROLLBACK_TOKEN;
    }
  }, 120_000);

  it("a deleted deploy file deploys nothing and says so in a notice", async () => {
    const before = received().length;
    const run = await w.run("deploy.yml", w.push([{ "deploy/production.yml": null }, "stop managing production here"]));
    expect(run.job("changed").outputs.environments).toBe("[]");
    expect(run.job("deploy").result).toBe("skipped");
    expect(received()).toHaveLength(before);
    expect(run.job("changed").annotations).toContainEqual({
      level: "notice",
      message: expect.stringContaining("deploy/production.yml was deleted"),
    });
    expectRequests(run, { changed: 0, deploy: 0 });
  }, 120_000);

  it("the local target refuses a GitHub-hosted runner, which would kill its server at job end", async () => {
    const run = await w.run("deploy.yml", w.push([{ "deploy/preview.yml": "model: churn@v1\n" }, "preview v1"]));
    const job = run.job("deploy (preview) / deploy");
    expect(job.result).toBe("failure");
    const errors = job.annotations.filter((a) => a.level === "error").map((a) => a.message);
    expect(errors.join("\n")).toMatch(/GitHub-hosted runner/);
    expect(errors.join("\n")).toMatch(/target: command/);
    const preview = w.gh.deployments.filter((d) => d.environment === "preview");
    expect(preview.flatMap((d) => d.statuses).filter((s) => s.state === "success")).toEqual([]);
    expectRequests(run, { changed: 0, "deploy (preview) / deploy": 3 });
  }, 120_000);

  it("a caller with `secrets: inherit` passes mlship's workflows nothing (another owner): the deploy fails naming the secret", async () => {
    const before = received().length;
    const inherit = example("deploy.yml").replace(
      / {4}# Each secret[^\n]*\n {4}secrets:\n(?: {6}.*\n)+/,
      "    secrets: inherit\n",
    );
    expect(inherit).toContain("secrets: inherit");
    const run = await w.run(
      "deploy-inherit.yml",
      w.push([
        { ".github/workflows/deploy-inherit.yml": inherit, "deploy/production.yml": "model: churn@v1\n" },
        "ship v1 through a caller that inherits",
      ]),
    );
    const job = run.job("deploy (production) / deploy");
    expect(job.result).toBe("failure");
    const errors = job.annotations.filter((a) => a.level === "error").map((a) => a.message);
    expect(errors.join("\n")).toMatch(/MLSHIP_DEPLOY_TOKEN.*empty or unset/);
    expect(errors.join("\n")).toContain("MLSHIP_DEPLOY_TOKEN: ${{ secrets.MLSHIP_DEPLOY_TOKEN }}");
    expect(received()).toHaveLength(before);
  }, 120_000);
});
