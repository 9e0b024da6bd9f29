import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { git } from "./git.js";

/** What a stand-in gets: its inputs, the job's workspace and runner environment. */
interface StandInContext {
  inputs: Record<string, string>;
  workspace: string;
  env: Record<string, string>;
  bare: string;
  /** Other repositories on this "GitHub" by owner/name (mlship/mlship's, for a user's world): their bare repositories. */
  repos: Record<string, string>;
  permissions: Record<string, string>;
  /** The repository's visibility and its owner's plan (HarnessOptions). */
  visibility: string;
  plan: string;
  /** The job's GITHUB_TOKEN (checkout's default `token`). */
  token: string;
  log: (line: string) => void;
}
export type StandIn = (ctx: StandInContext) => Promise<Record<string, string>>;

/**
 * actions/checkout as its README documents it: `ref` (default: the event's commit),
 * `fetch-depth` (default 1; 0 = all history and tags), `path`. The remote is the local bare
 * repository; an `origin` remote is left configured, as checkout leaves it.
 */
const checkout: StandIn = async ({ inputs, workspace, env, bare: own, repos, token, log }) => {
  const other = inputs.repository && inputs.repository !== env.GITHUB_REPOSITORY;
  const bare = other ? repos[inputs.repository] : own;
  if (!bare)
    throw new Error(`checkout stand-in: only ${env.GITHUB_REPOSITORY} is served here, not ${inputs.repository}`);
  const dir = path.resolve(workspace, inputs.path ?? "");
  mkdirSync(dir, { recursive: true });
  // Another repository's default: its default branch (the event's commit is this repository's).
  const ref = inputs.ref || (other ? "main" : env.GITHUB_SHA);
  const depth = Number(inputs["fetch-depth"] ?? "1");
  git(dir, ["init", "-q"]);
  git(dir, ["remote", "add", "origin", `file://${bare}`]);
  const fetched = /^[0-9a-f]{40}$/.test(ref) ? ref : ref.startsWith("refs/") ? ref : `refs/heads/${ref}`;
  // A tag of that name, else a branch (as checkout resolves `ref`).
  const named =
    fetched.startsWith("refs/heads/") && git(bare, ["tag", "--list", fetched.slice(11)])
      ? `refs/tags/${fetched.slice(11)}`
      : fetched;
  git(dir, ["fetch", "-q", ...(depth > 0 ? [`--depth=${depth}`] : ["--tags"]), "origin", named]);
  git(dir, ["checkout", "-q", "--detach", "FETCH_HEAD"]);
  // persist-credentials (default true) leaves the token for later git pushes; the server sees it.
  if (inputs["persist-credentials"] !== "false")
    git(dir, [
      "config",
      "remote.origin.receivepack",
      `env HARNESS_PUSH_TOKEN=${inputs.token || token} git-receive-pack`,
    ]);
  log(`checked out ${ref} (${depth > 0 ? `depth ${depth}` : "full history"}) into ${dir}`);
  return {};
};

const noop: StandIn = async () => ({});

/**
 * actions/attest-build-provenance needs id-token and attestations write (its README), and a
 * public repository unless the owner is on GitHub Enterprise Cloud ("Using artifact attestations
 * to establish provenance for builds": on Free, Pro and Team only public repositories).
 */
const attest: StandIn = async ({ inputs, permissions, visibility, plan }) => {
  for (const s of ["id-token", "attestations"])
    if (permissions[s] !== "write")
      throw new Error(`attest-build-provenance: the job needs 'permissions: ${s}: write'`);
  if (visibility !== "public" && plan !== "enterprise")
    throw new Error(
      "Failed to persist attestation: Feature not available for this repository. To enable this feature, please upgrade your billing plan, or make this repository public.",
    );
  if (!inputs["subject-digest"]?.startsWith("sha256:") && !/^[0-9a-f]{64}$/.test(inputs["subject-digest"] ?? ""))
    throw new Error(`attest-build-provenance: subject-digest '${inputs["subject-digest"]}' is not a sha256 digest`);
  return { "attestation-id": "1", "attestation-url": "https://github.com/attestations/1" };
};

const pagesUrl = (env: Record<string, string>) => {
  const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
  return `https://${owner}.github.io/${repo}/`;
};

/**
 * actions/configure-pages reads the Pages site (GET /repos/{owner}/{repo}/pages), which needs
 * `pages: read` in its job's token, else "Get Pages site failed … Resource not accessible by
 * integration" (actions/configure-pages#188).
 */
const configurePages: StandIn = async ({ permissions, env, visibility, plan }) => {
  // GitHub Free has Pages for public repositories only: a private one has no site to read.
  if ((permissions.pages !== "read" && permissions.pages !== "write") || (visibility !== "public" && plan === "free"))
    throw new Error(
      "Get Pages site failed. Please verify that the repository has Pages enabled and configured to build using GitHub Actions, or consider exploring the `enablement` parameter for this action. Error: Resource not accessible by integration",
    );
  const url = pagesUrl(env);
  return {
    base_url: url.replace(/\/$/, ""),
    base_path: new URL(url).pathname.replace(/\/$/, ""),
    origin: new URL(url).origin,
  };
};

/** actions/upload-pages-artifact tars `path` (default _site/): a missing folder fails it. */
const uploadPages: StandIn = async ({ inputs, workspace }) => {
  const dir = path.resolve(workspace, inputs.path || "_site/");
  if (!existsSync(path.join(dir, "index.html")))
    throw new Error(`upload-pages-artifact: no ${dir}/index.html to publish`);
  return { "artifact-id": "1" };
};

/** actions/deploy-pages needs `pages: write` and `id-token: write` (its README). */
const deployPages: StandIn = async ({ permissions, env }) => {
  for (const s of ["pages", "id-token"])
    if (permissions[s] !== "write") throw new Error(`deploy-pages: the job needs 'permissions: ${s}: write'`);
  return { page_url: pagesUrl(env) };
};

/** Stand-ins by `owner/repo` of the `uses:` (the harness resolves the ref through action-pins.json first). */
export const standIns: Record<string, StandIn> = {
  "actions/checkout": checkout,
  "actions/setup-node": noop,
  "actions/attest-build-provenance": attest,
  "actions/configure-pages": configurePages,
  "actions/upload-pages-artifact": uploadPages,
  "actions/deploy-pages": deployPages,
};
