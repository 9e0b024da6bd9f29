import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { condition } from "./expressions.js";
import { loadWorkflow } from "./workflow.js";

/**
 * #28: train.yml's register job runs on the default branch only, never for a pull request. A
 * `schedule` event's payload carries no `repository` (so no default_branch): GitHub runs scheduled
 * workflows on the default branch only. The condition compared github.ref with
 * refs/heads/ + an empty default_branch, so a scheduled training (ml.yml's weekly retrain)
 * never registered. Evaluated with GitHub's own expression evaluator on the file as written.
 */
describe("#28 train.yml's register condition", () => {
  const when = async (event: string, ref: string, payload: Record<string, unknown>) => {
    const wf = await loadWorkflow(".github/workflows/train.yml", readFileSync(".github/workflows/train.yml", "utf8"));
    const ctx = {
      github: { event_name: event, ref, event: payload },
      inputs: { register: false },
      needs: {
        evaluate: { result: "success", outputs: { passed: "true" } },
        train: { result: "success", outputs: {} },
      },
      vars: {},
    };
    return condition(wf.jobs.register.if, ctx, { ok: true });
  };
  const repo = { repository: { default_branch: "main" } };

  it("registers on a push or dispatch to the default branch and on a schedule (whose payload has no repository)", async () => {
    expect(await when("push", "refs/heads/main", repo)).toBe(true);
    expect(await when("workflow_dispatch", "refs/heads/main", repo)).toBe(true);
    expect(await when("schedule", "refs/heads/main", { schedule: "29 4 * * 1" })).toBe(true);
  });

  it("never for a pull request or another branch", async () => {
    expect(await when("pull_request", "refs/pull/3/merge", repo)).toBe(false);
    expect(await when("push", "refs/heads/feature", repo)).toBe(false);
    expect(await when("workflow_dispatch", "refs/heads/feature", repo)).toBe(false);
  });
});
