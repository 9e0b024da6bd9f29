import path from "node:path";
import { Container } from "kubernetes-models/v1/Container";
import { UserError } from "../../errors.js";
import { formatModelId } from "../../model-id.js";
import { durationMs } from "../../config/duration.js";
import { writeFileAtomic } from "../../util/fs-atomic.js";
import { commandArgv, runTool } from "../../util/process.js";
import { childEnv, redactedTail } from "../../util/secrets.js";
import { actor } from "../../util/actor.js";
import { deploymentsDir } from "../state.js";
import {
  dnsLabel,
  kubectl,
  labelValue,
  modelContainer,
  rolloutTimeout,
  said,
  smokeThroughPortForward,
} from "./kube.js";
import {
  deployedState,
  type Clock,
  type DeployTarget,
  type FailureCause,
  type TargetContext,
  type TargetOutcome,
} from "./types.js";

/**
 * An InferenceService (serving.kserve.io/v1beta1) whose predictor runs the model's image by
 * digest. `canaryTrafficPercent` set (a canary) gives the new revision that share of the
 * traffic, KServe keeping the rest on the revision that served before; 0 sends all of it back.
 * The predictor container is checked against the Kubernetes schemas here; the whole object
 * against the CRD's schema in the tests (test/fixtures/kserve, a fixture taken from a KServe release).
 */
export function renderInferenceService(
  ctx: Pick<TargetContext, "info" | "environment" | "envConfig" | "replicas" | "image">,
  canaryTrafficPercent: number | undefined,
): { name: string; namespace: string; object: Record<string, unknown>; json: string } {
  const cfg = ctx.envConfig;
  const name = dnsLabel(`${ctx.info.name}-${ctx.environment}`);
  const namespace = cfg.namespace ?? "default";
  // Knative (KServe's serverless mode) accepts only http1/h2c as a port name, and no startup probe.
  const container = modelContainer(ctx, "kserve-container", { portName: "http1", startupProbe: false });
  new Container(container).validate();
  const replicas = ctx.replicas ?? cfg.replicas;
  const object = {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name,
      namespace,
      labels: {
        "app.kubernetes.io/name": labelValue(ctx.info.name),
        "app.kubernetes.io/managed-by": "mlship",
        "mlship.dev/environment": labelValue(ctx.environment),
        "mlship.dev/version": `v${ctx.info.version}`,
      },
      annotations: { "mlship.dev/model-id": formatModelId(ctx.info), "mlship.dev/model-digest": ctx.info.digest },
    },
    spec: {
      predictor: {
        minReplicas: cfg.autoscale?.["min-replicas"] ?? replicas,
        maxReplicas: cfg.autoscale?.["max-replicas"] ?? replicas,
        ...(canaryTrafficPercent !== undefined ? { canaryTrafficPercent } : {}),
        ...(cfg["image-pull-secret"] ? { imagePullSecrets: [{ name: cfg["image-pull-secret"] }] } : {}),
        automountServiceAccountToken: false,
        containers: [container],
      },
    },
  };
  return { name, namespace, object, json: `${JSON.stringify(object, null, 2)}\n` };
}

interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
}
interface Traffic {
  revisionName?: string;
  percent?: number;
  latestRevision?: boolean;
  tag?: string;
}
interface IsvcStatus {
  conditions?: Condition[];
  components?: { predictor?: { latestCreatedRevision?: string; traffic?: Traffic[] } };
}

/** What KServe reports of the InferenceService (`kubectl get -o json`), or why it cannot be read. */
async function readStatus(ctx: TargetContext, namespace: string, name: string): Promise<IsvcStatus | string> {
  const r = await kubectl(ctx, namespace, ["get", `inferenceservice/${name}`, "-o", "json"]);
  if (r.code !== 0) return `kubectl get inferenceservice/${name} failed: ${said(r)}`;
  try {
    const status = (JSON.parse(r.stdout) as { status?: unknown }).status;
    return status && typeof status === "object" ? (status as IsvcStatus) : {};
  } catch {
    return `kubectl get inferenceservice/${name} -o json answered something that is not JSON`;
  }
}

/** Why the status is not a healthy canary at `percent` (undefined: it is). */
function unhealthy(status: IsvcStatus, percent: number): string | undefined {
  for (const c of status.conditions ?? [])
    if ((c.type === "Ready" || c.type === "PredictorReady") && c.status !== "True")
      return `KServe reports ${c.type}=${c.status ?? "?"}${c.reason ? ` (${c.reason}${c.message ? `: ${redactedTail(c.message, 300)}` : ""})` : ""}`;
  if (!(status.conditions ?? []).some((c) => c.type === "Ready")) return "KServe reports no Ready condition";
  const latest = (status.components?.predictor?.traffic ?? []).find((t) => t.latestRevision);
  if (!latest) return "KServe reports no traffic to the latest revision";
  if (latest.percent !== percent) return `KServe sends ${latest.percent ?? 0}% to the new revision, not ${percent}%`;
  return undefined;
}

const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

async function event(
  ctx: TargetContext,
  action: "canary" | "promote",
  outcome: "success" | "failure",
  reason: string,
): Promise<void> {
  await ctx.registry.appendEvent(ctx.info.name, ctx.environment, {
    action,
    from: ctx.current?.model ?? null,
    to: formatModelId(ctx.info),
    digest: ctx.info.digest,
    outcome,
    reason,
    by: actor(),
  });
  ctx.log.info(`${action}: ${reason}`);
}

/**
 * Apply, wait for Ready, smoke-test the new revision through a port-forward; with a canary
 * (and something serving before): hold `bake` at `traffic`% while checking what KServe reports
 * and the user's check, then promote to 100%, or send all traffic back (canaryTrafficPercent 0).
 * Each canary step is an event in the environment's log.
 */
export const kserveTarget: DeployTarget = {
  async deploy(ctx: TargetContext): Promise<TargetOutcome> {
    const canary = ctx.current ? ctx.envConfig.canary : undefined;
    const first = renderInferenceService(ctx, canary?.traffic);
    const { name, namespace } = first;
    const file = path.join(deploymentsDir(ctx.stateDir), "kserve", `${ctx.environment}.json`);
    const apply = async (json: string) => {
      await writeFileAtomic(file, json);
      return ctx.log.group(`kubectl apply (${namespace}/inferenceservice/${name})`, () =>
        kubectl(ctx, namespace, ["apply", "-f", file]),
      );
    };
    const applied = await apply(first.json);
    if (applied.code !== 0) throw new UserError(`kubectl apply failed (exit ${applied.code}): ${said(applied)}`, {}, 1);
    const ready = () =>
      kubectl(ctx, namespace, [
        "wait",
        "--for=condition=Ready",
        `inferenceservice/${name}`,
        `--timeout=${rolloutTimeout(ctx)}`,
      ]);
    const fail = async (failure: string, cause: FailureCause, smoke?: string): Promise<TargetOutcome> => {
      const detected = performance.now();
      await rollBack(ctx, namespace, name, apply);
      if (canary) await event(ctx, "canary", "failure", `${failure}; all traffic back to ${ctx.current!.model}`);
      return { ok: false, failure, recoveryMs: performance.now() - detected, cause, smoke };
    };
    const waited = await ready();
    if (waited.code !== 0) return fail(`${ctx.info.id} did not become Ready: ${said(waited)}`, "environment");
    const status = await readStatus(ctx, namespace, name);
    const revision = typeof status === "string" ? undefined : status.components?.predictor?.latestCreatedRevision;
    // The new revision's own pods (Knative names their Deployment <revision>-deployment), not the split traffic.
    const s = await smokeThroughPortForward(
      ctx,
      namespace,
      revision ? `deployment/${dnsLabel(revision)}-deployment` : `service/${name}-predictor`,
      revision ? ctx.envConfig.port : 80,
    );
    if (!s.result.ok) return fail(`smoke test failed: ${s.result.detail}`, s.cause, s.result.detail);
    if (canary) {
      const clock = ctx.clock ?? realClock;
      const bakeMs = durationMs(canary.bake);
      const pollMs = durationMs(canary["poll-interval"]);
      await event(
        ctx,
        "canary",
        "success",
        `${canary.traffic}% of traffic to ${ctx.info.id} for ${canary.bake} (checked every ${canary["poll-interval"]})`,
      );
      const start = clock.now();
      let checks = 0;
      for (;;) {
        const why = await bakeCheck(ctx, namespace, name, canary.traffic);
        checks++;
        if (why) return fail(`canary check ${checks} failed: ${why}`, "environment", s.result.detail);
        const left = bakeMs - (clock.now() - start);
        if (left <= 0) break;
        await clock.sleep(Math.min(pollMs, left));
      }
      const promoted = await apply(renderInferenceService(ctx, undefined).json);
      const promotedReady = promoted.code === 0 ? await ready() : promoted;
      if (promotedReady.code !== 0)
        return fail(`promoting ${ctx.info.id} to 100% failed: ${said(promotedReady)}`, "environment", s.result.detail);
      await event(ctx, "promote", "success", `baked ${canary.bake} (${checks} checks passed): 100% of traffic`);
    }
    const after = await readStatus(ctx, namespace, name);
    const url = typeof after === "string" ? undefined : (after as { url?: string }).url;
    const state = deployedState(ctx, "kserve", { url: ctx.envConfig.url ?? url ?? null });
    return { ok: true, state, smoke: s.result.detail };
  },
  async retire() {
    // KServe moved the traffic; Knative scales the old revision down.
  },
  async abort(ctx) {
    const started = performance.now();
    const { name, namespace, json } = renderInferenceService(ctx, 0);
    const file = path.join(deploymentsDir(ctx.stateDir), "kserve", `${ctx.environment}.json`);
    await rollBack(ctx, namespace, name, async () => {
      await writeFileAtomic(file, json);
      return kubectl(ctx, namespace, ["apply", "-f", file]);
    });
    return performance.now() - started;
  },
};

/** One check of the bake: what KServe reports (when rollback-if.not-ready), then the user's command. */
async function bakeCheck(
  ctx: TargetContext,
  namespace: string,
  name: string,
  traffic: number,
): Promise<string | undefined> {
  const rules = ctx.envConfig.canary!["rollback-if"];
  if (rules["not-ready"]) {
    const status = await readStatus(ctx, namespace, name);
    const why = typeof status === "string" ? status : unhealthy(status, traffic);
    if (why) return why;
  }
  const cmd = rules["command-fails"];
  if (cmd) {
    const env = childEnv(
      {
        MLSHIP_MODEL_ID: formatModelId(ctx.info),
        MLSHIP_PREVIOUS_MODEL_ID: ctx.current?.model ?? "",
        MLSHIP_ENVIRONMENT: ctx.environment,
        MLSHIP_CANARY_TRAFFIC: String(traffic),
      },
      ctx.envConfig["pass-env"],
    );
    const argv = commandArgv(cmd, env as Record<string, string>, "canary.rollback-if.command-fails");
    const r = await runTool(argv[0], argv.slice(1), { env, cwd: ctx.projectDir });
    if (r.code !== 0)
      return `rollback-if command exited with code ${r.code}: ${redactedTail((r.stderr || r.stdout).trim(), 500)}`;
  }
  return undefined;
}

/**
 * What served before serves again: canaryTrafficPercent 0 sends every request to the revision
 * KServe kept (its rollback); with nothing before, the InferenceService is removed.
 */
async function rollBack(
  ctx: TargetContext,
  namespace: string,
  name: string,
  apply: (json: string) => Promise<{ code: number; stdout: string; stderr: string }>,
): Promise<void> {
  if (!ctx.current) {
    const del = await kubectl(ctx, namespace, ["delete", `inferenceservice/${name}`, "--ignore-not-found"]);
    if (del.code !== 0) ctx.log.error(`kubectl delete inferenceservice/${name} failed: ${said(del)}`);
    return;
  }
  const back = await apply(renderInferenceService(ctx, 0).json);
  if (back.code !== 0) ctx.log.error(`sending the traffic back to ${ctx.current.model} failed: ${said(back)}`);
}
