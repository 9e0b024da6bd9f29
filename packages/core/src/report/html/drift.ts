/**
 * drift.html: per column, reference and current distributions overlaid and the test's score
 * against its threshold, columns sorted by drift (most drifted first).
 */
import type { ColumnDrift, DriftReport } from "../../drift/check.js";
import { sortByDrift, type Distribution } from "../../drift/distributions.js";
import { fmt, fmtP } from "../format.js";
import { barChart, distributionChart, type Chart } from "./charts.js";
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

/** Every chart of the page, in page order: the two score charts, then one distribution per column. */
export async function driftCharts(r: DriftPageInput): Promise<Chart[]> {
  const out: Chart[] = [];
  const tested = sortByDrift(r.columns).filter((c) => c.stattest && c.statistic !== null);
  const pv = tested.filter((c) => c.p_value !== null);
  const dist = tested.filter((c) => c.p_value === null);
  if (pv.length)
    out.push(
      await barChart(
        "scores-pvalue",
        "p-value by column (drift when at or below its threshold, the red tick)",
        pv.map((c) => ({ label: c.column, value: c.p_value!, ref: c.threshold })),
        { x: "column", y: "p-value" },
      ),
    );
  if (dist.length)
    out.push(
      await barChart(
        "scores-distance",
        "Distance by column (drift when at or above its threshold, the red tick)",
        dist.map((c) => ({ label: c.column, value: c.statistic!, ref: c.threshold })),
        { x: "column", y: "distance" },
      ),
    );
  for (const [i, d] of (r.distributions ?? []).entries())
    out.push(
      await distributionChart(`dist-${i}`, `${d.column}: reference vs current`, d.labels, d.reference, d.current),
    );
  return out;
}

export async function driftHtml(r: DriftPageInput): Promise<string> {
  const charts = await driftCharts(r);
  const sorted = sortByDrift(r.columns);
  const drifted = r.columns.filter((c) => c.drifted).length;
  const tested = r.columns.filter((c) => c.stattest).length;
  const s: string[] = [];
  s.push(
    `<p><span class="verdict ${r.dataset_drift ? "fail" : "pass"}">${r.dataset_drift ? "dataset drift" : "no dataset drift"}</span> ` +
      `${drifted} of ${tested} columns drifted (share ${fmt(r.drift_share)}, threshold ${fmt(r.drift_share_threshold)}) · reference ${r.reference_rows} rows (${esc(r.reference_kind)}) · current ${r.current_rows} rows</p>`,
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
      .filter((c) => c.id.startsWith("scores-"))
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
    title: `${r.dataset_drift ? "Data drift" : "No dataset drift"}: ${r.model} in ${r.environment}`,
    body: s.join("\n"),
  });
}
