import { describe, expect, it } from "vitest";
import type { RunRecord } from "./runner.js";
import { world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

const publishCaller = (gitTag: boolean) => `name: publish
on: workflow_dispatch
jobs:
  publish:
    uses: mlship/mlship/.github/workflows/publish.yml@v1
    permissions:
      contents: write
      packages: write
      id-token: write
      attestations: write
    with:
      model-id: churn@v3
      digest: sha256:${"cd".repeat(32)}
      git-tag: ${gitTag}
`;

/**
 * An owner that requires actions pinned to a full-length commit SHA: GitHub refuses a tag ref at
 * "Set up job", inside called workflows too. mlship's third-party actions are pinned by SHA and
 * pass; mlship's own actions, called by tag from its reusable workflows, are refused — the open
 * part of #28 the README's "An organisation that requires full-length SHAs" states.
 */
describe("an owner requiring full-length SHA pins (harness)", () => {
  const w = world({ requireShaPins: true });
  const dispatch = () => ({ name: "workflow_dispatch", ref: "refs/heads/main", sha: w.remote.head() });

  it("a called workflow's third-party actions, pinned by SHA, run", async () => {
    w.remote.commit({ ".github/workflows/publish.yml": publishCaller(false) }, "attest only");
    const run = await w.run("publish.yml", dispatch());
    expect(run.result, log(run)).toBe("success");
    expect(run.job("publish / attest").steps[1].uses).toMatch(/^actions\/attest-build-provenance@[0-9a-f]{40}$/);
  });

  it("mlship's own actions, called by tag inside its reusable workflows, are refused at Set up job", async () => {
    w.remote.commit({ ".github/workflows/publish.yml": publishCaller(true) }, "tag too");
    const run = await w.run("publish.yml", dispatch());
    const tag = run.job("publish / tag");
    expect(tag.result).toBe("failure");
    expect(tag.steps).toEqual([]); // no step ran
    expect(tag.annotations.map((a) => a.message)).toEqual([
      "The action mlship/mlship/actions/register@v1 is not allowed in acme/churn because all actions must be pinned to a full-length commit SHA.",
    ]);
  });
});
