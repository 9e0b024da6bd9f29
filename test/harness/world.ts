import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { defaultRegistry } from "../../packages/core/src/registry/defaults.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { tsNode } from "../helpers/proc.js";
import { type Action, startTokenRealm, type TokenRealm } from "../services/token-realm.js";
import { GitRemote } from "./git.js";
import { type Event, Harness, type HarnessOptions, type RunRecord } from "./runner.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Holds each job of a run to a bound on its GitHub API requests (those made with its token): by
 * job name, `"*"` for the jobs not named. A job with no bound fails the check.
 */
export function expectRequests(run: RunRecord, bounds: Record<string, number>): void {
  for (const j of run.jobs) {
    const max = bounds[j.name] ?? bounds["*"];
    expect(max, `no request bound for job '${j.name}'`).toBeTypeOf("number");
    expect(j.requests, `GitHub API requests of '${j.name}'`).toBeLessThanOrEqual(max);
  }
}

/**
 * The CLI as a maintainer runs it in a clone (no GITHUB_* variables: not on GitHub), with a token
 * for the registry. Not execFileSync: the registry's realm answers from this process.
 */
export async function maintainerCli(cwd: string, args: string[], token: string): Promise<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("GITHUB_")));
  const [node, argv] = tsNode("packages/cli/src/index.ts", args);
  const { stdout } = await promisify(execFile)(node, argv, {
    cwd,
    encoding: "utf8",
    env: { ...env, NODE_OPTIONS: "", MLSHIP_REGISTRY_TOKEN: token },
  });
  return stdout;
}

/** One of examples/workflows/ as a user copies it into .github/workflows/. */
export const example = (f: string) => readFileSync(path.join(root, "examples/workflows", f), "utf8");

export interface WorldOptions extends Partial<HarnessOptions> {
  /**
   * Give the repository a registry secret, MLSHIP_REGISTRY_TOKEN (a token that may pull and push,
   * as a personal access token would), which the workflows pass as registry-token in place of the
   * job's GITHUB_TOKEN. Default: none, the jobs reach the registry with their own token.
   */
  registrySecret?: boolean;
  /**
   * mlship/mlship as another owner's repository on this GitHub (`w.mlship`): the caller's
   * `mlship/mlship/...@ref` must name a tag, branch or commit of it, and checkout serves it.
   * Empty until a test commits to it (publishMlship: this checkout, bundles built).
   */
  mlship?: boolean;
}

/**
 * A user's repository on a fake GitHub: the bare repository checkout clones, the fake API (its
 * contents API committing to that same repository, job tokens enforced), the registry, and the
 * harness that runs the repository's workflows.
 *
 * The registry is the real one: test/global-setup.ts's docker-registry behind the token realm
 * (test/services/token-realm.ts), standing in for ghcr.io. Every job's machine names the realm as
 * GitHub's container registry (MLSHIP_GITHUB_CONTAINER_REGISTRY), so a project with no
 * `registry:` in mlship.yml uses mlship's GitHub default, oci://<realm>/acme/churn-mlship
 * (`registryUri`), with the job's GITHUB_TOKEN, which the realm checks against the fake GitHub as
 * ghcr.io does: `packages: write` pushes, `packages: read` pulls, a token whose job has ended
 * is refused. Each world's repositories are its own (a namespace on the shared registry).
 */
export function world(opts: WorldOptions = {}) {
  const { registrySecret, mlship: withMlship, ...harnessOpts } = opts;
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-world-"));
  const gh = new FakeGitHub();
  const remote = new GitRemote(dir);
  const mlship = withMlship ? new GitRemote(path.join(dir, "mlship")) : undefined;
  if (mlship) harnessOpts.repos = { ...harnessOpts.repos, "mlship/mlship": mlship };
  gh.contents = remote;
  /** A folder outside every job's machine, for a test that declares a file:// registry (registry-persistent). */
  const registry = path.join(dir, "registry");
  const registryToken = `ghp_${randomBytes(12).toString("hex")}`;
  const machineEnv: Record<string, string> = { ...harnessOpts.machineEnv };
  const secrets = { ...harnessOpts.secrets, ...(registrySecret ? { MLSHIP_REGISTRY_TOKEN: registryToken } : {}) };
  const h = new Harness({ gh, remote, ...harnessOpts, machineEnv, secrets });
  const owner = h.repository.split("/")[0];
  let realm: TokenRealm | undefined;
  const state = { registryUri: "", registryHost: "" };
  /** ghcr.io's rule for a GITHUB_TOKEN: its `packages` permission, in its owner's namespace; the registry secret: anything. */
  const authorize = (password: string, repository: string): Action[] | undefined => {
    if (password === registryToken) return ["pull", "push"];
    if (gh.appTokens.has(password)) return undefined; // ghcr.io takes GITHUB_TOKEN or a classic PAT only
    const job = gh.tokens.get(password);
    if (!job) return undefined;
    if (!repository.startsWith(`${owner.toLowerCase()}/`)) return [];
    return job.packages === "write" ? ["pull", "push"] : job.packages === "read" ? ["pull"] : [];
  };
  let last = "0".repeat(40);
  beforeAll(async () => {
    await gh.start();
    realm = await startTokenRealm(inject("ociHost"), {
      authorize,
      namespace: `harness-${randomBytes(4).toString("hex")}`,
    });
    machineEnv.MLSHIP_GITHUB_CONTAINER_REGISTRY = realm.host;
    state.registryHost = realm.host;
    state.registryUri = defaultRegistry({
      onGitHubActions: true,
      repository: h.repository,
      containerRegistry: realm.host,
    });
  });
  afterAll(async () => {
    await Promise.all([gh.stop(), realm?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    gh,
    remote,
    /** mlship/mlship's repository (with `mlship: true`). */
    mlship,
    h,
    registry,
    /** The registry secret's value (with `registrySecret: true`). */
    registryToken,
    /** oci://<realm>/acme/churn-mlship: where the jobs' mlship registers by default (set once the world has started). */
    get registryUri(): string {
      return state.registryUri;
    },
    /** The realm's host:port, GitHub's container registry for the jobs. */
    get registryHost(): string {
      return state.registryHost;
    },
    /** The tags the registry holds (churn.v1, churn.env.production…), read with a maintainer's token as `oras repo tags` would. */
    async registryTags(): Promise<string[]> {
      const repo = state.registryUri.replace(/^oci:\/\/[^/]+\//, "");
      const basic = Buffer.from(`ada:${registryToken}`).toString("base64");
      const auth = await fetch(`http://${state.registryHost}/token?scope=repository:${repo}:pull`, {
        headers: { authorization: `Basic ${basic}` },
      });
      const { token } = (await auth.json()) as { token: string };
      const tags: string[] = [];
      for (let next: string | undefined = `/v2/${repo}/tags/list`; next; ) {
        const res: Response = await fetch(`http://${state.registryHost}${next}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (res.status === 404) return []; // nothing pushed yet
        tags.push(...(((await res.json()) as { tags: string[] | null }).tags ?? []));
        next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
      }
      return tags;
    },
    /** What the registry was asked for: token requests, refusals (403), challenges (401). */
    get registryCounts(): TokenRealm["counts"] {
      return realm!.counts;
    },
    /** Pushes one or more commits to main; returns the push event (before..after as GitHub sends it). */
    push(...commits: [Record<string, string | null>, string][]): Event {
      const before = last;
      for (const [files, message] of commits) last = remote.commit(files, message);
      return {
        name: "push",
        ref: "refs/heads/main",
        sha: last,
        payload: { before, after: last, head_commit: { id: last, message: commits.at(-1)![1] } },
      };
    },
    run(file: string, event: Event, opts?: { wiring?: boolean }): Promise<RunRecord> {
      return h.run(file, event, opts);
    },
    /**
     * Registers a model folder directly with the CLI (a model trained elsewhere, pushed with a
     * maintainer's token): into the world's registry, unless the project's mlship.yml names one.
     */
    register: async (projectDir: string, modelDir: string): Promise<string> => {
      const named = /^registry:/m.test(readFileSync(path.join(projectDir, "mlship.yml"), "utf8"));
      const [node, args] = tsNode(path.join(root, "packages/cli/src/index.ts"), [
        "register",
        "--model-path",
        modelDir,
        ...(named ? [] : ["--registry", state.registryUri]),
      ]);
      // Not execFileSync: the registry's realm answers from this process.
      const { stdout: out } = await promisify(execFile)(node, args, {
        cwd: projectDir,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "", ...(named ? {} : { MLSHIP_REGISTRY_TOKEN: registryToken }) },
      });
      return /model-id: (\S+)/.exec(out)![1];
    },
  };
}
