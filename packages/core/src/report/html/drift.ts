/**
 * drift.html: per column, reference and current distributions overlaid and the test's score
 * against its threshold, columns sorted by drift (most drifted first).
 */
import type { TopLevelSpec } from "vega-lite";
import type { ColumnDrift, DriftReport } from "../../drift/check.js";
import { driftScore, sortByDrift, type Distribution } from "../../drift/distributions.js";
import { driftHeadline, SCORE_CAP } from "../check-drift.js";
import { fmt, fmtP } from "../format.js";
import { distributionChart, renderSpec, type Chart } from "./charts.js";
import { esc, figure, htmlTable, page } from "./page.js";

export interface DriftPageInput extends DriftReport {
  model: string;
  environment: string;
  distributions?: Distribution[];
  createdAt?: string;
}

const warn = (c: ColumnDrift) =>
  c.drifted
    ? '<span class="fail-mark">drifted</span>'
    : c.stattest
      ? '<span class="pass-mark">ok</span>'
      : '<span class="muted">not tested</span>';

/**
 * The one drift score per tested column (drift/distributions.ts driftScore: multiples of its
 * threshold, drifted at 1 or more), as horizontal bars so that every column name is written in
 * full, with the threshold as a red line at 1. Scores past SCORE_CAP are drawn at it and say so.
 */
async function scoreChart(tested: ColumnDrift[]): Promise<Chart> {
  const points = tested.map((c) => {
    const score = driftScore(c);
    return {
      column: c.column,
      score: Number(Math.min(score, SCORE_CAP).toPrecision(6)),
      drift: c.drifted ? "drifted" : "not drifted",
      test: c.stattest ?? "",
      result: c.p_value !== null ? `p = ${fmtP(c.p_value)}` : `${fmt(c.statistic)}`,
      threshold: fmt(c.threshold),
    };
  });
  const cut = tested.some((c) => driftScore(c) > SCORE_CAP);
  const top = Math.max(2, ...points.map((p) => p.score));
  const title = `Drift score by column: times its threshold, drifted at 1 or more (the red line)${cut ? `; scores past ${SCORE_CAP} drawn at ${SCORE_CAP}` : ""}`;
  const longest = Math.max(...tested.map((c) => c.column.length));
  const svg = await renderSpec({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: 360,
    height: { step: 22 },
    data: { values: points.map((p) => ({ ...p })) },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: {
            field: "column",
            type: "nominal",
            title: "column",
            sort: null,
            // Every name in full: the axis is as wide as the longest one needs.
            axis: { labelLimit: Math.max(180, longest * 9) },
          },
          x: { field: "score", type: "quantitative", title: "score", scale: { domain: [0, top], nice: true } },
          color: {
            field: "drift",
            type: "nominal",
            title: null,
            scale: { domain: ["drifted", "not drifted"], range: ["#d1242f", "#1f6feb"] },
          },
          tooltip: [
            { field: "column" },
            { field: "score" },
            { field: "test" },
            { field: "result" },
            { field: "threshold" },
          ],
        },
      },
      {
        data: { values: [{ t: 1 }] },
        mark: { type: "rule", color: "#d1242f", strokeWidth: 2, strokeDash: [6, 3], aria: false },
        encoding: { x: { field: "t", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec);
  return { id: "scores", title, points, svg };
}

/** Every chart of the page, in page order: the drift score chart, then one distribution per column. */
async function driftCharts(r: DriftPageInput): Promise<Chart[]> {
  const out: Chart[] = [];
  const tested = sortByDrift(r.columns).filter((c) => c.stattest && c.statistic !== null);
  if (tested.length) out.push(await scoreChart(tested));
  for (const [i, d] of (r.distributions ?? []).entries())
    out.push(
      await distributionChart(`dist-${i}`, `${d.column}: reference vs current`, d.labels, d.reference, d.current),
    );
  return out;
}

export async function driftHtml(r: DriftPageInput): Promise<string> {
  const charts = await driftCharts(r);
  const sorted = sortByDrift(r.columns);
  const h = driftHeadline(r);
  const s: string[] = [];
  s.push(
    `<p><span class="verdict ${h.drifted ? (r.dataset_drift ? "fail" : "warn") : "pass"}">${h.drifted} of ${h.tested} columns drifted</span> ` +
      `<span class="verdict ${r.dataset_drift ? "fail" : "pass"}">${r.dataset_drift ? "dataset drift" : "no dataset drift"}</span> ` +
      `the ${esc(h.share)} · reference ${r.reference_rows} rows (${esc(r.reference_kind)}) · current ${r.current_rows} rows</p>`,
  );
  s.push(`<h2 id="columns">Columns, most drifted first</h2>`);
  s.push(
    htmlTable(
      ["", "column", "type", "test", "statistic", "p-value", "threshold", "note"],
      sorted.map((c) => [
        warn(c),
        `<a href="#col-${esc(encodeURIComponent(c.column))}">${esc(c.column)}</a>`,
        c.type,
        esc(c.stattest ?? "–"),
        fmt(c.statistic),
        fmtP(c.p_value),
        fmt(c.threshold),
        esc(c.note ?? ""),
      ]),
      [4, 5, 6],
    ),
  );
  s.push(
    `<div class="charts">${charts
      .filter((c) => c.id === "scores")
      .map(figure)
      .join("\n")}</div>`,
  );
  for (const [what, c] of [
    ["Prediction drift", r.prediction_drift],
    ["Target drift", r.target_drift],
  ] as const) {
    if (c)
      s.push(
        `<p><b>${what}</b> (${esc(c.column)}): ${warn(c)} — ${esc(c.stattest ?? "not tested")} ${fmt(c.statistic)}${c.p_value !== null ? `, p=${fmtP(c.p_value)}` : ""}</p>`,
      );
  }
  s.push(`<h2 id="distributions">Distributions</h2>`);
  if (!r.distributions?.length)
    s.push(
      `<p class="muted">The reference is a saved profile: distributions are drawn only against reference data.</p>`,
    );
  const byColumn = new Map(r.distributions?.map((d, i) => [d.column, charts.find((c) => c.id === `dist-${i}`)!]) ?? []);
  for (const c of sorted) {
    const chart = byColumn.get(c.column);
    if (!chart) continue;
    const score =
      c.p_value !== null
        ? `p-value ${fmtP(c.p_value)} (drift at ≤ ${fmt(c.threshold)})`
        : `${esc(c.stattest ?? "")} ${fmt(c.statistic)} (drift at ≥ ${fmt(c.threshold)})`;
    s.push(
      `<h3 id="col-${esc(encodeURIComponent(c.column))}">${esc(c.column)} ${warn(c)}</h3><p class="muted">${esc(c.stattest ?? "")}: ${score}</p>${figure(chart)}`,
    );
  }
  if (r.missing_columns.length) s.push(`<p>Missing in current data: ${r.missing_columns.map(esc).join(", ")}</p>`);
  if (r.new_columns.length) s.push(`<p>New in current data: ${r.new_columns.map(esc).join(", ")}</p>`);
  s.push(
    `<p class="muted">Generated ${esc(r.createdAt ?? new Date().toISOString())} by mlship · the data is in the JSON report beside this file.</p>`,
  );
  return page({
    title: `${h.title}: ${r.model} in ${r.environment}`,
    body: s.join("\n"),
  });
}
