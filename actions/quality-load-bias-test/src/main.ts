// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "@mlship/core/steps/quality-load-bias-test";
import { withHtmlReport } from "@mlship/github/html-report";
import { postPullRequestComment } from "@mlship/github/pr-comment";
import { runAction } from "@mlship/github/run-action";
import { withRunArtifact } from "@mlship/github/with-artifact";

export function run(): Promise<void> {
  return runAction(
    qualityLoadBiasTestSpec,
    async (settings, host) => {
      const result = await qualityLoadBiasTestStep(await withRunArtifact(settings), host);
      // Named after the train artifact it evaluated when there is one: each leg of a sweep uploads
      // its own (a name is accepted once per workflow run), with the evaluation, params and
      // predictions that compare-runs reads in the sweep's compare job (the predictions: its
      // paired test of two legs on the same rows).
      const leg = settings["artifact-name"]?.replace(/^mlship-run-/, "");
      return withHtmlReport(
        result,
        `mlship-evaluation-${result.extra.report.model}${leg ? `-${leg}` : ""}`,
        result.outputs.html,
        "Full report with charts",
        ["evaluation.json", "params.json", "predictions.csv"],
      );
    },
    async (result, settings) => {
      if (settings.comment)
        await postPullRequestComment(
          settings["github-token"],
          "the PR comment",
          "evaluation",
          result.extra.report.model,
          result.extra.markdown,
        );
    },
  );
}
