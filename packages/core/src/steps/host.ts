import type { RegistryAccess } from "../registry/uri.js";
import type { CoreSettings } from "../settings.js";
import type { Logger } from "../util/log.js";

/**
 * The run a step is part of, as its host knows it. The GitHub adapter and the CLI fill it from the
 * runner's variables (GITHUB_*, RUNNER_*) with one reader (packages/github/src/context.ts); core
 * reads none of them itself. A field is undefined when the host does not know it (a laptop).
 */
export interface RunContext {
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  onGitHubActions: boolean;
  /** Who started the run: recorded as a version's creator and a deployment's author. */
  actor?: string;
  /** The commit the run is for (GITHUB_SHA). */
  commit?: string;
  /** The branch: a pull request's head branch, else the ref's short name. */
  branch?: string;
  /** The full ref (refs/heads/main, refs/pull/7/merge). */
  ref?: string;
  /** owner/repo */
  repository?: string;
  repositoryOwner?: string;
  serverUrl?: string;
  runId?: string;
  runAttempt?: string;
  workflow?: string;
  eventName?: string;
  /** The workflow run's page, linked from reports and lineage. */
  runUrl?: string;
  /** The machine the job runs on, recorded in lineage. */
  runner?: { name?: string; labels?: string[]; environment?: "github-hosted" | "self-hosted" };
}

/** What a host (action or CLI) gives a step: the one channel from the host to core. */
export interface StepHost {
  log: Logger;
  /** Aborted when the job is cancelled (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** The workflow run this step is part of (undefined: the host knows of none). */
  run?: RunContext;
  /**
   * Credentials for the registry (the registry-token input, else the CLI's MLSHIP_REGISTRY_* variables),
   * with the registry's settings (`settings.registry`).
   */
  registryAccess?: RegistryAccess;
  /** mlship's settings, read by the host from its environment once (`readCoreSettings`). */
  settings: CoreSettings;
}
