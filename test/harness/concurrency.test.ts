import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Event, RunRecord } from "./runner.js";
import { example, world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");
const DEPLOY_JOB = "deploy (production) / deploy";

/**
 * Pushes of deploy/production.yml in quick succession, through examples/workflows/deploy.yml and
 * deploy.yml's group (one per config and environment, `cancel-in-progress: false`, `queue: max`):
 * a deploy in progress is never cancelled, the next ones wait for it and run in order, so the
 * newest commit's deploy file always deploys last. The runs overlap by events, not by timing: the first deploy step starts the next run and
 * waits until its deploy job is pending.
 */
describe("deploys to one environment in quick succession (harness)", () => {
  const w = world();
  const host = mkdtempSync(path.join(os.tmpdir(), "mlship-prod-host-"));
  const received = () =>
    existsSync(path.join(host, "log")) ? readFileSync(path.join(host, "log"), "utf8").trim().split("\n") : [];
  const config = "model: churn\ndeploy:\n  environments:\n    production: { target: command, command: ./deploy.sh }\n";

  beforeAll(async () => {
    const proj = mkdtempSync(path.join(os.tmpdir(), "mlship-seed-"));
    writeFileSync(path.join(proj, "mlship.yml"), config);
    for (const v of ["1", "2", "3", "4", "5"]) {
      mkdirSync(path.join(proj, `m${v}`));
      writeFileSync(path.join(proj, `m${v}`, "weights.txt"), `weights ${v}\n`);
      await w.register(proj, `m${v}`);
    }
    w.push([
      {
        "mlship.yml": config,
        "deploy.sh": `#!/bin/sh\necho "$MLSHIP_MODEL_ID" >> ${host}/log\n`,
        ".github/workflows/deploy.yml": example("deploy.yml"),
      },
      "initial",
    ]);
  }, 240_000);

  /** Holds the first deploy step until `during` has started the later pushes' runs and each is pending. */
  function whileDeploying(runs: (() => Promise<RunRecord>)[]): Promise<RunRecord[]> {
    return new Promise((resolve, reject) => {
      w.h.beforeStep = async (job, step) => {
        if (job !== DEPLOY_JOB || !step.uses?.includes("/actions/deploy@")) return;
        w.h.beforeStep = undefined;
        const later: Promise<RunRecord>[] = [];
        for (const start of runs) {
          const pending = new Promise<void>((r) => {
            w.h.onPending = (j) => j === DEPLOY_JOB && r();
          });
          const run = start();
          later.push(run);
          run.catch(reject);
          await pending;
        }
        w.h.onPending = undefined;
        Promise.all(later).then(resolve, reject);
      };
    });
  }

  const ship = (v: string): Event => w.push([{ "deploy/production.yml": `model: churn@v${v}\n` }, `ship v${v}`]);

  it("a second push waits for the deploy in progress, then deploys: the last deploy file wins", async () => {
    const first = ship("1");
    const second = ship("2");
    const later = whileDeploying([() => w.run("deploy.yml", second)]);
    const a = await w.run("deploy.yml", first);
    const [b] = await later;
    expect(a.result, log(a)).toBe("success");
    expect(b.result, log(b)).toBe("success");
    expect(received()).toEqual(["churn@v1", "churn@v2"]);
    expect(w.remote.show("main", "deploy/production.yml")).toBe("model: churn@v2\n");
  }, 300_000);

  it("three pushes: each waiting deploy keeps its place (queue: max), in order, the newest last", async () => {
    const before = received().length;
    const [third, fourth, fifth] = ["3", "4", "5"].map(ship);
    const later = whileDeploying([() => w.run("deploy.yml", fourth), () => w.run("deploy.yml", fifth)]);
    const a = await w.run("deploy.yml", third);
    const [b, c] = await later;
    for (const r of [a, b, c]) expect(r.result, log(r)).toBe("success");
    expect(b.job(DEPLOY_JOB).concurrency).toEqual({
      group: "mlship-deploy-mlship.yml-production",
      cancelInProgress: false,
      queue: "max",
    });
    expect(received().slice(before)).toEqual(["churn@v3", "churn@v4", "churn@v5"]);
  }, 300_000);
});

/**
 * The harness's model of GitHub's default queue (`single`), which drift, performance, publish and
 * the Pages job rely on: a job pending in a group is cancelled by a newer one; the one running
 * is never cut off.
 */
describe("a concurrency group without queue: max (harness)", () => {
  const w = world();
  it("keeps one job pending: of two waiting, the older is cancelled", async () => {
    const host = mkdtempSync(path.join(os.tmpdir(), "mlship-queue-"));
    w.push([
      {
        ".github/workflows/q.yml": [
          "on: workflow_dispatch",
          "jobs:",
          "  one:",
          "    runs-on: ubuntu-latest",
          "    concurrency: { group: q, cancel-in-progress: false }",
          "    steps:",
          `      - run: echo "$GITHUB_RUN_ID" >> ${host}/log`,
          "",
        ].join("\n"),
      },
      "q",
    ]);
    const dispatch: Event = { name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head() };
    const later = new Promise<RunRecord[]>((resolve) => {
      w.h.beforeStep = async (job) => {
        if (job !== "one") return;
        w.h.beforeStep = undefined;
        const runs: Promise<RunRecord>[] = [];
        for (let i = 0; i < 2; i++) {
          const pending = new Promise<void>((r) => {
            w.h.onPending = () => r();
          });
          runs.push(w.run("q.yml", dispatch));
          await pending;
        }
        w.h.onPending = undefined;
        void Promise.all(runs).then(resolve);
      };
    });
    const first = await w.run("q.yml", dispatch);
    const [second, third] = await later;
    expect([first.result, second.result, third.result]).toEqual(["success", "cancelled", "success"]);
    expect(readFileSync(path.join(host, "log"), "utf8").trim().split("\n")).toEqual([
      String(first.id),
      String(third.id),
    ]);
  }, 120_000);
});
