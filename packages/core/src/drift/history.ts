import type { Actor, DriftCheck, Registry } from "../registry/types.js";

/** One drift check, as the dashboard draws drift over time (the JSON report holds only the latest). */
export interface DriftHistoryEntry {
  at: string;
  model: string;
  environment: string;
  drift_share: number;
  dataset_drift: boolean;
  drifted: string[];
}

/**
 * Records a drift check in the registry, beside the environment's events: the drift job's
 * workspace (and its .mlship folder) is thrown away after the job, the registry is what the
 * next job and the dashboard read.
 */
export function recordDriftCheck(
  registry: Registry,
  entry: DriftHistoryEntry & { reference?: string } & Partial<Actor>,
): Promise<DriftCheck> {
  const { model, environment, ...check } = entry;
  return registry.appendDriftCheck(model, environment, check);
}

/** The drift checks of `model` in `env`, oldest first, from the registry. */
export async function readDriftHistory(registry: Registry, model: string, env: string): Promise<DriftHistoryEntry[]> {
  return (await registry.driftChecks(model, env)).map((c) => ({
    at: c.at,
    model: c.model,
    environment: c.environment,
    drift_share: c.drift_share,
    dataset_drift: c.dataset_drift,
    drifted: c.drifted,
  }));
}
