import * as core from "@actions/core";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "@mlship/core";
import { githubSession, runAction, sideEffect, upsertComment } from "@mlship/github";
import { withRunArtifact } from "@mlship/github/with-artifact";
import { withHtmlReport } from "@mlship/github/html-report";

export function run(): Promise<void> {
  return runAction(
    qualityLoadBiasTestSpec,
    async (settings, host) => {
      const result = await qualityLoadBiasTestStep(await withRunArtifact(settings), host);
      return withHtmlReport(
        result,
        `mlship-evaluation-${result.extra.report.model}`,
        result.outputs.html,
        "Full report with charts",
      );
    },
    async (result, settings) => {
      if (!settings.comment) return;
      const session = githubSession(settings["github-token"], "the PR comment");
      if (!session) return;
      const pr = session.context.pullRequest;
      if (!pr) {
        core.info("not a pull request: no comment posted");
        return;
      }
      const full = session.context.runUrl ?? "the job summary";
      const res = await sideEffect("the PR comment", () =>
        upsertComment(session, pr, result.extra.marker, result.extra.markdown, full),
      );
      if (res) core.info(`${res.created ? "posted" : "updated"} the evaluation comment on #${pr}`);
    },
  );
}
