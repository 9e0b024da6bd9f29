// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { checkDriftSpec, checkDriftStep } from "@mlship/core/steps/check-drift";
import { withHtmlReport } from "@mlship/github/html-report";
import { marker as issueMarker } from "@mlship/github/markdown";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { reportVerdict } from "@mlship/github/verdict-issue";

export function run(): Promise<void> {
  const step = async (settings: Parameters<typeof checkDriftStep>[0], host: Parameters<typeof checkDriftStep>[1]) => {
    const result = await checkDriftStep(settings, host);
    return withHtmlReport(
      result,
      `mlship-drift-${result.extra.model}-${result.extra.environment}`,
      result.outputs.html,
      "Drift report with charts",
    );
  };
  return runAction(checkDriftSpec, step, async (result, settings) => {
    const retrain = result.extra.retrain; // the input, else drift.retrain
    if (!settings.issue && !retrain) return;
    const session = await openGitHubSession(settings["github-token"], "the drift issue");
    if (!session) return;
    const { report, markdown, model, environment } = result.extra;
    await reportVerdict(session, {
      what: "the drift issue",
      issue: settings.issue,
      found: report.dataset_drift,
      marker: issueMarker("drift", `${model}@${environment}`),
      label: "mlship:drift",
      title: `Data drift: ${model} in ${environment}`,
      markdown,
      clear: `✅ No dataset drift in the latest check (share ${report.drift_share.toFixed(3)}).`,
      close: settings["close-issue"],
      retrain,
      retrainWorkflow: settings["retrain-workflow"],
      model,
    });
  });
}
