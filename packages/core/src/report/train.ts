import { escapeMarkdown, table } from "./escape.js";
import { fmt } from "./format.js";
import { lineChart } from "./mermaid.js";
import { lineageGpuCost, gpuCostText } from "./gpu-cost.js";

/** What the train summary shows of a run (train/run.ts's TrainResult: report/ never imports train/). */
interface TrainedRun {
  runId: string;
  metrics: Record<string, number | null>;
  series: Record<string, { step: number; value: number }[]>;
  lineage: {
    durationSeconds: number;
    gpu: { name: string; count: number } | null;
    git: { commit: string | null; dirty: boolean | null };
  };
}

/** The train job summary: run, time, hardware, commit, final metrics and the first two training curves. */
export function trainingMarkdown(result: TrainedRun): string {
  const lines = [`## ✅ Training run \`${result.runId}\``];
  lines.push(
    `${fmt(result.lineage.durationSeconds, 1)} s on ${result.lineage.gpu ? `${escapeMarkdown(result.lineage.gpu.name)} (×${result.lineage.gpu.count})` : "CPU"} · commit \`${(result.lineage.git.commit ?? "unknown").slice(0, 12)}\`${result.lineage.git.dirty ? " (dirty)" : ""}`,
  );
  const gpu = lineageGpuCost(result.lineage);
  if (gpu) lines.push(`GPU: ${gpuCostText(gpu)}`);
  const metricRows = Object.entries(result.metrics).map(([k, v]) => [escapeMarkdown(k), fmt(v)]);
  if (metricRows.length) lines.push(table(["metric", "value"], metricRows));
  for (const [name, pts] of Object.entries(result.series).slice(0, 2)) lines.push(lineChart(name, pts));

  return lines.join("\n\n") + "\n";
}

export function skippedTrainingMarkdown(id: string): string {
  return `## ⏭️ Training skipped\n\n\`${id}\` was trained from the same code, data, params and command.\n`;
}
