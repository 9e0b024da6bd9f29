/**
 * Every environment variable mlship reads, declared once with what it does (as codeql-action's
 * shared-environment.ts declares its own). Where each is read (`readBy`):
 *
 * - `settings`: mlship's own tuning and tool settings and the standard variables of the tools core
 *   drives (AWS, CUDA), the same on either host. The hosts read them once, with `readCoreSettings`
 *   below, and pass the typed object in (`StepHost.settings`, `RegistryAccess.settings`,
 *   `TargetContext.settings`); core never reads them from the environment;
 * - `host`: the runner's variables and the registry credentials, read by the hosts only
 *   (`packages/github`: `context.ts`, `artifacts.ts`, `client.ts`, …) and passed in `StepHost`;
 * - `child`: what shapes the environment and redaction of the processes core starts, read by
 *   `util/secrets.ts` when it builds a child's environment (it must see the whole environment);
 * - `program`: what the local target tells a process it starts, read by that program of core's
 *   (`deploy/capture-proxy.ts`), which is its own process and so its own host.
 *
 * `test/architecture.test.ts` checks that every variable read anywhere in packages/ and actions/
 * is declared here, each where its kind says, and that no core module but `util/secrets.ts` and
 * the programs touches `process.env`. README, "Environment variables", lists the user-facing ones.
 */

import { UserError } from "./errors.js";

/** Where a variable is read (see above). */
type ReadBy = "settings" | "host" | "child" | "program";

interface Declared {
  readBy: ReadBy;
  /** Listed in the README: a user sets it (the others are for tests and special setups). */
  user: boolean;
  /** What it does, and its default. */
  doc: string;
}

/** The declarations (read by the architecture test and the README check). @internal */
export const ENVIRONMENT = {
  // mlship's own settings (readCoreSettings).
  MLSHIP_OCI_ATTEMPTS: {
    readBy: "settings",
    user: true,
    doc: "OCI registry: attempts per request on a network error or 429/5xx answer (default 5)",
  },
  MLSHIP_OCI_RETRY_BASE_MS: {
    readBy: "settings",
    user: false,
    doc: "OCI registry: the first retry's pause in ms, doubled each time (default 250)",
  },
  MLSHIP_SECRET_FILES: {
    readBy: "child",
    user: true,
    doc: "files holding secrets a command or model server reads (a list, separated by ':' or ';' on Windows): their contents are redacted like secret variables",
  },
  MLSHIP_REQUEST_TIMEOUT_MS: {
    readBy: "settings",
    user: true,
    doc: "OCI and S3 registries: the limit of one request in ms (default 30000)",
  },
  MLSHIP_S3_ENDPOINT: {
    readBy: "settings",
    user: true,
    doc: "S3 registry and s3:// data: the endpoint of an S3-compatible store (MinIO, R2, …); else AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL",
  },
  MLSHIP_DUCKDB_PATH: {
    readBy: "settings",
    user: true,
    doc: "validate-data's and check-drift's duckdb engine: a folder where @duckdb/node-api is installed (npm install --prefix <folder> @duckdb/node-api); default: beside mlship",
  },
  MLSHIP_KUBECTL: { readBy: "settings", user: false, doc: "Kubernetes target: the kubectl program (default kubectl)" },
  MLSHIP_NVIDIA_SMI: {
    readBy: "settings",
    user: false,
    doc: "train: the nvidia-smi program that finds and samples GPUs (default nvidia-smi)",
  },
  MLSHIP_GPU_SAMPLE_MS: {
    readBy: "settings",
    user: true,
    doc: "train: how often GPU use is sampled for the cost report, in ms (default 1000)",
  },
  MLSHIP_DATA_TOKEN: {
    readBy: "child",
    user: true,
    doc: "check-drift: a credential passed to drift.current-command (and only to it), redacted in logs",
  },
  // What the local target tells the processes it starts, read by those programs of core's.
  MLSHIP_CAPTURE: {
    readBy: "program",
    user: false,
    doc: "the capture proxy's configuration (JSON), set by the local target for the proxy it starts",
  },
  PORT: {
    readBy: "program",
    user: false,
    doc: "the port a model server listens on, set by the local target (the capture proxy reads its own)",
  },
  // The standard variables of the tools core drives (readCoreSettings).
  AWS_ENDPOINT_URL_S3: {
    readBy: "settings",
    user: false,
    doc: "S3 registry and s3:// data: the AWS SDK's S3 endpoint (after MLSHIP_S3_ENDPOINT)",
  },
  AWS_ENDPOINT_URL: {
    readBy: "settings",
    user: false,
    doc: "S3 registry and s3:// data: the AWS SDK's endpoint for every service",
  },
  AWS_REGION: {
    readBy: "settings",
    user: false,
    doc: "S3 registry and s3:// data: the region (else AWS_DEFAULT_REGION, else us-east-1)",
  },
  AWS_DEFAULT_REGION: {
    readBy: "settings",
    user: false,
    doc: "S3 registry and s3:// data: the region when AWS_REGION is unset",
  },
  STORAGE_EMULATOR_HOST: {
    readBy: "settings",
    user: false,
    doc: "gs:// data: a Cloud Storage emulator's URL, used instead of Google's JSON API as Google's SDKs do (a bare host:port is taken as https://); there, with no Google credentials found, requests go without",
  },
  CUDA_VISIBLE_DEVICES: { readBy: "settings", user: false, doc: "train: the GPUs a training job may use (CUDA's own)" },
  // Read by the hosts only, passed to core in StepHost.
  MLSHIP_REGISTRY_TOKEN: {
    readBy: "host",
    user: true,
    doc: "the registry's token or password when the registry-token input or flag is not given",
  },
  MLSHIP_REGISTRY_USERNAME: {
    readBy: "host",
    user: true,
    doc: "the registry's user name when the registry-username input or flag is not given",
  },
  MLSHIP_GITHUB_RETRY_BASE_MS: {
    readBy: "host",
    user: false,
    doc: "GitHub API: the first retry's pause in ms (default 1000)",
  },
  MLSHIP_GITHUB_TIMEOUT_MS: { readBy: "host", user: false, doc: "GitHub API: the limit of one request in ms" },
  MLSHIP_BOT_LOGIN: {
    readBy: "host",
    user: false,
    doc: "the login of the account mlship comments as (default github-actions[bot]): its sticky comments are found by it",
  },
  MLSHIP_GITHUB_CONTAINER_REGISTRY: {
    readBy: "host",
    user: true,
    doc: "the default registry's host instead of ghcr.io (GitHub Enterprise Server: containers.<hostname>)",
  },
  MLSHIP_RUNNER_LABELS: {
    readBy: "host",
    user: true,
    doc: "the runner's labels, recorded with each run (the runner does not expose them)",
  },
  MLSHIP_ALERT_WEBHOOK: {
    readBy: "host",
    user: true,
    doc: "check-drift and check-performance on GitHub: a Slack-compatible webhook URL told of drift and degraded verdicts (a secret; optional)",
  },
  GITHUB_TOKEN: { readBy: "host", user: true, doc: "the GitHub token when the github-token input is not given" },
  GITHUB_ACTIONS: { readBy: "host", user: false, doc: "runner: true on GitHub Actions" },
  GITHUB_ACTOR: { readBy: "host", user: false, doc: "runner: who started the run" },
  GITHUB_API_URL: { readBy: "host", user: false, doc: "runner: the REST API's address" },
  GITHUB_EVENT_NAME: { readBy: "host", user: false, doc: "runner: the event that started the run" },
  GITHUB_EVENT_PATH: { readBy: "host", user: false, doc: "runner: the event's payload (pull request number, fork)" },
  GITHUB_HEAD_REF: { readBy: "host", user: false, doc: "runner: a pull request's branch" },
  GITHUB_REF: { readBy: "host", user: false, doc: "runner: the ref the run is for" },
  GITHUB_REF_NAME: { readBy: "host", user: false, doc: "runner: the branch or tag name" },
  GITHUB_REPOSITORY: { readBy: "host", user: false, doc: "runner: owner/name of the repository" },
  GITHUB_REPOSITORY_OWNER: {
    readBy: "host",
    user: false,
    doc: "runner: the repository's owner (the default ghcr.io registry)",
  },
  GITHUB_RUN_ATTEMPT: { readBy: "host", user: false, doc: "runner: the run's attempt (in artifact names)" },
  GITHUB_RUN_ID: { readBy: "host", user: false, doc: "runner: the run (links, records)" },
  GITHUB_SERVER_URL: { readBy: "host", user: false, doc: "runner: github.com or the GHES address" },
  GITHUB_SHA: { readBy: "host", user: false, doc: "runner: the commit" },
  GITHUB_STEP_SUMMARY: { readBy: "host", user: false, doc: "runner: the job summary file" },
  GITHUB_WORKFLOW: { readBy: "host", user: false, doc: "runner: the workflow's name" },
  GITHUB_WORKSPACE: {
    readBy: "host",
    user: false,
    doc: "runner: the checkout (paths in annotations are relative to it)",
  },
  RUNNER_ENVIRONMENT: { readBy: "host", user: false, doc: "runner: github-hosted or self-hosted" },
  RUNNER_NAME: { readBy: "host", user: false, doc: "runner: the machine's name (in records)" },
  ACTIONS_RUNTIME_TOKEN: { readBy: "host", user: false, doc: "runner: the artifact service's token" },
  ACTIONS_RESULTS_URL: { readBy: "host", user: false, doc: "runner: the artifact service's address" },
} as const satisfies Record<string, Declared>;

type EnvironmentVariable = keyof typeof ENVIRONMENT;

type SettingsVariable = {
  [K in EnvironmentVariable]: (typeof ENVIRONMENT)[K]["readBy"] extends "settings" ? K : never;
}[EnvironmentVariable];

/** The registry backends' settings (`RegistryAccess.settings`); s3:// data uses the S3 ones too. */
export interface RegistrySettings {
  /** MLSHIP_OCI_ATTEMPTS */
  ociAttempts: number;
  /** MLSHIP_OCI_RETRY_BASE_MS */
  ociRetryBaseMs: number;
  /** MLSHIP_REQUEST_TIMEOUT_MS */
  requestTimeoutMs: number;
  /** MLSHIP_S3_ENDPOINT, else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL (undefined: AWS S3). */
  s3Endpoint?: string;
  /** AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
  s3Region: string;
}

/** train's GPU sampler (`train/gpu.ts`). */
export interface GpuSettings {
  /** MLSHIP_NVIDIA_SMI */
  nvidiaSmi: string;
  /** MLSHIP_GPU_SAMPLE_MS */
  sampleMs: number;
  /** CUDA_VISIBLE_DEVICES as set ("" hides every GPU; undefined: all are visible). */
  visibleDevices?: string;
}

/** mlship's settings, read from the environment by the host once and passed in (`StepHost.settings`). */
export interface CoreSettings {
  registry: RegistrySettings;
  /** MLSHIP_KUBECTL: the Kubernetes targets' kubectl program. */
  kubectl: string;
  /** MLSHIP_DUCKDB_PATH: where validate-data's and check-drift's duckdb engine finds @duckdb/node-api (unset: beside mlship). */
  duckdbPath?: string;
  /** STORAGE_EMULATOR_HOST as a URL without a trailing slash: gs:// data's Cloud Storage endpoint (undefined: Google's). */
  gcsEmulator?: string;
  gpu: GpuSettings;
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads mlship's settings from `env` (the host's process.env): each declared `settings` variable,
 * "" counting as unset. A value that is not what its variable takes is bad input naming the variable.
 */
export function readCoreSettings(env: Environment): CoreSettings {
  const read = (name: SettingsVariable): string | undefined => env[name] || undefined;
  const number = (name: SettingsVariable, fallback: number, min: number, what: string, whole = false): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const v = Number(raw.trim());
    if (raw.trim() === "" || !Number.isFinite(v) || v < min || (whole && !Number.isInteger(v)))
      throw new UserError(
        `environment variable ${name} is ${JSON.stringify(raw.slice(0, 40))}: expected ${what} (unset: ${fallback})`,
      );
    return v;
  };
  return {
    registry: {
      ociAttempts: number("MLSHIP_OCI_ATTEMPTS", 5, 1, "a whole number of attempts, at least 1", true),
      ociRetryBaseMs: number("MLSHIP_OCI_RETRY_BASE_MS", 250, 0, "a number of milliseconds, 0 or more"),
      requestTimeoutMs: number(
        "MLSHIP_REQUEST_TIMEOUT_MS",
        30_000,
        Number.MIN_VALUE,
        "a number of milliseconds above 0",
      ),
      s3Endpoint: read("MLSHIP_S3_ENDPOINT") ?? read("AWS_ENDPOINT_URL_S3") ?? read("AWS_ENDPOINT_URL"),
      s3Region: read("AWS_REGION") ?? read("AWS_DEFAULT_REGION") ?? "us-east-1",
    },
    kubectl: read("MLSHIP_KUBECTL") ?? "kubectl",
    duckdbPath: read("MLSHIP_DUCKDB_PATH"),
    gcsEmulator: emulatorUrl(read("STORAGE_EMULATOR_HOST")),
    gpu: {
      nvidiaSmi: read("MLSHIP_NVIDIA_SMI") ?? "nvidia-smi",
      sampleMs: number("MLSHIP_GPU_SAMPLE_MS", 1000, Number.MIN_VALUE, "a number of milliseconds above 0"),
      // Set but empty is CUDA's "no GPU": kept as "", unlike the others.
      visibleDevices: env["CUDA_VISIBLE_DEVICES" satisfies SettingsVariable],
    },
  };
}

/**
 * STORAGE_EMULATOR_HOST as Google's Node SDK takes it (@google-cloud/storage's sanitizeEndpoint):
 * `https://` before a bare `host:port`, trailing slashes dropped; anything but an http(s) URL
 * without credentials, path or query is bad input naming the variable.
 */
function emulatorUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`;
  let url: URL | undefined;
  try {
    url = new URL(text.replace(/\/+$/, ""));
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.pathname !== "/")
    throw new UserError(
      `environment variable STORAGE_EMULATOR_HOST is ${JSON.stringify(raw.slice(0, 80))}: expected an http(s) URL or host:port of a Cloud Storage emulator`,
    );
  return url.origin;
}

/** The settings of an empty environment: what core uses where nothing is passed (tests, a backend opened bare). */
export const defaultCoreSettings: CoreSettings = readCoreSettings({});
