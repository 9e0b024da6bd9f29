import * as z from "zod";
import { isValidEnvironment, isValidModelName } from "../model-id.js";
import { checkGatesForTask, parseGate } from "../evaluate/gates.js";
import { dialectNames } from "../sql/dialect.js";

/** Gates are parsed, and their metric names checked, when the config is read: a typo is a config error (exit 2), not a failed model. */
function checkGate(text: string, ctx: z.RefinementCtx): void {
  try {
    parseGate(text);
  } catch (e) {
    ctx.addIssue({ code: "custom", message: (e as Error).message });
  }
}

/**
 * Gates against what the task computes: with evaluate.task set, a gate on a metric that task never
 * computes (f1 or demographic_parity_ratio on regression), and a bias gate without sensitive
 * features, are config errors (exit 2) rather than gates failing at evaluation.
 */
function checkGatesAgainstTask(
  ev: { task?: "classification" | "regression"; gates: string[]; "sensitive-features": string[] },
  ctx: z.RefinementCtx,
): void {
  ev.gates.forEach((text, i) => {
    let gate: ReturnType<typeof parseGate>;
    try {
      gate = parseGate(text);
    } catch {
      return; // checkGate reports it
    }
    try {
      checkGatesForTask([gate], ev.task ?? "any", { sensitiveFeatures: ev["sensitive-features"].length > 0 });
    } catch (e) {
      ctx.addIssue({ code: "custom", message: (e as Error).message, path: ["gates", i] });
    }
  });
}

/**
 * mlship.yml. This zod schema is the source of truth: schemas/mlship.schema.json
 * is generated from it (npm run generate) and CI fails when that file is stale.
 */

const modelName = z
  .string()
  .refine(
    isValidModelName,
    "use lowercase letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 chars",
  )
  .describe("Model name; registered versions are <model>@v1, <model>@v2, …");

/** A command is an argv list, or a string split like a shell would split words (no shell is run). */
const commandSchema = z
  .union([z.string().min(1), z.array(z.string()).min(1)])
  .describe(
    "Command to run: a string split into words like a shell would (no shell runs unless you write `sh -c`), or an argv list",
  );

const duration = z
  .union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?(ms|s|m|h)$/, "a duration like 500ms, 30s, 5m or 1h")])
  .describe("Duration: seconds as a number, or a string like 30s, 5m");

const loadSchema = z
  .strictObject({
    "serve-command": commandSchema
      .optional()
      .describe("Command that starts the model server; gets $PORT and $MLSHIP_MODEL_PATH"),
    rate: z.number().positive().default(50).describe("Requests per second, open loop"),
    duration: duration.default("10s"),
    warmup: duration.default("1s"),
    "ready-timeout": duration.default("30s").describe("How long to wait for GET /healthz to answer 200"),
    thresholds: z.array(z.string()).default([]).describe('k6-style thresholds, e.g. "p(99)<150", "rate<0.01"'),
    "batch-size": z.number().int().positive().default(1).describe("Rows per /predict request"),
    ramp: z
      .strictObject({ start: z.number().positive(), step: z.number().positive(), "max-rate": z.number().positive() })
      .optional()
      .describe(
        "Ramp mode: stages of `duration` each at start, start+step, … until a threshold fails; reports the highest rate that met them",
      ),
  })
  .describe("Load test against the candidate's server");

const explainOptions = z
  .strictObject({
    method: z.literal("permutation").default("permutation"),
    repeats: z.number().int().min(2).max(100).default(5).describe("Shuffles of each feature column"),
    rows: z.number().int().positive().default(2000).describe("At most this many test rows (stratified by the label)"),
    "batch-size": z.number().int().positive().default(200).describe("Rows per /predict request"),
    seed: z.number().int().nonnegative().default(20261123).describe("Seed of the shuffles"),
    "time-budget": duration
      .default("5m")
      .describe("Stop after this long; the features not yet done are reported as not measured"),
  })
  .describe("Permutation importance options");

/** `explain: permutation`, or the options spelled out; read back as the options. */
const explainSchema = z
  .union([z.literal("permutation").transform(() => explainOptions.parse({})), explainOptions])
  .describe(
    "Permutation importance of each feature column, through the candidate's model server (the load test's): the drop of the first gate's metric when the column is shuffled",
  );

/** Credentials mlship holds for itself are withheld from the processes it starts unless named here. */
const passEnv = z
  .array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "an environment variable name"))
  .optional()
  .describe(
    "Variables withheld from child processes by default (GITHUB_TOKEN, MLSHIP_REGISTRY_TOKEN, ...) to pass to this one",
  );

/** A size in bytes: a number, or text like 512KiB, 64MiB, 1GiB (also kB, MB, GB: powers of 1000). */
const byteSize = z
  .union([
    z.number().int().positive(),
    z.string().regex(/^\d+(\.\d+)?\s*(B|kB|KB|MB|GB|KiB|MiB|GiB)$/, "a size like 512KiB, 64MiB or 1GB"),
  ])
  .transform((v) => {
    if (typeof v === "number") return v;
    const [, n, unit] = /^(\d+(?:\.\d+)?)\s*(\w+)$/.exec(v)!;
    const scale: Record<string, number> = {
      B: 1,
      kB: 1e3,
      KB: 1e3,
      MB: 1e6,
      GB: 1e9,
      KiB: 1024,
      MiB: 1024 ** 2,
      GiB: 1024 ** 3,
    };
    return Math.floor(Number(n) * scale[unit]);
  });

/**
 * A data source that is a query: mlship sends the profile's SQL (counts, missing, min/max, moments,
 * quantiles, top values) on the command's standard input and reads the aggregates it prints; the
 * rows stay in the warehouse. Named under data.sql and used as `sql:<name>` wherever data is named.
 */
const querySourceSchema = z
  .strictObject({
    dialect: z.enum(dialectNames).describe("The SQL the command's engine speaks"),
    table: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        "The table or view: dotted parts (analytics.events, project.dataset.table), or a list of parts when a name holds a dot; each part is quoted",
      ),
    query: z
      .string()
      .min(1)
      .optional()
      .describe("Or a SELECT whose rows are profiled (duckdb and spark; BigQuery and Snowflake: make it a view)"),
    command: commandSchema.describe(
      "The client that runs SQL read from its standard input and prints the rows (no shell runs), e.g. [bq, query, --use_legacy_sql=false, --format=json, --max_rows=100000000]",
    ),
    format: z
      .enum(["json", "csv"])
      .default("json")
      .describe(
        "What the command prints: json (an array of row objects, or one object per line) or csv (a header line, then rows)",
      ),
    timeout: duration.default("30m").describe("Longest one query may run; past it the command is stopped"),
    "max-output": byteSize.prefault("256MiB").describe("Most the command may print for one query"),
    "pass-env": passEnv,
  })
  .superRefine((q, ctx) => {
    if ((q.table === undefined) === (q.query === undefined))
      ctx.addIssue({ code: "custom", message: "name either a table or a query" });
    if (q.query !== undefined && (q.dialect === "bigquery" || q.dialect === "snowflake"))
      ctx.addIssue({
        code: "custom",
        path: ["query"],
        message: `${q.dialect} describes tables and views only: make the query a view and name it as the table`,
      });
  });

const dataSchema = z
  .strictObject({
    train: z.string().optional().describe("Training data file or glob"),
    test: z.string().optional().describe("Test data file or glob"),
    reference: z.string().optional().describe("Reference data (defaults to train) for skew and drift"),
    schema: z.string().optional().describe("Table schema file (Frictionless Table Schema fields and constraints)"),
    engine: z
      .enum(["auto", "builtin", "duckdb"])
      .optional()
      .describe(
        "validate-data's engine: builtin, duckdb (@duckdb/node-api, installed beside mlship or in MLSHIP_DUCKDB_PATH), or auto (the default): DuckDB for a file of 256 MiB or more when it can be loaded",
      ),
    sql: z
      .record(
        z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "a name of letters, digits, '.', '_', '-'"),
        querySourceSchema,
      )
      .optional()
      .describe(
        "Data that never leaves the warehouse: named queries, used as sql:<name> wherever data is named (data.train, drift.reference, drift.current, --data, --reference, --current)",
      ),
  })
  .describe("Data files, relative to mlship.yml");

const trainSchema = z
  .strictObject({
    command: commandSchema,
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .describe("Parameters passed to the command as JSON in $MLSHIP_PARAMS_FILE"),
    gpu: z.enum(["required", "optional", "none"]).default("optional"),
    "timeout-minutes": z.number().positive().default(360),
    budget: z
      .strictObject({
        "max-wall-time": duration
          .optional()
          .describe("Longest a run may take (e.g. 2h); past it the run is stopped and reported as over budget"),
        "max-gpu-hours": z
          .number()
          .positive()
          .optional()
          .describe("Most GPU-hours one run may use (sampled with nvidia-smi); past it the run is stopped"),
        "price-per-gpu-hour": z
          .number()
          .nonnegative()
          .optional()
          .describe("Price of one GPU-hour, for the estimated cost in reports and the dashboard"),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, "an ISO 4217 code like USD or EUR")
          .default("USD"),
      })
      .optional()
      .describe("Limits per training run, enforced, and the price used to estimate its cost"),
    "pass-env": passEnv,
  })
  .describe("How to train");

const evaluateSchema = z
  .strictObject({
    predictions: z
      .string()
      .optional()
      .describe("Candidate predictions on the test set (default: the file train wrote to $MLSHIP_PREDICTIONS_FILE)"),
    label: z.string().default("label").describe("Label column"),
    prediction: z.string().default("prediction").describe("Predicted label column"),
    score: z.string().optional().describe("Predicted probability of the positive class"),
    "score-columns": z
      .string()
      .regex(/^[^*]*\*[^*]*$/, 'a column name pattern with one "*" standing for the class, like "proba_*"')
      .optional()
      .describe('Multiclass: one probability column per class; "*" is the class ("proba_*" → proba_setosa, …)'),
    task: z.enum(["classification", "regression"]).optional(),
    "positive-label": z.union([z.string(), z.number()]).default(1),
    "sensitive-features": z.array(z.string()).default([]),
    features: z
      .array(z.string())
      .optional()
      .describe(
        "The model's input columns, all that POST /predict receives (default: the predictions file's columns less label, prediction, score, sensitive features and the schema's primary key)",
      ),
    "min-group-size": z.number().int().nonnegative().default(30),
    "min-group-outcomes": z
      .number()
      .int()
      .nonnegative()
      .default(10)
      .describe("Warn, naming them, about groups with fewer positives or negatives than this"),
    gates: z
      .array(z.string().superRefine(checkGate))
      .default([])
      .describe(
        'Gate expressions, e.g. "accuracy >= 0.8", "roc_auc >= baseline.roc_auc - 0.01"; metric names: README, "Gate metric names"',
      ),
    baseline: z.string().optional().describe("Reference model: an ID or <name>@<env> (default: what production runs)"),
    load: loadSchema.optional(),
    explain: explainSchema.optional(),
  })
  .superRefine(checkGatesAgainstTask)
  .describe("Quality, bias and load tests");

const environmentName = z
  .string()
  .refine(isValidEnvironment, "an environment name is a lowercase letter then letters, digits, '_' or '-'");

const captureSchema = z
  .strictObject({
    path: z
      .string()
      .optional()
      .describe(
        "JSONL file of what the environment served, relative to mlship.yml's folder (default .mlship/capture/<env>.jsonl); rotated files are <name>.1.jsonl, <name>.2.jsonl, …",
      ),
    rate: z
      .number()
      .min(0)
      .max(1)
      .default(1)
      .describe("Share of requests recorded, decided by a hash of the request id (the same id is always in or out)"),
    seed: z.string().default("mlship").describe("Salt of the sampling hash"),
    "max-bytes": byteSize.prefault("64MiB").describe("Size at which the file is rotated (no file grows past it)"),
    keep: z.number().int().min(0).max(1000).default(3).describe("Rotated files kept beside the live one"),
    "id-field": z
      .string()
      .optional()
      .describe(
        "A field of each request row whose value is that row's id (a customer key the labels will carry); default: the request id (X-Request-Id, else generated), with :<row> for a batch",
      ),
  })
  .describe(
    "Record what the local target serves: each POST /predict row with its answer, a request id and a timestamp, as JSONL usable as check-performance's predictions",
  );

/** A Kubernetes quantity (cpu: 500m, 2; memory: 512Mi, 1Gi). */
const quantity = z
  .union([
    z.number().positive(),
    z.string().regex(/^\d+(\.\d+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/, "a quantity like 500m, 2, 512Mi or 1Gi"),
  ])
  .transform(String);

const resourcesSchema = z
  .strictObject({
    cpu: quantity.optional().describe("CPU requested per pod (500m, 2)"),
    memory: quantity.optional().describe("Memory requested and limited per pod (512Mi, 2Gi)"),
    gpu: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("NVIDIA GPUs per pod: the limit nvidia.com/gpu (the cluster needs NVIDIA's device plugin)"),
  })
  .describe("For target: kubernetes or kserve — the model container's resources");

const autoscaleSchema = z
  .strictObject({
    "min-replicas": z.number().int().positive().default(1),
    "max-replicas": z.number().int().positive(),
    "cpu-utilization": z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(80)
      .describe("Average CPU use (percent of the request) the autoscaler keeps pods at"),
  })
  .refine((a) => a["max-replicas"] >= a["min-replicas"], "max-replicas must be at least min-replicas")
  .describe(
    "For target: kubernetes — a HorizontalPodAutoscaler (autoscaling/v2) scaling on CPU (set resources.cpu); kserve: the predictor's min/max replicas",
  );

const canarySchema = z
  .strictObject({
    traffic: z.number().int().min(1).max(99).describe("Percent of requests the new model gets while it bakes"),
    bake: duration.describe("How long the canary holds before it is promoted to 100%"),
    "poll-interval": duration
      .default("30s")
      .describe("How often during the bake the InferenceService's status (and the rollback-if command) is checked"),
    "rollback-if": z
      .strictObject({
        "not-ready": z
          .boolean()
          .default(true)
          .describe("Roll back when KServe reports the InferenceService or its predictor not Ready"),
        "command-fails": commandSchema
          .optional()
          .describe(
            "A check run (without a shell) at each poll with MLSHIP_MODEL_ID, MLSHIP_PREVIOUS_MODEL_ID, MLSHIP_ENVIRONMENT and MLSHIP_CANARY_TRAFFIC: a non-zero exit rolls back",
          ),
      })
      .prefault({})
      .describe("What rolls the canary back during the bake"),
  })
  .describe(
    "For target: kserve — roll out gradually: canaryTrafficPercent, a bake with checks, then 100% or a rollback",
  );

const environmentSchema = z
  .strictObject({
    target: z.enum(["local", "kubernetes", "kserve", "command"]).default("local"),
    namespace: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "a Kubernetes namespace (DNS-1123 label)")
      .max(63)
      .optional(),
    context: z.string().optional().describe("kubectl context (default: the current one)"),
    image: z
      .string()
      .optional()
      .describe(
        "For target: kubernetes or kserve — an image pinned by digest (…@sha256:…) to run when the version was not packaged with `mlship package` (the image must carry the model); a tag is refused",
      ),
    "image-pull-secret": z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, "a Kubernetes Secret name")
      .max(253)
      .optional()
      .describe(
        "For target: kubernetes or kserve — the Secret (type kubernetes.io/dockerconfigjson) pods pull the image with",
      ),
    resources: resourcesSchema.optional(),
    autoscale: autoscaleSchema.optional(),
    canary: canarySchema.optional(),
    port: z.number().int().min(1).max(65535).default(8080).describe("Port the server listens on inside the container"),
    replicas: z.number().int().positive().default(1),
    command: commandSchema.optional().describe("For target: command — your deploy script"),
    requires: environmentName.optional().describe("An environment the model must have run in first"),
    url: z.string().optional(),
    "health-timeout": duration.default("30s"),
    "pass-env": passEnv,
    capture: captureSchema.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.canary && env.target !== "kserve")
      ctx.addIssue({
        code: "custom",
        path: ["canary"],
        message: `canary needs target: kserve (KServe splits the traffic); a ${env.target} target switches at once`,
      });
    if (env.capture && env.target !== "local")
      ctx.addIssue({
        code: "custom",
        path: ["capture"],
        message: `capture records what the local target serves; a ${env.target} target's predictions come from its own logs (README: "Capturing what a model serves")`,
      });
  })
  .describe("One deployment environment");

const smokeTestSchema = z
  .strictObject({
    rows: z
      .number()
      .int()
      .positive()
      .default(50)
      .describe("Recorded test rows replayed through POST /predict, stratified by label"),
    tolerance: z
      .number()
      .nonnegative()
      .default(1e-4)
      .describe(
        "Largest allowed difference from the recorded score (numeric predictions: relative to max(1, |recorded|))",
      ),
    "response-path": z.string().default("predictions").describe("Dot path of the list of answers in the response JSON"),
    "score-key": z.string().default("score").describe("Key of the score in each answer"),
    "prediction-key": z.string().default("prediction").describe("Key of the prediction in each answer"),
  })
  .describe("The deploy smoke test: replays recorded rows and compares every answer with the recorded outputs");

const deploySchema = z
  .strictObject({
    "serve-command": commandSchema
      .optional()
      .describe("Command that serves a model: gets $PORT, $MLSHIP_MODEL_PATH, $MLSHIP_MODEL_ID"),
    "serving-code": z
      .array(
        z
          .string()
          .min(1)
          .refine(
            (p) => !/^([\\/]|[A-Za-z]:)/.test(p) && !p.split(/[\\/]/).includes(".."),
            "a glob inside the project folder: relative, without ..",
          ),
      )
      .optional()
      .describe(
        "Globs (from the project folder) of the files the model server is made of, besides those the serve command names: their sha256 is recorded at evaluation, and a smoke test failed after one changed blames the serving code, not the model. Default: the files the serve command names and the files with their extension in their folder (serve.py and the .py modules beside it)",
      ),
    "smoke-test": smokeTestSchema.prefault({}),
    "deploy-dir": z.string().default("deploy").describe("Folder of <env>.yml desired-state files"),
    environments: z.record(environmentName, environmentSchema).prefault({ local: {} }),
  })
  .describe("Deployment environments and how they are served");

const driftSchema = z
  .strictObject({
    reference: z.string().optional(),
    current: z.string().optional(),
    "current-command": commandSchema.optional().describe("Command that fetches current data into `current` first"),
    columns: z.array(z.string()).optional(),
    stattest: z.enum(["auto", "ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div"]).default("auto"),
    threshold: z.number().optional(),
    "per-column": z
      .record(
        z.string(),
        z.strictObject({
          stattest: z.enum(["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div"]).optional(),
          threshold: z.number().optional(),
        }),
      )
      .default({})
      .describe("Per-column test and threshold, e.g. { age: { stattest: psi, threshold: 0.2 } }"),
    "prediction-column": z.string().optional().describe("Model output column: reported as prediction drift"),
    "target-column": z.string().optional().describe("Label column: reported as target drift"),
    "drift-share": z.number().min(0).max(1).default(0.5),
    retrain: z.boolean().default(false),
    engine: z
      .enum(["auto", "builtin", "duckdb"])
      .optional()
      .describe(
        "check-drift's engine for reading the reference and current data: builtin, duckdb (@duckdb/node-api, installed beside mlship or in MLSHIP_DUCKDB_PATH), or auto (the default): DuckDB for a local CSV, TSV or Parquet file of 256 MiB or more when it can be loaded. The report is the same",
      ),
  })
  .describe("Drift monitoring");

/** Gates of check-performance: against a number or the serving version's registered evaluation (`registered.<metric>`). */
function checkPerformanceGate(text: string, ctx: z.RefinementCtx): void {
  try {
    parseGate(text, undefined, "registered");
  } catch (e) {
    ctx.addIssue({ code: "custom", message: (e as Error).message });
  }
}

const performanceSchema = z
  .strictObject({
    predictions: z
      .string()
      .optional()
      .describe(
        "What the environment's model served: a file or glob (CSV, TSV, JSONL, Parquet) with the id, the prediction, the score or class probabilities, and the time served",
      ),
    "predictions-command": commandSchema.optional().describe("Command that writes `predictions` first"),
    labels: z.string().optional().describe("The ground truth as it arrives: a file or glob with the id and the label"),
    "labels-command": commandSchema.optional().describe("Command that writes `labels` first"),
    "id-column": z.string().default("id").describe("Column joining predictions and labels"),
    "label-column": z.string().optional().describe("Label column of the labels (default: evaluate.label)"),
    "timestamp-column": z.string().default("timestamp").describe("When each prediction was served (for `window`)"),
    window: z
      .string()
      .regex(/^\d+(\.\d+)?(m|h|d)$/, "a duration like 30m, 12h or 7d")
      .optional()
      .describe("Only predictions served this long before now (default: all)"),
    gates: z
      .array(z.string().superRefine(checkPerformanceGate))
      .optional()
      .describe(
        'Gates on production quality, e.g. "accuracy >= registered.accuracy - 0.02" (decided "not significantly worse"); default: the task\'s headline metric not significantly worse than registered',
      ),
    retrain: z.boolean().default(false).describe("Dispatch the training workflow on degradation"),
  })
  .describe("Production performance monitoring (check-performance)");

const packageSchema = z
  .strictObject({
    base: z
      .string()
      .optional()
      .describe(
        "The base image, pinned by digest: host/repository@sha256:<hex> (e.g. your image with the model's Python dependencies). It must hold the interpreter and libraries the serve command needs; mlship adds the model, the serving code, the entrypoint and the port",
      ),
    repository: z
      .string()
      .optional()
      .describe(
        "Where the image is pushed: host/repository. Default: <registry host>/<registry repository>/<model> when the registry is oci://; on GitHub Actions otherwise ghcr.io/<owner>/<model>",
      ),
    platform: z
      .string()
      .regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, "os/architecture[/variant], like linux/amd64")
      .default("linux/amd64")
      .describe("The platform picked from a multi-platform base image"),
    port: z
      .number()
      .int()
      .min(1)
      .max(65535)
      .default(8080)
      .describe("The port the server listens on ($PORT in the image)"),
  })
  .describe("mlship package: the model as an OCI image");

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    model: modelName.optional(),
    data: dataSchema.prefault({}),
    train: trainSchema.optional(),
    evaluate: evaluateSchema.prefault({}),
    registry: z
      .string()
      .optional()
      .describe(
        "file://<dir>, oci://<host>/<repo> or s3://<bucket>/<prefix>. Default: on GitHub Actions oci://ghcr.io/<owner>/<repo>-mlship with the job's GITHUB_TOKEN; elsewhere file://.mlship/registry",
      ),
    "registry-persistent": z
      .boolean()
      .optional()
      .describe(
        "Declares that a file:// registry outside the job's workspace outlives the job (a self-hosted runner's disk); without it mlship refuses file:// registries on GitHub Actions",
      ),
    deploy: deploySchema.prefault({}),
    package: packageSchema.prefault({}),
    drift: driftSchema.prefault({}),
    performance: performanceSchema.prefault({}),
  })
  .describe("mlship project configuration");

export type MlshipConfig = z.output<typeof configSchema>;
export type EnvironmentConfig = z.output<typeof environmentSchema>;
export type CaptureConfig = z.output<typeof captureSchema>;
export type Command = z.output<typeof commandSchema>;
export type QuerySource = z.output<typeof querySourceSchema>;

/** @internal (tests and scripts import it by path) */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $id: "https://raw.githubusercontent.com/mlship/mlship/main/schemas/mlship.schema.json",
    title: "mlship.yml",
    ...schema,
  };
}
