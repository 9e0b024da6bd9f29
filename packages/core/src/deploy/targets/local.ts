import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UserError } from "../../errors.js";
import { durationMs } from "../../config/duration.js";
import * as z from "zod";
import { commandArgv, isAlive, stopGroup, stopMarked } from "../../util/process.js";
import { writeJsonAtomic } from "../../util/fs-atomic.js";
import { childEnv } from "../../util/secrets.js";
import { readJsonChecked } from "../../util/state-file.js";
import { markAlive, selfMark } from "../lock.js";
import { freePort, startServer, waitReady } from "../../serve/model-server.js";
import { smokeTest } from "../smoke.js";
import { startCapture } from "../capture.js";
import { deploymentsDir, type DeploymentState } from "../state.js";
import { pullForDeploy } from "./pull.js";
import {
  deployedState,
  type DeployTarget,
  type FailureCause,
  type TargetContext,
  type TargetOutcome,
} from "./types.js";

/** A server started and not yet switched to, and the deploy process that started it. */
const pendingSchema = z.object({
  pid: z.number().int().positive(),
  token: z.string(),
  model: z.string(),
  owner: z.object({ pid: z.number().int(), start: z.number().nullable() }).optional(),
});
type Pending = z.infer<typeof pendingSchema>;

/** True when `pid` is a server we started (it carries our token), so a reused pid is never killed. */
function carriesToken(pid: number, token: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`MLSHIP_DEPLOY_TOKEN=${token}`);
  } catch {
    return process.platform !== "linux";
  }
}

/**
 * Stops a server we started: its process group, then any process still carrying its token
 * (daemons it started with setsid left the group but inherited the token).
 */
export async function stopOwnServer(state: Pick<DeploymentState, "pid" | "token"> | undefined): Promise<void> {
  if (state?.pid && state.token && carriesToken(state.pid, state.token)) await stopGroup(state.pid);
  if (state?.token) await stopMarked("MLSHIP_DEPLOY_TOKEN", state.token);
}

/**
 * Servers a killed deploy started but never switched to are recorded under pending/ with the
 * deploy process that started them; the next deploy of any environment stops those whose deploy
 * process is gone, so a kill leaves no stray server for long. A pending server whose deploy is
 * still running (another environment's, from the same project) is left alone.
 */
async function reapOrphans(stateDir: string, log: TargetContext["log"]): Promise<void> {
  const dir = path.join(deploymentsDir(stateDir), "pending");
  for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!f.endsWith(".json")) continue;
    const file = path.join(dir, f);
    const p = await readJsonChecked(file, pendingSchema, "a pending server record").catch(() => undefined);
    // No owner: written by a version that recorded none; treat as orphaned like it did.
    if (p && markAlive(p.owner)) continue;
    if (p && carriesToken(p.pid, p.token)) {
      log.info(`stopping ${p.model}'s server (pid ${p.pid}) left by an interrupted deploy`);
      await stopOwnServer(p);
    }
    await fs.rm(file, { force: true });
  }
}

/**
 * Blue/green on this machine: the new model's server starts beside the old one on a new port, is
 * health-checked and smoke-tested, and only then does the caller switch the state file (one
 * atomic rename) and retire the old server. Killed at any moment, the state file names a server
 * that is running and healthy.
 */
export const localTarget: DeployTarget = {
  async deploy(ctx: TargetContext): Promise<TargetOutcome> {
    if (!ctx.serveCommand)
      throw new UserError("no serve command: set deploy.serve-command in mlship.yml", { input: "serve-command" });
    await reapOrphans(ctx.stateDir, ctx.log);
    const { modelPath, predictions } = await pullForDeploy(ctx);
    const port = await freePort();
    const token = randomBytes(12).toString("hex");
    const env = childEnv(
      {
        MLSHIP_MODEL_PATH: modelPath,
        MLSHIP_MODEL_ID: ctx.info.id,
        MLSHIP_MODEL_DIGEST: ctx.info.digest,
        MLSHIP_ENVIRONMENT: ctx.environment,
        MLSHIP_DEPLOY_TOKEN: token,
        PORT: String(port),
      },
      ctx.envConfig["pass-env"],
    );
    const argv = commandArgv(ctx.serveCommand, env as Record<string, string>, "serve-command");
    const logFile = path.join(
      deploymentsDir(ctx.stateDir),
      "logs",
      `${ctx.environment}-${ctx.info.name}-v${ctx.info.version}-${port}.log`,
    );
    const pendingFile = path.join(deploymentsDir(ctx.stateDir), "pending", `${token}.json`);
    const server = startServer(argv, { cwd: ctx.projectDir, env, port, logFile });
    await writeJsonAtomic(pendingFile, {
      pid: server.pid,
      token,
      model: ctx.info.id,
      owner: selfMark(),
    } satisfies Pending);
    ctx.log.info(`started ${ctx.info.id} on ${server.url} (pid ${server.pid})`);

    let failure: string | undefined;
    let smoke: string | undefined;
    let cause: FailureCause = "environment";
    let front: { url: string; port: number } = server;
    try {
      await waitReady(server, durationMs(ctx.envConfig["health-timeout"]));
      const r = await smokeTest(server.url, predictions, ctx.smoke);
      smoke = r.detail;
      if (!r.ok) {
        failure = `smoke test failed: ${r.detail}`;
        // Answers that differ from the recorded predictions are the model's; a /predict that
        // cannot be reached is not.
        cause = r.mismatch ? "model" : "environment";
      }
    } catch (e) {
      failure = `health check failed: ${(e as Error).message}`;
    }
    // Capture: clients reach the server through the recording proxy (the smoke test's rows,
    // replayed above straight to the server, are not recorded).
    const capture = ctx.envConfig.capture;
    if (!failure && capture) {
      try {
        front = await startCapture(ctx, capture, {
          upstream: server.url,
          token,
          serverEnv: env,
          logFile: logFile.replace(/\.log$/, "-capture.log"),
        });
      } catch (e) {
        failure = `the capture proxy did not start: ${(e as Error).message}`;
      }
    }
    if (failure) {
      // The old server never stopped: recovery is stopping the new one.
      const detected = performance.now();
      await server.stop();
      await stopMarked("MLSHIP_DEPLOY_TOKEN", token);
      await fs.rm(pendingFile, { force: true });
      return { ok: false, failure, recoveryMs: performance.now() - detected, smoke, cause };
    }
    const state = deployedState(ctx, "local", {
      url: front.url,
      pid: server.pid,
      port: front.port,
      token,
      modelPath,
    });
    return { ok: true, state, smoke };
  },
  async retire(previous) {
    await stopOwnServer(previous ?? undefined);
  },
  async abort(ctx, deployed) {
    // The old server was never stopped: stopping the new one is the whole undo.
    const started = performance.now();
    await stopOwnServer(deployed);
    await clearPending(ctx.stateDir, deployed.token);
    return performance.now() - started;
  },
};

/** Called once the state file names the new server: it is no longer pending. */
export async function clearPending(stateDir: string, token: string | null): Promise<void> {
  if (token) await fs.rm(path.join(deploymentsDir(stateDir), "pending", `${token}.json`), { force: true });
}
