import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
var libs,load=()=>libs??=Promise.all([import("./vega.module-RVRMIPZA.js"),import("./build-KBXEGUMC.js")]),CONFIG={font:"system-ui, -apple-system, 'Segoe UI', sans-serif",view:{stroke:"#ddd"},axis:{labelColor:"#333",titleColor:"#333",gridColor:"#eee"},legend:{orient:"bottom"},range:{category:["#1f6feb","#d1242f","#1a7f37","#9a6700","#8250df","#bf3989","#0a7d83","#57606a"]}};async function renderSpec(spec){let[vega,vl]=await load(),compiled=vl.compile({...spec,config:{...CONFIG,...spec.config??{}}}).spec,view=new vega.View(vega.parse(compiled),{renderer:"none"});try{return await view.toSVG()}finally{view.finalize()}}async function chart(id,title,points,spec){let svg=await renderSpec({$schema:"https://vega.github.io/schema/vega-lite/v6.json",width:360,height:240,...spec,data:{values:points.map(p=>({...p}))}});return{id,title,points,svg}}var num=v=>v==null||!Number.isFinite(v)?null:Number(v.toPrecision(6));function lineChart(id,title,points,o){let pts=points.map(p=>({series:p.series,x:num(p.x),y:num(p.y)})),scale=o.domain?{domain:o.domain}:{zero:!1},layers=[{mark:{type:"line",point:{filled:!0,size:18},interpolate:"linear"},encoding:{x:{field:"x",type:o.xTime?"temporal":"quantitative",title:o.x,scale:o.xTime?void 0:o.xInteger?{zero:!1}:scale,...o.xInteger?{axis:{tickMinStep:1,format:"d"}}:{}},y:{field:"y",type:"quantitative",title:o.y,scale},color:{field:"series",type:"nominal",title:null},tooltip:[{field:"series"},{field:"x",title:o.x},{field:"y",title:o.y}]}}];return o.diagonal&&layers.unshift({data:{values:[{d:0},{d:1}]},mark:{type:"line",strokeDash:[4,4],color:"#999",aria:!1},encoding:{x:{field:"d",type:"quantitative"},y:{field:"d",type:"quantitative"}}}),chart(id,title,pts,{layer:layers})}function barChart(id,title,bars,o){let pts=bars.map(b=>({label:b.label,value:num(b.value)??0,series:b.series??o.y,lo:num(b.lo),hi:num(b.hi),ref:num(b.ref)})),grouped=new Set(pts.map(p=>p.series)).size>1,x={field:"label",type:"nominal",title:o.x,sort:null,axis:{labelAngle:-30,labelLimit:120}},layers=[{mark:{type:"bar",opacity:.85},encoding:{x,y:{field:"value",type:"quantitative",title:o.y},color:{field:"series",type:"nominal",title:null,legend:grouped?{}:null},...grouped?{xOffset:{field:"series"}}:{},tooltip:[{field:"label",title:o.x},{field:"series"},{field:"value",title:o.y}]}}];return pts.some(p=>p.lo!==null)&&layers.push({transform:[{filter:"datum.lo != null"}],mark:{type:"rule",color:"#333"},encoding:{x,...grouped?{xOffset:{field:"series"}}:{},y:{field:"lo",type:"quantitative"},y2:{field:"hi"}}}),pts.some(p=>p.ref!==null)&&layers.push({transform:[{filter:"datum.ref != null"}],mark:{type:"tick",color:"#d1242f",thickness:2},encoding:{x,y:{field:"ref",type:"quantitative"},tooltip:[{field:"label",title:o.x},{field:"ref",title:"threshold"}]}}),o.threshold!==void 0&&o.threshold!==null&&layers.push({data:{values:[{t:o.threshold}]},mark:{type:"rule",color:"#d1242f",strokeDash:[6,3],aria:!1},encoding:{y:{field:"t",type:"quantitative"}}}),chart(id,title,pts,{layer:layers})}function heatmap(id,title,cells,o){let enc={x:{field:"col",type:"nominal",title:o.col,sort:null},y:{field:"row",type:"nominal",title:o.row,sort:null}};return chart(id,title,cells,{width:220,height:220,layer:[{mark:"rect",encoding:{...enc,color:{field:"count",type:"quantitative",scale:{scheme:"blues"},legend:null},tooltip:[{field:"row"},{field:"col"},{field:"count"}]}},{mark:{type:"text",fontSize:16,aria:!1},encoding:{...enc,text:{field:"count",type:"quantitative"}}}]})}function distributionChart(id,title,labels,reference,current){let bars=[...labels.map((l,i)=>({label:l,value:reference[i],series:"reference"})),...labels.map((l,i)=>({label:l,value:current[i],series:"current"}))];return barChart(id,title,bars,{x:"",y:"share"})}function timelineChart(id,title,events){return chart(id,title,events,{width:520,height:{step:28},mark:{type:"point",filled:!0,size:90},encoding:{x:{field:"at",type:"temporal",title:null},y:{field:"lane",type:"nominal",title:null},color:{field:"kind",type:"nominal",title:null},shape:{field:"kind",type:"nominal",title:null},tooltip:[{field:"at",type:"temporal",timeUnit:"yearmonthdatehoursminutes"},{field:"lane"},{field:"kind"},{field:"label"}]}})}var ESCAPES={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"};function esc(text){return String(text??"").replace(/[&<>"']/g,c=>ESCAPES[c])}function safeHref(url){return/^https?:\/\//i.test(url)||/^[\w./#?=-][\w./#?=%&-]*$/.test(url)?esc(url):"#"}var CSS=`
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
</tbody></table>`}var mark=ok=>ok?'<span class="pass-mark" aria-label="passed">\u2713</span>':'<span class="fail-mark" aria-label="failed">\u2717</span>';export{lineChart,barChart,heatmap,distributionChart,timelineChart,esc,safeHref,page,figure,htmlTable,mark};
