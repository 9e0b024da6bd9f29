import type { GitHubSession } from "./client.js";
import { sessionTarget } from "./session-target.js";

/** githubSession, with Octokit (≈ 700 KB with undici) loaded only when there is a session to open. */
export async function openGitHubSession(
  tokenInput: string | undefined,
  what: string,
): Promise<GitHubSession | undefined> {
  if (!sessionTarget(tokenInput, what)) return undefined;
  const { githubSession } = await import("./client.js");
  return githubSession(tokenInput, what);
}
