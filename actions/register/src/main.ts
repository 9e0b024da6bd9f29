import * as core from "@actions/core";
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { registerSpec, registerStep } from "@mlship/core/steps/register";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { sideEffect } from "@mlship/github/side-effect";
import { createGitTag } from "@mlship/github/tags";
import { withRunArtifact } from "@mlship/github/with-artifact";

export function run(): Promise<void> {
  return runAction(
    registerSpec,
    async (settings, host) => registerStep(await withRunArtifact(settings), host),
    async (result, settings) => {
      if (!settings["git-tag"]) return;
      const s = await openGitHubSession(settings["github-token"], "the git tag");
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
