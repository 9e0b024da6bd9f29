import path from "node:path";
import type { ModelId } from "../../model-id.js";
import type { Registry } from "../../registry/types.js";
import type { Logger } from "../../util/log.js";
import { exists } from "../../util/fs-atomic.js";
import { modelKey, type TargetContext } from "./types.js";

/**
 * Pulls the model (verified) and its recorded predictions into the local model cache once. The
 * cache is keyed by content digest, not by name@vN: a registry recreated with other bytes under
 * the same ID never gets the old bytes served (or smoke-tested against old predictions).
 */
export async function pullForDeploy(
  ctx: TargetContext,
): Promise<{ modelPath: string; predictions: string | undefined }> {
  const base = path.join(ctx.stateDir, "models", ctx.info.name);
  const modelPath = path.join(base, ctx.info.digest.replace(/^sha256:/, ""));
  if (!(await exists(modelPath))) {
    await ctx.log.group(`pull ${ctx.info.id}`, async () => {
      await ctx.registry.pull(modelKey(ctx.info), modelPath);
      ctx.log.info(`pulled ${ctx.info.id} (${ctx.info.digest}) to ${modelPath}`);
    });
  }
  return { modelPath, predictions: await recordedPredictions(ctx) };
}

/** The predictions recorded at registration (what the smoke test replays), pulled (verified) into the model cache once. */
export async function recordedPredictions(ctx: TargetContext): Promise<string | undefined> {
  const recorded = ctx.info.attachments?.["predictions.csv"];
  if (!recorded) return undefined;
  const predictions = path.join(
    ctx.stateDir,
    "models",
    ctx.info.name,
    `${recorded.replace(/^sha256:/, "")}.predictions.csv`,
  );
  const have =
    (await exists(predictions)) ||
    (await ctx.registry.pullAttachment(modelKey(ctx.info), "predictions.csv", predictions)) !== undefined;
  return have ? predictions : undefined;
}

/**
 * The folder of the model that served before, for targets that put it back themselves: the path
 * the local record kept on this machine, else pulled (verified) from the registry, whose
 * environment record is all a fresh machine knows of it.
 */
export async function pullPrevious(ctx: TargetContext): Promise<{ path: string; digest: string } | undefined> {
  const prev = ctx.current;
  if (!prev) return undefined;
  if (prev.modelPath && (await exists(prev.modelPath))) return { path: prev.modelPath, digest: prev.digest };
  if (!prev.id) return undefined;
  return pullToCache(ctx.registry, prev.id, ctx.stateDir, ctx.log, "what served before");
}

/** A version's model folder in this machine's model cache (keyed by content digest), pulled (verified) when absent. */
export async function pullToCache(
  registry: Registry,
  id: ModelId,
  stateDir: string,
  log: Logger,
  why: string,
): Promise<{ path: string; digest: string }> {
  const info = await registry.show(id);
  const dir = path.join(stateDir, "models", info.name, info.digest.replace(/^sha256:/, ""));
  if (!(await exists(dir))) await log.group(`pull ${info.id} (${why})`, () => registry.pull(id, dir));
  return { path: dir, digest: info.digest };
}
