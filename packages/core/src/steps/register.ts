import path from "node:path";
import { UserError } from "../errors.js";
import { nodeCrypto } from "../util/lazy-crypto.js";
import { lastRunDir, loadProject, modelName, newestRun, projectRegistry, runsDir, type Project } from "../project.js";
import { trainingDataProfile } from "./validate-data.js";
// Static: the same module compare-runs ranks with (import() of a module the index also imports statically broke bundles without code splitting: the test workers).
import { evaluatedRuns } from "./compare-runs.js";
import { rankRuns } from "../report/compare-runs.js";
import { formatModelId } from "../model-id.js";
import { exists, writeJsonAtomic } from "../util/fs-atomic.js";
import { readJsonChecked } from "../util/state-file.js";

import { lineageSchema, type Lineage } from "../train/lineage.js";
import { readMetricsFile, type Metrics } from "../train/metrics-file.js";
import { evaluationShape } from "../train/run-files.js";
import { registeredMarkdown } from "../report/register.js";
import { quarantineMessage } from "../registry/quarantine-message.js";
import type { VersionRecord } from "../registry/types.js";
import { commonInputs, registryAccessInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const registerSpec = {
  name: "register",
  title: "mlship register",
  description: "Register a model folder as an immutable version name@vN with its lineage, metrics and gate results.",
  inputs: {
    ...commonInputs,
    "model-path": { description: "Model folder (default: the last train run's model)" },
    "run-dir": {
      description:
        "The train run folder whose lineage, metrics and predictions are recorded (default: the model's run)",
    },
    best: {
      description:
        "Register the best evaluated run, as compare-runs ranks them (the same code: passed every gate, then the ranking metric), not the newest",
      kind: "boolean",
      default: "false",
    },
    run: {
      description:
        "Register this training run, by the name compare-runs gives it (its best-run output), from .mlship/runs",
    },
    metric: { description: "With best: the metric that ranks the runs (default: the first gate's, as compare-runs)" },
    "artifact-name": {
      description: "On GitHub, download the train step's run folder from this artifact and register its model",
    },
    evaluation: { description: "JSON report of quality-load-bias-test to record (default: the run's evaluation.json)" },
    name: { description: "Model name (default: model from mlship.yml)" },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccessInputs,
    metadata: { description: "Extra metadata as a JSON object" },
    "force-new-version": {
      description: "Register even when identical content already has a version",
      kind: "boolean",
      default: "false",
    },
    "git-tag": {
      description: "On GitHub, tag the trained commit name@vN (GTO's naming); needs contents: write",
      kind: "boolean",
      default: "false",
    },
    ...githubTokenInputs,
  },
  outputs: {
    "model-id": { description: "The registered ID, name@vN" },
    version: { description: "N" },
    digest: { description: "sha256 of the stored model" },
    "run-id": { description: "The training run whose model was registered (empty for a bare model folder)" },
  },
} as const satisfies StepSpec;

export type RegisterSettings = Settings<typeof registerSpec>;

function parseMetadata(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text);
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  throw new UserError("metadata must be a JSON object", { input: "metadata" });
}

export interface RegisterExtra {
  id: string;
  existing: boolean;
  /** The commit the model was trained from, when known (what a git tag points at). */
  gitCommit: string | undefined;
}

/**
 * The validate-data profile of the data the model was trained on, as a file to attach: data.train
 * profiled here, when its files are the very bytes the lineage says trained the model (a checkout
 * of the trained commit); else none, with a note.
 */
async function profileOfTrainingData(
  project: Project,
  lineage: Lineage | undefined,
  host: StepHost,
): Promise<string | undefined> {
  if (project.implicit || !project.config.data.train) return undefined;
  const got = await trainingDataProfile(project, host.log).catch((e: Error) => {
    host.log.info(`no training data profile registered: ${e.message}`);
    return undefined;
  });
  if (!got) return undefined;
  const trained = lineage?.data.filter((d) => d.role === "train").map((d) => d.sha256);
  const here = got.files.map((f) => f.sha256);
  if (trained?.length && (trained.length !== here.length || here.some((h) => !trained.includes(h)))) {
    host.log.warning(
      "data.train here is not the data the model was trained on (its sha256 differs from the lineage's): no profile registered",
    );
    return undefined;
  }
  const file = path.join(project.stateDir, "profiles", `${nodeCrypto().randomBytes(6).toString("hex")}.profile.json`);
  await writeJsonAtomic(file, got.profile);
  return file;
}

/** The run folder `best` or `run` names (compare-runs' choice, by the same ranking), else undefined. */
async function chosenRun(project: Project, s: RegisterSettings, host: StepHost): Promise<string | undefined> {
  const given = [s.best && "best", s.run !== undefined && "run", s["run-dir"] !== undefined && "run-dir"].filter(
    Boolean,
  );
  if (given.length > 1) throw new UserError(`pass one of ${given.join(", ")}`, { input: given[0] as string });
  if (!s.best && s.run === undefined) return undefined;
  if (s["model-path"])
    throw new UserError(`${s.best ? "best" : "run"} takes the model of a run: leave model-path out`, {
      input: "model-path",
    });
  const { model, runs } = await evaluatedRuns(project, undefined, host.log, s.best ? "best" : "run");
  if (s.run !== undefined) {
    const hit = runs.find((r) => r.run === s.run || path.basename(r.dir) === s.run);
    if (hit) return hit.dir;
    const dir = path.join(runsDir(project), s.run);
    if (path.basename(s.run) !== s.run || !(await exists(path.join(dir, "model"))))
      throw new UserError(
        `no training run named '${s.run}' in ${runsDir(project)}${runs.length ? ` (evaluated runs: ${runs.map((r) => r.run).join(", ")})` : ""}`,
        { input: "run" },
      );
    return dir;
  }
  if (!runs.length || !model)
    throw new UserError(
      `best: no evaluated run in ${runsDir(project)} to choose from: run quality-load-bias-test on each run first`,
      { input: "best" },
    );
  const ranked = rankRuns(model, runs, s.metric);
  if (!ranked.best)
    throw new UserError(
      `best: none of ${runs.length} evaluated runs passed every gate (ranked by ${ranked.metric}): nothing registered`,
      { input: "best" },
      1,
    );
  const best = runs.find((r) => r === ranked.best)!;
  host.log.info(
    `best of ${runs.length} evaluated runs by ${ranked.metric} (${ranked.higherIsBetter ? "higher" : "lower"} is better), as compare-runs ranks them: ${best.run}`,
  );
  return best.dir;
}

export async function registerStep(settings: RegisterSettings, host: StepHost): Promise<StepResult<RegisterExtra>> {
  let s = settings;
  const project = await loadProject(s.config, { optional: true });
  const name = modelName(project, s.name);
  const chosen = await chosenRun(project, s, host);
  if (chosen) s = { ...s, "run-dir": chosen };
  // Never fall back silently to an older run: when the newest one failed, the user says which to take.
  if (!s["model-path"] && !s["run-dir"]) {
    const newest = await newestRun(project);
    if (newest && newest.status !== "succeeded") {
      throw new UserError(
        `the newest training run ${newest.id} ${newest.status === "unfinished" ? "did not finish" : newest.status} (${newest.dir}); register does not fall back to an older run: pass --run-dir <run folder> to register one`,
        { input: "run-dir" },
      );
    }
  }
  const lastRun = s["run-dir"] ? path.resolve(s["run-dir"]) : await lastRunDir(project);
  const modelPath = s["model-path"] ? path.resolve(s["model-path"]) : lastRun ? path.join(lastRun, "model") : undefined;
  if (!modelPath || !(await exists(modelPath)))
    throw new UserError(
      `no model folder${modelPath ? ` at ${modelPath}` : ""}: pass 'model-path' or run 'train' first`,
      { input: "model-path" },
    );
  const runDir = s["run-dir"]
    ? path.resolve(s["run-dir"])
    : path.basename(modelPath) === "model"
      ? path.dirname(modelPath)
      : undefined;
  // Files of the run folder are read back: each is checked against its shape first.
  const lineage: Lineage | undefined = runDir
    ? await readJsonChecked(path.join(runDir, "lineage.json"), lineageSchema, "the run's lineage")
    : undefined;
  const trainMetrics = runDir ? await readMetricsFile(path.join(runDir, "metrics.json"), host.log) : undefined;
  const evalPath = s.evaluation
    ? path.resolve(s.evaluation)
    : runDir
      ? path.join(runDir, "evaluation.json")
      : undefined;
  const evaluation = evalPath ? await readJsonChecked(evalPath, evaluationShape, "the evaluation report") : undefined;
  if (s.evaluation && !evaluation)
    throw new UserError(`evaluation report not found: ${evalPath}`, { input: "evaluation" });
  const predictions =
    runDir && (await exists(path.join(runDir, "predictions.csv"))) ? path.join(runDir, "predictions.csv") : undefined;

  const profile = await profileOfTrainingData(project, lineage, host);
  const metrics: Metrics = { ...(trainMetrics ?? {}), ...(evaluation?.values ?? {}) };
  // Facts mlship measured win over the free-form metadata input; unknown facts leave it alone.
  const measured: Partial<VersionRecord> = {
    creator: host.run?.actor,
    gitCommit: lineage?.git.commit ?? host.run?.commit,
    metrics,
    gates: evaluation?.gates.map((g) => ({
      expression: g.expression,
      passed: g.passed,
      value: g.value,
      ...(g.threshold !== undefined ? { threshold: g.threshold } : {}),
    })),
    gatesPassed: evaluation ? evaluation.passed : undefined,
    report: evaluation ? (host.run?.runUrl ?? evalPath) : undefined,
    lineage: lineage as unknown as Record<string, unknown> | undefined,
    dataDigests: lineage ? Object.fromEntries(lineage.data.map((d) => [d.role, `sha256:${d.sha256}`])) : undefined,
    reproducibilityKey: lineage?.reproducibilityKey,
    serving: evaluation?.serving,
  };
  const metadata: Partial<VersionRecord> = {
    ...(parseMetadata(s.metadata) as Partial<VersionRecord>),
    ...Object.fromEntries(Object.entries(measured).filter(([, v]) => v !== undefined)),
  };
  const registry = await projectRegistry(project, s.registry, host.registryAccess);
  const runId = lineage?.runId ?? (runDir ? path.basename(runDir) : "");
  host.log.info(`registering the model of ${runId ? `training run ${runId} (${runDir})` : modelPath}`);
  const res = await host.log.group(`register ${name} in ${registry.uri}`, () =>
    registry.push({
      name,
      dir: modelPath,
      metadata,
      attachments: {
        ...(predictions ? { "predictions.csv": predictions } : {}),
        ...(profile ? { "profile.json": profile } : {}),
      },
      forceNewVersion: s["force-new-version"],
    }),
  );
  const id = formatModelId(res.id);
  const existing = res.existing ? await registry.show(res.id) : undefined;
  if (existing?.state.quarantine) {
    // The same bytes as a quarantined version: registering them again does not make them deployable.
    throw new UserError(
      `identical content is already registered and ${quarantineMessage(existing)}; pass --force-new-version to register it as a new version anyway`,
      { input: "model-path" },
      1,
    );
  }
  // The result is printed once: by the CLI from the outputs, on GitHub in the summary.
  const summary = registeredMarkdown(id, res, registry.uri, evaluation, runId);
  return {
    ok: true,
    outputs: { "model-id": id, version: String(res.id.version), digest: res.digest, "run-id": runId },
    summary,
    extra: { id, existing: res.existing, gitCommit: existing ? existing.gitCommit : metadata.gitCommit },
  };
}

/** The register step: its spec and its run. */
export const register: Step<typeof registerSpec, RegisterExtra> = { spec: registerSpec, run: registerStep };
