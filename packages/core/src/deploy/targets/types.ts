import type { Command, EnvironmentConfig } from "../../config/schema.js";
import type { ModelId } from "../../model-id.js";
import type { Registry, VersionInfo } from "../../registry/types.js";
import type { CoreSettings } from "../../settings.js";
import type { Logger } from "../../util/log.js";
import type { Deployment, DeploymentState } from "../state.js";
import type { SmokeOptions } from "../smoke.js";

/** Everything a target needs to put one model into one environment. */
export interface TargetContext {
  registry: Registry;
  /** The model, as its version record (read once by the deploy): its ID is `info.id`. */
  info: VersionInfo;
  environment: string;
  envConfig: EnvironmentConfig;
  serveCommand: Command | undefined;
  projectDir: string;
  stateDir: string;
  /**
   * What the environment runs now, as the registry records it (undefined on a first deploy), with
   * this machine's process bookkeeping when its server runs it; `id` is the registry's ID of it
   * (always set by the deploy, which read it once; a context made by hand may leave it out).
   */
  current: (DeploymentState & Partial<Pick<Deployment, "id">>) | undefined;
  /** From deploy/<env>.yml, overriding the environment's default. */
  replicas?: number;
  /** How the new server's answers are checked against the recorded predictions. */
  smoke: SmokeOptions;
  /**
   * The OCI image `mlship package` built for this version, when it was packaged: `reference` is
   * `host/repository@sha256:…` (always by digest, never a mutable tag) and names `digest`. Filled
   * by the deploy from the registry's record of the version's image (#30).
   */
  image?: { reference: string; digest: string };
  /** Time for waits that last minutes (a canary's bake): injected by tests, which must not sleep. */
  clock?: Clock;
  log: Logger;
  /** mlship's settings from the host (StepHost.settings): the Kubernetes targets' kubectl program. */
  settings: CoreSettings;
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export type TargetOutcome =
  | { ok: true; state: DeploymentState; smoke?: string }
  /** The new model failed; `recoveryMs` is the time from detection to the previous model serving alone again. */
  | { ok: false; failure: string; recoveryMs: number; smoke?: string; cause: FailureCause };

/**
 * Whose fault a failed deploy is: the model's own checks (its answers differ from those recorded
 * at registration) quarantine it; anything else (a serve command that does not start, a health
 * check never answered, a deploy script or rollout that failed) is the environment's, reported
 * as such, and the model stays deployable. Wrong answers from serving code that changed since the
 * model was evaluated are the serving code's ("serving-code"): the deploy fails, the model stays deployable.
 */
export type FailureCause = "model" | "serving-code" | "environment";

export interface DeployTarget {
  /** Starts the new model beside (or instead of) the old and checks it; never touches the state file. */
  deploy(ctx: TargetContext): Promise<TargetOutcome>;
  /** After the switch: stops what served before, when the target keeps it running. */
  retire(previous: DeploymentState | undefined): Promise<void>;
  /**
   * Undoes a deploy that passed its checks but must not stand (its model was quarantined while it
   * was being deployed): what served before serves again. Returns the milliseconds that took.
   */
  abort(ctx: TargetContext, deployed: DeploymentState): Promise<number>;
}

/** The state record of a successful deploy; targets fill in what they know (URL, process, path). */
export function deployedState(
  ctx: TargetContext,
  target: DeploymentState["target"],
  known: Partial<Pick<DeploymentState, "url" | "pid" | "port" | "token" | "modelPath">>,
): DeploymentState {
  return {
    schema: "mlship/deployment/v1",
    environment: ctx.environment,
    model: ctx.info.id,
    digest: ctx.info.digest,
    target,
    url: known.url ?? null,
    pid: known.pid ?? null,
    port: known.port ?? null,
    token: known.token ?? null,
    modelPath: known.modelPath ?? null,
    deployedAt: new Date().toISOString(),
  };
}

/** The registry's key of a version record (name and version, without the rest of the record). */
export function modelKey(info: Pick<VersionInfo, "name" | "version">): ModelId {
  return { name: info.name, version: info.version };
}
