import path from "node:path";
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { UserError } from "@mlship/core/errors";
import { compareRunsSpec, compareRunsStep, type CompareRunsSettings } from "@mlship/core/steps/compare-runs";
import type { StepHost } from "@mlship/core/steps/host";
import { downloadMatching } from "@mlship/github/artifacts";
import { readRunContext } from "@mlship/github/context";
import { postPullRequestComment } from "@mlship/github/pr-comment";
import { runAction } from "@mlship/github/run-action";

/** With `artifacts`, the runs to compare are this workflow run's matching artifacts (one per sweep leg). */
async function withArtifactRuns(settings: CompareRunsSettings): Promise<CompareRunsSettings> {
  if (!settings.artifacts) return settings;
  let runs: string[];
  try {
    // After "Re-run failed jobs" the token lists the legs an earlier attempt evaluated too (the
    // legs that passed are not run again); a leg evaluated in two attempts leaves two evaluations
    // of the same params, of which compare-runs counts the newer (evaluatedRuns).
    runs = await downloadMatching(settings.artifacts, path.resolve(".mlship", "artifacts"), settings["github-token"]);
  } catch (e) {
    throw new UserError(`artifacts '${settings.artifacts}': ${(e as Error).message}`, { input: "artifacts" });
  }
  if (!runs.length)
    throw new UserError(`no artifact of this workflow run matches '${settings.artifacts}': did any leg evaluate?`, {
      input: "artifacts",
    });
  return { ...settings, runs };
}

/** On a pull request the comment names the head commit the legs evaluated (GITHUB_SHA is the merge commit). */
function withHeadCommit(host: StepHost): StepHost {
  const pr = readRunContext()?.payload.pull_request as { head?: { sha?: unknown } } | undefined;
  const head = pr?.head?.sha;
  return typeof head === "string" && host.run ? { ...host, run: { ...host.run, commit: head } } : host;
}

export function run(): Promise<void> {
  return runAction(
    compareRunsSpec,
    async (settings, host) => compareRunsStep(await withArtifactRuns(settings), withHeadCommit(host)),
    // One writer: this step runs once after every leg (the caller's compare job), so the comment
    // is written whole, never read-modify-written by legs racing each other (GitHub has no
    // compare-and-swap on comments).
    async (result, settings) => {
      if (settings.comment)
        await postPullRequestComment(
          settings["github-token"],
          "the sweep comment",
          "sweep",
          result.extra.comparison.model,
          result.extra.markdown,
        );
    },
  );
}
