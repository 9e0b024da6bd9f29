import { fmt } from "./format.js";

// What a run's GPU time cost: computed by training (train/run.ts) and shown by every report, so
// it lives with the reports (report/ never imports train/: .dependency-cruiser.cjs).

/** What a run used and what it cost at the configured price; kept in lineage and shown in every report. */
export interface GpuCost {
  gpuHours: number;
  pricePerGpuHour: number | null;
  estimatedCost: number | null;
  currency: string;
}

export function gpuCost(
  gpuHours: number,
  budget: { pricePerGpuHour: number | null; currency: string } | null | undefined,
): GpuCost {
  const price = budget?.pricePerGpuHour ?? null;
  return {
    gpuHours,
    pricePerGpuHour: price,
    estimatedCost: price === null ? null : gpuHours * price,
    currency: budget?.currency ?? "USD",
  };
}

/** "0.0123 GPU-hours · est. 0.0369 USD (at 3 USD per GPU-hour)": the same words in markdown, HTML and the CLI. */
export function gpuCostText(g: GpuCost): string {
  const hours = `${fmt(g.gpuHours, 4)} GPU-hours`;
  if (g.estimatedCost === null || g.pricePerGpuHour === null) return hours;
  return `${hours} · est. ${fmt(g.estimatedCost, 4)} ${g.currency} (at ${fmt(g.pricePerGpuHour)} ${g.currency} per GPU-hour)`;
}

/** GPU-hours and cost of a run from its lineage (a version's lineage on the dashboard); null for a CPU run without a budget. */
export function lineageGpuCost(lineage: unknown): GpuCost | null {
  const l = lineage as
    | {
        gpu?: { usage?: { gpuHours?: number } | null } | null;
        budget?: { gpuHours: number; pricePerGpuHour: number | null; currency: string };
      }
    | undefined;
  if (l?.budget) return gpuCost(l.budget.gpuHours, l.budget);
  const hours = l?.gpu?.usage?.gpuHours;
  return typeof hours === "number" ? gpuCost(hours, null) : null;
}
