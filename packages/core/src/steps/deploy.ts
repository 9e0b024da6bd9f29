import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, modelName, projectEnvironment, projectRegistry, type Project } from "../project.js";
import { assertEnvironment, formatModelId, parseModelId, parseModelRef, type ModelId } from "../model-id.js";
import { deployModel, previousGood, type DeployResult } from "../deploy/deploy.js";
import { deployMarkdown } from "../report/deploy.js";
import { promises as fs } from "node:fs";
import { deployFilePath, readDeployFile, renderDeployFile } from "../deploy/deploy-file.js";
import { readDesired, recordDesired } from "../deploy/desired-state.js";
import { gitDeployHistory } from "../deploy/git-history.js";
import { readState } from "../deploy/state.js";
import { projectContract } from "../deploy/server-contract.js";
import type { Registry } from "../registry/types.js";
import type { RegistryAccess } from "../registry/uri.js";
import { actor } from "../deploy/model-log.js";
import type { Logger } from "../util/log.js";
import { commonInputs, registryAccessInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const deploySpec = {
  name: "deploy",
  title: "mlship deploy",
  description: "Deploy a registered model to an environment, health-check it, and roll back by itself when it fails.",
  inputs: {
    ...commonInputs,
    ...githubTokenInputs,
    environment: { description: "Environment to deploy to (default: the only one configured); the CLI flag is --env" },
    model: { description: "Model reference (default: model in deploy/<environment>.yml, else <model>@latest)" },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccessInputs,
    "allow-failed-gates": {
      description: "Deploy a model whose recorded gates failed",
      kind: "boolean",
      default: "false",
    },
    rollback: {
      description:
        "Roll back: commit an earlier model ID to deploy/<environment>.yml (through the contents API on GitHub), then deploy it",
      kind: "boolean",
      default: "false",
    },
    to: {
      description: "With rollback: the model ID to roll back to (default: the model the deploy file named before)",
    },
    reason: { description: "With rollback: why (goes into the commit message and the history)" },
  },
  outputs: {
    "model-id": { description: "The ID now serving" },
    "previous-model-id": { description: "The ID that served before (empty if none)" },
    url: { description: "Where the environment serves" },
    outcome: {
      description:
        "What happened: deployed (model-id now serves), unchanged (it already served), rolled-back (a rollback made model-id serve), or restored-previous (the new model failed its checks and the previous one serves again)",
    },
    "auto-restored": {
      description:
        "true when the new model failed its checks and the previous one was restored automatically (outcome restored-previous)",
    },
  },
} as const satisfies StepSpec;

export type DeploySettings = Settings<typeof deploySpec>;

export interface DeployExtra {
  result: DeployResult;
  environment: string;
}

function environmentConfig(project: Project, env: string) {
  const envs = project.config.deploy.environments;
  const cfg = envs[env];
  if (!cfg)
    throw new UserError(`unknown environment '${env}' (configured: ${Object.keys(envs).join(", ") || "none"})`, {
      input: "environment",
    });
  return cfg;
}

/** Deploys `id` to `env` with the environment's target; the one path used by deploy, rollback and run. */
export async function deployTo(
  project: Project,
  registry: Registry,
  id: ModelId,
  env: string,
  opts: {
    allowFailedGates: boolean;
    action?: "deploy" | "rollback";
    reason?: string;
    replicas?: number;
    log: Logger;
    /** Who deploys (the run's actor). */
    by?: string;
  },
): Promise<DeployResult> {
  const cfg = environmentConfig(project, env);
  if (cfg.requires) {
    const info = await registry.show(id);
    if (!info.state.stages.includes(cfg.requires))
      throw new UserError(`${formatModelId(id)} has not run in '${cfg.requires}', which '${env}' requires first`, {
        input: "model",
      });
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
    smoke: {
      contract: await projectContract(project.config, project.dir),
      rows: project.config.deploy["smoke-test"].rows,
      tolerance: project.config.deploy["smoke-test"].tolerance,
    },
    action: opts.action,
    reason: opts.reason,
    by: opts.by,
    log: opts.log,
  });
}

export function deployOutcome(
  env: string,
  r: DeployResult,
  action: "deploy" | "rollback" = "deploy",
): StepResult<DeployExtra> {
  const outcome = r.rolledBack
    ? "restored-previous"
    : r.unchanged
      ? "unchanged"
      : action === "rollback"
        ? "rolled-back"
        : "deployed";
  return {
    ok: !r.rolledBack,
    failure: r.rolledBack ? `${r.failure}; rolled back to ${r.previous ?? "nothing"}` : undefined,
    outputs: {
      "model-id": r.model,
      "previous-model-id": r.previous ?? "",
      url: r.url ?? "",
      outcome,
      "auto-restored": String(r.rolledBack),
    },
    summary: deployMarkdown(env, r),
    extra: { result: r, environment: env },
  };
}

/** The desired state of `env` and the concrete ID to run: the `model` input, else the recorded desired state (deploy/<env>.yml, else the local record), else <model>@latest. */
async function desiredModel(project: Project, registry: Registry, env: string, model: string | undefined) {
  const desired = await readDesired(project, env);
  const refText = model ?? desired?.model ?? `${modelName(project)}@latest`;
  return { desired, id: await registry.resolve(parseModelRef(refText, "model")) };
}

/** The concrete ID a deploy would run (the deploy action names it in the GitHub deployment first). */
export async function resolveDeployModel(
  s: Pick<DeploySettings, "config" | "environment" | "model" | "registry">,
  access?: RegistryAccess,
): Promise<ModelId> {
  const project = await loadProject(s.config);
  return (
    await desiredModel(
      project,
      await projectRegistry(project, s.registry, access),
      projectEnvironment(project, s.environment, "environment"),
      s.model,
    )
  ).id;
}

export async function deployStep(s: DeploySettings, host: StepHost): Promise<StepResult<DeployExtra>> {
  const project = await loadProject(s.config);
  const env = projectEnvironment(project, s.environment, "environment");
  environmentConfig(project, env);
  const registry = await projectRegistry(project, s.registry, host.registryAccess);
  const { desired, id } = await desiredModel(project, registry, env, s.model);
  const r = await deployTo(project, registry, id, env, {
    allowFailedGates: s["allow-failed-gates"],
    replicas: desired?.replicas,
    reason: s.reason ?? desired?.reason,
    action: s.rollback ? "rollback" : "deploy",
    log: host.log,
    by: actor(host.run),
  });
  // A model named explicitly becomes what the environment should run (without a deploy file; with one, git decides).
  if (s.model && !r.rolledBack)
    await recordDesired(project, env, r.model, {
      reason: s.reason,
      message: `deploy(${env}): ${r.model}`,
      log: host.log,
      onlyIfLocal: true,
      by: actor(host.run),
    });
  return deployOutcome(env, r);
}

/** Rolls `env` back to `to` (default: the last good model before the current one), updating deploy/<env>.yml when it exists. */
export async function rollback(
  configPath: string,
  envGiven: string | undefined,
  to: string | undefined,
  reason: string | undefined,
  host: StepHost,
): Promise<StepResult<DeployExtra>> {
  const project = await loadProject(configPath);
  const env = projectEnvironment(project, envGiven, "env");
  environmentConfig(project, env);
  const registry = await projectRegistry(project, undefined, host.registryAccess);
  const current = await readState(project.stateDir, env);
  const target = to
    ? await registry.resolve(parseModelRef(to, "to"))
    : await previousGood(project.stateDir, env, registry, current?.model);
  if (!target)
    throw new UserError(`nothing to roll back to in '${env}': no earlier good deployment; pass --to <model-id>`, {
      input: "to",
    });
  const idText = formatModelId(target);
  const why = `rollback(${env}): ${current?.model ?? "none"} -> ${idText}${reason ? ` (${reason})` : ""}`;
  const r = await deployTo(project, registry, target, env, {
    allowFailedGates: true,
    action: "rollback",
    reason: reason ?? why,
    log: host.log,
    by: actor(host.run),
  });
  // Recorded so that the next plain deploy keeps the rolled-back model instead of taking @latest again.
  if (!r.rolledBack)
    host.log.info(
      await recordDesired(project, env, idText, { reason, message: why, log: host.log, by: actor(host.run) }),
    );
  return deployOutcome(env, r, "rollback");
}

export interface RollbackPlan {
  environment: string;
  /** The deploy file, relative to the repository (for the contents API) and absolute. */
  file: string;
  absolute: string;
  from: string | null;
  to: string;
  /** The deploy file's new text (comments and other keys kept). */
  text: string;
  message: string;
}

/**
 * Decides a rollback without doing it: the target is `to`, else the model the deploy file named
 * before its last change (git history), else the last good deployment recorded locally.
 */
export async function planRollback(
  project: Project,
  env: string,
  to: string | undefined,
  reason: string | undefined,
  access?: RegistryAccess,
): Promise<RollbackPlan> {
  assertEnvironment(env, "environment");
  environmentConfig(project, env);
  const absolute = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const current = (await readDeployFile(absolute))?.model ?? (await readState(project.stateDir, env))?.model ?? null;
  let target = to ? formatModelId(parseModelId(to, "to")) : undefined;
  if (!target) {
    const commits = await gitDeployHistory(project.dir, absolute);
    target = [...commits].reverse().find((c) => c.to && c.to !== current)?.to ?? undefined;
  }
  if (!target) {
    const prev = await previousGood(
      project.stateDir,
      env,
      await projectRegistry(project, undefined, access),
      current ?? undefined,
    );
    target = prev ? formatModelId(prev) : undefined;
  }
  if (!target)
    throw new UserError(
      `nothing to roll back to in '${env}': no earlier model in ${path.relative(project.dir, absolute)}'s history; pass 'to'`,
      { input: "to" },
    );
  await (await projectRegistry(project, undefined, access)).show(parseModelId(target));
  const text = renderDeployFile(await fs.readFile(absolute, "utf8").catch(() => ""), target, reason);
  const message = `rollback(${env}): ${current ?? "none"} -> ${target}${reason ? `\n\n${reason.replace(/[\r\n]+/g, " ").slice(0, 500)}` : ""}`;
  return {
    environment: env,
    file: path.relative(project.dir, absolute).split(path.sep).join("/"),
    absolute,
    from: current,
    to: target,
    text,
    message,
  };
}

/** The deploy step: its spec and its run. */
export const deploy: Step<typeof deploySpec, DeployExtra> = { spec: deploySpec, run: deployStep };
