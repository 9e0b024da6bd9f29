/**
 * The multiclass and group-metric sections of the evaluation report (markdown and HTML tables):
 * per-class table, confusion matrix, and bias as metrics per group (multiclass and regression).
 */
import type { MulticlassReport } from "../evaluate/multiclass.js";
import type { GroupMetricFrame } from "../evaluate/group-metrics.js";
import { escapeMarkdown, table } from "./escape.js";
import { fmt, fmtInterval } from "./format.js";
import { esc, htmlTable } from "./html/page.js";

/** Metric names of the per-class entries (precision[c], recall[c], f1[c]): shown in the per-class table, not the quality table. */
export const isPerClassMetric = (name: string) => name.includes("[");

function perClassRows(q: MulticlassReport, cell: (s: string) => string): string[][] {
  return q.perClass.map((c) => [
    cell(c.class),
    `${fmt(c.precision)} ${fmtInterval(q.metrics[`precision[${c.class}]`]?.interval)}`,
    `${fmt(c.recall)} ${fmtInterval(q.metrics[`recall[${c.class}]`]?.interval)}`,
    `${fmt(c.f1)} ${fmtInterval(q.metrics[`f1[${c.class}]`]?.interval)}`,
    String(c.support),
    String(c.predicted),
  ]);
}

/** Past this many classes the markdown (a PR comment, a job summary) leaves the matrix to the HTML report. */
const MARKDOWN_MATRIX_CLASSES = 20;

const PER_CLASS_HEADER = ["class", "precision", "recall", "F1", "support", "predicted"];

export function multiclassMarkdown(q: MulticlassReport): string[] {
  const out = ["### Per class"];
  out.push(table(PER_CLASS_HEADER, perClassRows(q, escapeMarkdown)));
  for (const w of q.warnings) out.push(`⚠️ ${escapeMarkdown(w)}`);
  out.push("### Confusion matrix (rows: actual, columns: predicted)");
  if (q.classes.length > MARKDOWN_MATRIX_CLASSES)
    out.push(`${q.classes.length} classes: the matrix is in evaluation.html and evaluation.json.`);
  else
    out.push(
      table(
        ["actual \\ predicted", ...q.classes.map(escapeMarkdown)],
        q.confusion.map((row, i) => [escapeMarkdown(q.classes[i]), ...row.map(String)]),
      ),
    );
  return out;
}

export function multiclassHtml(q: MulticlassReport): string[] {
  const out = [`<h3 id="per-class">Per class</h3>`];
  out.push(htmlTable(PER_CLASS_HEADER, perClassRows(q, esc), [1, 2, 3, 4, 5]));
  for (const w of q.warnings) out.push(`<p>⚠️ ${esc(w)}</p>`);
  return out;
}

function frameRows(f: GroupMetricFrame, cell: (s: string) => string): { header: string[]; rows: string[][] } {
  return {
    header: ["group", "count", ...f.metrics.map(cell)],
    rows: [
      ...f.groups.map((g) => [
        cell(g.group) + (g.small ? " ⚠️ small" : ""),
        String(g.count),
        ...f.metrics.map((m) => fmt(g.values[m])),
      ]),
      ["difference (max − min)", "", ...f.metrics.map((m) => fmt(f.difference[m]))],
      ["ratio (min / max)", "", ...f.metrics.map((m) => fmt(f.ratio[m]))],
    ],
  };
}

export function groupBiasMarkdown(frames: GroupMetricFrame[]): string[] {
  const out: string[] = [];
  for (const f of frames) {
    out.push(`## Bias by ${escapeMarkdown(f.feature)}`);
    const t = frameRows(f, escapeMarkdown);
    out.push(table(t.header, t.rows));
    if (f.smallGroups.length)
      out.push(`⚠️ ${f.smallGroups.length} group(s) below the minimum size were left out of the difference and ratio.`);
  }
  return out;
}

export function groupBiasHtml(frames: GroupMetricFrame[]): string[] {
  const out: string[] = [];
  for (const [i, f] of frames.entries()) {
    out.push(`<h2 id="group-bias-${i}">Bias by ${esc(f.feature)}</h2>`);
    const t = frameRows(f, esc);
    out.push(
      htmlTable(
        t.header,
        t.rows,
        t.header.map((_, j) => j).filter((j) => j > 0),
      ),
    );
    if (f.smallGroups.length)
      out.push(
        `<p>⚠️ ${f.smallGroups.length} group(s) below the minimum size were left out of the difference and ratio.</p>`,
      );
  }
  return out;
}
