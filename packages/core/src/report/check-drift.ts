import type { DriftReport } from "../drift/check.js";
import { driftScore, sortByDrift, topDistributions, type Distribution } from "../drift/distributions.js";
import { escapeMarkdown, table } from "./escape.js";
import { fmt, fmtP } from "./format.js";
import { barChart, mermaidLabel } from "./mermaid.js";

/** Each tested column's drift score (multiples of its threshold) as a bar, the threshold (1) as a line. */
function scoreChart(cols: DriftReport["columns"]): string {
  const n = (v: number) => Number(Math.min(v, SCORE_CAP).toPrecision(4)).toString();
  return [
    "```mermaid",
    "xychart-beta",
    `  title "drift score by column: times its threshold (drifted at 1 or more${cols.some((c) => driftScore(c) > SCORE_CAP) ? `, cut at ${SCORE_CAP}` : ""})"`,
    `  x-axis [${cols.map((c) => mermaidLabel(c.column)).join(", ")}]`,
    `  y-axis "score"`,
    `  bar [${cols.map((c) => n(driftScore(c))).join(", ")}]`,
    `  line [${cols.map(() => "1").join(", ")}]`,
    "```",
  ].join("\n");
}

/** Scores past this many times their threshold are drawn at it (and say so), so the rest stay readable. */
export const SCORE_CAP = 10;

/**
 * The report's headline: how many columns drifted first, then the dataset verdict with its
 * threshold ("4 of 11 columns drifted · No dataset drift", "share 0.364 is below the
 * dataset-drift threshold 0.5"): a share under the threshold must not read as "nothing drifted".
 */
export function driftHeadline(r: DriftReport): { drifted: number; tested: number; title: string; share: string } {
  const tested = r.columns.filter((c) => c.stattest).length;
  const drifted = r.columns.filter((c) => c.drifted).length;
  return {
    drifted,
    tested,
    title: `${drifted} of ${tested} columns drifted · ${r.dataset_drift ? "Data drift" : "No dataset drift"}`,
    share: `share ${fmt(r.drift_share)} is ${r.dataset_drift ? "at or above" : "below"} the dataset-drift threshold ${fmt(r.drift_share_threshold)}`,
  };
}

/** A check in which no column could be tested (all missing values, say) never passes. */
export function untested(r: DriftReport): boolean {
  return !r.columns.some((c) => c.stattest !== null);
}

/** The PR comment and job summary; `distributions` as the page has them (the top 3 drifted are drawn). */
export function driftMarkdown(r: DriftReport, model: string, env: string, distributions: Distribution[] = []): string {
  const out: string[] = [];
  const h = driftHeadline(r);
  const mark = untested(r) ? "❌" : r.dataset_drift || h.drifted ? "⚠️" : "✅";
  const title = untested(r) ? "Drift not checked: no column could be tested" : h.title;
  out.push(`# ${mark} ${title}: ${escapeMarkdown(model)} in ${escapeMarkdown(env)}`);
  out.push(
    `${untested(r) ? "" : `The ${h.share} · `}reference ${r.reference_rows} rows · current ${r.current_rows} rows`,
  );
  // Drifted first, then by drift score.
  const sorted = sortByDrift(r.columns);
  out.push(
    table(
      ["", "column", "type", "test", "statistic", "p-value", "threshold", "note"],
      sorted.map((c) => [
        c.drifted ? "⚠️" : "✅",
        escapeMarkdown(c.column),
        c.type,
        c.stattest ?? "–",
        fmt(c.statistic),
        fmtP(c.p_value),
        fmt(c.threshold),
        escapeMarkdown(c.note ?? ""),
      ]),
    ),
  );
  const scored = sorted.filter((c) => c.stattest && c.statistic !== null);
  if (scored.length) out.push(scoreChart(scored));
  for (const [what, c] of [
    ["Prediction drift", r.prediction_drift],
    ["Target drift", r.target_drift],
  ] as const) {
    if (c)
      out.push(
        `**${what}** (${escapeMarkdown(c.column)}): ${c.drifted ? "⚠️ drifted" : "✅ none"} — ${c.stattest ?? "not tested"} ${fmt(c.statistic)}${c.p_value !== null ? `, p=${fmtP(c.p_value)}` : ""}${c.note ? ` (${escapeMarkdown(c.note)})` : ""}`,
      );
  }
  for (const h of topDistributions(distributions, r)) {
    out.push(`### ${escapeMarkdown(h.column)}: reference (first bars) vs current`);
    out.push(barChart(`${h.column} - share per bin`, h.labels, h.reference, "share", h.current));
  }
  if (r.id_columns?.length)
    out.push(`Identifiers, not tested and not in the share: ${r.id_columns.map(escapeMarkdown).join(", ")}`);
  if (r.missing_columns.length)
    out.push(`Missing in current data: ${r.missing_columns.map(escapeMarkdown).join(", ")}`);
  if (r.new_columns.length) out.push(`New in current data: ${r.new_columns.map(escapeMarkdown).join(", ")}`);
  return out.join("\n\n") + "\n";
}
