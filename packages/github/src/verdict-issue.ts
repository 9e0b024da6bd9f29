import * as core from "@actions/core";
import type { GitHubSession } from "./client.js";
import { dispatchWorkflow, resolveIssue, upsertIssue } from "./issues.js";
import { sideEffect } from "./side-effect.js";

/**
 * A monitoring verdict on GitHub (check-drift, check-performance): one issue per model and
 * environment, found by its hidden marker, opened or commented on while the finding holds and
 * resolved (commented on, closed when asked) when a later check is clear; `retrain` dispatches the
 * training workflow on the default branch. `found: undefined` leaves the issue alone (nothing decided).
 */
export async function reportVerdict(
  session: GitHubSession,
  o: {
    what: string;
    issue: boolean;
    found: boolean | undefined;
    marker: string;
    label: string;
    title: string;
    markdown: string;
    clear: string;
    close: boolean;
    retrain: boolean;
    retrainWorkflow: string;
    model: string;
  },
): Promise<void> {
  const link = session.context.runUrl ? `\n\n[Check run](${session.context.runUrl})` : "";
  if (o.issue && o.found) {
    const res = await sideEffect(o.what, () =>
      upsertIssue(session, {
        marker: o.marker,
        label: o.label,
        title: o.title,
        body: o.markdown + link,
        comment: o.markdown + link,
      }),
    );
    if (res) core.info(`${o.what} #${res.number} ${res.action}`);
  } else if (o.issue && o.found === false) {
    const n = await sideEffect(o.what, () =>
      resolveIssue(session, { marker: o.marker, label: o.label, comment: `${o.clear}${link}`, close: o.close }),
    );
    if (n) core.info(`${o.what} #${n}: clear now${o.close ? ", closed" : ""}`);
  }
  if (o.retrain && o.found) {
    // The default branch, where ml.yml registers: the event's repository names it; a schedule's
    // payload has none, and a schedule runs on the default branch (its GITHUB_REF). GITHUB_REF
    // alone retrained on the branch a check was started from by hand.
    const branch = (session.context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
    const ref = typeof branch === "string" && branch ? `refs/heads/${branch}` : session.context.ref || "main";
    await sideEffect("dispatching retraining", () => dispatchWorkflow(session, o.retrainWorkflow, ref, {}));
    core.info(`dispatched ${o.retrainWorkflow} on ${ref} to retrain ${o.model}`);
  }
}
