import { promises as fs } from "node:fs";
import path from "node:path";
import { readJsonIfExists, writeJsonAtomic } from "../util/fs-atomic.js";

/** What an environment runs now; replaced atomically at the moment of the switch. */
export interface DeploymentState {
  schema: "mlship/deployment/v1";
  environment: string;
  model: string;
  digest: string;
  target: "local" | "kubernetes" | "command";
  url: string | null;
  pid: number | null;
  port: number | null;
  /** Random value in the server's environment, so we only ever stop our own process. */
  token: string | null;
  modelPath: string | null;
  deployedAt: string;
}

export interface HistoryEntry {
  at: string;
  environment: string;
  action: "deploy" | "rollback" | "auto-rollback";
  from: string | null;
  to: string;
  outcome: "success" | "failure";
  reason?: string;
  by: string;
  /** Milliseconds from failure detected to the previous model serving alone again. */
  recoveryMs?: number;
}

export function deploymentsDir(stateDir: string): string {
  return path.join(stateDir, "deployments");
}

export function readState(stateDir: string, env: string): Promise<DeploymentState | undefined> {
  return readJsonIfExists<DeploymentState>(path.join(deploymentsDir(stateDir), `${env}.json`));
}

export function writeState(stateDir: string, state: DeploymentState): Promise<void> {
  return writeJsonAtomic(path.join(deploymentsDir(stateDir), `${state.environment}.json`), state);
}

/** Appends one JSON line; a single write(2) of a short line with O_APPEND is not interleaved. */
export async function appendHistory(stateDir: string, entry: HistoryEntry): Promise<void> {
  const file = path.join(deploymentsDir(stateDir), `${entry.environment}.history.jsonl`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.appendFile(file, JSON.stringify(entry) + "\n");
}

export async function readHistory(stateDir: string, env: string): Promise<HistoryEntry[]> {
  try {
    const text = await fs.readFile(path.join(deploymentsDir(stateDir), `${env}.history.jsonl`), "utf8");
    return text
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as HistoryEntry);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

export async function listEnvironments(stateDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(deploymentsDir(stateDir))).filter((f) => /^[a-z][a-z0-9_-]*\.json$/.test(f)).map((f) => f.replace(/\.json$/, ""));
  } catch {
    return [];
  }
}
