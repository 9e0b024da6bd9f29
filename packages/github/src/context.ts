import { readFileSync } from "node:fs";
import { useRemoteDataSettings } from "@mlship/core/data/remote";
import type { RegistryAccess, RegistryRunFacts } from "@mlship/core/registry/uri";
import { readCoreSettings, type CoreSettings, type RegistrySettings } from "@mlship/core/settings";
import type { RunContext as StepRunContext } from "@mlship/core/steps/host";
import { registerSecret } from "@mlship/core/util/secrets";

/** The parts of the workflow run's context mlship uses, read from the runner's environment at call time. */
export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runUrl: string | undefined;
  /** The pull request number when the event is about one. */
  pullRequest: number | undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext | undefined {
  const full = env.GITHUB_REPOSITORY;
  if (!full?.includes("/")) return undefined;
  const [owner, repo] = full.split("/", 2);
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = (payload.pull_request as { number?: number } | undefined)?.number;
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl,
    runId: env.GITHUB_RUN_ID ?? "",
    runUrl: runUrl(env),
    pullRequest: typeof pr === "number" ? pr : undefined,
  };
}

/** The workflow run's page, when the runner names a repository and a run. */
function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_REPOSITORY;
  return repo && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
}

/**
 * What core's steps know of the run (StepHost.run), read from the runner's variables: the one
 * reader, used by the action adapter and by the CLI (which runs inside workflows too). Core reads
 * none of these variables itself. MLSHIP_RUNNER_LABELS names the runner's labels (the runner does
 * not expose them).
 */
export function readStepRunContext(env: NodeJS.ProcessEnv = process.env): StepRunContext {
  const labels = env.MLSHIP_RUNNER_LABELS;
  const runnerEnv = env.RUNNER_ENVIRONMENT;
  return {
    onGitHubActions: env.GITHUB_ACTIONS === "true",
    actor: env.GITHUB_ACTOR,
    commit: env.GITHUB_SHA,
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    repositoryOwner: env.GITHUB_REPOSITORY_OWNER,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    eventName: env.GITHUB_EVENT_NAME,
    runUrl: runUrl(env),
    runner: {
      name: env.RUNNER_NAME,
      labels: labels ? labels.split(",").map((s) => s.trim()) : undefined,
      environment: runnerEnv === "github-hosted" || runnerEnv === "self-hosted" ? runnerEnv : undefined,
    },
  };
}

/**
 * mlship's settings (StepHost.settings), read from the environment once by a host (the action
 * adapter, the CLI): a value a variable cannot take is a UserError naming it. Data at s3:// is
 * read with their S3 endpoint and region, data at gs:// from their emulator if any, from here on
 * (`useRemoteDataSettings`).
 */
export function readHostSettings(env: NodeJS.ProcessEnv = process.env): CoreSettings {
  const settings = readCoreSettings(env);
  useRemoteDataSettings(settings.registry, settings.gcsEmulator);
  return settings;
}

/**
 * Registry credentials (StepHost.registryAccess), with the registry's settings (`settings`, read
 * from `env` when not given): what the step was given (the registry-token and
 * registry-username inputs or flags), else MLSHIP_REGISTRY_TOKEN / MLSHIP_REGISTRY_USERNAME. An
 * unexpanded `${{ }}` is no credential. Every token is registered for redaction before it is used.
 */
export function readRegistryAccess(
  given: { token?: string; username?: string; githubToken?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
  settings: RegistrySettings = readCoreSettings(env).registry,
): RegistryAccess {
  const real = (v: string | undefined) => (v && !v.startsWith("${{") ? v : undefined);
  const access: RegistryAccess = {
    token: real(given.token) ?? real(env.MLSHIP_REGISTRY_TOKEN),
    username: real(given.username) ?? real(env.MLSHIP_REGISTRY_USERNAME),
    // The CLI inside a workflow step gets the job token the usual way, as GITHUB_TOKEN in its env.
    githubToken: real(given.githubToken) ?? real(env.GITHUB_TOKEN),
    run: registryRunFacts(env),
    settings,
  };
  registerSecret(access.token);
  registerSecret(access.githubToken);
  return access;
}

/** What the registry's defaults need to know of the run (core/src/registry/defaults.ts). */
function registryRunFacts(env: NodeJS.ProcessEnv): RegistryRunFacts {
  const run = readStepRunContext(env);
  return {
    onGitHubActions: run.onGitHubActions,
    repository: run.repository,
    repositoryOwner: run.repositoryOwner,
    serverUrl: run.serverUrl,
    actor: run.actor,
    runnerEnvironment: run.runner?.environment,
    workspace: env.GITHUB_WORKSPACE,
    containerRegistry: env.MLSHIP_GITHUB_CONTAINER_REGISTRY || undefined,
  };
}
