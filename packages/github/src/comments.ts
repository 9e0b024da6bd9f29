import { COMMENT_LIMIT, fitMarkdown } from "@mlship/core";
import type { GitHubSession } from "./client.js";

/**
 * One sticky comment per marker: find ours among the issue's comments (paginated) and edit it,
 * or create it once. The body is cut to GitHub's 65,536-character limit at a section boundary.
 */
export async function upsertComment(s: GitHubSession, issueNumber: number, marker: string, body: string, fullReportUrl: string): Promise<{ id: number; created: boolean }> {
  const { owner, repo } = s.context;
  const text = fitMarkdown(body.includes(marker) ? body : `${marker}\n${body}`, COMMENT_LIMIT, fullReportUrl);
  const comments = await s.octokit.paginate(s.octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
  if (mine) {
    await s.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
    return { id: mine.id, created: false };
  }
  const res = await s.octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
  return { id: res.data.id, created: true };
}
