import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, modelName, projectEnvironment, projectRegistry, type Project } from "../project.js";
import { assertEnvironment, formatModelId, parseModelId, parseModelRef, type ModelId } from "../model-id.js";
import { quarantineModel } from "../deploy/deploy.js";
import { deployFileChange, deployFilePath, readDeployFile } from "../deploy/deploy-file.js";
import { recordDesired } from "../deploy/desired-state.js";
import { deployFileVersions } from "../deploy/git-history.js";
import { actor } from "../util/actor.js";
import { redact } from "../util/secrets.js";
import type { Registry, VersionInfo } from "../registry/types.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import { assertProjectModel, deployOutcome, deployTo, environmentConfig, type DeployExtra } from "./deploy.js";

/*
 * Rollback is one flow for the CLI (`mlship rollback`) and the deploy action (`rollback: true`):
 * planRollback decides, then the host records the decision (the action commits the deploy file
 * through the contents API; the CLI writes and commits it, or the local record, after the deploy)
 * and deploys the target. Which record wins when the deploy file and the recorded state disagree:
 *
 *   - what runs now (`currentModel`): the registry's record of the environment (written with each
 *     deploy event, so every clone and every job sees the same), which is what really serves; the
 *     deploy file only when the registry has none (nothing deployed yet). The deploy file says what
 *     should run, not what does: after an automatic rollback, or a deploy file changed but not
 *     deployed yet, they differ.
 *   - what ran before (`previousModel`): the last successful deploy or rollback in the registry's
 *     event log before the current one whose model is not quarantined; when the log has none, the
 *     model the deploy file named before its last change to another (git history).
 *   - the target: `to` (any model reference, resolved), else what ran before.
 */

/** What the environment runs now (see the rule above); null when nothing is recorded. */
async function currentModel(project: Project, registry: Registry, env: string): Promise<ModelId | null> {
  const id = await registry.environment(modelName(project), env);
  if (id) return id;
  const absolute = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const file = await readDeployFile(absolute);
  if (!file) return null;
  assertProjectModel(project, file.id, { file: path.relative(process.cwd(), absolute) }, "model: ");
  return file.id;
}

/**
 * What ran before `current` (see the rule above); undefined when nothing did. The registry's
 * events are read back checked (their model and environment); each candidate's `to` is parsed here,
 * once, and must still be in the registry, unquarantined.
 */
async function previousModel(
  project: Project,
  registry: Registry,
  env: string,
  current: string | null,
): Promise<ModelId | undefined> {
  const log = (await registry.events(modelName(project), env)).filter(
    (e) => e.outcome === "success" && (e.action === "deploy" || e.action === "rollback"),
  );
  for (let i = log.length - 1; i >= 0; i--) {
    const to = log[i].to;
    if (to === current) continue;
    const id = parseModelId(to);
    const info = await registry.show(id).catch(() => undefined);
    if (info && !info.state.quarantine) return id;
  }
  const file = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  return [...(await deployFileVersions(project.dir, file))].reverse().find((v) => v.file && v.file.model !== current)
    ?.file?.id;
}

export interface RollbackPlan {
  environment: string;
  /** The deploy file, relative to the project (for the contents API) and absolute. */
  file: string;
  absolute: string;
  from: string | null;
  /** `from`'s ID (what the rollback leaves: quarantined with `quarantine`). */
  fromId: ModelId | null;
  to: string;
  /** The deploy file's new text (comments and other keys kept). */
  text: string;
  /** The commit message: `rollback(<env>): <from> -> <to>`, then the reason. */
  message: string;
  /** The history's reason: the one given, else the message's first line. */
  reason: string;
  /** The target's version record (read once; the deploy works from it). */
  info: VersionInfo;
}

/** Decides a rollback without doing it (the rule at the top of this module). */
export async function planRollback(
  project: Project,
  registry: Registry,
  env: string,
  to: string | undefined,
  reason: string | undefined,
  input = "environment",
): Promise<RollbackPlan> {
  assertEnvironment(env, input);
  environmentConfig(project, env);
  const absolute = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const fromId = await currentModel(project, registry, env);
  const from = fromId && formatModelId(fromId);
  const target = to
    ? await registry.resolve(parseModelRef(to, "to"))
    : await previousModel(project, registry, env, from);
  if (!target)
    throw new UserError(
      `nothing to roll back to in '${env}': no earlier good deployment and no earlier model in ${path.relative(project.dir, absolute)}'s history; pass 'to'`,
      { input: "to" },
    );
  assertProjectModel(
    project,
    target,
    to ? { input: "to" } : { file: path.relative(process.cwd(), absolute) },
    to ? "" : "an earlier model: ",
  );
  const info = await registry.show(target); // it must still be there
  const id = formatModelId(target);
  const { title, text } = await deployFileChange(absolute, "rollback", env, from, id, () => reason);
  const message = `${title}${
    reason
      ? `\n\n${redact(reason)
          .replace(/[\r\n]+/g, " ")
          .slice(0, 500)}`
      : ""
  }`;
  return {
    environment: env,
    file: path.relative(project.dir, absolute).split(path.sep).join("/"),
    absolute,
    from,
    fromId,
    to: id,
    text,
    message,
    reason: reason ?? title,
    info,
  };
}

/**
 * Deploys a planned rollback (a rollback may go back to a model whose gates failed unless the
 * host says otherwise: it ran before) and, when `record` is set, records the target as what the
 * environment should run so the next plain deploy keeps it (deploy/<env>.yml, committed, else the
 * local record). The deploy action records through the contents API before it deploys instead.
 */
async function deployRollback(
  project: Project,
  registry: Registry,
  plan: RollbackPlan,
  host: StepHost,
  opts: { allowFailedGates?: boolean; record: boolean; reason?: string },
): Promise<StepResult<DeployExtra>> {
  const env = plan.environment;
  const r = await deployTo(project, registry, plan.info, env, {
    allowFailedGates: opts.allowFailedGates ?? true,
    action: "rollback",
    reason: plan.reason,
    log: host.log,
    by: actor(host.run),
    run: host.run,
    settings: host.settings,
  });
  if (opts.record && !r.rolledBack)
    host.log.info(
      await recordDesired(project, env, plan.to, {
        reason: opts.reason,
        message: plan.message,
        log: host.log,
        by: actor(host.run),
      }),
    );
  return deployOutcome(env, r, "rollback");
}

/** `mlship rollback`: rolls `env` back to `to` (default: what ran before) and records it. */
export async function rollback(
  configPath: string,
  envGiven: string | undefined,
  to: string | undefined,
  reason: string | undefined,
  host: StepHost,
  opts: { quarantine?: boolean } = {},
): Promise<StepResult<DeployExtra>> {
  const project = await loadProject(configPath);
  const env = projectEnvironment(project, envGiven, "env");
  const registry = await projectRegistry(project, undefined, host.registryAccess);
  const plan = await planRollback(project, registry, env, to, reason, "env");
  const result = await deployRollback(project, registry, plan, host, { record: true, reason });
  // The model it left is quarantined once nothing serves it any more (and logged in env's log).
  if (opts.quarantine && result.ok && plan.fromId && plan.from !== plan.to) {
    await quarantineModel(registry, plan.fromId, reason ?? plan.reason, {
      environment: env,
      by: actor(host.run),
      commit: host.run?.commit,
      runUrl: host.run?.runUrl,
    });
    host.log.info(`quarantined ${plan.from}: ${reason ?? plan.reason}`);
  }
  return result;
}
