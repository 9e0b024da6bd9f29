import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { UserError } from "../errors.js";
import { durationMs, type Command, type EnvironmentConfig } from "../config/schema.js";
import { formatModelId, parseModelId, type ModelId } from "../model-id.js";
import type { Registry, VersionInfo } from "../registry/types.js";
import { exists } from "../util/fs-atomic.js";
import { commandArgv, isAlive, stopGroup } from "../util/process.js";
import type { Logger } from "../util/log.js";
import { freePort, startServer, waitReady } from "../load/server.js";
import { appendHistory, readHistory, readState, writeState, type DeploymentState, type HistoryEntry } from "./state.js";
import { smokeTest } from "./smoke.js";

export interface DeployOptions {
  registry: Registry;
  id: ModelId;
  environment: string;
  envConfig: EnvironmentConfig;
  serveCommand: Command | undefined;
  projectDir: string;
  stateDir: string;
  allowFailedGates: boolean;
  action?: HistoryEntry["action"];
  reason?: string;
  log: Logger;
}

export interface DeployResult {
  model: string;
  previous: string | null;
  url: string | null;
  rolledBack: boolean;
  unchanged: boolean;
  recoveryMs?: number;
  failure?: string;
  smoke?: string;
}

function actor(): string {
  return process.env.GITHUB_ACTOR ?? os.userInfo().username;
}

/** Refuses models that must not run: quarantined, or whose recorded gates failed. */
export function assertDeployable(info: VersionInfo, allowFailedGates: boolean): void {
  if (info.state.quarantine) throw new UserError(`${info.id} is quarantined and cannot be deployed: ${info.state.quarantine.reason}`, { input: "model" });
  if (info.gatesPassed === false && !allowFailedGates) {
    const failed = (info.gates ?? []).filter((g) => !g.passed).map((g) => g.expression);
    throw new UserError(`${info.id} failed its gates (${failed.join("; ") || "see its report"}); set allow-failed-gates to deploy it anyway`, { input: "model" });
  }
}

/** Stops a server we started earlier, only if the process still carries our token. */
async function stopOwnServer(state: DeploymentState | undefined): Promise<void> {
  if (!state?.pid || !state.token || !isAlive(state.pid)) return;
  try {
    const environ = readFileSync(`/proc/${state.pid}/environ`, "utf8");
    if (!environ.split("\0").includes(`MLSHIP_DEPLOY_TOKEN=${state.token}`)) return; // the pid was reused by something else
  } catch {
    if (process.platform === "linux") return;
  }
  await stopGroup(state.pid);
}

async function healthy(url: string | null): Promise<boolean> {
  if (!url) return false;
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Blue/green deploy to the local target: start the new model's server beside the old one,
 * health-check and smoke-test it, switch the state file (one atomic rename), then stop the old
 * server. Killed at any moment, the state file names a server that is running and healthy.
 */
export async function deployLocal(opts: DeployOptions): Promise<DeployResult> {
  const idText = formatModelId(opts.id);
  const info = await opts.registry.show(opts.id);
  assertDeployable(info, opts.allowFailedGates);
  const current = await readState(opts.stateDir, opts.environment);
  if (current?.model === idText && (await healthy(current.url))) {
    opts.log.info(`${idText} already serves ${opts.environment} at ${current.url}`);
    return { model: idText, previous: current.model, url: current.url, rolledBack: false, unchanged: true };
  }
  if (!opts.serveCommand) throw new UserError("no serve command: set deploy.serve-command in mlship.yml", { input: "serve-command" });

  const modelPath = path.join(opts.stateDir, "models", info.name, `v${info.version}`);
  if (!(await exists(modelPath))) {
    await opts.log.group(`pull ${idText}`, async () => {
      await opts.registry.pull(opts.id, modelPath);
      opts.log.info(`pulled ${idText} (${info.digest}) to ${modelPath}`);
    });
  }
  const predictions = path.join(opts.stateDir, "models", info.name, `v${info.version}.predictions.csv`);
  const havePredictions = (await exists(predictions)) || (await opts.registry.pullAttachment(opts.id, "predictions.csv", predictions)) !== undefined;

  const port = await freePort();
  const token = randomBytes(12).toString("hex");
  const env = { ...process.env, MLSHIP_MODEL_PATH: modelPath, MLSHIP_MODEL_ID: idText, MLSHIP_ENVIRONMENT: opts.environment, MLSHIP_DEPLOY_TOKEN: token, PORT: String(port) };
  const argv = commandArgv(opts.serveCommand, env as Record<string, string>, "serve-command");
  const logFile = path.join(opts.stateDir, "deployments", "logs", `${opts.environment}-${info.name}-v${info.version}-${port}.log`);
  const server = startServer(argv, { cwd: opts.projectDir, env, port, logFile });
  opts.log.info(`started ${idText} on ${server.url} (pid ${server.pid})`);

  let failure: string | undefined;
  let smokeDetail: string | undefined;
  try {
    await waitReady(server, durationMs(opts.envConfig["health-timeout"]));
    const smoke = await smokeTest(server.url, havePredictions ? predictions : undefined);
    smokeDetail = smoke.detail;
    if (!smoke.ok) failure = `smoke test failed: ${smoke.detail}`;
  } catch (e) {
    failure = `health check failed: ${(e as Error).message}`;
  }

  if (failure) {
    // The old server never stopped: recovery is stopping the new one and recording why.
    const detected = performance.now();
    await server.stop();
    const recoveryMs = performance.now() - detected;
    await opts.registry.quarantine(opts.id, `${opts.environment}: ${failure}`);
    await appendHistory(opts.stateDir, { at: new Date().toISOString(), environment: opts.environment, action: "auto-rollback", from: current?.model ?? null, to: idText, outcome: "failure", reason: failure, by: actor(), recoveryMs });
    const still = current && (await healthy(current.url)) ? `${current.model} is still serving at ${current.url}` : "nothing was serving before";
    opts.log.error(`${idText} failed in ${opts.environment}: ${failure}. Rolled back: ${still} (${recoveryMs.toFixed(0)} ms). ${idText} is quarantined.`);
    return { model: current?.model ?? "", previous: current?.model ?? null, url: current?.url ?? null, rolledBack: true, unchanged: false, recoveryMs, failure, smoke: smokeDetail };
  }

  const state: DeploymentState = {
    schema: "mlship/deployment/v1",
    environment: opts.environment,
    model: idText,
    digest: info.digest,
    target: "local",
    url: server.url,
    pid: server.pid,
    port,
    token,
    modelPath,
    deployedAt: new Date().toISOString(),
  };
  await writeState(opts.stateDir, state); // the switch
  await opts.registry.setEnvironment(opts.id, opts.environment);
  await stopOwnServer(current);
  await appendHistory(opts.stateDir, { at: state.deployedAt, environment: opts.environment, action: opts.action ?? "deploy", from: current?.model ?? null, to: idText, outcome: "success", reason: opts.reason, by: actor() });
  opts.log.info(`${opts.environment} now serves ${idText} at ${server.url}${current ? ` (was ${current.model})` : ""}`);
  return { model: idText, previous: current?.model ?? null, url: server.url, rolledBack: false, unchanged: false, smoke: smokeDetail };
}

/** The model to roll back to: the last successful deploy before the current one that is not quarantined. */
export async function previousGood(stateDir: string, env: string, registry: Registry, current: string | undefined): Promise<ModelId | undefined> {
  const history = (await readHistory(stateDir, env)).filter((h) => h.outcome === "success");
  for (let i = history.length - 1; i >= 0; i--) {
    const to = history[i].to;
    if (to === current) continue;
    const id = parseModelId(to);
    const info = await registry.show(id).catch(() => undefined);
    if (info && !info.state.quarantine) return id;
  }
  return undefined;
}

export async function stopEnvironment(stateDir: string, env: string): Promise<void> {
  const state = await readState(stateDir, env);
  await stopOwnServer(state);
  if (state) await fs.rm(path.join(stateDir, "deployments", `${env}.json`), { force: true });
}
