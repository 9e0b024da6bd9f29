// Written once by `npm run generate` for packages/core/src/steps/check-performance.ts; edit it to add GitHub side effects.
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import * as core from "@actions/core";
import { checkPerformance } from "@mlship/core/steps/check-performance";
import { sendAlert, slackEscape } from "@mlship/github/alert";
import { readStepRunContext } from "@mlship/github/context";
import { marker as issueMarker } from "@mlship/github/markdown";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { reportVerdict } from "@mlship/github/verdict-issue";

/**
 * Side effects as check-drift's: one issue per model and environment (drift's sibling, its own
 * marker and label), opened or updated on degradation, resolved by a healthy check; `retrain`
 * dispatches the training workflow on degradation. A check whose gates were not decided (no
 * labels yet) leaves the issue alone.
 */
export function run(): Promise<void> {
  return runAction(checkPerformance.spec, checkPerformance.run, async (result, settings) => {
    const { report, markdown, model, environment, retrain } = result.extra;
    if (!report.note && report.degraded) {
      // The webhook (MLSHIP_ALERT_WEBHOOK), when one is configured: as check-drift's alert.
      const runUrl = readStepRunContext().runUrl;
      const text =
        `:warning: *Performance degraded: ${slackEscape(model)} in ${slackEscape(environment)}*` +
        ` (${slackEscape(report.version)}, ${report.coverage.joined} labelled rows)` +
        (runUrl ? ` <${runUrl}|check run>` : "");
      if ((await sendAlert(text)) === "sent") core.info("performance alert sent to the webhook");
    }
    if (!settings.issue && !retrain) return;
    const session = await openGitHubSession(settings["github-token"], "the performance issue");
    if (!session) return;
    await reportVerdict(session, {
      what: "the performance issue",
      issue: settings.issue,
      found: report.note ? undefined : report.degraded,
      marker: issueMarker("performance", `${model}@${environment}`),
      label: "mlship:performance",
      title: `Performance degraded: ${model} in ${environment}`,
      markdown,
      clear: `✅ ${report.version} is healthy in the latest check (${report.coverage.joined} labelled rows).`,
      close: settings["close-issue"],
      retrain,
      retrainWorkflow: settings["retrain-workflow"],
      model,
    });
  });
}
