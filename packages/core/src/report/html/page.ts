/**
 * The shell of every HTML page mlship writes: one self-contained file with its CSS inline and a
 * Content-Security-Policy that forbids any request outside the file (charts are inline SVG).
 */
import type { Chart } from "./charts.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Untrusted text (model names, column names, commit messages) as HTML text or attribute value. */
export function esc(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** An href only for http(s) or relative links; anything else (javascript:, data:) becomes "#". */
export function safeHref(url: string): string {
  if (/^https?:\/\//i.test(url) || /^[\w./#?=-][\w./#?=%&-]*$/.test(url)) return esc(url);
  return "#";
}

const CSS = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --ok: #1a7f37; --bad: #d1242f; --warn: #9a6700; --accent: #0969da; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0; background: #fff; }
header.top { padding: 16px 24px; border-bottom: 1px solid var(--line); background: #f6f8fa; }
header.top h1 { margin: 0 0 4px; font-size: 22px; }
main { padding: 8px 24px 40px; max-width: 1200px; }
h2 { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; font-size: 18px; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.muted { color: var(--muted); }
.verdict { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; color: #fff; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--bad); } .verdict.warn { background: var(--warn); }
.pass-mark { color: var(--ok); font-weight: 600; } .fail-mark { color: var(--bad); font-weight: 600; }
table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num { text-align: right; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px 28px; }
figure { margin: 8px 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: 600; margin-bottom: 4px; }
nav.side { float: left; width: 220px; padding: 8px 16px 8px 0; }
nav.side ul { list-style: none; padding: 0; margin: 0; }
nav.side a { display: block; padding: 3px 8px; border-radius: 6px; color: var(--fg); text-decoration: none; }
nav.side a[aria-current="page"] { background: #ddf4ff; font-weight: 600; }
a { color: var(--accent); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.with-side { margin-left: 240px; }
.kbd-hint { font-size: 13px; }
`;

export interface PageOptions {
  title: string;
  /** Already-escaped HTML under the title. */
  subtitle?: string;
  body: string;
  /** An inline script (progressive enhancement only: every page reads without it). */
  script?: string;
}

export function page(o: PageOptions): string {
  // No default-src at all: nothing outside the file can load, whatever ends up in the page.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mlship">
<title>${esc(o.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(o.title)}</h1>${o.subtitle ? `<div class="muted">${o.subtitle}</div>` : ""}</header>
<main>
${o.body}
</main>
${o.script ? `<script>${o.script.replace(/<\/script/gi, "<\\/script")}</script>` : ""}
</body>
</html>
`;
}

/** A chart as a figure the browser tests find by its id; the SVG comes from vega (its text escaped). */
export function figure(c: Chart): string {
  return `<figure data-chart="${esc(c.id)}" data-points="${c.points.length}"><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`;
}

export function htmlTable(header: string[], rows: string[][], numeric: number[] = []): string {
  const th = header.map((h) => `<th>${h}</th>`).join("");
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ""}>${c}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export const mark = (ok: boolean) =>
  ok ? '<span class="pass-mark" aria-label="passed">✓</span>' : '<span class="fail-mark" aria-label="failed">✗</span>';
