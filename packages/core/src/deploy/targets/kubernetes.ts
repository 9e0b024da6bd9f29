import path from "node:path";
import { stringify } from "yaml";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Service } from "kubernetes-models/v1/Service";
import { UserError } from "../../errors.js";
import { formatModelId } from "../../model-id.js";
import { durationMs } from "../../config/duration.js";
import { writeFileAtomic } from "../../util/fs-atomic.js";
import { deploymentsDir } from "../state.js";
import { runTool } from "../../util/process.js";
import { redact } from "../../util/secrets.js";
import { deployedState, type DeployTarget, type TargetContext, type TargetOutcome } from "./types.js";
import { coreSettings } from "../../settings.js";

/** A DNS-1123 label from a model and environment name (Kubernetes object names). */
export function dnsLabel(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 63)
      .replace(/-+$/, "") || "model"
  );
}

/** A label value: at most 63 of [A-Za-z0-9._-], starting and ending alphanumeric. */
function labelValue(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 63)
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "") || "x"
  );
}

export interface RenderedManifests {
  name: string;
  namespace: string;
  deployment: Deployment;
  service: Service;
  yaml: string;
}

/**
 * The Deployment and Service for one model in one environment, checked against the Kubernetes
 * OpenAPI schemas (kubernetes-models). The model ID and digest go into the pod's environment and
 * annotations, so a new model always rolls the pods.
 */
export function renderKubernetes(
  ctx: Pick<TargetContext, "info" | "environment" | "envConfig" | "registry" | "replicas">,
): RenderedManifests {
  const cfg = ctx.envConfig;
  const id = formatModelId(ctx.info);
  if (!cfg.image)
    throw new UserError(`environment '${ctx.environment}' has target: kubernetes but no image`, {
      input: "environment",
    });
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
  const deployment = new Deployment({
    metadata: { name, namespace, labels, annotations },
    spec: {
      replicas: ctx.replicas ?? cfg.replicas,
      selector: { matchLabels: selector },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels, annotations },
        spec: {
          containers: [
            {
              name: "model",
              image: cfg.image,
              ports: [{ name: "http", containerPort: cfg.port }],
              env: [
                { name: "MLSHIP_MODEL_ID", value: id },
                { name: "MLSHIP_MODEL_DIGEST", value: ctx.info.digest },
                { name: "MLSHIP_REGISTRY", value: ctx.registry.uri },
                { name: "MLSHIP_ENVIRONMENT", value: ctx.environment },
                { name: "PORT", value: String(cfg.port) },
              ],
              readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 5, failureThreshold: 3 },
              livenessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 10, failureThreshold: 6 },
            },
          ],
        },
      },
    },
  });
  const service = new Service({
    metadata: { name, namespace, labels },
    spec: { selector, ports: [{ name: "http", port: 80, targetPort: "http" }] },
  });
  deployment.validate();
  service.validate();
  const yaml = [deployment, service].map((o) => stringify(o.toJSON())).join("---\n");
  return { name, namespace, deployment, service, yaml };
}

function kubectl(): string {
  return coreSettings.kubectl();
}

function baseArgs(ctx: TargetContext, namespace: string): string[] {
  return [...(ctx.envConfig.context ? ["--context", ctx.envConfig.context] : []), "--namespace", namespace];
}

/** kubectl apply, then wait for the rollout; a failed rollout is undone and waited for again. */
export const kubernetesTarget: DeployTarget = {
  async deploy(ctx: TargetContext): Promise<TargetOutcome> {
    const m = renderKubernetes(ctx);
    const file = path.join(deploymentsDir(ctx.stateDir), "kubernetes", `${ctx.environment}.yaml`);
    await writeFileAtomic(file, m.yaml);
    const args = baseArgs(ctx, m.namespace);
    const timeout = `${Math.ceil(durationMs(ctx.envConfig["health-timeout"]) / 1000)}s`;
    const apply = await ctx.log.group(`kubectl apply (${m.namespace}/${m.name})`, () =>
      runTool(kubectl(), [...args, "apply", "-f", file]),
    );
    if (apply.code !== 0)
      throw new UserError(
        `kubectl apply failed (exit ${apply.code}): ${redact((apply.stderr || apply.stdout).trim()).slice(0, 2000)}`,
        {},
        1,
      );
    const status = await runTool(kubectl(), [
      ...args,
      "rollout",
      "status",
      `deployment/${m.name}`,
      `--timeout=${timeout}`,
    ]);
    if (status.code !== 0) {
      const failure = `rollout of ${ctx.info.id} did not become ready: ${redact((status.stderr || status.stdout).trim()).slice(0, 500)}`;
      const detected = performance.now();
      if (ctx.current) {
        await runTool(kubectl(), [...args, "rollout", "undo", `deployment/${m.name}`]);
        await runTool(kubectl(), [...args, "rollout", "status", `deployment/${m.name}`, `--timeout=${timeout}`]);
      }
      return { ok: false, failure, recoveryMs: performance.now() - detected, cause: "environment" };
    }
    const state = deployedState(ctx, "kubernetes", {
      url: ctx.envConfig.url ?? `http://${m.name}.${m.namespace}.svc.cluster.local`,
    });
    return { ok: true, state };
  },
  async retire() {
    // The Deployment's rolling update already replaced the old pods.
  },
  async abort(ctx) {
    const started = performance.now();
    const m = renderKubernetes(ctx);
    const args = baseArgs(ctx, m.namespace);
    await runTool(kubectl(), [...args, "rollout", "undo", `deployment/${m.name}`]);
    const timeout = `${Math.ceil(durationMs(ctx.envConfig["health-timeout"]) / 1000)}s`;
    await runTool(kubectl(), [...args, "rollout", "status", `deployment/${m.name}`, `--timeout=${timeout}`]);
    return performance.now() - started;
  },
};
