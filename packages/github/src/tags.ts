import type { GitHubSession } from "./client.js";

/**
 * Creates the lightweight tag `refs/tags/<tag>` at `sha`. Tags are never moved: when the tag
 * exists at the same commit that is success ("exists"); at another commit it is an error.
 */
export async function createGitTag(s: GitHubSession, tag: string, sha: string): Promise<"created" | "exists"> {
  const { owner, repo } = s.context;
  try {
    await s.octokit.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha });
    return "created";
  } catch (e) {
    if ((e as { status?: number }).status !== 422) throw e;
    const existing = await s.octokit.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (existing.data.object.sha === sha) return "exists";
    throw new Error(
      `tag ${tag} already exists at ${existing.data.object.sha.slice(0, 12)}, not ${sha.slice(0, 12)}; tags are not moved`,
    );
  }
}
