import type { ExplainSection } from "../evaluate/explain.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt, fmtInterval } from "./format.js";
import { esc, htmlTable } from "./html/page.js";

/** What was measured, in words (markdown or HTML, the names escaped by `quote`). */
function explainIntro(e: ExplainSection, quote: (s: string) => string): string {
  return (
    `Permutation importance through the candidate's server: the drop of ${quote(e.metric)} (${fmt(e.baseline)} on the rows as they are) ` +
    `when one feature column is shuffled, ${e.repeats} shuffles each (seed ${e.seed}) on ${e.rows} rows; ` +
    `the interval is the smallest and largest drop over the shuffles (an error metric's rise counts as a drop).` +
    (e.metricNote ? ` Note: ${quote(e.metricNote)}.` : "") +
    (e.notMeasured.length
      ? ` ⚠️ The time budget ran out before ${e.notMeasured.length} feature(s): ${e.notMeasured.map(quote).join(", ")}.`
      : "")
  );
}

function explainRows(e: ExplainSection, name: (s: string) => string): string[][] {
  return e.features.map((f, i) => [String(i + 1), name(f.feature), fmt(f.mean), fmt(f.sd), fmtInterval(f.interval)]);
}

const HEADER = ["rank", "feature", "mean drop", "sd", "min–max"];

/** The markdown section "Why the model decides". */
export function explainMarkdown(e: ExplainSection): string[] {
  return ["## Why the model decides", explainIntro(e, escapeMarkdown), table(HEADER, explainRows(e, inlineCode))];
}

/** The HTML section "Why the model decides". */
export function explainHtml(e: ExplainSection): string[] {
  const code = (s: string) => `<code>${esc(s)}</code>`;
  return [
    `<h2 id="explain">Why the model decides</h2>`,
    `<p>${explainIntro(e, code)}</p>`,
    htmlTable(HEADER, explainRows(e, code), [0, 2, 3, 4]),
  ];
}
