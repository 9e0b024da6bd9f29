import type { ExplainSection } from "../evaluate/explain.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt, fmtInterval } from "./format.js";
import { esc, htmlTable } from "./html/page.js";

/** The baseline's importance when it was measured on the same terms (the same metric), else undefined. */
function sideBySide(e: ExplainSection) {
  const p = e.production;
  return p && !("skipped" in p) && p.metric === e.metric ? p : undefined;
}

/** What was measured, in words (markdown or HTML, the names escaped by `quote`). */
function explainIntro(e: ExplainSection, quote: (s: string) => string): string {
  const p = e.production;
  const side = sideBySide(e);
  return (
    `Permutation importance through the candidate's server: the drop of ${quote(e.metric)} (${fmt(e.baseline)} on the rows as they are) ` +
    `when one feature column is shuffled, ${e.repeats} shuffles each (seed ${e.seed}) on ${e.rows} rows; ` +
    `the interval is the smallest and largest drop over the shuffles (an error metric's rise counts as a drop).` +
    (e.metricNote ? ` Note: ${quote(e.metricNote)}.` : "") +
    (e.notMeasured.length
      ? ` ⚠️ The time budget ran out before ${e.notMeasured.length} feature(s): ${e.notMeasured.map(quote).join(", ")}.`
      : "") +
    (!p
      ? ""
      : "skipped" in p
        ? ` The baseline ${quote(p.model)} was not measured: ${quote(p.skipped)}.`
        : side
          ? ` Beside it, the baseline ${quote(p.model)} through its own server, on the same rows and shuffles ` +
            `(${fmt(p.baseline)} on the rows as they are)` +
            (p.notMeasured.length ? `; its time budget ran out before ${p.notMeasured.map(quote).join(", ")}` : "") +
            "."
          : ` The baseline ${quote(p.model)} was scored on ${quote(p.metric)}, not ${quote(e.metric)}${p.metricNote ? ` (${quote(p.metricNote)})` : ""}: not shown beside it.`)
  );
}

function explainRows(e: ExplainSection, name: (s: string) => string): string[][] {
  const side = sideBySide(e);
  return e.features.map((f, i) => {
    const row = [String(i + 1), name(f.feature), fmt(f.mean), fmt(f.sd), fmtInterval(f.interval)];
    if (!side) return row;
    const b = side.features.find((g) => g.feature === f.feature);
    return [...row, b ? fmt(b.mean) : "–", b ? fmtInterval(b.interval) : "–"];
  });
}

const HEADER = ["rank", "feature", "mean drop", "sd", "min–max"];
const BASELINE_HEADER = ["baseline mean drop", "baseline min–max"];
const header = (e: ExplainSection) => (sideBySide(e) ? [...HEADER, ...BASELINE_HEADER] : HEADER);

/** The markdown section "Why the model decides". */
export function explainMarkdown(e: ExplainSection): string[] {
  return ["## Why the model decides", explainIntro(e, escapeMarkdown), table(header(e), explainRows(e, inlineCode))];
}

/** The HTML section "Why the model decides". */
export function explainHtml(e: ExplainSection): string[] {
  const code = (s: string) => `<code>${esc(s)}</code>`;
  return [
    `<h2 id="explain">Why the model decides</h2>`,
    `<p>${explainIntro(e, code)}</p>`,
    htmlTable(header(e), explainRows(e, code), [0, 2, 3, 4, 5, 6]),
  ];
}
