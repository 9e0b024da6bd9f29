import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, modelName, projectRegistry, type Project } from "../project.js";
import { assertEnvironment, formatModelId, parseModelRef, type ModelId } from "../model-id.js";
import { deployModel, previousGood, type DeployResult } from "../deploy/deploy.js";
import { deployFilePath, readDeployFile, writeDeployFile } from "../deploy/deploy-file.js";
import { readState } from "../deploy/state.js";
import type { Registry } from "../registry/types.js";
import type { Logger } from "../util/log.js";
import { parseInputs } from "./inputs.js";
import { deploySpec } from "./specs.js";
import type { StepHost, StepResult } from "./result.js";

export type DeploySettings = ReturnType<typeof parseInputs<typeof deploySpec>>;

export interface DeployExtra {
  result: DeployResult;
  environment: string;
}

function environmentConfig(project: Project, env: string) {
  const envs = project.config.deploy.environments;
  const cfg = envs[env];
  if (!cfg) throw new UserError(`unknown environment '${env}' (configured: ${Object.keys(envs).join(", ") || "none"})`, { input: "environment" });
  return cfg;
}

/** Deploys `id` to `env` with the environment's target; the one path used by deploy, rollback and run. */
export async function deployTo(
  project: Project,
  registry: Registry,
  id: ModelId,
  env: string,
  opts: { allowFailedGates: boolean; action?: "deploy" | "rollback"; reason?: string; replicas?: number; log: Logger },
): Promise<DeployResult> {
  const cfg = environmentConfig(project, env);
  if (cfg.requires) {
    const info = await registry.show(id);
    if (!info.state.stages.includes(cfg.requires)) throw new UserError(`${formatModelId(id)} has not run in '${cfg.requires}', which '${env}' requires first`, { input: "model" });
  }
  return deployModel({
    registry,
    id,
    environment: env,
    envConfig: cfg,
    serveCommand: project.config.deploy["serve-command"],
    projectDir: project.dir,
    stateDir: project.stateDir,
    allowFailedGates: opts.allowFailedGates,
    replicas: opts.replicas,
    action: opts.action,
    reason: opts.reason,
    log: opts.log,
  });
}

function deploySummary(env: string, r: DeployResult): string {
  if (r.rolledBack) {
    return `## ❌ Deploy to ${env} rolled back\n\n${r.failure}\n\n${r.previous ? `\`${r.previous}\` kept serving` : "Nothing was serving before"}; recovery took ${r.recoveryMs?.toFixed(0)} ms.\n`;
  }
  if (r.unchanged) return `## ✅ ${env} already runs \`${r.model}\`\n`;
  return `## 🚀 ${env} now runs \`${r.model}\`\n\n${r.previous ? `was \`${r.previous}\` · ` : ""}${r.url ? `serving at ${r.url}` : ""}${r.smoke ? ` · smoke test: ${r.smoke}` : ""}\n`;
}

export function deployOutcome(env: string, r: DeployResult): StepResult<DeployExtra> {
  return {
    ok: !r.rolledBack,
    failure: r.rolledBack ? `${r.failure}; rolled back to ${r.previous ?? "nothing"}` : undefined,
    outputs: { "model-id": r.model, "previous-model-id": r.previous ?? "", url: r.url ?? "", "rolled-back": String(r.rolledBack) },
    summary: deploySummary(env, r),
    extra: { result: r, environment: env },
  };
}

export async function deployStep(s: DeploySettings, host: StepHost): Promise<StepResult<DeployExtra>> {
  const project = await loadProject(s.config);
  const env = assertEnvironment(s.environment, "environment");
  environmentConfig(project, env);
  const registry = projectRegistry(project, s.registry);
  const desired = await readDeployFile(deployFilePath(project.dir, project.config.deploy["deploy-dir"], env));
  const refText = s.model ?? desired?.model ?? `${modelName(project)}@latest`;
  const id = await registry.resolve(parseModelRef(refText, "model"));
  const r = await deployTo(project, registry, id, env, { allowFailedGates: s["allow-failed-gates"], replicas: desired?.replicas, reason: desired?.reason, log: host.log });
  return deployOutcome(env, r);
}

/** Rolls `env` back to `to` (default: the last good model before the current one), updating deploy/<env>.yml when it exists. */
export async function rollback(configPath: string, env: string, to: string | undefined, reason: string | undefined, host: StepHost): Promise<StepResult<DeployExtra>> {
  const project = await loadProject(configPath);
  assertEnvironment(env, "env");
  environmentConfig(project, env);
  const registry = projectRegistry(project);
  const current = await readState(project.stateDir, env);
  const target = to ? await registry.resolve(parseModelRef(to, "to")) : await previousGood(project.stateDir, env, registry, current?.model);
  if (!target) throw new UserError(`nothing to roll back to in '${env}': no earlier good deployment; pass --to <model-id>`, { input: "to" });
  const idText = formatModelId(target);
  const why = `rollback(${env}): ${current?.model ?? "none"} -> ${idText}${reason ? ` (${reason})` : ""}`;
  const file = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const r = await deployTo(project, registry, target, env, { allowFailedGates: true, action: "rollback", reason: reason ?? why, log: host.log });
  if (!r.rolledBack && (await readDeployFile(file).catch(() => undefined))) {
    await writeDeployFile(file, idText, reason);
    host.log.info(`updated ${path.relative(process.cwd(), file)}: ${why}`);
  }
  return deployOutcome(env, r);
}
