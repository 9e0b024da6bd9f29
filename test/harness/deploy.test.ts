import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { example, world } from "./world.js";

/**
 * examples/workflows/deploy.yml, unchanged, calling this repository's deploy.yml, run job by job
 * through the harness: a push that changes deploy/<env>.yml deploys that environment through the
 * `command` target (a script that records what it received on the "production host", a folder
 * outside every job's machine).
 */
describe("deploy through the workflow files (harness)", () => {
  const w = world({ secrets: { DEPLOY_TOKEN: "dpl_s3cr3t_value" } });
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-prod-host-"));
  const received = () =>
    existsSync(path.join(host, "log"))
      ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n").filter(Boolean)
      : [];
  const config = () =>
    [
      "model: churn",
      `registry: file://${w.registry}`,
      "deploy:",
      "  environments:",
      "    production: { target: command, command: ./deploy.sh }",
      "",
    ].join("\n");
  const script = ["#!/bin/sh", `echo "$MLSHIP_ENVIRONMENT $MLSHIP_MODEL_ID" >> ${host}/log`, ""].join("\n");

  beforeAll(() => {
    // Two models registered earlier (by train.yml on merges), in the registry all jobs share.
    const proj = mkdtempSync(path.join(os.tmpdir(), "mlship-seed-"));
    writeFileSync(path.join(proj, "mlship.yml"), config());
    for (const v of ["1", "2"]) {
      mkdirSync(path.join(proj, `m${v}`));
      writeFileSync(path.join(proj, `m${v}`, "weights.txt"), `weights ${v}\n`);
      w.register(proj, `m${v}`);
    }
    w.remote.commit(
      {
        "mlship.yml": config(),
        "deploy.sh": script,
        ".github/workflows/deploy.yml": example("deploy.yml"),
        "README.md": "churn\n",
      },
      "initial",
    );
  });

  it("a push changing deploy/production.yml deploys that model, with one GitHub deployment", async () => {
    const run = await w.run("deploy.yml", w.push([{ "deploy/production.yml": "model: churn@v2\n" }, "ship v2"]));
    expect(run.result, run.jobs.map((j) => `${j.name}: ${j.result}\n${j.log}`).join("\n")).toBe("success");
    expect(run.job("changed").outputs.environments).toBe('["production"]');
    const job = run.job("deploy (production) / deploy");
    expect(job.environment).toBe("production");
    expect(job.concurrency).toEqual({ group: "mlship-deploy-production", cancelInProgress: false });
    expect(job.permissions).toEqual({ contents: "read", deployments: "write" });
    expect(received()).toEqual(["production churn@v2"]);
    // GitHub created the deployment for `environment:`; mlship must not add a second one.
    expect(w.gh.deployments.filter((d) => d.environment === "production")).toHaveLength(1);
    expect(job.requests).toBeLessThanOrEqual(10);
  }, 120_000);

  it("a push whose deploy-file change is in its first commit, not its last, deploys it", async () => {
    const run = await w.run(
      "deploy.yml",
      w.push(
        [{ "deploy/production.yml": "model: churn@v1\n" }, "roll production to v1"],
        [{ "README.md": "churn, v1 in production\n" }, "docs"],
      ),
    );
    expect(run.triggered).toBe(true);
    expect(run.job("changed").outputs.environments).toBe('["production"]');
    expect(run.result).toBe("success");
    expect(received().at(-1)).toBe("production churn@v1");
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
  }, 120_000);
});
