import { UserError } from "../errors.js";
import type { RegistrySettings } from "../settings.js";

/** Credentials for a registry, from the host (inputs on GitHub, the environment in the CLI); never from the URI. */
export interface RegistryAccess {
  /** Password or token for OCI registries (ghcr.io: a GITHUB_TOKEN with packages: write). S3 uses the AWS credential chain. */
  token?: string;
  username?: string;
  /** https://github.com/<owner>/<repo>: OCI records carry it as org.opencontainers.image.source (ghcr.io links the package to it). */
  source?: string;
  /**
   * The job's GITHUB_TOKEN, for GitHub's own registry (ghcr.io) when no registry-token is given.
   * Registered as a secret by the host (never logged); no backend uses it yet.
   */
  githubToken?: string;
  /** Where the job runs (from the host's run context): the registry's defaults and refusals depend on it. */
  run?: RegistryRunFacts;
  /** The host logger's debug level: the registry opened, where its URI came from, its backend. */
  debug?: (message: string) => void;
  /** Attempts, timeouts, the S3 endpoint and region, from the host (`readCoreSettings`; default: unset). */
  settings?: RegistrySettings;
}

/** The run facts the registry's defaults need; the host reads them (core reads no GITHUB_* variable). */
export interface RegistryRunFacts {
  onGitHubActions: boolean;
  /** owner/repo */
  repository?: string;
  repositoryOwner?: string;
  serverUrl?: string;
  actor?: string;
  runnerEnvironment?: "github-hosted" | "self-hosted";
  /** The job's workspace (GITHUB_WORKSPACE): thrown away with a hosted runner, cleaned by checkout. */
  workspace?: string;
  /**
   * Host of GitHub's container registry when it is not ghcr.io (GitHub Enterprise Server:
   * containers.<hostname>; the test harness: its ghcr.io stand-in), from MLSHIP_GITHUB_CONTAINER_REGISTRY.
   */
  containerRegistry?: string;
}

/** What a backend module gets to open a registry: the part after `<scheme>://`, the whole URI (for messages), where relative paths start, credentials. */
export interface RegistryLocation {
  rest: string;
  uri: string;
  baseDir: string;
  access: RegistryAccess;
}

/** Splits `<authority>/<path>` of a remote registry URI, refusing credentials in it (URIs are printed). */
export function remoteParts(loc: RegistryLocation): { head: string; tail: string } {
  if (/^[^/]*@/.test(loc.rest))
    throw new UserError(
      `registry URI must not hold credentials: pass them as the registry-token input or in the environment`,
      { input: "registry" },
    );
  const slash = loc.rest.indexOf("/");
  return {
    head: slash < 0 ? loc.rest : loc.rest.slice(0, slash),
    tail: slash < 0 ? "" : loc.rest.slice(slash + 1).replace(/\/+$/, ""),
  };
}
