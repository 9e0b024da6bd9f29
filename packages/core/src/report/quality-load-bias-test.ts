import type { QualityResult } from "../evaluate/evaluate.js";
import type { GateResult } from "../evaluate/gates.js";
import type { PairedComparison } from "../evaluate/compare.js";
import type { LoadResult } from "../load-test/generator.js";
import type { Curves } from "../evaluate/curves.js";
import type { GpuCost } from "./gpu-cost.js";
import type { ServingCode } from "../registry/types.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt, fmtInterval, fmtP, signed } from "./format.js";
import { barChart, lineChart } from "./mermaid.js";
import { gpuCostText } from "./gpu-cost.js";
import type { ExplainSection } from "../evaluate/explain.js";
import { explainMarkdown } from "./explain.js";
import { groupBiasMarkdown, isPerClassMetric, multiclassMarkdown } from "./quality-multiclass.js";

const gpuCostMarkdown = (g: GpuCost) => `GPU: ${gpuCostText(g)}`;

export interface LoadSection {
  result: LoadResult | null;
  thresholds: { source: string; actual: number; passed: boolean }[];
  skipped?: string;
  /** When a threshold failed and some requests were answered with an error: one such answer. */
  example?: { status: number; body: string };
  ramp?: {
    maxRate: number | null;
    stages: { rate: number; passed: boolean; p99: number; errorRate: number; throughput: number }[];
  };
}

export interface EvaluationReport {
  schema: "mlship/evaluation/v1";
  model: string;
  candidate: string;
  baseline: { id: string; metrics: Record<string, number> } | null;
  quality: QualityResult["quality"];
  bias: QualityResult["bias"];
  /** Multiclass and regression bias: metrics per group of each sensitive feature. */
  groupBias?: QualityResult["groupBias"];
  /** What the reader should know about the metrics (a class never predicted). */
  warnings?: string[];
  /** Multiclass: one-vs-rest ROC curve per class. */
  ovrRoc?: QualityResult["ovrRoc"];
  /** Regression: (actual, predicted) pairs for the predicted-vs-actual and residual plots. */
  residuals?: QualityResult["residuals"];
  values: Record<string, number>;
  gates: GateResult[];
  /** Candidate vs baseline on the same rows, when the baseline recorded its predictions. */
  paired: Record<string, PairedComparison> | null;
  load: LoadSection;
  /** Permutation importance of each feature through the candidate's server (evaluate.explain). */
  explain?: ExplainSection | { skipped: string };
  series: Record<string, { step: number; value: number }[]>;
  /** Downsampled curves of the candidate, and of the baseline when it recorded predictions on the same rows. */
  curves?: { candidate: Curves; baseline?: Curves };
  /** GPU time the training run used (from its lineage) and its estimated cost. */
  gpu?: GpuCost | null;
  passed: boolean;
  /** The serve command and the digests of the project files it names, as evaluated (deploy/serving-code.ts). */
  serving?: ServingCode;
  createdAt: string;
}

/**
 * A bias gate's interval: that of the sensitive feature whose value the gate takes (the worst
 * of them: the highest difference, the lowest ratio).
 */
export function biasInterval(bias: QualityResult["bias"], metric: string): [number, number] | undefined {
  const name = metric as
    | "demographic_parity_difference"
    | "demographic_parity_ratio"
    | "equalized_odds_difference"
    | "equalized_odds_ratio";
  if (!bias.length || !bias[0].intervals || !(name in bias[0].intervals)) return undefined;
  const worst = bias.reduce((w, b) => ((name.endsWith("_ratio") ? b[name] < w[name] : b[name] > w[name]) ? b : w));
  return worst.intervals?.[name];
}

/** The few-outcome warning of one feature, its group names escaped by `quote` (markdown's or HTML's), or "" when none. */
export function fewOutcomesText(b: QualityResult["bias"][number], quote: (s: string) => string): string {
  const f = b.fewOutcomes;
  if (!f?.groups.length) return "";
  return `${f.groups.map((g) => `${quote(g.group)} (${g.positives} positives, ${g.negatives} negatives)`).join(", ")}: fewer than ${f.min} positives or negatives (evaluate.min-group-outcomes), so their TPR/FPR, and equalized odds, rest on few rows.`;
}

/** The quality table's header and rows, built once for the markdown and the HTML report (`escapeName` is each format's own). */
export const QUALITY_HEADER = ["metric", "candidate", "95% interval", "baseline", "Δ"];
export function qualityRows(r: EvaluationReport, escapeName: (text: string) => string): string[][] {
  return Object.entries(r.quality.metrics)
    .filter(([k]) => !isPerClassMetric(k))
    .map(([k, m]) => {
      const b = r.baseline?.metrics[k];
      return [
        escapeName(k),
        fmt(m.value),
        fmtInterval(m.interval),
        b === undefined ? "–" : fmt(b),
        b === undefined ? "–" : signed(m.value - b),
      ];
    });
}

/** The paired comparison's header and rows (candidate vs baseline on the same rows), built once for both reports. */
export const PAIRED_HEADER = ["metric", "Δ (candidate − baseline)", "95% interval", "p-value", "test"];
export function pairedRows(
  paired: NonNullable<EvaluationReport["paired"]>,
  escapeText: (text: string) => string,
): string[][] {
  return Object.values(paired).map((p) => [
    escapeText(p.metric),
    signed(p.diff),
    fmtInterval(p.interval),
    fmtP(p.p_value),
    escapeText(p.method),
  ]);
}

type BiasResult = EvaluationReport["bias"][number];

/** One sensitive feature's summary line: the parity and odds measures with their intervals (`bold` is each format's own). */
export function biasSummary(b: BiasResult, bold: (text: string) => string): string {
  return `Demographic parity ratio ${bold(fmt(b.demographic_parity_ratio))} ${fmtInterval(b.intervals?.demographic_parity_ratio)} (difference ${fmt(b.demographic_parity_difference)} ${fmtInterval(b.intervals?.demographic_parity_difference)}) · equalized odds ratio ${bold(fmt(b.equalized_odds_ratio))} ${fmtInterval(b.intervals?.equalized_odds_ratio)} (difference ${fmt(b.equalized_odds_difference)} ${fmtInterval(b.intervals?.equalized_odds_difference)}) · 95% intervals`;
}

/** One sensitive feature's table of groups, header and rows, built once for both reports (`escapeName` for the group names). */
export const BIAS_GROUPS_HEADER = ["group", "count", "selection rate", "accuracy", "TPR", "FPR"];
export function biasGroupRows(b: BiasResult, escapeName: (text: string) => string): string[][] {
  const few = new Set(b.fewOutcomes?.groups.map((g) => g.group));
  return b.groups.map((g) => {
    const rate = (k: "selection_rate" | "accuracy" | "tpr" | "fpr") =>
      g.intervals && !Number.isNaN(g.intervals[k][0]) ? `${fmt(g[k])} ${fmtInterval(g.intervals[k])}` : fmt(g[k]);
    return [
      escapeName(g.group) + (g.small ? " ⚠️ small" : "") + (few.has(g.group) ? " ⚠️ few outcomes" : ""),
      String(g.count),
      rate("selection_rate"),
      rate("accuracy"),
      rate("tpr"),
      rate("fpr"),
    ];
  });
}

/** The one evaluation report: verdict first, then gates, comparison, bias, load, training curve. */
export function evaluationMarkdown(r: EvaluationReport, opts: { runUrl?: string } = {}): string {
  const out: string[] = [];
  const failedGates = r.gates.filter((g) => !g.passed).length;
  const failedLoad = r.load.thresholds.filter((t) => !t.passed).length;
  out.push(`# ${r.passed ? "✅" : "❌"} mlship: \`${r.model}\` candidate ${r.passed ? "passes" : "fails"}`);
  out.push(
    `${r.gates.length - failedGates}/${r.gates.length} gates passed` +
      (r.load.thresholds.length
        ? `, ${r.load.thresholds.length - failedLoad}/${r.load.thresholds.length} load thresholds met`
        : "") +
      ` · baseline: ${r.baseline ? `\`${r.baseline.id}\`` : "none yet"}` +
      ` · ${r.quality.rows} test rows` +
      (opts.runUrl ? ` · [run](${opts.runUrl})` : ""),
  );
  if (r.gpu) out.push(gpuCostMarkdown(r.gpu));

  if (r.gates.length) {
    out.push("## Gates");
    out.push(
      table(
        ["", "gate", "value", "95% interval", "threshold"],
        r.gates.map((g) => [
          g.passed ? "✅" : "❌",
          inlineCode(g.expression),
          fmt(g.value),
          fmtInterval(r.quality.metrics[g.metric]?.interval ?? biasInterval(r.bias, g.metric)),
          g.threshold === null
            ? escapeMarkdown(g.note ?? "–")
            : fmt(g.threshold) + (g.paired ? ` · ${escapeMarkdown(g.note ?? "")}` : ""),
        ]),
      ),
    );
  }

  out.push("## Quality");
  out.push(table(QUALITY_HEADER, qualityRows(r, escapeMarkdown)));
  if (r.paired && r.baseline) {
    out.push(`### Candidate vs \`${r.baseline.id}\` on the same ${r.quality.rows} rows`);
    out.push(table(PAIRED_HEADER, pairedRows(r.paired, escapeMarkdown)));
  }
  if (r.quality.task === "classification" && "kind" in r.quality) out.push(...multiclassMarkdown(r.quality));
  else if (r.quality.task === "classification") {
    const c = r.quality.confusion;
    out.push(`Confusion matrix: TP ${c.tp} · FP ${c.fp} · TN ${c.tn} · FN ${c.fn}`);
  }
  out.push(...groupBiasMarkdown(r.groupBias ?? []));

  for (const b of r.bias) {
    out.push(`## Bias by ${escapeMarkdown(b.feature)}`);
    out.push(biasSummary(b, (t) => `**${t}**`));
    out.push(table(BIAS_GROUPS_HEADER, biasGroupRows(b, escapeMarkdown)));
    if (b.smallGroups.length)
      out.push(`⚠️ ${b.smallGroups.length} group(s) below the minimum size were left out of the ratios.`);
    const few = fewOutcomesText(b, escapeMarkdown);
    if (few) out.push(`⚠️ ${few}`);
    if (b.noPositives.length)
      out.push(
        `ℹ️ No positive labels in ${b.noPositives.map(escapeMarkdown).join(", ")}: TPR taken as 0 (Fairlearn's rule), which counts in equalized odds.`,
      );
    if (b.noNegatives.length)
      out.push(
        `ℹ️ No negative labels in ${b.noNegatives.map(escapeMarkdown).join(", ")}: FPR taken as 0 (Fairlearn's rule), which counts in equalized odds.`,
      );
    out.push(
      barChart(
        `selection rate by ${b.feature}`,
        b.groups.map((g) => g.group),
        b.groups.map((g) => g.selection_rate),
        "selection rate",
      ),
    );
  }

  if (r.explain && "skipped" in r.explain)
    out.push("## Why the model decides", `Not measured: ${escapeMarkdown(r.explain.skipped)}.`);
  else if (r.explain) out.push(...explainMarkdown(r.explain));
  out.push("## Load");
  if (r.load.result) {
    const l = r.load.result;
    out.push(
      `${l.sent} requests at ${fmt(l.rate)}/s open loop over ${fmt(l.durationMs / 1000, 1)} s · throughput ${fmt(l.throughput, 1)}/s · errors ${fmt(l.errorRate * 100, 2)}%`,
    );
    out.push(
      table(
        ["p50", "p90", "p95", "p99", "p99.9", "max"],
        [
          [l.latencyMs.p50, l.latencyMs.p90, l.latencyMs.p95, l.latencyMs.p99, l.latencyMs.p999, l.latencyMs.max].map(
            (v) => `${fmt(v, 2)} ms`,
          ),
        ],
      ),
    );
    if (r.load.thresholds.length)
      out.push(
        table(
          ["", "threshold", "actual"],
          r.load.thresholds.map((t) => [t.passed ? "✅" : "❌", inlineCode(t.source), fmt(t.actual, 3)]),
        ),
      );
    const refused = Object.entries(l.statuses ?? {}).filter(([k]) => !k.startsWith("2"));
    if (refused.length)
      out.push(
        `Answers: ${Object.entries(l.statuses)
          .map(([k, n]) => `${k === "error" ? "no answer" : `HTTP ${k}`} ×${n}`)
          .join(", ")}`,
      );
    if (r.load.example)
      out.push(
        `One refused answer: HTTP ${r.load.example.status} ${inlineCode(r.load.example.body.replace(/\s+/g, " ").slice(0, 200))}`,
      );
    if (r.load.ramp) {
      out.push(
        `Ramp: the highest rate meeting every threshold is **${r.load.ramp.maxRate === null ? "none" : `${r.load.ramp.maxRate}/s`}**.`,
      );
      out.push(
        barChart(
          "p99 latency (ms) by offered rate",
          r.load.ramp.stages.map((st) => `${st.rate}/s`),
          r.load.ramp.stages.map((st) => st.p99),
          "p99 ms",
        ),
      );
    }
  } else out.push(`Skipped: ${escapeMarkdown(r.load.skipped ?? "no server command")}`);

  const curves = Object.entries(r.series);
  if (curves.length) {
    out.push("## Training curve");
    for (const [name, pts] of curves.slice(0, 3)) out.push(lineChart(name, pts));
  }
  return out.join("\n\n") + "\n";
}
