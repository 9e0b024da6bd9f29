import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import type { Command, EnvironmentConfig } from "../config/schema.js";
import { formatModelId, type ModelId } from "../model-id.js";
import type { Actor, Registry, VersionInfo } from "../registry/types.js";
import { quarantineMessage } from "../registry/quarantine-message.js";
import { silentLogger, type Logger } from "../util/log.js";
import { redact } from "../util/secrets.js";
import { defaultCoreSettings, type CoreSettings } from "../settings.js";
import { withEnvironmentLock } from "./lock.js";
import { actor } from "../util/actor.js";
import {
  deploymentsDir,
  readState,
  writeState,
  type Deployment,
  type DeploymentState,
  type HistoryEntry,
} from "./state.js";
import { clearPending, localTarget, stopOwnServer } from "./targets/local.js";
import { commandTarget } from "./targets/command.js";
import {
  modelKey,
  type DeployTarget,
  type FailureCause,
  type TargetContext,
  type TargetOutcome,
} from "./targets/types.js";
import { servingCode, servingCodeChange } from "./serving-code.js";
import type { SmokeOptions } from "./smoke.js";

export interface DeployOptions {
  registry: Registry;
  /** The model, its version record read once by the caller (re-read under the lock only for a quarantine made meanwhile). */
  info: VersionInfo;
  environment: string;
  envConfig: EnvironmentConfig;
  serveCommand: Command | undefined;
  /** deploy.serving-code: the globs of the serving code's files (default: see servingCode). */
  servingCodeGlobs?: string[];
  projectDir: string;
  stateDir: string;
  allowFailedGates: boolean;
  replicas?: number;
  smoke: SmokeOptions;
  action?: HistoryEntry["action"];
  reason?: string;
  /** Who deploys (the run's actor), from which commit and workflow run: recorded with the registry's event. */
  by?: string;
  commit?: string;
  runUrl?: string;
  log: Logger;
  /** The host's settings (StepHost.settings) for the target (default: unset). */
  settings?: CoreSettings;
}

export interface DeployResult {
  model: string;
  previous: string | null;
  url: string | null;
  rolledBack: boolean;
  unchanged: boolean;
  recoveryMs?: number;
  failure?: string;
  /** On a failure: whose (a model failure quarantines it). */
  cause?: FailureCause;
  quarantined?: boolean;
  smoke?: string;
}

/**
 * The deploy targets by the environment's `target`. The Kubernetes ones are imported when an
 * environment uses them (their schemas stay out of a process that never deploys there); the local
 * and command targets are light and imported statically. A new target: one module, one line
 * here, one value in the config schema's `target`.
 */
const TARGETS: Record<EnvironmentConfig["target"], () => Promise<DeployTarget>> = {
  local: async () => localTarget,
  kubernetes: async () => (await import("./targets/kubernetes.js")).kubernetesTarget,
  kserve: async () => (await import("./targets/kserve.js")).kserveTarget,
  command: async () => commandTarget,
};

/** Refuses models that must not run: quarantined, or whose recorded gates failed. */
export function assertDeployable(info: VersionInfo, allowFailedGates: boolean): void {
  if (info.state.quarantine) throw new UserError(`cannot deploy: ${quarantineMessage(info)}`, { input: "model" });
  if (info.gatesPassed === false && !allowFailedGates) {
    const failed = (info.gates ?? []).filter((g) => !g.passed).map((g) => g.expression);
    throw new UserError(
      `${info.id} failed its gates (${failed.join("; ") || "see its report"}); set allow-failed-gates to deploy it anyway`,
      { input: "model" },
    );
  }
}

async function healthy(url: string | null): Promise<boolean> {
  if (!url) return false;
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Deploys one model to one environment with its target. Deploys to one environment are
 * serialised (a lock under the state folder), so what serves before is read, and retired, by one
 * deploy at a time. The state file is replaced (one atomic rename) only after the new model
 * passed its checks; then the previous one is retired. A model whose own checks fail is
 * quarantined with the reason; an environment that fails is reported as such. Either way the
 * previous model keeps serving.
 */
export async function deployModel(opts: DeployOptions): Promise<DeployResult> {
  const info = opts.info;
  const id = modelKey(info);
  const idText = formatModelId(id);
  assertDeployable(info, opts.allowFailedGates);
  if (info.gatesPassed === undefined)
    opts.log.warning(
      `${idText} has no recorded gates (registered without an evaluation): nothing says it is better than what serves; deploying it anyway`,
    );
  return withEnvironmentLock(opts.stateDir, opts.environment, opts.log, async () => {
    // Checked again under the lock: another deploy may have quarantined it meanwhile.
    assertDeployable(await opts.registry.show(id), opts.allowFailedGates);
    const { current, local } = await servingNow(
      opts.registry,
      opts.stateDir,
      id.name,
      opts.environment,
      opts.envConfig.target,
    );
    return deployLocked(opts, idText, info, current, local);
  });
}

/**
 * What runs in `env` now: the registry's record of it (what any fresh machine sees), or nothing
 * when it has none. This machine's process record adds its bookkeeping (pid, token, model path)
 * when its server runs that same model; it never says on its own what runs.
 */
async function currentDeployment(
  registry: Registry,
  stateDir: string,
  name: string,
  env: string,
  target: DeploymentState["target"],
): Promise<Deployment | undefined> {
  return (await servingNow(registry, stateDir, name, env, target)).current;
}

/**
 * What each environment runs (`mlship status`), from the registry alone: the configured
 * environments and any other the registry has a record of, each with this machine's process
 * bookkeeping when its server runs that model. A project naming no model has none.
 */
export async function deploymentStatus(
  project: {
    stateDir: string;
    config: { model?: string; deploy: { environments: Record<string, EnvironmentConfig> } };
  },
  registry: Registry,
): Promise<Record<string, DeploymentState>> {
  const name = project.config.model;
  if (!name) return {};
  const configured = project.config.deploy.environments;
  const envs = [...new Set([...Object.keys(configured), ...(await registry.environments(name))])].sort();
  const out: Record<string, DeploymentState> = {};
  for (const env of envs) {
    const serving = await currentDeployment(registry, project.stateDir, name, env, configured[env]?.target ?? "local");
    if (serving) {
      const { id: _id, ...state } = serving;
      out[env] = state;
    }
  }
  return out;
}

/** What serves `env` (the registry's record, adopting this machine's process when it runs that model), and this machine's process record. */
async function servingNow(
  registry: Registry,
  stateDir: string,
  name: string,
  env: string,
  target: DeploymentState["target"],
): Promise<{ current: Deployment | undefined; local: DeploymentState | undefined }> {
  const [record, local] = await Promise.all([registry.environmentRecord(name, env), readState(stateDir, env)]);
  if (!record) return { current: undefined, local };
  const model = formatModelId(record.id);
  if (local && local.model === model) return { current: { ...local, id: record.id }, local };
  const digest = record.digest ?? (await registry.show(record.id)).digest;
  const recorded = (["local", "kubernetes", "kserve", "command"] as const).find((t) => t === record.target);
  return {
    current: {
      schema: "mlship/deployment/v1",
      id: record.id,
      environment: env,
      model,
      digest,
      target: recorded ?? target,
      url: record.url ?? null,
      pid: null,
      port: null,
      token: null,
      modelPath: null,
      deployedAt: record.at,
    },
    local,
  };
}

function actorOf(opts: DeployOptions): Partial<Actor> & { by: string } {
  return { by: opts.by ?? actor(), commit: opts.commit, runUrl: opts.runUrl };
}

async function deployLocked(
  opts: DeployOptions,
  idText: string,
  info: VersionInfo,
  current: Deployment | undefined,
  local: DeploymentState | undefined,
): Promise<DeployResult> {
  const target = await TARGETS[opts.envConfig.target]();
  if (current?.model === idText && (current.target !== "local" || (await healthy(current.url)))) {
    opts.log.info(`${idText} already serves ${opts.environment}${current.url ? ` at ${current.url}` : ""}`);
    return { model: idText, previous: current.model, url: current.url, rolledBack: false, unchanged: true };
  }
  // The version's packaged image (mlship package), by digest; an image record that does not hold up is an error.
  const image = await opts.registry.image(modelKey(info));
  const ctx: TargetContext = {
    registry: opts.registry,
    info,
    environment: opts.environment,
    envConfig: opts.envConfig,
    serveCommand: opts.serveCommand,
    projectDir: opts.projectDir,
    stateDir: opts.stateDir,
    current,
    replicas: opts.replicas,
    smoke: opts.smoke,
    ...(image ? { image: { reference: image.reference, digest: image.imageDigest } } : {}),
    log: opts.log,
    settings: opts.settings ?? defaultCoreSettings,
  };
  let outcome = await target.deploy(ctx);
  const who = actorOf(opts);
  // A quarantine that landed while the new model was being checked: it must not stand.
  if (outcome.ok && (await quarantinedNow(opts))) {
    const recoveryMs = await target.abort(ctx, outcome.state);
    outcome = {
      ok: false,
      failure: `${idText} was quarantined while it was being deployed`,
      recoveryMs,
      cause: "environment",
    };
  }
  if (!outcome.ok && outcome.cause === "model") outcome = await blameServingCode(opts, info, outcome);
  const at = new Date().toISOString();
  if (!outcome.ok) {
    const failure = redact(outcome.failure);
    const quarantined = outcome.cause === "model";
    if (quarantined)
      await quarantineModel(opts.registry, modelKey(info), `${opts.environment}: ${failure}`, {
        environment: opts.environment,
        ...who,
      });
    const entry = {
      action: "auto-rollback" as const,
      from: current?.model ?? null,
      to: idText,
      outcome: "failure" as const,
      reason: failure,
      cause: outcome.cause,
      recoveryMs: outcome.recoveryMs,
    };
    await opts.registry.appendEvent(info.name, opts.environment, { ...entry, digest: info.digest, at, ...who });
    const still = current
      ? `${current.model} is still serving${current.url ? ` at ${current.url}` : ""}`
      : "nothing was serving before";
    const verdict = quarantined
      ? `${idText} is quarantined.`
      : outcome.cause === "serving-code"
        ? `The serving code changed since ${idText} was evaluated, not the model: ${idText} is not quarantined; fix the serving code (or evaluate the model with it) and deploy again.`
        : `The environment failed, not the model's checks: ${idText} is not quarantined; fix the environment and deploy again.`;
    opts.log.error(
      `${idText} failed in ${opts.environment}: ${failure}. Rolled back: ${still} (${outcome.recoveryMs.toFixed(0)} ms). ${verdict}`,
    );
    return {
      model: current?.model ?? "",
      previous: current?.model ?? null,
      url: current?.url ?? null,
      rolledBack: true,
      unchanged: false,
      recoveryMs: outcome.recoveryMs,
      failure,
      cause: outcome.cause,
      quarantined,
      smoke: redact(outcome.smoke),
    };
  }
  await writeState(opts.stateDir, outcome.state); // the switch, on this machine
  await clearPending(opts.stateDir, outcome.state.token);
  const entry = {
    action: opts.action ?? ("deploy" as const),
    from: current?.model ?? null,
    to: idText,
    outcome: "success" as const,
    reason: opts.reason,
  };
  // The switch for every machine: the event, and with it what `name@env` resolves to.
  await opts.registry.appendEvent(info.name, opts.environment, {
    ...entry,
    digest: info.digest,
    url: outcome.state.url,
    target: outcome.state.target,
    at,
    ...who,
  });
  await target.retire(current);
  // This machine's server that the registry does not name (its deploy was killed between the
  // switch here and its event): the process record naming it is replaced, so stop it now.
  if (local?.target === "local" && local.token !== current?.token) await stopOwnServer(local);
  opts.log.info(
    `${opts.environment} now serves ${idText}${outcome.state.url ? ` at ${outcome.state.url}` : ""}${current ? ` (was ${current.model})` : ""}`,
  );
  return {
    model: idText,
    previous: current?.model ?? null,
    url: outcome.state.url,
    rolledBack: false,
    unchanged: false,
    smoke: redact(outcome.smoke),
  };
}

type Failed = Extract<TargetOutcome, { ok: false }>;

/**
 * A smoke test's wrong answers are the model's only when the serving code is the one it was
 * evaluated with (its version record's `serving`): changed serving code is blamed instead, and the
 * model stays deployable. Without a record (registered without an evaluation) the model is blamed.
 */
async function blameServingCode(opts: DeployOptions, info: VersionInfo, outcome: Failed): Promise<Failed> {
  if (!info.serving || !opts.serveCommand)
    return { ...outcome, failure: `${outcome.failure} (no serving code was recorded at evaluation to tell)` };
  const now = await servingCode(opts.serveCommand, opts.projectDir, opts.servingCodeGlobs).catch(() => undefined);
  const change = now && servingCodeChange(info.serving, now);
  if (now && !change)
    return {
      ...outcome,
      failure: `${outcome.failure}; the serving code is the one evaluated: the model's answers differ`,
    };
  return {
    ...outcome,
    cause: "serving-code",
    failure: `${outcome.failure}; the serving code changed since evaluation: ${change ?? "it cannot be read"}`,
  };
}

async function quarantinedNow(opts: DeployOptions): Promise<boolean> {
  return Boolean((await opts.registry.show(modelKey(opts.info))).state.quarantine);
}

/** Quarantines a model (its content can no longer be deployed) and logs who, when and why in the registry. */
export async function quarantineModel(
  registry: Registry,
  id: ModelId,
  reason: string,
  opts: Partial<Actor> & { environment?: string } = {},
): Promise<void> {
  const why = redact(reason);
  const by = opts.by ?? actor();
  await registry.quarantine(id, why, { ...opts, by });
}

/** Lifts a quarantine (the model is deployable again) and logs who, when and why in the registry. */
export async function releaseModel(
  registry: Registry,
  id: ModelId,
  reason: string,
  opts: Partial<Actor> & { environment?: string } = {},
): Promise<void> {
  const info = await registry.show(id);
  if (!info.state.quarantine) throw new UserError(`${info.id} is not quarantined`, { input: "ref" });
  const by = opts.by ?? actor();
  await registry.release(id, redact(reason), { ...opts, by });
}

export function stopEnvironment(stateDir: string, env: string, log: Logger = silentLogger): Promise<void> {
  return withEnvironmentLock(stateDir, env, log, async () => {
    const state = await readState(stateDir, env);
    if (state?.target === "local") await stopOwnServer(state);
    if (state) await fs.rm(path.join(deploymentsDir(stateDir), `${env}.json`), { force: true });
  });
}
