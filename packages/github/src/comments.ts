import { COMMENT_LIMIT, fitMarkdown } from "./markdown.js";
import type { GitHubSession } from "./client.js";

/**
 * The login mlship's comments and issues are written under: the workflow's GITHUB_TOKEN posts as
 * github-actions[bot]; with another token (a GitHub App's, a user's) set MLSHIP_BOT_LOGIN to its login.
 */
export function botLogin(env: NodeJS.ProcessEnv = process.env): string {
  return env.MLSHIP_BOT_LOGIN?.trim() || "github-actions[bot]";
}

/**
 * One sticky comment per marker: find ours among the issue's comments (paginated) and edit it,
 * or create it once. The body is cut to GitHub's 65,536-character limit at a section boundary.
 */
export async function upsertComment(
  s: GitHubSession,
  issueNumber: number,
  marker: string,
  body: string,
  fullReportUrl: string,
): Promise<{ id: number; created: boolean }> {
  const { owner, repo } = s.context;
  const text = fitMarkdown(body.includes(marker) ? body : `${marker}\n${body}`, COMMENT_LIMIT, fullReportUrl);
  const comments = await s.octokit.paginate(s.octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  // The marker alone proves nothing: anyone can write it in a comment. Ours is also by our login.
  const login = botLogin();
  const mine = comments.find((c) => typeof c.body === "string" && c.body.includes(marker) && c.user?.login === login);
  if (mine) {
    await s.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
    return { id: mine.id, created: false };
  }
  const res = await s.octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
  return { id: res.data.id, created: true };
}
