import * as core from "@actions/core";
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { checkDriftSpec, checkDriftStep } from "@mlship/core/steps/check-drift";
import { withHtmlReport } from "@mlship/github/html-report";
import { marker as issueMarker } from "@mlship/github/markdown";
import { dispatchWorkflow, resolveIssue, upsertIssue } from "@mlship/github/issues";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { sideEffect } from "@mlship/github/side-effect";

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
    const { report, markdown, model, environment, retrain } = result.extra; // retrain: the input, else drift.retrain
    if (!report || (!settings.issue && !retrain)) return; // no report: the check skipped
    const session = await openGitHubSession(settings["github-token"], "the drift issue");
    if (!session) return;
    const marker = issueMarker("drift", `${model}@${environment}`);
    const label = "mlship:drift";
    const link = session.context.runUrl ? `\n\n[Check run](${session.context.runUrl})` : "";
    if (settings.issue) {
      if (report.dataset_drift) {
        const res = await sideEffect("the drift issue", () =>
          upsertIssue(session, {
            marker,
            label,
            title: `Data drift: ${model} in ${environment}`,
            body: markdown + link,
            comment: markdown + link,
          }),
        );
        if (res) core.info(`drift issue #${res.number} ${res.action}`);
      } else {
        const n = await sideEffect("the drift issue", () =>
          resolveIssue(session, {
            marker,
            label,
            comment: `✅ No dataset drift in the latest check (share ${report.drift_share.toFixed(3)}).${link}`,
            close: settings["close-issue"],
          }),
        );
        if (n) core.info(`drift issue #${n}: no drift now${settings["close-issue"] ? ", closed" : ""}`);
      }
    }
    if (retrain && report.dataset_drift) {
      // The default branch, where ml.yml registers: the event's repository names it; a schedule's
      // payload has none, and a schedule runs on the default branch (its GITHUB_REF). GITHUB_REF
      // alone retrained on the branch a check was started from by hand.
      const branch = (session.context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
      const ref = typeof branch === "string" && branch ? `refs/heads/${branch}` : session.context.ref || "main";
      await sideEffect("dispatching retraining", () =>
        dispatchWorkflow(session, settings["retrain-workflow"], ref, {}),
      );
      core.info(`dispatched ${settings["retrain-workflow"]} on ${ref} to retrain ${model}`);
    }
  });
}
