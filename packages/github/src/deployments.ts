import type { GitHubSession } from "./client.js";

export type DeploymentStatusState = "queued" | "in_progress" | "success" | "failure" | "error" | "inactive";

/** A GitHub deployment record for one environment, with the model ID in its payload. */
export async function createDeployment(
  s: GitHubSession,
  env: string,
  model: string,
  description: string,
): Promise<number> {
  const { owner, repo } = s.context;
  const res = await s.octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref: s.context.sha || s.context.ref,
    environment: env,
    payload: { model },
    description: description.slice(0, 140),
    auto_merge: false,
    required_contexts: [],
    transient_environment: false,
    production_environment: env === "production",
  });
  if (!("id" in res.data)) throw new Error(`GitHub did not create a deployment: ${JSON.stringify(res.data)}`);
  return res.data.id;
}

export async function setDeploymentStatus(
  s: GitHubSession,
  deploymentId: number,
  state: DeploymentStatusState,
  opts: { description?: string; environmentUrl?: string } = {},
): Promise<void> {
  const { owner, repo } = s.context;
  await s.octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: deploymentId,
    state,
    description: opts.description?.slice(0, 140),
    environment_url: opts.environmentUrl,
    log_url: s.context.runUrl,
    auto_inactive: true,
  });
}

/** Marks the environment's earlier deployments inactive (the one replaced by `currentId`). */
export async function retirePreviousDeployments(s: GitHubSession, env: string, currentId: number): Promise<number[]> {
  const { owner, repo } = s.context;
  const res = await s.octokit.rest.repos.listDeployments({ owner, repo, environment: env, per_page: 5 });
  const older = res.data
    .filter((d) => d.id !== currentId)
    .slice(0, 1)
    .map((d) => d.id);
  for (const id of older) await setDeploymentStatus(s, id, "inactive", { description: "replaced" });
  return older;
}

/**
 * Commits new content to a file through the contents API (a rollback's deploy-file change).
 * The file's current blob sha makes it a compare-and-swap: GitHub answers 409 when somebody
 * changed the file meanwhile, and nothing is overwritten.
 */
export async function commitFile(
  s: GitHubSession,
  file: string,
  content: string,
  message: string,
  branch?: string,
): Promise<string> {
  const { owner, repo } = s.context;
  let sha: string | undefined;
  try {
    const cur = await s.octokit.rest.repos.getContent({ owner, repo, path: file, ...(branch ? { ref: branch } : {}) });
    if (!Array.isArray(cur.data) && "sha" in cur.data) sha = cur.data.sha;
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
  const res = await s.octokit.rest.repos.createOrUpdateFileContents({
    owner,
    repo,
    path: file,
    message,
    content: Buffer.from(content).toString("base64"),
    sha,
    ...(branch ? { branch } : {}),
  });
  return res.data.commit.sha ?? "";
}
