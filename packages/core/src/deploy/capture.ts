import path from "node:path";
import type { CaptureConfig } from "../config/schema.js";
import { durationMs } from "../config/duration.js";
import { freePort, startServer, waitReady, type ServerHandle } from "../serve/model-server.js";
import { nodeProgram } from "../util/node-entry.js";
import { redactionPatternFor } from "../util/secrets.js";
import type { CaptureRuntime } from "./capture-proxy.js";
import type { TargetContext } from "./targets/types.js";

/**
 * Capture: a small recording reverse proxy in front of the server the local target starts. The
 * user's server is not changed: clients reach the proxy, which relays every request and answer
 * byte for byte (but for the X-Request-Id it gives a request without one; capture-proxy.ts) and,
 * for a sampled POST /predict answered 2xx, appends one JSONL line per row:
 *
 *   {"id": …, "timestamp": "<ISO 8601, when the request arrived>", "model": "<model ID>",
 *    "request_id": …, "<evaluate.prediction>": …, "<evaluate.score>": …, <the row's features>…}
 *
 * which check-performance reads as its predictions (id column `id`, timestamp column `timestamp`,
 * the prediction and score under the names the recorded predictions file uses). The request id is
 * the client's `X-Request-Id` (letters, digits and `._:-`, at most 128) or a new UUID; it is passed
 * to the server in that header. A row's id is its `id-field` value when set, else the request id
 * (with `:<row>` counted from 0 when the request holds several rows). A request is recorded when
 * the first 4 bytes of SHA-256("<seed>:<request id>") read as a big-endian integer, divided by
 * 2^32, are below `rate`. The file never grows past `max-bytes`: a line that would take it past
 * is written to a new file after the live one becomes `<name>.1.jsonl` (`.1` → `.2`, …, up to
 * `keep`; older ones are deleted). Secrets the server holds are redacted from every line.
 */

/** The capture file of an environment: the configured path (from the project's folder), else .mlship/capture/<env>.jsonl. */
function captureFile(config: CaptureConfig, projectDir: string, stateDir: string, environment: string): string {
  return config.path ? path.resolve(projectDir, config.path) : path.join(stateDir, "capture", `${environment}.jsonl`);
}

/**
 * Starts the capture proxy in front of `upstream` (the server just started and smoke-tested),
 * carrying the server's deploy token so that stopping the server stops it too, and waits until
 * GET /healthz answers through it.
 */
export async function startCapture(
  ctx: TargetContext,
  config: CaptureConfig,
  o: { upstream: string; token: string; serverEnv: NodeJS.ProcessEnv; logFile: string },
): Promise<ServerHandle> {
  const c = ctx.smoke.contract;
  const runtime: CaptureRuntime = {
    upstream: o.upstream,
    file: captureFile(config, ctx.projectDir, ctx.stateDir, ctx.environment),
    rate: config.rate,
    seed: config.seed,
    maxBytes: config["max-bytes"],
    keep: config.keep,
    idField: config["id-field"] ?? null,
    model: ctx.info.id,
    predictPath: "/predict",
    responsePath: c.responsePath,
    scoreKey: c.scoreKey,
    predictionKey: c.predictionKey,
    predictionColumn: c.prediction,
    scoreColumn: c.score ?? null,
    redact: redactionPatternFor(o.serverEnv) ?? null,
  };
  const port = await freePort();
  const proxy = startServer(captureProxyCommand(), {
    cwd: ctx.projectDir,
    env: { MLSHIP_DEPLOY_TOKEN: o.token, MLSHIP_CAPTURE: JSON.stringify(runtime) },
    port,
    logFile: o.logFile,
  });
  try {
    await waitReady(proxy, durationMs(ctx.envConfig["health-timeout"]));
  } catch (e) {
    await proxy.stop();
    throw e;
  }
  ctx.log.info(
    `capturing ${config.rate === 1 ? "every request" : `${config.rate * 100}% of requests`} to ${runtime.file} through ${proxy.url} (pid ${proxy.pid})`,
  );
  return proxy;
}

/**
 * The argv that runs the capture proxy (deploy/capture-proxy.ts, its own build entry).
 * @internal
 */
export function captureProxyCommand(): string[] {
  return nodeProgram(import.meta.url, "./capture-proxy.ts", "capture-proxy.js");
}
