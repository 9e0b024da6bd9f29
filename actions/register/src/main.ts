import * as core from "@actions/core";
import { registerSpec, registerStep } from "@mlship/core";
import { createGitTag, githubSession, runAction, sideEffect } from "@mlship/github";
import { withRunArtifact } from "@mlship/github/with-artifact";

export function run(): Promise<void> {
  return runAction(
    registerSpec,
    async (settings, host) => registerStep(await withRunArtifact(settings), host),
    async (result, settings) => {
      if (!settings["git-tag"]) return;
      const s = githubSession(settings["github-token"], "the git tag");
      if (!s) return;
      const sha = result.extra.gitCommit ?? s.context.sha;
      const done = await sideEffect(`tagging ${result.extra.id}`, () => createGitTag(s, result.extra.id, sha));
      if (done)
        core.info(
          `git tag ${result.extra.id} ${done === "created" ? "created" : "already there"} at ${sha.slice(0, 12)}`,
        );
    },
  );
}
