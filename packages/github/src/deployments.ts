import { nodeCrypto } from "@mlship/core/util/lazy-crypto";
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

/** The git blob sha of some content (what the contents API calls a file's `sha`); null: no file. */
export function gitBlobSha(content: string | undefined): string | null {
  if (content === undefined) return null;
  const bytes = Buffer.from(content);
  return nodeCrypto().createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Why GitHub refused a contents-API commit with 409: a changed file, or a protected branch. */
export function commitRefusal(e: unknown): "changed" | "protected" | undefined {
  if ((e as { status?: number }).status !== 409) return undefined;
  const message = String((e as { message?: string }).message ?? "");
  return /rule|protect|pull request|review/i.test(message) ? "protected" : "changed";
}

/**
 * Commits new content to a file through the contents API (a rollback's deploy-file change) as a
 * compare-and-swap against `base`, the blob the change was planned from (null: the file did not
 * exist): GitHub answers 409 when the file is no longer that blob, and nothing is overwritten.
 */
export async function commitFile(
  s: GitHubSession,
  file: string,
  content: string,
  message: string,
  base: string | null,
  branch?: string,
): Promise<string> {
  const { owner, repo } = s.context;
  const res = await s.octokit.rest.repos.createOrUpdateFileContents({
    owner,
    repo,
    path: file,
    message,
    content: Buffer.from(content).toString("base64"),
    ...(base ? { sha: base } : {}),
    ...(branch ? { branch } : {}),
  });
  return res.data.commit.sha ?? "";
}
