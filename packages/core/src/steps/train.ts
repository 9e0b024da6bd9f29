import path from "node:path";
import { parse as parseYaml } from "yaml";
import { UserError } from "../errors.js";
import { loadProject, projectRegistry, runsDir, setLastRun } from "../project.js";
import { runTraining, trainingKey } from "../train/run.js";
import { fmt } from "../report/format.js";
import { escapeMarkdown, table } from "../report/escape.js";
import { lineChart } from "../report/mermaid.js";
import { parseInputs } from "./inputs.js";
import { trainSpec } from "./specs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";

export type TrainSettings = ReturnType<typeof parseInputs<typeof trainSpec>>;

function parseParams(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  let value: unknown;
  try {
    value = parseYaml(text); // YAML is a superset of JSON
  } catch (e) {
    throw new UserError(`params: ${(e as Error).message.split("\n")[0]}`, { input: "params" });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new UserError("params must be a mapping, e.g. {lr: 0.1, epochs: 20}", { input: "params" });
  return value as Record<string, unknown>;
}

function parseDataRoles(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new UserError(`data item ${JSON.stringify(item)} must be role=path, e.g. train=data/train.csv`, { input: "data" });
    const role = item.slice(0, eq).trim();
    if (!/^[a-z][a-z0-9_]*$/i.test(role)) throw new UserError(`data role ${JSON.stringify(role)}: letters, digits and '_' only`, { input: "data" });
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
  if (!command) throw new UserError("no training command: pass 'command' or set train.command in mlship.yml", { input: "command" });
  const params = { ...(cfg?.params ?? {}), ...parseParams(s.params) };
  const data: Record<string, string> = {};
  if (s.data) Object.assign(data, Object.fromEntries(Object.entries(parseDataRoles(s.data)).map(([k, v]) => [k, path.resolve(v)])));
  else for (const role of ["train", "test", "reference"] as const) {
    const p = project.config.data[role];
    if (p) data[role] = path.resolve(project.dir, p);
  }

  const gpu = (s.gpu as "required" | "optional" | "none" | undefined) ?? cfg?.gpu ?? "optional";
  if (s["skip-if-trained"]) {
    const name = project.config.model;
    if (!name) throw new UserError("skip-if-trained needs 'model' in mlship.yml to look the key up in the registry", { input: "skip-if-trained" });
    const key = await trainingKey({ cwd: project.dir, data, params, command });
    const hit = (await projectRegistry(project).list(name)).reverse().find((v) => v.reproducibilityKey === key && !v.state.quarantine);
    if (hit) {
      host.log.notice(`skipping training: ${hit.id} was trained from the same code, data, params and command (${key.slice(0, 19)}…)`);
      return {
        ok: true,
        outputs: { "model-path": "", "run-dir": "", metrics: JSON.stringify(hit.metrics ?? {}), lineage: "", "run-id": "", "reproducibility-key": key, "duration-seconds": "0", "gpu-name": "", predictions: "", "reused-model-id": hit.id },
        summary: `## ⏭️ Training skipped\n\n\`${hit.id}\` was trained from the same code, data, params and command.\n`,
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
    signal: host.signal,
  });

  await setLastRun(project, result.runDir);

  const lines = [`## ✅ Training run \`${result.runId}\``];
  lines.push(`${fmt(result.lineage.durationSeconds, 1)} s on ${result.lineage.gpu ? `${escapeMarkdown(result.lineage.gpu.name)} (×${result.lineage.gpu.count})` : "CPU"} · commit \`${(result.lineage.git.commit ?? "unknown").slice(0, 12)}\`${result.lineage.git.dirty ? " (dirty)" : ""}`);
  const metricRows = Object.entries(result.metrics).map(([k, v]) => [escapeMarkdown(k), fmt(v)]);
  if (metricRows.length) lines.push(table(["metric", "value"], metricRows));
  for (const [name, pts] of Object.entries(result.series).slice(0, 2)) lines.push(lineChart(name, pts));

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
    summary: lines.join("\n\n") + "\n",
    extra: { runDir: result.runDir, skipped: false },
  };
}
