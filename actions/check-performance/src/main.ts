// Written once by `npm run generate` for packages/core/src/steps/check-performance.ts; edit it to add GitHub side effects.
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import * as core from "@actions/core";
import { checkPerformance } from "@mlship/core/steps/check-performance";
import { marker as issueMarker } from "@mlship/github/markdown";
import { dispatchWorkflow, resolveIssue, upsertIssue } from "@mlship/github/issues";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { sideEffect } from "@mlship/github/side-effect";

/**
 * Side effects as check-drift's: one issue per model and environment (drift's sibling, its own
 * marker and label), opened or updated on degradation, resolved by a healthy check; `retrain`
 * dispatches the training workflow on degradation. A check whose gates were not decided (no
 * labels yet) leaves the issue alone.
 */
export function run(): Promise<void> {
  return runAction(checkPerformance.spec, checkPerformance.run, async (result, settings) => {
    const { report, markdown, model, environment, retrain } = result.extra;
    if (!settings.issue && !retrain) return;
    const session = await openGitHubSession(settings["github-token"], "the performance issue");
    if (!session) return;
    const marker = issueMarker("performance", `${model}@${environment}`);
    const label = "mlship:performance";
    const link = session.context.runUrl ? `\n\n[Check run](${session.context.runUrl})` : "";
    if (settings.issue && report.degraded) {
      const res = await sideEffect("the performance issue", () =>
        upsertIssue(session, {
          marker,
          label,
          title: `Performance degraded: ${model} in ${environment}`,
          body: markdown + link,
          comment: markdown + link,
        }),
      );
      if (res) core.info(`performance issue #${res.number} ${res.action}`);
    } else if (settings.issue && !report.note) {
      const n = await sideEffect("the performance issue", () =>
        resolveIssue(session, {
          marker,
          label,
          comment: `✅ ${report.version} is healthy in the latest check (${report.coverage.joined} labelled rows).${link}`,
          close: settings["close-issue"],
        }),
      );
      if (n) core.info(`performance issue #${n}: healthy now${settings["close-issue"] ? ", closed" : ""}`);
    }
    if (retrain && report.degraded) {
      const ref = session.context.ref || "main";
      await sideEffect("dispatching retraining", () =>
        dispatchWorkflow(session, settings["retrain-workflow"], ref, {}),
      );
      core.info(`dispatched ${settings["retrain-workflow"]} on ${ref} to retrain ${model}`);
    }
  });
}
