import type { GitHubSession } from "./client.js";
import { botLogin } from "./comments.js";
import { COMMENT_LIMIT, fitMarkdown } from "./markdown.js";

/** The open issue this bot opened with `marker` in its body, under `label` (others' issues are never taken). */
async function findOpenIssue(s: GitHubSession, opts: { marker: string; label: string }) {
  const { owner, repo } = s.context;
  const open = await s.octokit.paginate(s.octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    labels: opts.label,
    per_page: 100,
  });
  return open.find((i) => typeof i.body === "string" && i.body.includes(opts.marker) && i.user?.login === botLogin());
}

/**
 * One open issue per marker: found by label and hidden marker, created once, then commented on.
 * Body and comment are cut to GitHub's 65,536 characters at a section boundary, pointing to
 * the run's page. Returns what was done so the caller can log it.
 */
export async function upsertIssue(
  s: GitHubSession,
  opts: { marker: string; label: string; title: string; body: string; comment: string },
): Promise<{ number: number; action: "created" | "commented" }> {
  const { owner, repo } = s.context;
  const full = s.context.runUrl ?? "the check's job summary";
  const mine = await findOpenIssue(s, opts);
  if (mine) {
    const body = fitMarkdown(opts.comment, COMMENT_LIMIT, full);
    await s.octokit.rest.issues.createComment({ owner, repo, issue_number: mine.number, body });
    return { number: mine.number, action: "commented" };
  }
  await ensureLabel(s, opts.label);
  const res = await s.octokit.rest.issues.create({
    owner,
    repo,
    title: opts.title,
    body: fitMarkdown(`${opts.marker}\n${opts.body}`, COMMENT_LIMIT, full),
    labels: [opts.label],
  });
  return { number: res.data.number, action: "created" };
}

/** Comments that all is well on the open issue (and closes it when asked); no issue, nothing to do. */
export async function resolveIssue(
  s: GitHubSession,
  opts: { marker: string; label: string; comment: string; close: boolean },
): Promise<number | undefined> {
  const { owner, repo } = s.context;
  const mine = await findOpenIssue(s, opts);
  if (!mine) return undefined;
  await s.octokit.rest.issues.createComment({ owner, repo, issue_number: mine.number, body: opts.comment });
  if (opts.close)
    await s.octokit.rest.issues.update({
      owner,
      repo,
      issue_number: mine.number,
      state: "closed",
      state_reason: "completed",
    });
  return mine.number;
}

async function ensureLabel(s: GitHubSession, name: string): Promise<void> {
  const { owner, repo } = s.context;
  try {
    await s.octokit.rest.issues.getLabel({ owner, repo, name });
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
    await s.octokit.rest.issues.createLabel({ owner, repo, name, color: "d93f0b", description: "Opened by mlship" });
  }
}

/** Starts a workflow by file name (events made with GITHUB_TOKEN start nothing else; dispatch does). */
export async function dispatchWorkflow(
  s: GitHubSession,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
): Promise<void> {
  const { owner, repo } = s.context;
  await s.octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: workflow, ref, inputs });
}
