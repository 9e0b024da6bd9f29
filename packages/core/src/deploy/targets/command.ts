import { UserError } from "../../errors.js";
import type { Command } from "../../config/schema.js";
import { durationMs } from "../../config/duration.js";
import { childEnv, redact, redactedTail } from "../../util/secrets.js";
import { pullForDeploy, pullPrevious } from "./pull.js";
import { commandArgv, runTool } from "../../util/process.js";
import { deployedState, type DeployTarget, type TargetContext, type TargetOutcome } from "./types.js";

async function healthy(url: string, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) return true;
    } catch {
      /* retry */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/**
 * The team's own deploy script: run without a shell, given MLSHIP_MODEL_ID, MLSHIP_MODEL_PATH,
 * MLSHIP_MODEL_DIGEST, MLSHIP_ENVIRONMENT and MLSHIP_PREVIOUS_MODEL_ID, and when the version was
 * packaged (`mlship package`), MLSHIP_IMAGE (host/repository@sha256:…) and MLSHIP_IMAGE_DIGEST. Exit 0 means deployed;
 * when the environment has a url, its /healthz must answer too. On failure the script runs again
 * with the previous model.
 */
export const commandTarget: DeployTarget = {
  async deploy(ctx: TargetContext): Promise<TargetOutcome> {
    const cmd = ctx.envConfig.command;
    if (!cmd)
      throw new UserError(`environment '${ctx.environment}' has target: command but no command`, {
        input: "environment",
      });
    const { modelPath } = await pullForDeploy(ctx);
    const res = await ctx.log.group(`deploy command for ${ctx.info.id}`, () =>
      runCommand(ctx, cmd, ctx.info.id, modelPath, ctx.info.digest, ctx.image),
    );
    if (res.stdout.trim()) ctx.log.info(redact(res.stdout.trim()));
    let failure: string | undefined;
    if (res.code !== 0)
      failure = `deploy command exited with code ${res.code}: ${redactedTail(res.stderr.trim(), 500)}`;
    else if (ctx.envConfig.url && !(await healthy(ctx.envConfig.url, durationMs(ctx.envConfig["health-timeout"]))))
      failure = `${ctx.envConfig.url}/healthz did not answer after the deploy command`;
    if (failure) {
      const detected = performance.now();
      await restorePrevious(ctx, cmd);
      return { ok: false, failure, recoveryMs: performance.now() - detected, cause: "environment" };
    }
    const state = deployedState(ctx, "command", { url: ctx.envConfig.url ?? null, modelPath });
    return { ok: true, state };
  },
  async retire() {
    // The user's script replaced the previous model itself.
  },
  async abort(ctx) {
    const started = performance.now();
    if (ctx.envConfig.command) await restorePrevious(ctx, ctx.envConfig.command);
    return performance.now() - started;
  },
};

function runCommand(
  ctx: TargetContext,
  cmd: Command,
  model: string,
  path: string,
  digest: string,
  image: TargetContext["image"],
) {
  const env = childEnv(
    {
      MLSHIP_MODEL_ID: model,
      MLSHIP_MODEL_PATH: path,
      MLSHIP_MODEL_DIGEST: digest,
      MLSHIP_ENVIRONMENT: ctx.environment,
      MLSHIP_PREVIOUS_MODEL_ID: ctx.current?.model ?? "",
      // The image packaged for the model this run deploys (the new one, or the previous one restored).
      ...(image ? { MLSHIP_IMAGE: image.reference, MLSHIP_IMAGE_DIGEST: image.digest } : {}),
    },
    ctx.envConfig["pass-env"],
  );
  const argv = commandArgv(cmd, env as Record<string, string>, "command");
  return runTool(argv[0], argv.slice(1), { env, cwd: ctx.projectDir });
}

/** Runs the deploy command again with what served before (known to a fresh machine only through the registry's record). */
async function restorePrevious(ctx: TargetContext, cmd: Command): Promise<void> {
  const prev = await pullPrevious(ctx);
  if (!prev || !ctx.current) return;
  // A script that deploys images needs the previous model's own image to put it back (its record,
  // checked like the new one's).
  const record = ctx.current.id && (await ctx.registry.image(ctx.current.id));
  const image = record ? { reference: record.reference, digest: record.imageDigest } : undefined;
  const res = await ctx.log.group(`deploy command for ${ctx.current.model} (restoring what served before)`, () =>
    runCommand(ctx, cmd, ctx.current!.model, prev.path, prev.digest, image),
  );
  if (res.code !== 0)
    ctx.log.error(
      `restoring ${ctx.current.model} failed too (exit ${res.code}): ${redactedTail(res.stderr.trim(), 500)}`,
    );
}
