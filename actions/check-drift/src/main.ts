// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import * as core from "@actions/core";
import { checkDriftSpec, checkDriftStep } from "@mlship/core/steps/check-drift";
import { sendAlert, slackEscape } from "@mlship/github/alert";
import { readStepRunContext } from "@mlship/github/context";
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
    const { report, retrain } = result.extra; // retrain: the input, else drift.retrain
    if (!report) return; // no report: the check skipped
    if (report.dataset_drift) await driftAlert({ ...result.extra, report });
    if (!settings.issue && !retrain) return;
    const session = await openGitHubSession(settings["github-token"], "the drift issue");
    if (!session) return;
    const { markdown, model, environment } = result.extra;
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

/** A drift verdict to the alert webhook (MLSHIP_ALERT_WEBHOOK), when one is configured. */
async function driftAlert(extra: {
  model: string;
  environment: string;
  report: { drift_share: number; columns?: { column: string; drifted: boolean }[] };
}): Promise<void> {
  const runUrl = readStepRunContext().runUrl;
  const drifted = (extra.report.columns ?? []).filter((c) => c.drifted).map((c) => c.column);
  const text =
    `:warning: *Data drift: ${slackEscape(extra.model)} in ${slackEscape(extra.environment)}*` +
    ` (drift share ${extra.report.drift_share.toFixed(3)})` +
    (drifted.length
      ? `: ${drifted
          .slice(0, 10)
          .map((c) => `\`${slackEscape(c.replace(/`/g, "'"))}\``)
          .join(", ")}${drifted.length > 10 ? ` and ${drifted.length - 10} more` : ""}`
      : "") +
    (runUrl ? ` <${runUrl}|check run>` : "");
  const sent = await sendAlert(text);
  if (sent === "sent") core.info("drift alert sent to the webhook");
}
