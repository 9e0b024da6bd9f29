// Written once by `npm run generate` for packages/core/src/steps/promote.ts; edit it to add GitHub side effects.
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import * as core from "@actions/core";
import { UserError } from "@mlship/core/errors";
import { promote } from "@mlship/core/steps/promote";
import { openGitHubSession } from "@mlship/github/open-session";
import { defaultBranch, JOB_TOKEN_NOTE, openOrUpdatePullRequest, pushBranch } from "@mlship/github/pull-request";
import { runAction } from "@mlship/github/run-action";

/**
 * The step commits deploy/<env>.yml on mlship/promote/<env>/<name>-v<N>; here the branch is pushed
 * with the checkout's credentials and the pull request opened through the API (or the open one
 * from that branch updated). Merging it deploys (deploy.yml runs on pushes changing deploy/*.yml).
 */
export function run(): Promise<void> {
  return runAction(promote.spec, promote.run, async (result, settings) => {
    const { plan, commit, dir } = result.extra;
    const session = await openGitHubSession(settings["github-token"], "the promotion's pull request");
    if (!session)
      throw new UserError("promote needs a GitHub token and repository to open its pull request", {
        input: "github-token",
      });
    await pushBranch(dir, commit, plan.branch);
    core.info(`pushed ${plan.branch} (${commit.slice(0, 12)})`);
    const link = session.context.runUrl ? `\n\n[Promoted by this run](${session.context.runUrl})` : "";
    const pr = await openOrUpdatePullRequest(session, {
      head: plan.branch,
      base: defaultBranch(session),
      title: plan.title,
      body: `${plan.body}\n${JOB_TOKEN_NOTE}${link}\n`,
    });
    core.setOutput("pull-request", pr.url);
    core.info(`pull request #${pr.number} ${pr.action}: ${pr.url}`);
  });
}
