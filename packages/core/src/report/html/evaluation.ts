/**
 * evaluation.html: the evaluation report as one self-contained page, in the markdown's order
 * (verdict and gates first), with the charts the markdown cannot draw.
 */
import {
  BIAS_GROUPS_HEADER,
  biasGroupRows,
  biasInterval,
  biasSummary,
  fewOutcomesText,
  PAIRED_HEADER,
  pairedRows,
  QUALITY_HEADER,
  qualityRows,
  type EvaluationReport,
} from "../quality-load-bias-test.js";
import { fmt, fmtInterval } from "../format.js";
import { wilson } from "../../stats/intervals.js";
import { barChart, heatmap, histogramChart, lineChart, scatterChart, type Chart, type XY } from "./charts.js";
import { esc, figure, htmlTable, mark, page } from "./page.js";
import { gpuCostHtml } from "./gpu.js";
import { explainHtml } from "../explain.js";
import { groupBiasHtml, multiclassHtml } from "../quality-multiclass.js";

/**
 * Every chart of the page with its data points, in page order (the browser tests check them against the JSON).
 * @internal
 */
export async function evaluationCharts(r: EvaluationReport): Promise<Chart[]> {
  const out: Chart[] = [];
  const c = r.curves;
  if (c) {
    const base = r.baseline && c.baseline ? r.baseline.id : null;
    const roc: XY[] = [
      ...c.candidate.roc.map((p) => ({ series: "candidate", x: p.fpr, y: p.tpr })),
      ...(base ? c.baseline!.roc.map((p) => ({ series: base, x: p.fpr, y: p.tpr })) : []),
    ];
    out.push(
      await lineChart("roc", "ROC curve", roc, {
        x: "false positive rate",
        y: "true positive rate",
        diagonal: true,
        domain: [0, 1],
      }),
    );
    const pr: XY[] = [
      ...c.candidate.pr.map((p) => ({ series: "candidate", x: p.recall, y: p.precision })),
      ...(base ? c.baseline!.pr.map((p) => ({ series: base, x: p.recall, y: p.precision })) : []),
    ];
    out.push(await lineChart("pr", "Precision–recall curve", pr, { x: "recall", y: "precision", domain: [0, 1] }));
    out.push(
      await lineChart(
        "calibration",
        "Calibration (10 uniform bins)",
        c.candidate.calibration.map((p) => ({ series: "candidate", x: p.predicted, y: p.observed })),
        { x: "mean predicted probability", y: "observed positive rate", diagonal: true, domain: [0, 1] },
      ),
    );
  }
  if (r.quality.task === "classification" && "kind" in r.quality) {
    const q = r.quality;
    const cells = q.confusion.flatMap((row, i) =>
      row.map((count, j) => ({ row: q.classes[i], col: q.classes[j], count })),
    );
    out.push(await heatmap("confusion", "Confusion matrix", cells, { row: "actual", col: "predicted" }));
  } else if (r.quality.task === "classification") {
    const m = r.quality.confusion;
    const cells = [
      { row: "positive", col: "positive", count: m.tp },
      { row: "positive", col: "negative", count: m.fn },
      { row: "negative", col: "positive", count: m.fp },
      { row: "negative", col: "negative", count: m.tn },
    ];
    out.push(await heatmap("confusion", "Confusion matrix", cells, { row: "actual", col: "predicted" }));
  }
  if (r.ovrRoc?.length)
    out.push(
      await lineChart(
        "roc-ovr",
        "One-vs-rest ROC curves",
        r.ovrRoc.flatMap((c) => c.roc.map((p) => ({ series: c.class, x: p.fpr, y: p.tpr }))),
        { x: "false positive rate", y: "true positive rate", diagonal: true, domain: [0, 1] },
      ),
    );
  if (r.residuals?.length) {
    out.push(
      await scatterChart(
        "pred-actual",
        "Predicted vs actual",
        r.residuals.map((p) => ({ x: p.actual, y: p.predicted })),
        { x: "actual", y: "predicted", diagonal: true },
      ),
    );
    out.push(
      await scatterChart(
        "residuals",
        "Residuals (actual − predicted)",
        r.residuals.map((p) => ({ x: p.predicted, y: p.actual - p.predicted })),
        { x: "predicted", y: "residual", zeroLine: true },
      ),
    );
  }
  if (r.paired && r.baseline) {
    const bars = Object.values(r.paired).map((p) => ({
      label: p.metric,
      value: p.diff,
      lo: p.interval[0],
      hi: p.interval[1],
    }));
    out.push(
      await barChart("paired", `Candidate − ${r.baseline.id} on the same rows (95% interval)`, bars, {
        x: "metric",
        y: "difference",
        threshold: 0,
        // A candidate scoring exactly as its baseline (the same model retrained) drew a flat axis.
        flatDomain: [-1, 1],
      }),
    );
  }
  for (const [i, b] of r.bias.entries()) {
    const bars = b.groups.map((g) => {
      const [lo, hi] = wilson(Math.round(g.selection_rate * g.count), g.count);
      return { label: g.group, value: g.selection_rate, lo, hi };
    });
    out.push(
      await barChart(`bias-${i}`, `Selection rate by ${b.feature} (95% Wilson interval)`, bars, {
        x: b.feature,
        y: "selection rate",
      }),
    );
  }
  const hist = r.load.result?.histogram;
  if (hist?.length) {
    out.push(
      await histogramChart("latency", "Latency histogram (log-spaced bins)", hist, {
        x: "latency (ms, log scale)",
        y: "requests",
      }),
    );
  }
  for (const [i, [name, pts]] of Object.entries(r.series).slice(0, 6).entries()) {
    out.push(
      await lineChart(
        `series-${i}`,
        `Training: ${name}`,
        pts.map((p) => ({ series: name, x: p.step, y: p.value })),
        { x: "step", y: name },
      ),
    );
  }
  return out;
}

export async function evaluationHtml(r: EvaluationReport, opts: { runUrl?: string } = {}): Promise<string> {
  const charts = await evaluationCharts(r);
  const fig = (id: string) => {
    const c = charts.find((x) => x.id === id);
    return c ? figure(c) : "";
  };
  const figs = (prefix: string) =>
    charts
      .filter((c) => c.id.startsWith(prefix))
      .map(figure)
      .join("\n");
  const s: string[] = [];
  const failedGates = r.gates.filter((g) => !g.passed).length;
  s.push(
    `<p><span class="verdict ${r.passed ? "pass" : "fail"}">${r.passed ? "passes" : "fails"}</span> ` +
      `${r.gates.length - failedGates}/${r.gates.length} gates passed` +
      (r.load.thresholds.length
        ? `, ${r.load.thresholds.filter((t) => t.passed).length}/${r.load.thresholds.length} load thresholds met`
        : "") +
      ` · baseline: ${r.baseline ? `<code>${esc(r.baseline.id)}</code>` : "none yet"} · ${r.quality.rows} test rows` +
      (opts.runUrl ? ` · <a href="${esc(opts.runUrl)}">run</a>` : "") +
      `</p>`,
  );
  if (r.gpu) s.push(`<p>${gpuCostHtml(r.gpu)}</p>`);
  if (r.gates.length) {
    s.push(`<h2 id="gates">Gates</h2>`);
    s.push(
      htmlTable(
        ["", "gate", "value", "95% interval", "threshold"],
        r.gates.map((g) => [
          mark(g.passed),
          `<code>${esc(g.expression)}</code>`,
          fmt(g.value),
          fmtInterval(r.quality.metrics[g.metric]?.interval ?? biasInterval(r.bias, g.metric)),
          g.threshold === null ? esc(g.note ?? "–") : fmt(g.threshold) + (g.paired ? ` · ${esc(g.note ?? "")}` : ""),
        ]),
        [2],
      ),
    );
  }
  s.push(`<h2 id="quality">Quality</h2>`);
  s.push(htmlTable(QUALITY_HEADER, qualityRows(r, esc), [1, 3, 4]));
  if (r.quality.task === "classification" && "kind" in r.quality) s.push(...multiclassHtml(r.quality));
  s.push(`<div class="charts">${fig("roc")}${fig("pr")}${fig("calibration")}${fig("confusion")}</div>`);
  if (r.ovrRoc?.length || r.residuals?.length)
    s.push(`<div class="charts">${fig("roc-ovr")}${fig("pred-actual")}${fig("residuals")}</div>`);
  if (r.curves && r.baseline && !r.curves.baseline)
    s.push(
      `<p class="muted">${esc(r.baseline.id)} recorded no predictions on these rows: its curves are not overlaid.</p>`,
    );
  if (r.paired && r.baseline) {
    s.push(`<h2 id="paired">Candidate vs <code>${esc(r.baseline.id)}</code> on the same ${r.quality.rows} rows</h2>`);
    s.push(htmlTable(PAIRED_HEADER, pairedRows(r.paired, esc), [1, 3]));
    s.push(fig("paired"));
  }
  for (const [i, b] of r.bias.entries()) {
    s.push(`<h2 id="bias-${i}">Bias by ${esc(b.feature)}</h2>`);
    s.push(`<p>${biasSummary(b, (t) => `<b>${t}</b>`)}</p>`);
    // The table keeps its own height beside the chart (align-items: flex-start), rows not stretched to it.
    s.push(
      `<div class="charts" style="align-items:flex-start">${htmlTable(
        BIAS_GROUPS_HEADER,
        biasGroupRows(b, esc),
        [1, 2, 3, 4, 5],
      )}${fig(`bias-${i}`)}</div>`,
    );
    if (b.smallGroups.length)
      s.push(`<p>⚠️ ${b.smallGroups.length} group(s) below the minimum size were left out of the ratios.</p>`);
    const fewText = fewOutcomesText(b, esc);
    if (fewText) s.push(`<p class="few-outcomes">⚠️ ${fewText}</p>`);
  }
  s.push(...groupBiasHtml(r.groupBias ?? []));
  if (r.explain && "skipped" in r.explain)
    s.push(`<h2 id="explain">Why the model decides</h2>`, `<p>Not measured: ${esc(r.explain.skipped)}.</p>`);
  else if (r.explain) s.push(...explainHtml(r.explain));
  s.push(`<h2 id="load">Load</h2>`);
  const l = r.load.result;
  if (l) {
    s.push(
      `<p>${l.sent} requests at ${fmt(l.rate)}/s open loop over ${fmt(l.durationMs / 1000, 1)} s · throughput ${fmt(l.throughput, 1)}/s · errors ${fmt(l.errorRate * 100, 2)}%</p>`,
    );
    s.push(
      htmlTable(
        ["p50", "p90", "p95", "p99", "p99.9", "max"],
        [
          [l.latencyMs.p50, l.latencyMs.p90, l.latencyMs.p95, l.latencyMs.p99, l.latencyMs.p999, l.latencyMs.max].map(
            (v) => `${fmt(v, 2)} ms`,
          ),
        ],
        [0, 1, 2, 3, 4, 5],
      ),
    );
    if (r.load.thresholds.length)
      s.push(
        htmlTable(
          ["", "threshold", "actual"],
          r.load.thresholds.map((t) => [mark(t.passed), `<code>${esc(t.source)}</code>`, fmt(t.actual, 3)]),
          [2],
        ),
      );
    if (r.load.ramp)
      s.push(
        `<p>Ramp: the highest rate meeting every threshold is <b>${r.load.ramp.maxRate === null ? "none" : `${r.load.ramp.maxRate}/s`}</b>.</p>`,
      );
    s.push(fig("latency"));
  } else s.push(`<p class="muted">Skipped: ${esc(r.load.skipped ?? "no server command")}</p>`);
  if (Object.keys(r.series).length) {
    s.push(`<h2 id="training">Training curves</h2>`);
    s.push(`<div class="charts">${figs("series-")}</div>`);
  }
  s.push(
    `<p class="muted">Generated ${esc(r.createdAt)} by mlship · the data is in evaluation.json beside this file.</p>`,
  );
  return page({
    title: `${r.model}: candidate ${r.passed ? "passes" : "fails"}`,
    subtitle: `evaluation of <code>${esc(r.candidate)}</code>`,
    body: s.join("\n"),
  });
}
