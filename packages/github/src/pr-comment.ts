import * as core from "@actions/core";
import { upsertComment } from "./comments.js";
import { marker } from "./markdown.js";
import { openGitHubSession } from "./open-session.js";
import { sideEffect } from "./side-effect.js";

/**
 * Posts, or edits, the one sticky comment of `kind` for `model` on the run's pull request: off a
 * pull request, or with no token, nothing (said in the log); a failure is a warning naming `what`,
 * never the step's failure.
 */
export async function postPullRequestComment(
  tokenInput: string | undefined,
  what: string,
  kind: string,
  model: string,
  markdown: string,
): Promise<void> {
  const session = await openGitHubSession(tokenInput, what);
  if (!session) return;
  const pr = session.context.pullRequest;
  if (!pr) {
    core.info(`not a pull request: ${what} not posted`);
    return;
  }
  const full = session.context.runUrl ?? "the job summary";
  const res = await sideEffect(what, () => upsertComment(session, pr, marker(kind, model), markdown, full));
  if (res) core.info(`${res.created ? "posted" : "updated"} ${what} on #${pr}`);
}
