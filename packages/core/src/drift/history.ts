import { promises as fs } from "node:fs";
import path from "node:path";

/** One drift check, as the dashboard draws drift over time (the JSON report holds only the latest). */
export interface DriftHistoryEntry {
  at: string;
  model: string;
  environment: string;
  drift_share: number;
  dataset_drift: boolean;
  drifted: string[];
}

const file = (stateDir: string, env: string) => path.join(stateDir, "drift", `${env}.history.jsonl`);

/** Appends one JSON line; a single write(2) of a short line with O_APPEND is not interleaved. */
export async function appendDriftHistory(stateDir: string, entry: DriftHistoryEntry): Promise<void> {
  await fs.mkdir(path.dirname(file(stateDir, entry.environment)), { recursive: true });
  await fs.appendFile(file(stateDir, entry.environment), JSON.stringify(entry) + "\n");
}

export async function readDriftHistory(stateDir: string, env: string): Promise<DriftHistoryEntry[]> {
  try {
    return (await fs.readFile(file(stateDir, env), "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as DriftHistoryEntry);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
}

/** Environments with at least one recorded drift check. */
export async function driftEnvironments(stateDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(path.join(stateDir, "drift")))
      .filter((f) => /^[a-z][a-z0-9_-]*\.history\.jsonl$/.test(f))
      .map((f) => f.replace(/\.history\.jsonl$/, ""));
  } catch {
    return [];
  }
}
