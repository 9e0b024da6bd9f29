/**
 * Every environment variable mlship reads, declared once with what it does (as codeql-action's
 * shared-environment.ts declares its own). Two kinds:
 *
 * - mlship's own settings and the standard variables of the tools core drives (AWS, CUDA): the
 *   same on either host, read here and nowhere else in core, when they are used (`coreSettings`);
 * - the runner's and the registry credentials: read by the hosts only (`packages/github`:
 *   `context.ts`, `artifacts.ts`, `client.ts`, …) and passed to core in `StepHost`; core never
 *   reads them (test/architecture.test.ts).
 *
 * `test/architecture.test.ts` checks that every variable read anywhere in packages/ and actions/
 * is declared here, and that no core module but this one (and `util/secrets.ts`, which builds the
 * environment of child processes) touches `process.env`. README, "Environment variables", lists
 * the user-facing ones.
 */

import path from "node:path";

/** Where a variable is read: in core (this module) or in a host. */
type ReadBy = "core" | "host";

interface Declared {
  readBy: ReadBy;
  /** Listed in the README: a user sets it (the others are for tests and special setups). */
  user: boolean;
  /** What it does, and its default. */
  doc: string;
}

/** The declarations (read by the architecture test and the README check). @internal */
export const ENVIRONMENT = {
  // mlship's own settings, read in core.
  MLSHIP_OCI_ATTEMPTS: {
    readBy: "core",
    user: true,
    doc: "OCI registry: attempts per request on a network error or 429/5xx answer (default 5)",
  },
  MLSHIP_OCI_RETRY_BASE_MS: {
    readBy: "core",
    user: false,
    doc: "OCI registry: the first retry's pause in ms, doubled each time (default 250)",
  },
  MLSHIP_SECRET_FILES: {
    readBy: "core",
    user: true,
    doc: "files holding secrets a command or model server reads (a list, separated by ':' or ';' on Windows): their contents are redacted like secret variables",
  },
  MLSHIP_REQUEST_TIMEOUT_MS: {
    readBy: "core",
    user: true,
    doc: "OCI and S3 registries: the limit of one request in ms (default 30000)",
  },
  MLSHIP_S3_ENDPOINT: {
    readBy: "core",
    user: true,
    doc: "S3 registry and s3:// data: the endpoint of an S3-compatible store (MinIO, R2, …); else AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL",
  },
  MLSHIP_DUCKDB_PATH: {
    readBy: "core",
    user: true,
    doc: "validate-data's duckdb engine: a folder where @duckdb/node-api is installed (npm install --prefix <folder> @duckdb/node-api); default: beside mlship",
  },
  MLSHIP_KUBECTL: { readBy: "core", user: false, doc: "Kubernetes target: the kubectl program (default kubectl)" },
  MLSHIP_NVIDIA_SMI: {
    readBy: "core",
    user: false,
    doc: "train: the nvidia-smi program that finds and samples GPUs (default nvidia-smi)",
  },
  MLSHIP_GPU_SAMPLE_MS: {
    readBy: "core",
    user: true,
    doc: "train: how often GPU use is sampled for the cost report, in ms (default 1000)",
  },
  MLSHIP_DATA_TOKEN: {
    readBy: "core",
    user: true,
    doc: "check-drift: a credential passed to drift.current-command (and only to it), redacted in logs",
  },
  // What the local target tells the processes it starts, read by those programs of core's.
  MLSHIP_CAPTURE: {
    readBy: "core",
    user: false,
    doc: "the capture proxy's configuration (JSON), set by the local target for the proxy it starts",
  },
  PORT: {
    readBy: "core",
    user: false,
    doc: "the port a model server listens on, set by the local target (the capture proxy reads its own)",
  },
  // The standard variables of the tools core drives, read in core.
  AWS_ENDPOINT_URL_S3: {
    readBy: "core",
    user: false,
    doc: "S3 registry and s3:// data: the AWS SDK's S3 endpoint (after MLSHIP_S3_ENDPOINT)",
  },
  AWS_ENDPOINT_URL: {
    readBy: "core",
    user: false,
    doc: "S3 registry and s3:// data: the AWS SDK's endpoint for every service",
  },
  AWS_REGION: {
    readBy: "core",
    user: false,
    doc: "S3 registry and s3:// data: the region (else AWS_DEFAULT_REGION, else us-east-1)",
  },
  AWS_DEFAULT_REGION: {
    readBy: "core",
    user: false,
    doc: "S3 registry and s3:// data: the region when AWS_REGION is unset",
  },
  CUDA_VISIBLE_DEVICES: { readBy: "core", user: false, doc: "train: the GPUs a training job may use (CUDA's own)" },
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

type CoreVariable = {
  [K in EnvironmentVariable]: (typeof ENVIRONMENT)[K]["readBy"] extends "core" ? K : never;
}[EnvironmentVariable];

/** A declared core variable's value ("" counts as unset). The one `process.env` read of core's settings. */
function read(name: CoreVariable): string | undefined {
  return process.env[name] || undefined;
}

/** A positive number from a declared variable, else `fallback` (a value that is not one is ignored, as before). */
function positive(name: CoreVariable, fallback: number): number {
  const v = Number(read(name));
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/** mlship's settings from the environment, read when used (each call reads them afresh). */
export const coreSettings = {
  ociAttempts: () => {
    const v = Number(read("MLSHIP_OCI_ATTEMPTS") ?? 5);
    return Number.isFinite(v) ? v : 5;
  },
  ociRetryBaseMs: () => {
    const v = Number(read("MLSHIP_OCI_RETRY_BASE_MS") ?? 250);
    return Number.isFinite(v) ? v : 250;
  },
  requestTimeoutMs: () => positive("MLSHIP_REQUEST_TIMEOUT_MS", 30_000),
  secretFiles: () => (read("MLSHIP_SECRET_FILES") ?? "").split(path.delimiter).filter(Boolean),
  s3Endpoint: () => read("MLSHIP_S3_ENDPOINT") ?? read("AWS_ENDPOINT_URL_S3") ?? read("AWS_ENDPOINT_URL"),
  s3Region: () => read("AWS_REGION") ?? read("AWS_DEFAULT_REGION") ?? "us-east-1",
  kubectl: () => read("MLSHIP_KUBECTL") ?? "kubectl",
  duckdbPath: () => read("MLSHIP_DUCKDB_PATH"),
  nvidiaSmi: () => read("MLSHIP_NVIDIA_SMI") ?? "nvidia-smi",
  gpuSampleMs: () => positive("MLSHIP_GPU_SAMPLE_MS", 1000),
  visibleGpus: () => process.env.CUDA_VISIBLE_DEVICES,
  dataToken: () => read("MLSHIP_DATA_TOKEN"),
  /** The capture proxy's program: its configuration and port (deploy/capture-proxy.ts). */
  captureRuntime: () => read("MLSHIP_CAPTURE"),
  port: () => Number(read("PORT")),
};
