import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
var ESCAPES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function esc(text){return String(text??"").replace(/[&<>"']/g,c=>ESCAPES[c])}function safeHref(url){return/^https?:\/\//i.test(url)||/^[\w./#?=-][\w./#?=%&-]*$/.test(url)?esc(url):"#"}var CSS=`
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
`;function page(o){return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="mlship">
<title>${esc(o.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(o.title)}</h1>${o.subtitle?`<div class="muted">${o.subtitle}</div>`:""}</header>
<main>
${o.body}
</main>
${o.script?`<script>${o.script.replace(/<\/script/gi,"<\\/script")}</script>`:""}
</body>
</html>
`}function figure(c){return`<figure data-chart="${esc(c.id)}" data-points="${c.points.length}"><figcaption>${esc(c.title)}</figcaption>${c.svg}</figure>`}function htmlTable(header,rows,numeric=[]){let th=header.map(h=>`<th>${h}</th>`).join(""),body=rows.map(r=>`<tr>${r.map((c,i)=>`<td${numeric.includes(i)?' class="num"':""}>${c}</td>`).join("")}</tr>`).join(`
`);return`<table><thead><tr>${th}</tr></thead><tbody>
${body}
</tbody></table>`}var mark=ok=>ok?'<span class="pass-mark" aria-label="passed">\u2713</span>':'<span class="fail-mark" aria-label="failed">\u2717</span>';export{esc,safeHref,page,figure,htmlTable,mark};
