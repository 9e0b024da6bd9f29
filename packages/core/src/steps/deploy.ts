import path from "node:path";
import { UserError, type SourceLocation } from "../errors.js";
import { loadProject, modelName, projectEnvironment, projectRegistry, type Project } from "../project.js";
import { formatModelId, parseModelRef, type ModelId, type ModelRef } from "../model-id.js";
import { deployModel, type DeployResult } from "../deploy/deploy.js";
import { projectContract } from "../deploy/server-contract.js";
import { deployMarkdown } from "../report/deploy.js";
import { readDesired, recordDesired, type DesiredState } from "../deploy/desired-state.js";
import type { Registry, VersionInfo } from "../registry/types.js";
import { actor } from "../util/actor.js";
import type { Logger } from "../util/log.js";
import type { CoreSettings } from "../settings.js";
import { commonInputs, registryAccessInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { RunContext, StepHost } from "./host.js";
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
    "rollback-token": {
      description:
        "With rollback on GitHub: the token that commits the rollback, a GitHub App or fine-grained token allowed to push to a protected branch (default: github-token). Used for that commit only: the registry and the deployment record keep registry-token / github-token, since GitHub Packages accepts neither App nor fine-grained tokens",
    },
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

/** The environment's configuration; an unknown environment is a UserError naming the configured ones. */
export function environmentConfig(project: Project, env: string) {
  const envs = project.config.deploy.environments;
  const cfg = envs[env];
  if (!cfg)
    throw new UserError(`unknown environment '${env}' (configured: ${Object.keys(envs).join(", ") || "none"})`, {
      input: "environment",
    });
  return cfg;
}

/**
 * Refuses a model the project does not declare (#33): a deploy file, a local record or an input
 * naming another model's version (`model: fraud@v1` in churn's project) would deploy it under
 * this project's environments. `where` names the file or input the ID came from; `from` starts
 * the message ("model: " for a deploy file's key).
 */
export function assertProjectModel(project: Project, id: ModelId, where: SourceLocation, from = ""): void {
  const declared = project.config.model;
  if (declared === undefined || id.name === declared) return;
  throw new UserError(
    `${from}${formatModelId(id)} is a version of '${id.name}', but ${path.basename(project.file)} declares model: ${declared}; this project deploys ${declared}'s versions only`,
    where,
  );
}

/** Where a desired state's model ID came from, for assertProjectModel: the deploy file, else the local record. */
function desiredSource(desired: DesiredState): { where: SourceLocation; from: string } {
  if (desired.source === "local") return { where: {}, from: "the environment's local record names " };
  return { where: { file: path.relative(process.cwd(), desired.source) || desired.source }, from: "model: " };
}

/** Deploys the model `info` to `env` with the environment's target; the one path used by deploy, rollback and run. */
export async function deployTo(
  project: Project,
  registry: Registry,
  info: VersionInfo,
  env: string,
  opts: {
    allowFailedGates: boolean;
    action?: "deploy" | "rollback";
    reason?: string;
    replicas?: number;
    log: Logger;
    /** Who deploys (the run's actor). */
    by?: string;
    /** The run deploying: its commit and URL go into the registry's event. */
    run?: RunContext;
    /** The host's settings (StepHost.settings), for the target. */
    settings?: CoreSettings;
  },
): Promise<DeployResult> {
  const cfg = environmentConfig(project, env);
  // The local target serves from the machine running the deploy. A GitHub-hosted runner is thrown
  // away when the job ends (the runner kills what the job left running first): the deploy would
  // "succeed" and record a 127.0.0.1 URL that nothing answers a minute later.
  if (cfg.target === "local" && opts.run?.onGitHubActions && opts.run.runner?.environment === "github-hosted")
    throw new UserError(
      `environment '${env}' has target: local, which serves on the machine running the deploy, and this is a GitHub-hosted runner: it is thrown away with the server when the job ends. Deploy '${env}' with target: command (your deploy script) or kubernetes, or run the deploy on a self-hosted runner that keeps serving (deploy.yml's runs-on input)`,
      { input: "environment" },
    );
  if (cfg.requires && !info.state.stages.includes(cfg.requires))
    throw new UserError(`${info.id} has not run in '${cfg.requires}', which '${env}' requires first`, {
      input: "model",
    });
  return deployModel({
    registry,
    info,
    environment: env,
    envConfig: cfg,
    serveCommand: project.config.deploy["serve-command"],
    servingCodeGlobs: project.config.deploy["serving-code"],
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
    commit: opts.run?.commit,
    runUrl: opts.run?.runUrl,
    log: opts.log,
    settings: opts.settings,
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

/**
 * A deploy decided but not done yet: the project loaded, the registry opened and the model
 * resolved once, its version record read once. The deploy action names `info.id` in the GitHub
 * deployment before it runs the plan; everything after works from it.
 */
export interface DeployPlan {
  project: Project;
  registry: Registry;
  environment: string;
  /** What the environment should run (deploy/<env>.yml, else the local record), when recorded. */
  desired: DesiredState | undefined;
  info: VersionInfo;
}

/**
 * Resolves what a deploy runs: the `model` input, else the recorded desired state, else
 * <model>@latest. A host that already loaded the project, opened the registry or read the
 * version record (a rollback's target) passes them in `known`.
 */
export async function planDeploy(
  s: Pick<DeploySettings, "config" | "environment" | "model" | "registry">,
  host: StepHost,
  known: { project?: Project; registry?: Registry; info?: VersionInfo } = {},
): Promise<DeployPlan> {
  const project = known.project ?? (await loadProject(s.config));
  const environment = projectEnvironment(project, s.environment, "environment");
  environmentConfig(project, environment);
  const registry = known.registry ?? (await projectRegistry(project, s.registry, host.registryAccess));
  const desired = await readDesired(project, environment);
  let info = known.info;
  if (!info) {
    // The one parse of the model on a deploy's path: the input, else the desired state's ID (its reader parsed it).
    const ref: ModelRef =
      s.model !== undefined
        ? parseModelRef(s.model, "model")
        : desired
          ? { kind: "version", ...desired.id }
          : { kind: "latest", name: modelName(project) };
    const id = await registry.resolve(ref);
    const source = s.model === undefined && desired ? desiredSource(desired) : { where: { input: "model" }, from: "" };
    assertProjectModel(project, id, source.where, source.from);
    info = await registry.show(id);
  }
  return { project, registry, environment, desired, info };
}

/** Runs a planned deploy and, for a model named explicitly, records it as what the environment should run. */
export async function runDeploy(
  plan: DeployPlan,
  s: Pick<DeploySettings, "model" | "reason" | "rollback" | "allow-failed-gates">,
  host: StepHost,
): Promise<StepResult<DeployExtra>> {
  const { project, environment: env, desired } = plan;
  const r = await deployTo(project, plan.registry, plan.info, env, {
    allowFailedGates: s["allow-failed-gates"],
    replicas: desired?.replicas,
    reason: s.reason ?? desired?.reason,
    action: s.rollback ? "rollback" : "deploy",
    log: host.log,
    by: actor(host.run),
    run: host.run,
    settings: host.settings,
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
  return deployOutcome(env, r, s.rollback ? "rollback" : "deploy");
}

export async function deployStep(s: DeploySettings, host: StepHost): Promise<StepResult<DeployExtra>> {
  return runDeploy(await planDeploy(s, host), s, host);
}

/** The deploy step: its spec and its run. */
export const deploy: Step<typeof deploySpec, DeployExtra> = { spec: deploySpec, run: deployStep };
