import type { InputSpec, StepSpec } from "./inputs.js";

/** Inputs every step takes. */
const common = {
  config: { description: "Path of mlship.yml", default: "mlship.yml" },
} satisfies Record<string, InputSpec>;

/** Credentials for oci:// registries; runAction hands them to the registry through MLSHIP_REGISTRY_*. */
const registryAccess = {
  "registry-token": {
    description: "Password or token for an oci:// registry (ghcr.io: the job's github.token with packages: write). s3:// registries use the job's AWS credentials.",
  },
  "registry-username": { description: "User name for an oci:// registry", default: "${{ github.actor }}" },
} satisfies Record<string, InputSpec>;

const githubToken = {
  "github-token": {
    description: "Token for GitHub side effects (comments, issues, deployments). Without one they are skipped with a notice.",
    default: "${{ github.token }}",
  },
} satisfies Record<string, InputSpec>;

export const validateDataSpec = {
  name: "validate-data",
  title: "mlship validate-data",
  description: "Check a dataset against its schema and constraints before it costs a GPU hour; writes a report and a profile.",
  inputs: {
    ...common,
    data: { description: "Data file(s) or glob(s), comma or newline separated (default: data.train from mlship.yml)", kind: "list" },
    schema: { description: "Table schema file, or a JSON Schema (.json) for JSONL records (default: data.schema from mlship.yml)" },
    reference: { description: "An earlier dataset or a saved profile.json, for schema-change and skew checks" },
    format: { description: "auto (by extension), csv, tsv, jsonl or parquet", default: "auto", choices: ["auto", "csv", "tsv", "jsonl", "parquet"] },
    delimiter: { description: "Field delimiter for delimited text (default: ',' for .csv, tab for .tsv)" },
    "fail-on-schema-change": { description: "Fail when columns were added, removed, renamed or retyped against the reference", kind: "boolean", default: "false" },
    "fail-on-skew": { description: "Fail when a column's distribution drifted from the reference", kind: "boolean", default: "false" },
    "fail-on": { description: "Fail on 'error' findings only, or on 'warning' too", default: "error", choices: ["error", "warning"] },
    "max-errors-shown": { description: "Examples shown per check and column", kind: "number", default: "5" },
  },
  outputs: {
    valid: { description: "true when no failing finding" },
    rows: { description: "Rows read" },
    digest: { description: "sha256 over the data files, in a stable order" },
    report: { description: "Path of the JSON report" },
    profile: { description: "Path of the saved column profile" },
  },
} as const satisfies StepSpec;

export const trainSpec = {
  name: "train",
  title: "mlship train",
  description: "Run your training command with params, data paths and lineage; collect the model, metrics and a training curve.",
  inputs: {
    ...common,
    command: { description: "Training command (default: train.command from mlship.yml); no shell runs unless you write one" },
    params: { description: "Params as YAML or JSON, merged over train.params (a sweep is a matrix over this input)" },
    data: { description: "Data files named as role=path (train=data/train.csv), comma or newline separated (default: the data section)", kind: "list" },
    gpu: { description: "required (fail fast without an NVIDIA GPU), optional or none (default: train.gpu)", choices: ["required", "optional", "none"] },
    "timeout-minutes": { description: "Kill the whole process tree after this long (default: train.timeout-minutes)", kind: "number" },
    "artifact-name": { description: "On GitHub, upload the run folder as this artifact (empty: no upload)" },
    "skip-if-trained": { description: "Reuse a registered model with the same reproducibility key instead of training", kind: "boolean", default: "false" },
  },
  outputs: {
    "model-path": { description: "Folder holding the trained model" },
    "run-dir": { description: "Folder of this run: model/, metrics.json, lineage.json, series.json, predictions.csv" },
    metrics: { description: "Final metrics as JSON" },
    lineage: { description: "Path of the lineage JSON document" },
    "run-id": { description: "ID of this training run" },
    "reproducibility-key": { description: "Digest of code, data, params and command" },
    "duration-seconds": { description: "Wall time of the training command" },
    "gpu-name": { description: "GPU used (empty on CPU)" },
    predictions: { description: "Predictions on the test set the command wrote (empty when none)" },
    "reused-model-id": { description: "With skip-if-trained: the registered model reused instead of training (empty when trained)" },
  },
} as const satisfies StepSpec;

export const qualityLoadBiasTestSpec = {
  name: "quality-load-bias-test",
  title: "mlship quality-load-bias-test",
  description: "Gate a candidate on quality, bias and latency against the model in production, and report it.",
  inputs: {
    ...common,
    ...githubToken,
    predictions: { description: "Candidate predictions on the test set (default: evaluate.predictions, else the last train run's)" },
    "run-dir": { description: "The train step's run folder, for the training curve and defaults (default: the last run)" },
    "artifact-name": { description: "On GitHub, download the train step's run folder from this artifact and use it as run-dir" },
    "label-column": { description: "Label column (default: evaluate.label)" },
    "prediction-column": { description: "Predicted label column (default: evaluate.prediction)" },
    "score-column": { description: "Probability of the positive class (default: evaluate.score)" },
    task: { description: "classification or regression (default: evaluate.task, else inferred)", choices: ["classification", "regression"] },
    "sensitive-features": { description: "Columns to check for bias (default: evaluate.sensitive-features)", kind: "list" },
    gates: { description: "Gate expressions, one per line (default: evaluate.gates)", kind: "list" },
    baseline: { description: "Baseline model ID or <name>@<env> (default: what production runs, else what local runs)" },
    ...registryAccess,
    "model-path": { description: "Model folder served for the load test (default: the run's model)" },
    "serve-command": { description: "Server command for the load test (default: evaluate.load.serve-command, else deploy.serve-command)" },
    load: { description: "Run the load test when a server command is known", kind: "boolean", default: "true" },
    comment: { description: "Post or update the sticky PR comment (pull requests only)", kind: "boolean", default: "true" },
  },
  outputs: {
    passed: { description: "true when every gate and load threshold passed" },
    report: { description: "Path of the JSON report (quality, bias, load, gates, passed)" },
    markdown: { description: "Path of the markdown report" },
  },
} as const satisfies StepSpec;

export const registerSpec = {
  name: "register",
  title: "mlship register",
  description: "Register a model folder as an immutable version name@vN with its lineage, metrics and gate results.",
  inputs: {
    ...common,
    "model-path": { description: "Model folder (default: the last train run's model)" },
    "run-dir": { description: "The train run folder whose lineage, metrics and predictions are recorded (default: the model's run)" },
    "artifact-name": { description: "On GitHub, download the train step's run folder from this artifact and register its model" },
    evaluation: { description: "JSON report of quality-load-bias-test to record (default: the run's evaluation.json)" },
    name: { description: "Model name (default: model from mlship.yml)" },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccess,
    metadata: { description: "Extra metadata as a JSON object" },
    "force-new-version": { description: "Register even when identical content already has a version", kind: "boolean", default: "false" },
    "git-tag": { description: "On GitHub, tag the trained commit name@vN (GTO's naming); needs contents: write", kind: "boolean", default: "false" },
    ...githubToken,
  },
  outputs: {
    "model-id": { description: "The registered ID, name@vN" },
    version: { description: "N" },
    digest: { description: "sha256 of the stored model" },
  },
} as const satisfies StepSpec;

export const deploySpec = {
  name: "deploy",
  title: "mlship deploy",
  description: "Deploy a registered model to an environment, health-check it, and roll back by itself when it fails.",
  inputs: {
    ...common,
    ...githubToken,
    environment: { description: "Environment to deploy to", default: "local" },
    model: { description: "Model reference (default: model in deploy/<environment>.yml, else <model>@latest)" },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccess,
    "allow-failed-gates": { description: "Deploy a model whose recorded gates failed", kind: "boolean", default: "false" },
    rollback: { description: "Roll back: commit an earlier model ID to deploy/<environment>.yml (through the contents API on GitHub), then deploy it", kind: "boolean", default: "false" },
    to: { description: "With rollback: the model ID to roll back to (default: the model the deploy file named before)" },
    reason: { description: "With rollback: why (goes into the commit message and the history)" },
  },
  outputs: {
    "model-id": { description: "The ID now serving" },
    "previous-model-id": { description: "The ID that served before (empty if none)" },
    url: { description: "Where the environment serves" },
    "rolled-back": { description: "true when the new model failed and the previous one was restored" },
  },
} as const satisfies StepSpec;

export const checkDriftSpec = {
  name: "check-drift",
  title: "mlship check-drift",
  description: "Compare current data with a reference, column by column, and report dataset drift.",
  inputs: {
    ...common,
    ...githubToken,
    reference: { description: "Reference data, or a profile.json saved by validate-data (default: drift.reference, else data.reference, else data.train)" },
    current: { description: "Current data file (default: drift.current)" },
    columns: { description: "Columns to check (default: all shared columns)", kind: "list" },
    "prediction-column": { description: "Model output column, reported as prediction drift (default: drift.prediction-column)" },
    "target-column": { description: "Label column, reported as target drift (default: drift.target-column)" },
    stattest: { description: "auto (Evidently's defaults) or one test for every column", choices: ["auto", "ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div"] },
    threshold: { description: "Threshold for the chosen test", kind: "number" },
    "drift-share": { description: "Share of drifted columns that means dataset drift (default: drift.drift-share)", kind: "number" },
    model: { description: "Model name for the report and the issue (default: model from mlship.yml)" },
    environment: { description: "Environment the current data comes from", default: "production" },
    issue: { description: "Open or update one drift issue on GitHub", kind: "boolean", default: "false" },
    retrain: { description: "Dispatch the training workflow on drift", kind: "boolean", default: "false" },
    "retrain-workflow": { description: "Workflow file dispatched when retrain is true", default: "ml.yml" },
    "close-issue": { description: "Close the drift issue when a later check finds no drift", kind: "boolean", default: "true" },
  },
  outputs: {
    drifted: { description: "true when dataset drift was found" },
    "drift-share": { description: "Share of drifted columns" },
    report: { description: "Path of the JSON report" },
    markdown: { description: "Path of the markdown report" },
  },
} as const satisfies StepSpec;

export const stepSpecs = [validateDataSpec, trainSpec, qualityLoadBiasTestSpec, registerSpec, deploySpec, checkDriftSpec] as const;
export type StepName = (typeof stepSpecs)[number]["name"];
