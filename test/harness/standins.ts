import { mkdirSync } from "node:fs";
import path from "node:path";
import { git } from "./git.js";

/** What a stand-in gets: its inputs, the job's workspace and runner environment. */
interface StandInContext {
  inputs: Record<string, string>;
  workspace: string;
  env: Record<string, string>;
  bare: string;
  permissions: Record<string, string>;
  log: (line: string) => void;
}
export type StandIn = (ctx: StandInContext) => Promise<Record<string, string>>;

/**
 * actions/checkout as its README documents it: `ref` (default: the event's commit),
 * `fetch-depth` (default 1; 0 = all history and tags), `path`. The remote is the local bare
 * repository; an `origin` remote is left configured, as checkout leaves it.
 */
const checkout: StandIn = async ({ inputs, workspace, env, bare, log }) => {
  if (inputs.repository && inputs.repository !== env.GITHUB_REPOSITORY)
    throw new Error(`checkout stand-in: only ${env.GITHUB_REPOSITORY} is served here, not ${inputs.repository}`);
  const dir = path.resolve(workspace, inputs.path ?? "");
  mkdirSync(dir, { recursive: true });
  const ref = inputs.ref || env.GITHUB_SHA;
  const depth = Number(inputs["fetch-depth"] ?? "1");
  git(dir, ["init", "-q"]);
  git(dir, ["remote", "add", "origin", `file://${bare}`]);
  const fetched = /^[0-9a-f]{40}$/.test(ref) ? ref : ref.startsWith("refs/") ? ref : `refs/heads/${ref}`;
  git(dir, ["fetch", "-q", ...(depth > 0 ? [`--depth=${depth}`] : ["--tags"]), "origin", fetched]);
  git(dir, ["checkout", "-q", "--detach", "FETCH_HEAD"]);
  log(`checked out ${ref} (${depth > 0 ? `depth ${depth}` : "full history"}) into ${dir}`);
  return {};
};

const noop: StandIn = async () => ({});

/** actions/attest-build-provenance needs id-token and attestations write (its README). */
const attest: StandIn = async ({ inputs, permissions }) => {
  for (const s of ["id-token", "attestations"])
    if (permissions[s] !== "write")
      throw new Error(`attest-build-provenance: the job needs 'permissions: ${s}: write'`);
  if (!inputs["subject-digest"]?.startsWith("sha256:") && !/^[0-9a-f]{64}$/.test(inputs["subject-digest"] ?? ""))
    throw new Error(`attest-build-provenance: subject-digest '${inputs["subject-digest"]}' is not a sha256 digest`);
  return { "attestation-id": "1", "attestation-url": "https://github.com/attestations/1" };
};

/** Stand-ins by `owner/repo` of the `uses:` (the pinned SHA is not checked here). */
export const standIns: Record<string, StandIn> = {
  "actions/checkout": checkout,
  "actions/setup-node": noop,
  "actions/attest-build-provenance": attest,
  "actions/configure-pages": async () => ({ base_url: "https://acme.github.io/churn", base_path: "/churn" }),
  "actions/upload-pages-artifact": noop,
  "actions/deploy-pages": async () => ({ page_url: "https://acme.github.io/churn/" }),
};
