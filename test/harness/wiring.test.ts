import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";
import type { GitRemote } from "./git.js";
import { condition } from "./expressions.js";
import { Harness } from "./runner.js";
import { loadWorkflow } from "./workflow.js";
import { example, world } from "./world.js";

/**
 * What GitHub decides around the steps — which jobs run, where, with which token, in which
 * concurrency group, with which outputs — for the callers in examples/workflows/, through the
 * harness with no step run (fast: no action starts).
 */
describe("workflow wiring (harness, no steps run)", () => {
  const w = world({ selfHostedRunnerVersion: "2.329.0" });
  let sha = "";
  const narrow = example("ml.yml").replace(
    "      packages: write # register pushes the model to ghcr.io (evaluate reads the baseline there)\n",
    "",
  );
  beforeAll(() => {
    w.remote.commit(
      {
        ".github/workflows/sweep.yml": example("sweep.yml"),
        ".github/workflows/ml.yml": example("ml.yml"),
        ".github/workflows/narrow.yml": narrow,
      },
      "callers",
    );
    sha = w.remote.commit({ "notes.md": "sweep\n" }, "try three learning rates", "sweep");
  });
  const labelled = () => ({
    name: "pull_request",
    ref: "refs/pull/9/merge",
    sha,
    payload: {
      number: 9,
      action: "labeled",
      label: { name: "sweep" },
      pull_request: {
        number: 9,
        labels: [{ name: "sweep" }],
        head: { ref: "sweep", sha, repo: { full_name: "acme/churn", fork: false } },
        base: { ref: "main" },
      },
    },
  });

  it("a sweep of three params runs three legs with their own concurrency group and artifact", async () => {
    const run = await w.run("sweep.yml", labelled(), { wiring: true });
    expect(run.result, run.jobs.map((j) => `${j.name}: ${j.result} ${j.log}`).join("\n")).toBe("success");
    const trains = run.jobs.filter((j) => / \/ train$/.test(j.name));
    expect(trains.map((j) => j.name)).toEqual([
      "train ({lr: 0.05}) / train",
      "train ({lr: 0.1}) / train",
      "train ({lr: 0.2}) / train",
    ]);
    for (const j of trains) expect(j.runsOn).toEqual(["self-hosted", "gpu"]);
    const artifacts = trains.map((j) => j.outputs.artifact);
    expect(new Set(artifacts).size).toBe(3);
    const groups = run.concurrency.filter((c) => c.workflow === ".github/workflows/train.yml" && !c.job);
    expect(groups).toHaveLength(3);
    expect(new Set(groups.map((g) => g.group)).size).toBe(3);
    expect(groups.every((g) => g.cancelInProgress)).toBe(true);
    // each leg's evaluate reads its own leg's artifact
    const evals = run.jobs.filter((j) => / \/ evaluate$/.test(j.name));
    expect(evals).toHaveLength(3);
  });

  it("a caller that grants less than the called workflow's jobs ask for does not start", async () => {
    const push = { name: "push", ref: "refs/heads/main", sha: w.remote.head(), payload: { before: "0".repeat(40) } };
    const run = await w.run("narrow.yml", push, { wiring: true });
    expect(run.result).toBe("startup_failure");
    expect(run.startupFailure).toMatch(
      /nested job '\w+' is requesting 'packages: (read|write)', but is only allowed 'packages: none'/,
    );
    expect(run.jobs).toEqual([]);
    const full = await w.run("ml.yml", push, { wiring: true });
    expect(full.result).toBe("success");
    expect(full.job("train / evaluate").permissions).toEqual({
      contents: "read",
      "pull-requests": "write",
      packages: "read",
      actions: "read", // after "Re-run failed jobs", the first attempt's train artifact
    });
    expect(full.job("train / gate").permissions).toEqual({});
  });

  it("a self-hosted runner older than 2.327.1 refuses the node24 actions, as the README says", async () => {
    const gh = new FakeGitHub();
    const old = new Harness({ gh, remote: w.remote, selfHostedRunnerVersion: "2.325.0" });
    await gh.start();
    try {
      const run = await old.run("sweep.yml", labelled(), { wiring: true });
      const train = run.job("train ({lr: 0.05}) / train");
      expect(train.result).toBe("failure");
      expect(train.annotations[0].message).toMatch(/node24, which needs runner 2\.327\.1 or later/);
      // the hosted validate job is unaffected
      expect(run.job("train ({lr: 0.05}) / validate").result).toBe("success");
      expect(readFileSync("README.md", "utf8")).toContain("self-hosted runners need 2.327.1 or later");
    } finally {
      await gh.stop();
    }
  });

  it("ml.yml retrains on its weekly schedule and on a mlship-data repository_dispatch, and those runs register", async () => {
    const main = { ref: "refs/heads/main", sha: w.remote.head() };
    const weekly = await w.run(
      "ml.yml",
      { name: "schedule", ...main, payload: { schedule: "23 4 * * 1" } },
      { wiring: true },
    );
    const data = await w.run(
      "ml.yml",
      { name: "repository_dispatch", ...main, payload: { action: "mlship-data" } },
      { wiring: true },
    );
    const other = await w.run(
      "ml.yml",
      { name: "repository_dispatch", ...main, payload: { action: "deploy" } },
      { wiring: true },
    );
    expect([weekly.triggered, data.triggered, other.triggered]).toEqual([true, true, false]);
    for (const run of [weekly, data]) {
      expect(run.result).toBe("success");
      expect(run.job("train / train").result).toBe("success");
    }
    // GitHub's schedule payload has no repository, so no default_branch: train.yml's register job
    // must not depend on it for a schedule (both events run on the default branch only).
    const train = await loadWorkflow("train.yml", readFileSync(".github/workflows/train.yml", "utf8"));
    const registers = (github: Record<string, unknown>) =>
      condition(
        (train.jobs.register as { if?: unknown }).if,
        {
          github,
          inputs: { register: false },
          needs: { evaluate: { outputs: { passed: "true" } } },
        },
        { ok: true },
      );
    const repository = { default_branch: "main" };
    expect(registers({ event_name: "schedule", ref: "refs/heads/main", event: { schedule: "23 4 * * 1" } })).toBe(true);
    expect(
      registers({
        event_name: "repository_dispatch",
        ref: "refs/heads/main",
        event: { action: "mlship-data", repository },
      }),
    ).toBe(true);
    expect(registers({ event_name: "push", ref: "refs/heads/main", event: { repository } })).toBe(true);
    expect(registers({ event_name: "push", ref: "refs/heads/tune", event: { repository } })).toBe(false);
    expect(registers({ event_name: "pull_request", ref: "refs/pull/9/merge", event: { repository } })).toBe(false);
    // The README shows a data pipeline sending that event.
    expect(readFileSync("README.md", "utf8")).toContain("gh api repos/OWNER/REPO/dispatches -f event_type=mlship-data");
  });

  it("a secret named with '-' cannot exist on GitHub (so secrets: inherit never fills one)", () => {
    expect(
      () => new Harness({ gh: new FakeGitHub(), remote: {} as GitRemote, secrets: { "registry-token": "x" } }),
    ).toThrow(/letters, digits and _ only/);
  });
});
