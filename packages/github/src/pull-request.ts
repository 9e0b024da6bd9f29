import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { UserError } from "@mlship/core/errors";
import type { GitHubSession } from "./client.js";

/**
 * What a pull request opened with the job's GITHUB_TOKEN cannot do, said in its body: GitHub starts
 * no workflow run for events the job token causes (its push of the branch, its opening of the pull
 * request), so the pull request's checks wait for a person (a push to the branch, or closing and
 * reopening it), unless the job was given an App token.
 */
export const JOB_TOKEN_NOTE =
  "Opened by a workflow. With the job's `GITHUB_TOKEN` (the default) GitHub starts no workflow run for this pull request: its checks run when a person pushes to its branch or closes and reopens it. An App token (`MLSHIP_PROMOTE_TOKEN`) for the promote job makes them run at once.";

/**
 * Pushes a commit as `branch` on the checkout's `origin`, with the credentials actions/checkout
 * persisted (the job's token, or the `token` checkout was given). The branch is mlship's own
 * (mlship/promote/…): a promotion of the same version again moves it (forced).
 */
export async function pushBranch(dir: string, commit: string, branch: string): Promise<void> {
  try {
    await promisify(execFile)("git", ["push", "--force", "origin", `${commit}:refs/heads/${branch}`], {
      cwd: dir,
      timeout: 120_000,
    });
  } catch (e) {
    const stderr = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim();
    throw new UserError(
      `pushing branch ${branch} failed: ${stderr.split("\n").slice(-3).join(" ")} (the job needs 'permissions: contents: write' and a checkout with persisted credentials)`,
      {},
      1,
    );
  }
}

/** The repository's default branch: the event's repository names it; a schedule's payload has none (it runs there). */
export function defaultBranch(session: GitHubSession): string {
  const named = (session.context.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  if (typeof named === "string" && named) return named;
  return session.context.ref?.replace(/^refs\/heads\//, "") || "main";
}

/**
 * Opens the pull request from `head` into `base`, or updates the open one from that branch
 * (GitHub allows one open pull request per head and base: a second create answers 422).
 */
export async function openOrUpdatePullRequest(
  session: GitHubSession,
  o: { head: string; base: string; title: string; body: string },
): Promise<{ number: number; url: string; action: "opened" | "updated" }> {
  const { owner, repo } = session.context;
  const find = async () =>
    (await session.octokit.rest.pulls.list({ owner, repo, state: "open", head: `${owner}:${o.head}`, base: o.base }))
      .data[0];
  const fail = (e: unknown): never => {
    const err = e as { status?: number; message?: string };
    throw new UserError(
      `opening the pull request from ${o.head} failed${err.status ? ` (HTTP ${err.status})` : ""}: ${err.message ?? String(e)}${err.status === 403 ? " (the job needs 'permissions: pull-requests: write')" : ""}`,
      {},
      1,
    );
  };
  try {
    let open = await find();
    if (!open) {
      try {
        const { data } = await session.octokit.rest.pulls.create({
          owner,
          repo,
          head: o.head,
          base: o.base,
          title: o.title,
          body: o.body,
        });
        return { number: data.number, url: data.html_url, action: "opened" };
      } catch (e) {
        // Another job opened it between the list and the create: update that one.
        if ((e as { status?: number }).status !== 422) throw e;
        open = await find();
        if (!open) throw e;
      }
    }
    const { data } = await session.octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: open.number,
      title: o.title,
      body: o.body,
    });
    return { number: data.number, url: data.html_url, action: "updated" };
  } catch (e) {
    return fail(e);
  }
}
