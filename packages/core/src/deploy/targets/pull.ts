import path from "node:path";
import { exists } from "../../util/fs-atomic.js";
import type { TargetContext } from "./types.js";

/** Pulls the model (verified) and its recorded predictions into the local model cache once. */
export async function pullForDeploy(ctx: TargetContext): Promise<{ modelPath: string; predictions: string | undefined }> {
  const base = path.join(ctx.stateDir, "models", ctx.info.name);
  const modelPath = path.join(base, `v${ctx.info.version}`);
  if (!(await exists(modelPath))) {
    await ctx.log.group(`pull ${ctx.idText}`, async () => {
      await ctx.registry.pull(ctx.id, modelPath);
      ctx.log.info(`pulled ${ctx.idText} (${ctx.info.digest}) to ${modelPath}`);
    });
  }
  const predictions = path.join(base, `v${ctx.info.version}.predictions.csv`);
  const have = (await exists(predictions)) || (await ctx.registry.pullAttachment(ctx.id, "predictions.csv", predictions)) !== undefined;
  return { modelPath, predictions: have ? predictions : undefined };
}
