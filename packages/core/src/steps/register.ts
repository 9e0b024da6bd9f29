import path from "node:path";
import { UserError } from "../errors.js";
import { lastRunDir, loadProject, modelName, projectRegistry } from "../project.js";
import { formatModelId } from "../model-id.js";
import { exists, readJsonIfExists } from "../util/fs-atomic.js";
import type { Lineage } from "../train/lineage.js";
import type { EvaluationReport } from "../report/quality-load-bias-test.js";
import type { VersionRecord } from "../registry/types.js";
import { parseInputs } from "./inputs.js";
import { registerSpec } from "./specs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";

export type RegisterSettings = ReturnType<typeof parseInputs<typeof registerSpec>>;

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

export async function registerStep(s: RegisterSettings, host: StepHost): Promise<StepResult<RegisterExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const name = modelName(project, s.name);
  const lastRun = await lastRunDir(project);
  const modelPath = s["model-path"] ? path.resolve(s["model-path"]) : lastRun ? path.join(lastRun, "model") : undefined;
  if (!modelPath || !(await exists(modelPath))) throw new UserError(`no model folder${modelPath ? ` at ${modelPath}` : ""}: pass 'model-path' or run 'train' first`, { input: "model-path" });
  const runDir = s["run-dir"] ? path.resolve(s["run-dir"]) : path.basename(modelPath) === "model" ? path.dirname(modelPath) : undefined;
  const lineage = runDir ? await readJsonIfExists<Lineage>(path.join(runDir, "lineage.json")) : undefined;
  const trainMetrics = runDir ? await readJsonIfExists<Record<string, number>>(path.join(runDir, "metrics.json")) : undefined;
  const evalPath = s.evaluation ? path.resolve(s.evaluation) : runDir ? path.join(runDir, "evaluation.json") : undefined;
  const evaluation = evalPath ? await readJsonIfExists<EvaluationReport>(evalPath) : undefined;
  if (s.evaluation && !evaluation) throw new UserError(`evaluation report not found: ${evalPath}`, { input: "evaluation" });
  const predictions = runDir && (await exists(path.join(runDir, "predictions.csv"))) ? path.join(runDir, "predictions.csv") : undefined;

  const metrics: Record<string, number> = { ...(trainMetrics ?? {}), ...(evaluation?.values ?? {}) };
  // Facts mlship measured win over the free-form metadata input; unknown facts leave it alone.
  const measured: Partial<VersionRecord> = {
    creator: process.env.GITHUB_ACTOR ?? undefined,
    gitCommit: lineage?.git.commit ?? process.env.GITHUB_SHA ?? undefined,
    metrics,
    gates: evaluation?.gates.map((g) => ({ expression: g.expression, passed: g.passed, value: g.value })),
    gatesPassed: evaluation ? evaluation.passed : undefined,
    report: evaluation ? (host.runUrl ?? evalPath) : undefined,
    lineage: lineage as unknown as Record<string, unknown> | undefined,
    dataDigests: lineage ? Object.fromEntries(lineage.data.map((d) => [d.role, `sha256:${d.sha256}`])) : undefined,
    reproducibilityKey: lineage?.reproducibilityKey,
  };
  const metadata: Partial<VersionRecord> = {
    ...(parseMetadata(s.metadata) as Partial<VersionRecord>),
    ...Object.fromEntries(Object.entries(measured).filter(([, v]) => v !== undefined)),
  };
  const registry = projectRegistry(project, s.registry);
  const res = await host.log.group(`register ${name} in ${registry.uri}`, () =>
    registry.push({ name, dir: modelPath, metadata, attachments: predictions ? { "predictions.csv": predictions } : undefined, forceNewVersion: s["force-new-version"] }),
  );
  const id = formatModelId(res.id);
  host.log.info(res.existing ? `identical content is already registered as ${id} (${res.digest})` : `registered ${id} (${res.digest})`);
  const summary = [
    `## 📦 ${res.existing ? "Already registered" : "Registered"} \`${id}\``,
    `digest \`${res.digest}\` · registry \`${registry.uri.replace(/^file:\/\/.*\/(\.mlship\/registry)$/, "file://$1")}\`` + (evaluation ? ` · gates ${evaluation.passed ? "passed" : "failed"}` : ""),
  ].join("\n\n");
  return {
    ok: true,
    outputs: { "model-id": id, version: String(res.id.version), digest: res.digest },
    summary: summary + "\n",
    extra: { id, existing: res.existing, gitCommit: res.existing ? (await registry.show(res.id)).gitCommit : metadata.gitCommit },
  };
}
