import type { ChildProcess } from "node:child_process";
import type { IContainer } from "kubernetes-models/v1/Container";
import { UserError } from "../../errors.js";
import { formatModelId } from "../../model-id.js";
import { durationMs } from "../../config/duration.js";
import { spawnGroup, stopGroup, runTool, type ToolResult } from "../../util/process.js";
import { childEnv, redactedTail } from "../../util/secrets.js";
import { smokeTest, type SmokeResult } from "../smoke.js";
import { recordedPredictions } from "./pull.js";
import type { FailureCause, TargetContext } from "./types.js";

/** What the kubernetes and kserve targets share: kubectl, the image, the model container, the smoke test through a port-forward. */

/** The server contract's health endpoint (GET, 200 when the model is loaded): the pods' probes. */
const HEALTH_PATH = "/healthz";

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
export function labelValue(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 63)
      .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "") || "x"
  );
}

/** host[:port]/path…@sha256:<64 hex>: an OCI reference pinned by digest (what a pod may run). */
const PINNED =
  /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)+(:[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$/;

/**
 * The image the pods run: the one `mlship package` built for this version (by digest), else the
 * environment's `image:` when it is pinned by digest. A tag can move under a running Deployment
 * (and a rollback to "the previous revision" would run other bytes), so it is refused.
 */
function servingImage(ctx: Pick<TargetContext, "image" | "envConfig" | "environment" | "info">): string {
  const id = formatModelId(ctx.info);
  const how = `run \`mlship package ${id}\` (it builds the model's image and records its digest), or set the environment's image: to one pinned by digest (…@sha256:…)`;
  if (ctx.image) {
    if (!PINNED.test(ctx.image.reference) || !ctx.image.reference.endsWith(`@${ctx.image.digest}`))
      throw new UserError(
        `the packaged image recorded for ${id} is not a reference pinned by its digest: ${JSON.stringify(ctx.image.reference.slice(0, 300))}`,
        { input: "model" },
        1,
      );
    return ctx.image.reference;
  }
  const image = ctx.envConfig.image;
  if (!image)
    throw new UserError(`${id} has no packaged image for environment '${ctx.environment}': ${how}`, {
      input: "environment",
    });
  if (!PINNED.test(image))
    throw new UserError(
      `environment '${ctx.environment}': image ${JSON.stringify(image.slice(0, 300))} is not pinned by digest (a tag can change under a running deployment): ${how}`,
      { input: "environment" },
    );
  return image;
}

/**
 * The model container: the image (which carries the model: no registry address and no
 * credential goes into a pod), the model's ID and digest, probes on the server contract's health
 * endpoint, and the configured resources (a GPU as the limit nvidia.com/gpu).
 */
export function modelContainer(
  ctx: Pick<TargetContext, "image" | "envConfig" | "environment" | "info">,
  name: string,
  opts: { portName?: string; startupProbe?: boolean } = {},
): IContainer {
  const cfg = ctx.envConfig;
  const r = cfg.resources;
  const requests = { ...(r?.cpu ? { cpu: r.cpu } : {}), ...(r?.memory ? { memory: r.memory } : {}) };
  const limits = { ...(r?.memory ? { memory: r.memory } : {}), ...(r?.gpu ? { "nvidia.com/gpu": String(r.gpu) } : {}) };
  const startup = Math.max(1, Math.ceil(durationMs(cfg["health-timeout"]) / 5000));
  return {
    name,
    image: servingImage(ctx),
    ports: [{ name: opts.portName ?? "http", containerPort: cfg.port, protocol: "TCP" }],
    env: [
      { name: "MLSHIP_MODEL_ID", value: formatModelId(ctx.info) },
      { name: "MLSHIP_MODEL_DIGEST", value: ctx.info.digest },
      { name: "MLSHIP_ENVIRONMENT", value: ctx.environment },
      { name: "PORT", value: String(cfg.port) },
    ],
    // Loading a model takes a while: the startup probe allows health-timeout before liveness counts.
    ...(opts.startupProbe === false
      ? {}
      : {
          startupProbe: { httpGet: { path: HEALTH_PATH, port: cfg.port }, periodSeconds: 5, failureThreshold: startup },
        }),
    readinessProbe: { httpGet: { path: HEALTH_PATH, port: cfg.port }, periodSeconds: 5, failureThreshold: 3 },
    livenessProbe: { httpGet: { path: HEALTH_PATH, port: cfg.port }, periodSeconds: 10, failureThreshold: 6 },
    ...(Object.keys(requests).length || Object.keys(limits).length
      ? {
          resources: {
            ...(Object.keys(requests).length ? { requests } : {}),
            ...(Object.keys(limits).length ? { limits } : {}),
          },
        }
      : {}),
  };
}

export function kubectl(ctx: TargetContext, namespace: string, args: string[]): Promise<ToolResult> {
  return runTool(ctx.settings.kubectl, [...baseArgs(ctx, namespace), ...args], { env: childEnv() });
}

function baseArgs(ctx: TargetContext, namespace: string): string[] {
  return [...(ctx.envConfig.context ? ["--context", ctx.envConfig.context] : []), "--namespace", namespace];
}

/** What kubectl said when it failed, redacted and short. */
export function said(r: ToolResult): string {
  return redactedTail((r.stderr || r.stdout).trim(), 500);
}

export function rolloutTimeout(ctx: TargetContext): string {
  return `${Math.ceil(durationMs(ctx.envConfig["health-timeout"]) / 1000)}s`;
}

/**
 * `kubectl port-forward <resource> :<port>`: a local port to the new pods, so the smoke test
 * that checks a local server checks them the same way, from this machine, with the recorded
 * predictions it already has (an in-cluster Job would need an image holding the smoke test and
 * those rows, and would report through pod logs). Resolves once kubectl prints the local port.
 */
async function portForward(
  ctx: TargetContext,
  namespace: string,
  resource: string,
  port: number,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawnGroup(
    [ctx.settings.kubectl, ...baseArgs(ctx, namespace), "port-forward", resource, `:${port}`, "--address=127.0.0.1"],
    { env: childEnv() },
  );
  const timeoutMs = durationMs(ctx.envConfig["health-timeout"]);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopGroup(child.pid);
      reject(new Error(`kubectl port-forward ${resource}: ${why}`));
    };
    const timer = setTimeout(() => fail(`no local port after ${timeoutMs} ms`), timeoutMs);
    child.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /Forwarding from 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${m[1]}`, child });
      }
    });
    child.stderr?.on("data", (b: Buffer) => {
      err += b.toString();
    });
    child.on("error", (e) => fail(e.message));
    child.on("exit", (code) => fail(`exited with code ${code}: ${redactedTail(err.trim(), 500)}`));
  });
}

/**
 * The smoke test against the new pods through a port-forward: the recorded rows replayed, the
 * answers compared. Wrong answers are the model's (cause "model"; the deploy then asks whether
 * the serving code changed); a pod that cannot be reached is the environment's.
 */
export async function smokeThroughPortForward(
  ctx: TargetContext,
  namespace: string,
  resource: string,
  port: number,
): Promise<{ result: SmokeResult; cause: FailureCause }> {
  const predictions = await recordedPredictions(ctx);
  let fwd: Awaited<ReturnType<typeof portForward>>;
  try {
    fwd = await portForward(ctx, namespace, resource, port);
  } catch (e) {
    return { result: { ok: false, rows: 0, detail: (e as Error).message }, cause: "environment" };
  }
  try {
    return await ctx.log.group(
      `smoke test of ${formatModelId(ctx.info)} through kubectl port-forward ${resource}`,
      async () => {
        const result = await smokeTest(fwd.url, predictions, ctx.smoke);
        ctx.log.info(result.detail);
        return { result, cause: result.mismatch ? "model" : "environment" };
      },
    );
  } finally {
    await stopGroup(fwd.child.pid);
  }
}
