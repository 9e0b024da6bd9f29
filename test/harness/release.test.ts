import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git } from "./git.js";
import { maintainerClone as maintainer, offlineNpm, releaseScript } from "./release-tools.js";
import { thisCheckoutSnapshot } from "./mlship-repo.js";
import type { RunRecord } from "./runner.js";
import { expectRequests, world } from "./world.js";

const log = (r: RunRecord) => r.jobs.map((j) => `── ${j.name}: ${j.result}\n${j.log}`).join("\n");

/**
 * mlship's release under GitHub's server rules (test/harness/pre-receive.sh): the job's token may
 * not push a commit that changes .github/workflows/, nor a tag on one whose workflow files differ
 * from the branch heads. A maintainer makes the release commit and pushes its tags
 * (scripts/release.mjs prepare --push); release.yml, started by that push, checks the tree and
 * creates the GitHub release, pushing nothing.
 */
describe("release through the workflow file (harness)", () => {
  const tools = mkdtempSync(path.join(os.tmpdir(), "mlship-tools-"));
  const w = world({
    repository: "mlship/mlship",
    machineEnv: { PATH: `${offlineNpm(tools)}:${process.env.PATH}` },
  });
  afterAll(() => rmSync(tools, { recursive: true, force: true }));

  beforeAll(() => {
    // This repository as it stands, with its bundles built from these sources (as the
    // coordinator commits them), as one commit of mlship/mlship, and an earlier release v1.0.0.
    w.remote.commit({ "CHANGELOG.md": "first\n" }, "the first release's change");
    git(w.remote.bare, ["tag", "v1.0.0", "main"]);
    const snap = thisCheckoutSnapshot({ buildHere: true });
    w.remote.commitDir(snap, "feat: the sources of this checkout");
    rmSync(snap, { recursive: true, force: true });
  }, 300_000);

  it("the server refuses the job token's push of a release commit or of a tag on one; a person's push passes", () => {
    const job = maintainer(w.remote.bare);
    git(job, ["config", "remote.origin.receivepack", "env HARNESS_PUSH_TOKEN=ghs_job99xxxxxxxx git-receive-pack"]);
    const wf = path.join(job, ".github/workflows/train.yml");
    writeFileSync(wf, `${execFileSync("cat", [wf], { encoding: "utf8" })}# changed\n`);
    git(job, ["commit", "-q", "-am", "release v9.9.9: pin"]);
    git(job, ["tag", "v9.9.9"]);
    expect(() => git(job, ["push", "origin", "refs/tags/v9.9.9"])).toThrow(
      /refusing to allow a GitHub App to create or update workflow `\.github\/workflows\/train\.yml` without `workflows` permission/,
    );
    // A person pushes that commit (as the tag v9.9.8): allowed. The job's tag on the same commit,
    // which brings in nothing new, is still refused: its workflow files differ from every branch head.
    git(job, ["tag", "v9.9.8"]);
    git(job, ["push", "-q", "--receive-pack=git-receive-pack", "origin", "refs/tags/v9.9.8"]);
    expect(() => git(job, ["push", "origin", "refs/tags/v9.9.9"])).toThrow(
      /without `workflows` permission \(refs\/tags\/v9\.9\.9\)/,
    );
    expect(git(w.remote.bare, ["tag", "--list", "v9.9.9"])).toBe("");
    git(job, ["push", "-q", "--receive-pack=git-receive-pack", "origin", ":refs/tags/v9.9.8"]);
    rmSync(job, { recursive: true, force: true });
  });

  it("a maintainer's prepare --push makes v1.1.0 and moves v1; its tag push runs release.yml, which creates the release and pushes nothing", async () => {
    const source = w.remote.head();
    const clone = maintainer(w.remote.bare);
    releaseScript(clone, ["prepare", "1.1.0", "--push"]);
    rmSync(clone, { recursive: true, force: true });
    const tagged = git(w.remote.bare, ["rev-parse", "v1.1.0^{commit}"]);
    expect(git(w.remote.bare, ["rev-parse", "v1^{commit}"])).toBe(tagged);
    expect(git(w.remote.bare, ["rev-parse", `${tagged}^`])).toBe(source);
    expect(w.remote.head()).toBe(source); // main is untouched: only the tags name the release commit
    // The release commit changes only workflow files: each internal action reference names the
    // source commit by full SHA (its actions are the release's, byte for byte), the comments keep @v1.
    expect(git(w.remote.bare, ["diff", "--name-only", source, tagged, "--", ".", ":(exclude).github/workflows"])).toBe(
      "",
    );
    const internal = (rev: string) =>
      git(w.remote.bare, [
        "grep",
        "-h",
        "-o",
        "mlship/mlship/[A-Za-z0-9_./-]*@[A-Za-z0-9_.]*",
        rev,
        "--",
        ".github/workflows",
        "actions",
      ])
        .split("\n")
        .filter(Boolean);
    const before = internal(source);
    expect(before.length).toBeGreaterThanOrEqual(8);
    expect(internal(tagged)).toEqual(
      before.map((r) => (r.startsWith("mlship/mlship/actions/") ? r.replace(/@v1$/, `@${source}`) : r)),
    );
    expect(w.remote.show(tagged, ".github/workflows/train.yml")).toContain(
      `uses: mlship/mlship/actions/train@${source} # v1.1.0\n`,
    );
    expect(w.remote.show(tagged, ".github/workflows/dashboard.yml")).toMatch(
      /mlship-ref:\n(?: {8}.*\n)*? {8}default: v1\.1\.0\n/,
    );

    const refs = () => git(w.remote.bare, ["for-each-ref", "--format=%(refname) %(objectname)"]);
    const refsBefore = refs();
    const run = await w.run("release.yml", {
      name: "push",
      ref: "refs/tags/v1.1.0",
      sha: tagged,
      payload: { after: tagged },
    });
    expect(run.result, log(run)).toBe("success");
    expect(refs()).toBe(refsBefore); // the workflow pushed nothing
    expect(w.gh.releases).toHaveLength(1);
    expect(w.gh.releases[0]).toMatchObject({ tag_name: "v1.1.0", name: "mlship v1.1.0" });
    expect(w.gh.releases[0].body).toContain("Changes since v1.0.0");
    expect(w.gh.releases[0].body).toContain("- feat: the sources of this checkout");
    expect(w.gh.releases[0].body).not.toContain("the first release's change");
    expect(w.gh.releases[0].body).toContain(`pinned by full SHA (${source})`);
    expect(run.job("release").permissions).toEqual({ contents: "write" });
    expect(w.gh.violations).toEqual([]);
    expectRequests(run, { fresh: 0, release: 1 });
  }, 600_000);

  it("a stale bundle stops the release workflow before the GitHub release is made", async () => {
    w.remote.commit(
      {
        "actions/deploy/src/main.ts": `${w.remote.show("main", "actions/deploy/src/main.ts")}\nconsole.log("changed");\n`,
      },
      "change a source without rebuilding",
    );
    const clone = maintainer(w.remote.bare);
    releaseScript(clone, ["prepare", "1.2.0", "--push"]);
    rmSync(clone, { recursive: true, force: true });
    const tagged = git(w.remote.bare, ["rev-parse", "v1.2.0^{commit}"]);
    const run = await w.run("release.yml", {
      name: "push",
      ref: "refs/tags/v1.2.0",
      sha: tagged,
      payload: { after: tagged },
    });
    expect(run.job("fresh").result).toBe("failure");
    expect(run.job("release").result).toBe("skipped");
    expect(w.gh.releases).toHaveLength(1);
    expectRequests(run, { "*": 0 });
  }, 600_000);
});
