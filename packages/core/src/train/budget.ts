import { fmt } from "../report/format.js";

/** train.budget in mlship.yml, resolved: limits in seconds and GPU-hours. */
export interface TrainBudget {
  maxWallSeconds: number | null;
  maxGpuHours: number | null;
  pricePerGpuHour: number | null;
  currency: string;
}

/** Why a run is over budget, or null while it is within it. */
export function overBudget(b: TrainBudget, wallSeconds: number, gpuHours: number): string | null {
  if (b.maxWallSeconds !== null && wallSeconds > b.maxWallSeconds)
    return `it ran past train.budget.max-wall-time (${fmt(b.maxWallSeconds, 1)} s)`;
  if (b.maxGpuHours !== null && gpuHours > b.maxGpuHours)
    return `it used ${fmt(gpuHours, 4)} GPU-hours, past train.budget.max-gpu-hours (${fmt(b.maxGpuHours, 4)})`;
  return null;
}
