import path from "node:path";
import { UserError } from "../errors.js";
import type { RegistryAccess, RegistryRunFacts } from "./uri.js";

/** The registry of a laptop: a folder beside mlship.yml. */
const LOCAL_REGISTRY = "file://.mlship/registry";

/** GitHub's container registry: ghcr.io, or the host the run names (GitHub Enterprise Server). */
const GITHUB_CONTAINER_REGISTRY = "ghcr.io";

/**
 * The registry a project uses when it names none. On GitHub Actions every job is a new machine,
 * so the default is GitHub's own registry under the repository's owner (reachable with the job's
 * GITHUB_TOKEN, `packages: write` to register, `read` elsewhere); elsewhere, the local folder.
 */
export function defaultRegistry(run: RegistryRunFacts | undefined): string {
  if (!run?.onGitHubActions) return LOCAL_REGISTRY;
  const [owner, repo] = (run.repository ?? "").split("/");
  if (!owner || !repo)
    throw new UserError(
      "no registry configured and GITHUB_REPOSITORY is not set: set `registry:` in mlship.yml (oci://, s3://)",
      { input: "registry" },
    );
  // ghcr.io names are lowercase; a repository name may hold characters a package name may not.
  const name = `${repo.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}-mlship`;
  const host = run.containerRegistry || GITHUB_CONTAINER_REGISTRY;
  return `oci://${host}/${(run.repositoryOwner ?? owner).toLowerCase()}/${name}`;
}

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

const USE_INSTEAD =
  "remove `registry:` from mlship.yml to use the default, ghcr.io under the repository's owner with the job's GITHUB_TOKEN (give the job `permissions: packages: write` to register, `packages: read` elsewhere), or set it to s3://<bucket>/<prefix> or another oci://<host>/<repository>";

/**
 * Refuses a file:// registry that would not outlive the job: on GitHub Actions, one inside the
 * job's workspace (a hosted runner is thrown away when the job ends; actions/checkout cleans the
 * workspace of a self-hosted one), and any other file:// path the project has not declared
 * persistent (`registry-persistent: true`, for a self-hosted runner's own disk).
 */
export function assertDurableRegistry(
  uri: string,
  root: string | undefined,
  opts: { persistent: boolean; projectDir: string; run: RegistryRunFacts | undefined },
): void {
  if (!root || !opts.run?.onGitHubActions) return;
  const workspace = path.resolve(opts.run.workspace ?? opts.projectDir);
  const hosted = opts.run.runnerEnvironment === "github-hosted";
  if (inside(root, workspace))
    throw new UserError(
      `registry ${uri} is inside the job's workspace (${workspace}), which ${hosted ? "is thrown away with the GitHub-hosted runner when the job ends" : "actions/checkout cleans at the start of every job"}: the next job would find an empty registry (every model churn@v1, no deploy history, no baseline). Instead, ${USE_INSTEAD}`,
      { input: "registry" },
    );
  if (!opts.persistent)
    throw new UserError(
      `registry ${uri} is a folder on the runner, and nothing says it outlives the job${hosted ? " (this is a GitHub-hosted runner, thrown away when the job ends)" : ""}. On a self-hosted runner whose disk keeps it, add \`registry-persistent: true\` to mlship.yml; otherwise ${USE_INSTEAD}`,
      { input: "registry" },
    );
}

/**
 * Credentials and annotations for the registry: the given token, else for ghcr.io the job's
 * GITHUB_TOKEN (with the actor as user name); on GitHub the repository's URL as the
 * org.opencontainers.image.source annotation, which links a ghcr.io package to it.
 */
export function registryAccessFor(uri: string, access: RegistryAccess | undefined): RegistryAccess {
  const run = access?.run;
  const ghcr = [GITHUB_CONTAINER_REGISTRY, run?.containerRegistry].some((h) => h && uri.startsWith(`oci://${h}/`));
  const token = access?.token || (ghcr ? access?.githubToken : undefined);
  const source =
    access?.source ??
    (run?.onGitHubActions && run.repository ? `${run.serverUrl ?? "https://github.com"}/${run.repository}` : undefined);
  return {
    ...access,
    ...(token ? { token } : {}),
    ...(access?.username || (ghcr && run?.actor) ? { username: access?.username || run?.actor } : {}),
    ...(source ? { source } : {}),
  };
}
