import path from "node:path";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Service } from "kubernetes-models/v1/Service";
import { UserError } from "../../errors.js";
import { formatModelId } from "../../model-id.js";
import { writeFileAtomic } from "../../util/fs-atomic.js";
import { deploymentsDir } from "../state.js";
import {
  deployedState,
  type DeployTarget,
  type FailureCause,
  type TargetContext,
  type TargetOutcome,
} from "./types.js";
import {
  dnsLabel,
  kubectl,
  labelValue,
  modelContainer,
  rolloutTimeout,
  said,
  smokeThroughPortForward,
} from "./kube.js";

export interface RenderedManifests {
  name: string;
  namespace: string;
  deployment: Deployment;
  service: Service;
  autoscaler?: HorizontalPodAutoscaler;
  /** What is applied: a v1 List of the objects, as JSON (kubectl reads it like YAML). */
  json: string;
}

/**
 * The Deployment, Service and (with `autoscale`) HorizontalPodAutoscaler for one model in one
 * environment, each checked against the Kubernetes OpenAPI schemas (kubernetes-models). The pods
 * run the model's image by digest; the model ID and digest go into their environment and
 * annotations, so a new model always rolls the pods.
 */
export function renderKubernetes(
  ctx: Pick<TargetContext, "info" | "environment" | "envConfig" | "replicas" | "image">,
): RenderedManifests {
  const cfg = ctx.envConfig;
  const id = formatModelId(ctx.info);
  const name = dnsLabel(`${ctx.info.name}-${ctx.environment}`);
  const namespace = cfg.namespace ?? "default";
  const selector = {
    "app.kubernetes.io/name": labelValue(ctx.info.name),
    "mlship.dev/environment": labelValue(ctx.environment),
  };
  const labels = {
    ...selector,
    "app.kubernetes.io/managed-by": "mlship",
    "mlship.dev/version": `v${ctx.info.version}`,
  };
  const annotations = { "mlship.dev/model-id": id, "mlship.dev/model-digest": ctx.info.digest };
  const container = modelContainer(ctx, "model");
  const auto = cfg.autoscale;
  const deployment = new Deployment({
    metadata: { name, namespace, labels, annotations },
    spec: {
      // With an autoscaler the replica count is its to set: an apply must not reset it.
      ...(auto ? {} : { replicas: ctx.replicas ?? cfg.replicas }),
      selector: { matchLabels: selector },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels, annotations },
        spec: {
          containers: [container],
          ...(cfg["image-pull-secret"] ? { imagePullSecrets: [{ name: cfg["image-pull-secret"] }] } : {}),
          automountServiceAccountToken: false,
        },
      },
    },
  });
  const service = new Service({
    metadata: { name, namespace, labels },
    spec: { selector, ports: [{ name: "http", port: 80, targetPort: "http" }] },
  });
  const autoscaler = auto
    ? new HorizontalPodAutoscaler({
        metadata: { name, namespace, labels },
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name },
          minReplicas: auto["min-replicas"],
          maxReplicas: auto["max-replicas"],
          metrics: [
            {
              type: "Resource",
              resource: { name: "cpu", target: { type: "Utilization", averageUtilization: auto["cpu-utilization"] } },
            },
          ],
        },
      })
    : undefined;
  if (auto && !cfg.resources?.cpu)
    throw new UserError(
      `environment '${ctx.environment}': autoscale scales on CPU use relative to the pods' request: set resources.cpu too`,
      { input: "environment" },
    );
  const objects = [deployment, service, ...(autoscaler ? [autoscaler] : [])];
  for (const o of objects) o.validate();
  const json = `${JSON.stringify({ apiVersion: "v1", kind: "List", items: objects.map((o) => o.toJSON()) }, null, 2)}\n`;
  return { name, namespace, deployment, service, autoscaler, json };
}

/** After a failed rollout or smoke test: `kubectl rollout undo` to what served, or the new Deployment removed when nothing did. */
async function rollBack(ctx: TargetContext, m: RenderedManifests): Promise<void> {
  const target = `deployment/${m.name}`;
  if (!ctx.current) {
    const del = await kubectl(ctx, m.namespace, ["delete", target, "--ignore-not-found"]);
    if (del.code !== 0) ctx.log.error(`kubectl delete ${target} failed: ${said(del)}`);
    return;
  }
  await ctx.log.group(`kubectl rollout undo ${target} (back to ${ctx.current.model})`, async () => {
    const undo = await kubectl(ctx, m.namespace, ["rollout", "undo", target]);
    if (undo.code !== 0) {
      ctx.log.error(`kubectl rollout undo ${target} failed: ${said(undo)}`);
      return;
    }
    const status = await kubectl(ctx, m.namespace, ["rollout", "status", target, `--timeout=${rolloutTimeout(ctx)}`]);
    if (status.code !== 0) ctx.log.error(`the rollback of ${target} did not become ready either: ${said(status)}`);
  });
}

/**
 * kubectl apply, wait for the rollout, smoke-test the new pods through a port-forward; a rollout
 * that never gets ready, or new pods that answer wrongly, are rolled back (`rollout undo`).
 */
export const kubernetesTarget: DeployTarget = {
  async deploy(ctx: TargetContext): Promise<TargetOutcome> {
    const m = renderKubernetes(ctx);
    const file = path.join(deploymentsDir(ctx.stateDir), "kubernetes", `${ctx.environment}.json`);
    await writeFileAtomic(file, m.json);
    const apply = await ctx.log.group(`kubectl apply (${m.namespace}/${m.name})`, () =>
      kubectl(ctx, m.namespace, ["apply", "-f", file]),
    );
    if (apply.code !== 0) throw new UserError(`kubectl apply failed (exit ${apply.code}): ${said(apply)}`, {}, 1);
    const status = await kubectl(ctx, m.namespace, [
      "rollout",
      "status",
      `deployment/${m.name}`,
      `--timeout=${rolloutTimeout(ctx)}`,
    ]);
    let failure: string | undefined;
    let cause: FailureCause = "environment";
    let smoke: string | undefined;
    if (status.code !== 0) failure = `rollout of ${ctx.info.id} did not become ready: ${said(status)}`;
    else {
      const s = await smokeThroughPortForward(ctx, m.namespace, `service/${m.name}`, 80);
      smoke = s.result.detail;
      if (!s.result.ok) {
        failure = `smoke test failed: ${s.result.detail}`;
        cause = s.cause;
      }
    }
    if (failure) {
      const detected = performance.now();
      await rollBack(ctx, m);
      return { ok: false, failure, recoveryMs: performance.now() - detected, cause, smoke };
    }
    const state = deployedState(ctx, "kubernetes", {
      url: ctx.envConfig.url ?? `http://${m.name}.${m.namespace}.svc.cluster.local`,
    });
    return { ok: true, state, smoke };
  },
  async retire() {
    // The Deployment's rolling update already replaced the old pods.
  },
  async abort(ctx) {
    const started = performance.now();
    await rollBack(ctx, renderKubernetes(ctx));
    return performance.now() - started;
  },
};
