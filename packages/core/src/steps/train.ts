import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, projectRegistry, runsDir, setLastRun } from "../project.js";
import { durationMs } from "../config/duration.js";
import type { TrainBudget } from "../train/budget.js";
import { parseYamlValue as parseYaml } from "../config/parse-yaml.js";
import { runTraining, trainingKey } from "../train/run.js";
import { skippedTrainingMarkdown, trainingMarkdown } from "../report/train.js";
import { commonInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const trainSpec = {
  name: "train",
  title: "mlship train",
  description:
    "Run your training command with params, data paths and lineage; collect the model, metrics and a training curve.",
  inputs: {
    ...commonInputs,
    command: {
      description: "Training command (default: train.command from mlship.yml); no shell runs unless you write one",
    },
    params: { description: "Params as YAML or JSON, merged over train.params (a sweep is a matrix over this input)" },
    data: {
      description:
        "Data files named as role=path (train=data/train.csv), comma or newline separated (default: the data section)",
      kind: "list",
    },
    gpu: {
      description: "required (fail fast without an NVIDIA GPU), optional or none (default: train.gpu)",
      choices: ["required", "optional", "none"],
    },
    "timeout-minutes": {
      description: "Kill the whole process tree after this long (default: train.timeout-minutes)",
      kind: "number",
    },
    "artifact-name": { description: "On GitHub, upload the run folder as this artifact (empty: no upload)" },
    "skip-if-trained": {
      description: "Reuse a registered model with the same reproducibility key instead of training",
      kind: "boolean",
      default: "false",
    },
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
    "reused-model-id": {
      description: "With skip-if-trained: the registered model reused instead of training (empty when trained)",
    },
  },
} as const satisfies StepSpec;

export type TrainSettings = Settings<typeof trainSpec>;

async function parseParams(text: string | undefined): Promise<Record<string, unknown>> {
  if (!text) return {};
  let value: unknown;
  try {
    value = parseYaml(text); // YAML is a superset of JSON
  } catch (e) {
    throw new UserError(`params: ${(e as Error).message.split("\n")[0]}`, { input: "params" });
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new UserError("params must be a mapping, e.g. {lr: 0.1, epochs: 20}", { input: "params" });
  return value as Record<string, unknown>;
}

function parseDataRoles(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0)
      throw new UserError(`data item ${JSON.stringify(item)} must be role=path, e.g. train=data/train.csv`, {
        input: "data",
      });
    const role = item.slice(0, eq).trim();
    if (!/^[a-z][a-z0-9_]*$/i.test(role))
      throw new UserError(`data role ${JSON.stringify(role)}: letters, digits and '_' only`, { input: "data" });
    out[role] = item.slice(eq + 1).trim();
  }
  return out;
}

export interface TrainExtra {
  runDir: string;
  skipped: boolean;
}

export async function trainStep(s: TrainSettings, host: StepHost): Promise<StepResult<TrainExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const cfg = project.config.train;
  const command = s.command ?? cfg?.command;
  if (!command)
    throw new UserError("no training command: pass 'command' or set train.command in mlship.yml", { input: "command" });
  const params = { ...(cfg?.params ?? {}), ...(await parseParams(s.params)) };
  const data: Record<string, string> = {};
  if (s.data)
    Object.assign(
      data,
      Object.fromEntries(Object.entries(parseDataRoles(s.data)).map(([k, v]) => [k, path.resolve(v)])),
    );
  else
    for (const role of ["train", "test", "reference"] as const) {
      const p = project.config.data[role];
      if (p) data[role] = path.resolve(project.dir, p);
    }

  const gpu = (s.gpu as "required" | "optional" | "none" | undefined) ?? cfg?.gpu ?? "optional";
  if (s["skip-if-trained"]) {
    const name = project.config.model;
    if (!name)
      throw new UserError("skip-if-trained needs 'model' in mlship.yml to look the key up in the registry", {
        input: "skip-if-trained",
      });
    const key = await trainingKey({ cwd: project.dir, data, params, command });
    const hit = (await (await projectRegistry(project, undefined, host.registryAccess)).list(name))
      .reverse()
      .find((v) => v.reproducibilityKey === key && !v.state.quarantine);
    if (hit) {
      host.log.notice(
        `skipping training: ${hit.id} was trained from the same code, data, params and command (${key.slice(0, 19)}…)`,
      );
      return {
        ok: true,
        outputs: {
          "model-path": "",
          "run-dir": "",
          metrics: JSON.stringify(hit.metrics ?? {}),
          lineage: "",
          "run-id": "",
          "reproducibility-key": key,
          "duration-seconds": "0",
          "gpu-name": "",
          predictions: "",
          "reused-model-id": hit.id,
        },
        summary: skippedTrainingMarkdown(hit.id),
        extra: { runDir: "", skipped: true },
      };
    }
  }
  const result = await runTraining({
    command,
    params,
    data,
    gpu,
    timeoutMinutes: s["timeout-minutes"] ?? cfg?.["timeout-minutes"] ?? 360,
    cwd: project.dir,
    runsDir: runsDir(project),
    log: host.log,
    passEnv: cfg?.["pass-env"],
    signal: host.signal,
    budget: budgetOf(cfg?.budget),
    run: host.run,
    gpuSettings: host.settings.gpu,
  });

  await setLastRun(project, result.runDir);

  return {
    ok: true,
    outputs: {
      "model-path": result.modelPath,
      "run-dir": result.runDir,
      metrics: JSON.stringify(result.metrics),
      lineage: result.lineagePath,
      "run-id": result.runId,
      "reproducibility-key": result.lineage.reproducibilityKey,
      "duration-seconds": result.lineage.durationSeconds.toFixed(3),
      "gpu-name": result.lineage.gpu?.name ?? "",
      predictions: result.predictionsPath ?? "",
      "reused-model-id": "",
    },
    summary: trainingMarkdown(result),
    extra: { runDir: result.runDir, skipped: false },
  };
}

/** The train step: its spec and its run. */
export const train: Step<typeof trainSpec, TrainExtra> = { spec: trainSpec, run: trainStep };

/** train.budget from mlship.yml in seconds and GPU-hours; undefined when none is set. */
function budgetOf(
  b:
    | { "max-wall-time"?: number | string; "max-gpu-hours"?: number; "price-per-gpu-hour"?: number; currency?: string }
    | undefined,
): TrainBudget | undefined {
  if (!b) return undefined;
  return {
    maxWallSeconds: b["max-wall-time"] === undefined ? null : durationMs(b["max-wall-time"]) / 1000,
    maxGpuHours: b["max-gpu-hours"] ?? null,
    pricePerGpuHour: b["price-per-gpu-hour"] ?? null,
    currency: b.currency ?? "USD",
  };
}
