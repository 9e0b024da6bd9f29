import type { PerformanceReport } from "../performance/report.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt, fmtInterval, fmtP, signed } from "./format.js";

/** The job summary and the issue body: verdict, coverage, metrics against registration, groups, CBPE. */
export function performanceMarkdown(r: PerformanceReport): string {
  const out: string[] = [];
  const mark = r.degraded ? "❌" : r.note ? "⚠️" : "✅";
  const verdict = r.degraded ? "Degraded" : r.note ? "Not measured" : "Healthy";
  out.push(`# ${mark} ${verdict}: ${escapeMarkdown(r.version)} in ${escapeMarkdown(r.environment)}`);
  const c = r.coverage;
  out.push(
    `${c.served} rows served${r.window ? ` in the last ${escapeMarkdown(r.window)}` : ""} · ${c.labelled} labelled · **${c.joined} joined** (${fmt(c.labelled_share * 100, 1)}% of served) · ${c.labels_without_prediction} labels with no prediction`,
  );
  if (r.note) out.push(`> ${escapeMarkdown(r.note)}`);
  if (r.gates.length)
    out.push(
      table(
        ["", "gate", "production", "threshold", "note"],
        r.gates.map((g) => [
          g.passed ? "✅" : "❌",
          inlineCode(g.expression),
          fmt(g.value),
          fmt(g.threshold),
          escapeMarkdown(g.note ?? ""),
        ]),
      ),
    );
  const names = Object.keys(r.metrics);
  if (names.length)
    out.push(
      "## Production against the registered evaluation",
      table(
        ["metric", "production", "95% interval", "registered", "difference", "95% interval", "test", "p"],
        names.map((k) => {
          const m = r.metrics[k];
          return [
            k,
            fmt(m.value),
            fmtInterval(m.interval),
            fmt(m.registered),
            signed(m.diff),
            fmtInterval(m.diff_interval),
            m.test ?? "–",
            fmtP(m.p_value),
          ];
        }),
      ),
    );
  if (r.groups.length)
    out.push(
      "## By sensitive feature",
      table(
        ["feature", "group", "metric", "rows", "production", "registered", "difference", "95% interval"],
        r.groups.map((g) => [
          escapeMarkdown(g.feature),
          escapeMarkdown(g.group),
          g.metric,
          String(g.rows),
          fmt(g.value),
          g.registered ? `${fmt(g.registered.value)} (${g.registered.rows} rows)` : "–",
          signed(g.registered?.diff),
          fmtInterval(g.registered?.interval),
        ]),
      ),
    );
  if (r.cbpe) {
    const cb = r.cbpe;
    out.push(
      "## Estimated from the served scores (CBPE)",
      cb.calibration
        ? `Calibration on the registered evaluation (${cb.calibration.rows} rows): ECE ${fmt(cb.calibration.ece_raw)} raw, ${fmt(cb.calibration.ece_recalibrated)} after isotonic recalibration (held-out folds) — ${cb.calibration.recalibrated ? "**not calibrated: the estimate uses recalibrated scores**" : "calibrated: the scores are used as served"}.`
        : cb.calibrations
          ? `Calibration of each class's probability on the registered evaluation (one-vs-rest, ECE on held-out folds, raw → after isotonic recalibration): ${Object.entries(
              cb.calibrations,
            )
              .map(
                ([c, k]) =>
                  `${escapeMarkdown(c)} ${fmt(k.ece_raw)} → ${fmt(k.ece_recalibrated)}${k.recalibrated ? " (**recalibrated**)" : ""}`,
              )
              .join("; ")}.`
          : "The scores' calibration was not checked (no recorded test-set scores).",
      table(
        [
          "metric",
          `estimated (${cb.rows} served rows)`,
          "95% interval",
          ...(cb.labelled ? ["estimated on labelled rows", "realised"] : []),
        ],
        Object.entries(cb.estimated).map(([k, m]) => [
          k,
          fmt(m.value),
          fmtInterval(m.interval),
          ...(cb.labelled
            ? [`${fmt(cb.labelled[k].estimated)} ${fmtInterval(cb.labelled[k].interval)}`, fmt(cb.labelled[k].realised)]
            : []),
        ]),
      ),
    );
  }
  if (r.warnings.length) out.push(r.warnings.map((w) => `- ${escapeMarkdown(w)}`).join("\n"));
  return `${out.join("\n\n")}\n`;
}
