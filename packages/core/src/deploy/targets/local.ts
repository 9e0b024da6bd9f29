import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UserError } from "../../errors.js";
import { durationMs } from "../../config/schema.js";
import { commandArgv, isAlive, stopGroup } from "../../util/process.js";
import { readJsonIfExists, writeJsonAtomic } from "../../util/fs-atomic.js";
import { freePort, startServer, waitReady } from "../../serve/model-server.js";
import { smokeTest } from "../smoke.js";
import { deploymentsDir, type DeploymentState } from "../state.js";
import { pullForDeploy } from "./pull.js";
import { deployedState, type DeployTarget, type TargetContext, type TargetOutcome } from "./types.js";

interface Pending {
  pid: number;
  token: string;
  model: string;
}

/** True when `pid` is a server we started (it carries our token), so a reused pid is never killed. */
function carriesToken(pid: number, token: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`MLSHIP_DEPLOY_TOKEN=${token}`);
  } catch {
    return process.platform !== "linux";
  }
}

export async function stopOwnServer(state: Pick<DeploymentState, "pid" | "token"> | undefined): Promise<void> {
  if (state?.pid && state.token && carriesToken(state.pid, state.token)) await stopGroup(state.pid);
}

/**
 * Servers a killed deploy started but never switched to are recorded under pending/; the next
 * deploy of any environment stops them, so a kill leaves no stray server for long.
 */
async function reapOrphans(stateDir: string, log: TargetContext["log"]): Promise<void> {
  const dir = path.join(deploymentsDir(stateDir), "pending");
  for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
    const p = await readJsonIfExists<Pending>(path.join(dir, f)).catch(() => undefined);
    if (p && carriesToken(p.pid, p.token)) {
      log.info(`stopping ${p.model}'s server (pid ${p.pid}) left by an interrupted deploy`);
      await stopGroup(p.pid);
    }
    await fs.rm(path.join(dir, f), { force: true });
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
    if (!ctx.serveCommand) throw new UserError("no serve command: set deploy.serve-command in mlship.yml", { input: "serve-command" });
    await reapOrphans(ctx.stateDir, ctx.log);
    const { modelPath, predictions } = await pullForDeploy(ctx);
    const port = await freePort();
    const token = randomBytes(12).toString("hex");
    const env = { ...process.env, MLSHIP_MODEL_PATH: modelPath, MLSHIP_MODEL_ID: ctx.idText, MLSHIP_MODEL_DIGEST: ctx.info.digest, MLSHIP_ENVIRONMENT: ctx.environment, MLSHIP_DEPLOY_TOKEN: token, PORT: String(port) };
    const argv = commandArgv(ctx.serveCommand, env as Record<string, string>, "serve-command");
    const logFile = path.join(deploymentsDir(ctx.stateDir), "logs", `${ctx.environment}-${ctx.info.name}-v${ctx.info.version}-${port}.log`);
    const pendingFile = path.join(deploymentsDir(ctx.stateDir), "pending", `${token}.json`);
    const server = startServer(argv, { cwd: ctx.projectDir, env, port, logFile });
    await writeJsonAtomic(pendingFile, { pid: server.pid, token, model: ctx.idText } satisfies Pending);
    ctx.log.info(`started ${ctx.idText} on ${server.url} (pid ${server.pid})`);

    let failure: string | undefined;
    let smoke: string | undefined;
    try {
      await waitReady(server, durationMs(ctx.envConfig["health-timeout"]));
      const r = await smokeTest(server.url, predictions, ctx.smoke);
      smoke = r.detail;
      if (!r.ok) failure = `smoke test failed: ${r.detail}`;
    } catch (e) {
      failure = `health check failed: ${(e as Error).message}`;
    }
    if (failure) {
      // The old server never stopped: recovery is stopping the new one.
      const detected = performance.now();
      await server.stop();
      await fs.rm(pendingFile, { force: true });
      return { ok: false, failure, recoveryMs: performance.now() - detected, smoke };
    }
    const state = deployedState(ctx, "local", { url: server.url, pid: server.pid, port, token, modelPath });
    return { ok: true, state, smoke };
  },
  async retire(previous) {
    await stopOwnServer(previous ?? undefined);
  },
};

/** Called once the state file names the new server: it is no longer pending. */
export async function clearPending(stateDir: string, token: string | null): Promise<void> {
  if (token) await fs.rm(path.join(deploymentsDir(stateDir), "pending", `${token}.json`), { force: true });
}
