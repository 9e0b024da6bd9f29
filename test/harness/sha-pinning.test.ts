import { rmSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { churnFiles } from "./churn-files.js";
import { git } from "./git.js";
import { thisCheckoutSnapshot } from "./mlship-repo.js";
import { maintainerClone, releaseScript } from "./release-tools.js";
import type { RunRecord } from "./runner.js";
import { world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/** A caller in acme/churn that pins mlship's train.yml by a commit SHA, as the policy asks of every ref. */
const caller = (sha: string) => `name: ml
on: push
jobs:
  train:
    uses: mlship/mlship/.github/workflows/train.yml@${sha}
    permissions: { contents: read, pull-requests: write, packages: write, actions: read }
    with:
      runs-on: '["ubuntu-latest"]'
`;

/**
 * An owner (acme) that requires actions pinned to a full-length commit SHA: GitHub refuses any
 * other ref at "Set up job", inside called workflows too. mlship/mlship is another owner's
 * repository here: its refs resolve only through its own commits and tags. A release made with
 * `scripts/release.mjs prepare` is two commits — A (the actions) and B (the tag), whose workflows
 * call A's actions by full SHA — so its reusable workflows run under the policy; a commit of main,
 * whose workflows call `@v1`, is refused.
 */
describe("an owner requiring full-length SHA pins calls mlship's reusable workflows (harness)", () => {
  const w = world({ requireShaPins: true, mlship: true });
  let main = "";
  let release = "";

  beforeAll(() => {
    // mlship/mlship: this checkout as one commit (A), then the maintainer's release v1.0.0 (B).
    const snap = thisCheckoutSnapshot();
    main = w.mlship!.commitDir(snap, "feat: the sources of this checkout");
    rmSync(snap, { recursive: true, force: true });
    const clone = maintainerClone(w.mlship!.bare);
    releaseScript(clone, ["prepare", "1.0.0", "--push"]);
    rmSync(clone, { recursive: true, force: true });
    release = git(w.mlship!.bare, ["rev-parse", "v1.0.0^{commit}"]);
    w.remote.commit(churnFiles(), "churn model");
  }, 300_000);

  it("the release commit changes only workflow files: its actions are A's, byte for byte, pinned by A's SHA", () => {
    const bare = w.mlship!.bare;
    expect(git(bare, ["rev-parse", `${release}^`])).toBe(main);
    const changed = git(bare, ["diff", "--name-only", main, release]).split("\n");
    expect(changed.length).toBeGreaterThanOrEqual(7);
    for (const f of changed) expect(f).toMatch(/^\.github\/workflows\/[\w-]+\.yml$/);
    const train = w.mlship!.show(release, ".github/workflows/train.yml");
    const uses = [...train.matchAll(/uses: (mlship\/mlship\/actions\/[\w-]+@.*)$/gm)].map((m) => m[1]);
    expect(uses).toEqual(
      ["validate-data", "train", "quality-load-bias-test", "register"].map(
        (s) => `mlship/mlship/actions/${s}@${main} # v1.0.0`,
      ),
    );
  });

  it("a release's train.yml, called by its SHA from another owner under the policy: every job green", async () => {
    const run = await w.run("ml.yml", w.push([{ ".github/workflows/ml.yml": caller(release) }, "pin v1.0.0"]));
    expect(run.result, log(run)).toBe("success");
    expect(run.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      "train / validate: success",
      "train / train: success",
      "train / evaluate: success",
      "train / register: success",
      "train / gate: success",
    ]);
    expect(
      run
        .job("train / train")
        .steps.map((s) => s.uses)
        .filter(Boolean),
    ).toEqual(["actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8", `mlship/mlship/actions/train@${main}`]);
    expect(run.job("train / register").outputs["model-id"]).toBe("churn@v1");
  }, 600_000);

  it("a commit of main (internal actions @v1), called by its SHA: refused at Set up job", async () => {
    const run = await w.run("ml.yml", w.push([{ ".github/workflows/ml.yml": caller(main) }, "pin main"]));
    expect(run.result).toBe("failure");
    const validate = run.job("train / validate");
    expect(validate.result).toBe("failure");
    expect(validate.steps).toEqual([]); // no step ran
    expect(validate.annotations.map((a) => a.message)).toEqual([
      "The action mlship/mlship/actions/validate-data@v1 is not allowed in acme/churn because all actions must be pinned to a full-length commit SHA.",
    ]);
    expect(run.job("train / train").result).toBe("skipped");
    expect(run.job("train / gate").result).toBe("failure");
  }, 300_000);
});
