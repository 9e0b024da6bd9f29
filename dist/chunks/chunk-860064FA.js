import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{GIT_SHA,MAX_CLASSES,UserError,barChart,checkDrift,checkPerformance,compareRuns,configSchema,deploy,esc,exists,figure,fmt,formatModelId,gpuCostText,htmlTable,isValidModelName,lineChart,lineageGpuCost,mark,packageStep,page,parseModelId,parseYamlWith,projectRegistry,promote,qualityChart,qualityLoadBiasTest,quantileSorted,readDriftHistory,register,require_dist,safeHref,tableSchemaSchema,timelineChart,train,tryExec,validateData,validateTable,writeFileAtomic}from"./chunk-73AD166C.js";import{__toESM}from"./chunk-27B9FEA1.js";import{promises as fs}from"node:fs";import path from"node:path";var DEPLOY_ACTIONS=new Set(["deploy","rollback","auto-rollback"]);function entry(e,env){return{at:e.at,environment:e.environment??env,action:e.action,from:e.from,to:e.to,outcome:e.outcome,...e.reason!==void 0?{reason:e.reason}:{},...e.cause?{cause:e.cause}:{},by:e.by,...e.recoveryMs!==void 0?{recoveryMs:e.recoveryMs}:{},seq:e.seq,...e.commit?{commit:e.commit}:{},...e.runUrl?{runUrl:e.runUrl}:{}}}async function environmentHistory(registry,name,env,opts={}){let own=await registry.events(name,env);if(opts.deploysOnly)return own.filter(e=>DEPLOY_ACTIONS.has(e.action)).map(e=>entry(e,env));let ran=new Set(own.map(e=>e.to)),outside=(await registry.events(name,null)).filter(e=>ran.has(e.to)),merged=[...own.map(e=>entry(e,env))];for(let e of outside){let at=merged.findIndex(m=>m.at>e.at);merged.splice(at<0?merged.length:at,0,{...entry(e,env),seq:void 0})}return merged.map(m=>m.seq===void 0?(({seq:_,...rest})=>rest)(m):m)}function eventChange(h){let before=h.from??"nothing";switch(h.action){case"auto-rollback":return`${h.to} failed its checks and was rolled back: ${before} ${h.from?"still serves":"serves"}`;case"quarantine":return`${h.to} quarantined (cannot be deployed)`;case"release":return`${h.to} released from quarantine`;case"canary":return h.outcome==="success"?`canary: ${h.to} gets part of the traffic beside ${before}`:`canary of ${h.to} rolled back: ${before} ${h.from?"serves all traffic":"serves"}`;case"promote":return`canary promoted: ${h.to} gets all traffic`;default:return h.outcome==="success"?`${h.from??"\u2013"} -> ${h.to}`:`${h.action==="rollback"?"rollback to":"deploy of"} ${h.to} failed: ${before} ${h.from?"still serves":"serves"}`}}function summarize(values){let v=values.filter(x=>Number.isFinite(x)).sort((a,b)=>a-b);return{count:v.length,median:v.length?quantileSorted(v,.5):null,p90:v.length?quantileSorted(v,.9):null}}var WEEK_MS=7*864e5;async function deliveryStats(env,history,registry,gitDir){history=history.filter(h=>h.action==="deploy"||h.action==="rollback"||h.action==="auto-rollback");let ok=history.filter(h=>h.outcome==="success"),first=history[0]?.at,last=history.at(-1)?.at,spanMs=first&&last?Math.max(0,Date.parse(last)-Date.parse(first)):0,lead=[],training=[],seen=new Set;for(let h of ok){let info;try{info=await registry.show(parseModelId(h.to))}catch{continue}let lineage=info.lineage;if(!seen.has(h.to)&&typeof lineage?.durationSeconds=="number"&&training.push(lineage.durationSeconds),seen.add(h.to),info.gitCommit&&GIT_SHA.test(info.gitCommit)){let committed=(await tryExec("git",["show","-s","--format=%cI","--end-of-options",info.gitCommit],{cwd:gitDir}))?.trim();committed&&lead.push((Date.parse(h.at)-Date.parse(committed))/1e3)}}let attempts=history.filter(h=>h.action!=="rollback"),failed=history.filter(h=>h.outcome==="failure").length,rolledBack=new Set;return history.forEach((h,i)=>{if(!(h.action!=="rollback"||h.outcome!=="success"||!h.from))for(let j=i-1;j>=0;j--){let d=history[j];if(d.action==="deploy"&&d.outcome==="success"&&d.to===h.from){rolledBack.add(j);break}}}),{environment:env,since:first??null,deployments:history.length,failedDeployments:failed,rollbacks:history.filter(h=>h.action==="rollback"||h.action==="auto-rollback").length,successfulDeployments:ok.length,spanSeconds:spanMs/1e3,deploymentsPerWeek:first?ok.length*WEEK_MS/Math.max(WEEK_MS,spanMs):null,leadTimeSeconds:summarize(lead),trainingSeconds:summarize(training),timeToRestoreMs:summarize(history.filter(h=>h.recoveryMs!==void 0).map(h=>h.recoveryMs)),changeFailureRate:attempts.length?(failed+rolledBack.size)/attempts.length:0}}async function readEnvironmentRecords(registry,name,env){let[record,history]=await Promise.all([registry.environmentRecord(name,env),environmentHistory(registry,name,env)]);return{current:record?{model:formatModelId(record.id),since:record.at,url:record.url??null,target:record.target??null}:null,history}}var COMMIT=/^[0-9a-f]{7,40}$/,REPO=/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;function commitLink(git){if(!git?.commit||!COMMIT.test(git.commit)||!git.repository||!REPO.test(git.repository))return null;let server="https://github.com";try{git.workflowRunUrl&&(server=new URL(git.workflowRunUrl).origin)}catch{}return`${server}/${git.repository}/commit/${git.commit}`}function version(v){let l=v.lineage??{},runUrl=l.git?.workflowRunUrl&&/^https:\/\//.test(l.git.workflowRunUrl)?l.git.workflowRunUrl:null;return{id:v.id,version:v.version,createdAt:v.createdAt,digest:v.digest,size:v.size,creator:v.creator,metrics:Object.fromEntries(Object.entries(v.metrics??{}).filter(e=>typeof e[1]=="number")),gates:v.gates??[],report:v.report?{href:/^https:\/\//.test(v.report)?v.report:null,text:v.report}:null,gatesPassed:v.gatesPassed??null,stages:v.state.stages,serving:[],quarantined:v.state.quarantine?.reason??null,commit:v.gitCommit??l.git?.commit??null,commitUrl:commitLink({...l.git,commit:v.gitCommit??l.git?.commit}),runUrl,dataDigest:l.dataDigest??null,params:l.params??{},durationSeconds:typeof l.durationSeconds=="number"?l.durationSeconds:null,gpuName:l.gpu?.name??null,gpu:lineageGpuCost(v.lineage)}}async function environmentNames(project,registry,names){let known=new Set(Object.keys(project.config.deploy.environments??{}));for(let name of names)for(let env of await registry.environments(name))known.add(env);return[...known].sort()}async function dashboardData(project,access){let registry=await projectRegistry(project,void 0,access),names=(await registry.names()).sort(),models=[];for(let name of names){let versions=(await registry.list(name)).map(version).sort((a,b)=>a.version-b.version),withGpu=versions.filter(v=>v.gpu),priced=withGpu.filter(v=>v.gpu.estimatedCost!==null);models.push({name,versions,gpuHours:withGpu.reduce((s,v)=>s+v.gpu.gpuHours,0),estimatedCost:priced.length?priced.reduce((s,v)=>s+v.gpu.estimatedCost,0):null,currency:priced[0]?.gpu?.currency??"USD"})}let environments=[],model=project.config.model??names[0];for(let env of await environmentNames(project,registry,names)){let rec=model?await readEnvironmentRecords(registry,model,env):{current:null,history:[]},current=rec.current;for(let name of current?[]:names){let other=await registry.environmentRecord(name,env).catch(()=>{});other&&(current={model:formatModelId(other.id),since:other.at,url:other.url??null,target:other.target??project.config.deploy.environments?.[env]?.target??null})}environments.push({name:env,current,history:rec.history,stats:await deliveryStats(env,rec.history,registry,project.dir),drift:model?await readDriftHistory(registry,model,env):[],performance:model?(await registry.performanceChecks(model,env)).map(c=>({at:c.at,version:c.version,degraded:c.degraded,served:c.served,labelled:c.labelled,metrics:c.metrics,intervals:c.intervals,estimated:c.estimated,estimatedIntervals:c.estimatedIntervals,registered:c.registered})):[]})}for(let e of environments)for(let m of models)for(let v of m.versions)e.current?.model===v.id&&v.serving.push(e.name);return{schema:"mlship/dashboard/v1",generatedAt:new Date().toISOString(),registry:registry.uri,models,environments}}var sitePaths={index:"index.html",model:m=>`models/${m}/index.html`,version:(m,v)=>`models/${m}/v${v}.html`},NAV_SCRIPT=`
document.addEventListener("keydown", function (e) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  var keys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: "first", End: "last" };
  var step = keys[e.key];
  if (step === undefined) return;
  var links = Array.prototype.slice.call(document.querySelectorAll("nav.side a[data-nav]"));
  if (!links.length) return;
  var at = links.indexOf(document.activeElement);
  if (at < 0) at = links.findIndex(function (a) { return a.getAttribute("aria-current") === "page"; });
  var next = step === "first" ? 0 : step === "last" ? links.length - 1 : at < 0 ? 0 : Math.max(0, Math.min(links.length - 1, at + step));
  links[next].focus();
  e.preventDefault();
});`;function rel(from,to){let depth=from.split("/").length-1;return"../".repeat(depth)+to}function sideNav(d,here,open){let items=[`<li><a data-nav href="${rel(here,sitePaths.index)}"${here===sitePaths.index?' aria-current="page"':""}>Overview</a></li>`];for(let m of d.models){let mp=sitePaths.model(m.name);items.push(`<li><a data-nav data-model="${esc(m.name)}" href="${rel(here,mp)}"${here===mp?' aria-current="page"':""}>${esc(m.name)}</a>`),m.name===open&&items.push(`<ul>${[...m.versions].reverse().map(v=>{let vp=sitePaths.version(m.name,v.version);return`<li><a data-nav data-version="${esc(v.id)}" href="${rel(here,vp)}"${here===vp?' aria-current="page"':""}>&nbsp;&nbsp;v${v.version}${v.serving.length?` <span class="muted">serves ${esc(v.serving.join(", "))}</span>`:""}</a></li>`}).join("")}</ul>`),items.push("</li>")}return`<nav class="side" aria-label="models and versions"><ul>${items.join("")}</ul><p class="muted kbd-hint">\u2191/\u2193 or j/k move, Enter opens</p></nav>`}var when=iso=>esc(iso.replace("T"," ").replace(/\.\d+Z$/,"Z")),seconds=s=>s===null?"\u2013":s>=3600?`${fmt(s/3600,1)} h`:s>=60?`${fmt(s/60,1)} min`:`${fmt(s,1)} s`,QUALITY_METRICS=["accuracy","precision","recall","f1","roc_auc","precision_macro","recall_macro","f1_macro","rmse","mae","r2"];async function qualityCharts(idPrefix,env,checks){let sorted=[...checks].sort((a,b)=>Date.parse(a.at)-Date.parse(b.at)),has=k=>sorted.some(c=>Number.isFinite(c.metrics[k]??NaN)||Number.isFinite(c.estimated?.[k]??NaN)),estimatedOnly=[...new Set(sorted.flatMap(c=>Object.keys(c.estimated??{})))].filter(k=>!QUALITY_METRICS.includes(k)),names=[...QUALITY_METRICS,...estimatedOnly].filter(has),spans=[];for(let c of sorted){let t=Date.parse(c.at),last=spans[spans.length-1];last?.version===c.version?last.to=t:(last&&(last.to=t),spans.push({version:c.version,from:t,to:t}))}let whole=spans.length?spans[spans.length-1].to-spans[0].from:0,pad=Math.max(whole/40,30*6e4),changes=spans.slice(1).map(sp=>({x:sp.from,version:sp.version.slice(sp.version.indexOf("@")+1)})),charts=[];for(let[i,k]of names.entries()){let points=[];for(let kind of["realised","estimated"]){let segment=0,prev;for(let c of sorted){let v=kind==="realised"?c.metrics[k]:c.estimated?.[k],iv=kind==="realised"?c.intervals?.[k]:c.estimatedIntervals?.[k];if(v==null||!Number.isFinite(v)){prev=void 0;continue}prev!==c.version&&segment++,prev=c.version,points.push({kind,x:Date.parse(c.at),y:v,lo:iv?.[0]??null,hi:iv?.[1]??null,version:c.version,degraded:c.degraded,segment:`${kind} ${segment}`})}}let registered=spans.flatMap(sp=>{let value=sorted.filter(c=>c.version===sp.version).map(c=>c.registered?.[k]).filter(v=>typeof v=="number"&&Number.isFinite(v)).pop();if(value===void 0)return[];let[from,to]=sp.from===sp.to?[sp.from-pad,sp.to+pad]:[sp.from,sp.to];return[{version:sp.version,from,to,y:value}]});charts.push(await qualityChart(`${idPrefix}-${i}`,`${k} in ${env}`,points,registered,changes,{y:k}))}return charts}async function dashboardCharts(d){let overview=[],events=d.environments.flatMap(e=>e.history.map(h=>({at:h.at,lane:e.name,kind:h.outcome==="failure"?`${h.action} (failed)`:h.action,label:eventChange(h)})));events.length&&overview.push(await timelineChart("deploys","Deploys and rollbacks",events));let drift=d.environments.flatMap(e=>e.drift.map(x=>({series:e.name,x:Date.parse(x.at),y:x.drift_share})));drift.length&&overview.push(await lineChart("drift","Share of drifted columns per check",drift,{x:"checked at",y:"drift share",xTime:!0,domain:[0,1]}));let models={};for(let m of d.models){let charts=[],names=[...new Set(m.versions.flatMap(v=>Object.keys(v.metrics)))].filter(k=>!/^(epochs|train_|n_)/.test(k));for(let[i,k]of names.entries()){let pts=m.versions.filter(v=>Number.isFinite(v.metrics[k])).map(v=>({series:k,x:v.version,y:v.metrics[k]}));pts.length&&charts.push(await lineChart(`metrics-${m.name}-${i}`,k,pts,{x:"version",y:k,xInteger:!0,small:!0}))}let gpu=m.versions.filter(v=>v.gpu);gpu.length&&charts.push(await barChart(`gpu-${m.name}`,"GPU-hours per version",gpu.map(v=>({label:`v${v.version}`,value:v.gpu.gpuHours})),{x:"version",y:"GPU-hours"})),models[m.name]=charts}let quality={};for(let m of d.models){quality[m.name]=[];for(let[e,env]of d.environments.entries()){let checks=env.performance.filter(c=>c.version.startsWith(`${m.name}@`));checks.length&&quality[m.name].push({environment:env.name,charts:await qualityCharts(`quality-${m.name}-${e}`,env.name,checks)})}}return{overview,models,quality}}function overviewPage(d,charts){let here=sitePaths.index,s=[];s.push('<h2 id="models">Models</h2>'),s.push(htmlTable(["model","versions","latest","checks of latest","GPU-hours (all versions)","est. cost"],d.models.map(m=>{let last=m.versions[m.versions.length-1];return[`<a href="${rel(here,sitePaths.model(m.name))}">${esc(m.name)}</a>`,String(m.versions.length),last?`<a href="${rel(here,sitePaths.version(m.name,last.version))}">${esc(last.id)}</a>`:"\u2013",last?.gatesPassed===null||!last?"\u2013":mark(last.gatesPassed),fmt(m.gpuHours,4),m.estimatedCost===null?"\u2013":`${fmt(m.estimatedCost,4)} ${esc(m.currency)}`]}),[1,4,5])),s.push('<h2 id="environments">Environments</h2>'),s.push(htmlTable(["environment","runs now","since","target","deploys","rollbacks","deploys / week (count under a week)","lead time (median)","training time (median)","change failure rate","time to restore (median)"],d.environments.map(e=>{let[name,v]=e.current?.model.split("@")??[],link=name&&v&&d.models.some(m=>m.name===name)?`<a href="${rel(here,sitePaths.version(name,Number(v.slice(1))))}">${esc(e.current.model)}</a>`:esc(e.current?.model??"\u2013"),st=e.stats;return[esc(e.name),link,e.current?.since?when(e.current.since):"\u2013",esc(e.current?.target??"\u2013"),String(st.deployments),String(st.rollbacks),st.deploymentsPerWeek===null?"\u2013":st.spanSeconds<7*86400?`${st.successfulDeployments} in ${seconds(st.spanSeconds)}`:fmt(st.deploymentsPerWeek,2),seconds(st.leadTimeSeconds.median),seconds(st.trainingSeconds.median),`${fmt(st.changeFailureRate*100,1)}%`,st.timeToRestoreMs.median===null?"\u2013":seconds(st.timeToRestoreMs.median/1e3)]}),[4,5,6,7,8,9,10])),s.push(`<div class="charts">${charts.map(figure).join(`
`)}</div>`);let recent=d.environments.flatMap(e=>e.history.map(h=>({...h,environment:e.name}))).sort((a,b)=>b.at.localeCompare(a.at)).slice(0,20);return recent.length&&(s.push('<h2 id="history">Recent deploys and rollbacks</h2>'),s.push(htmlTable(["when","environment","action","what changed (before -> after)","outcome","by","reason"],recent.map(h=>[when(h.at),esc(h.environment),esc(h.action),esc(eventChange(h)),h.outcome==="success"?mark(!0):mark(!1),esc(h.by),esc(h.reason??"")])))),page({title:"mlship dashboard",subtitle:`registry <code>${esc(d.registry)}</code> \xB7 built ${when(d.generatedAt)}`,body:`${sideNav(d,here)}<div class="with-side">${s.join(`
`)}</div>`,script:NAV_SCRIPT})}function modelPage(d,m,charts,quality){let here=sitePaths.model(m.name),s=[],running=d.environments.filter(e=>e.current?.model.startsWith(`${m.name}@`));if(s.push(`<p>${m.versions.length} versions \xB7 runs in ${running.length?running.map(e=>`${esc(e.name)} (<code>${esc(e.current.model)}</code>)`).join(", "):"no environment"} \xB7 GPU: ${esc(gpuCostText({gpuHours:m.gpuHours,estimatedCost:m.estimatedCost,pricePerGpuHour:null,currency:m.currency}))}${m.estimatedCost!==null?` \xB7 est. ${fmt(m.estimatedCost,4)} ${esc(m.currency)} in all`:""}</p>`),s.push(`<div class="charts">${charts.map(figure).join(`
`)}</div>`),quality.length){s.push('<h2 id="production-quality">Production quality</h2>'),s.push(`<p class="muted">Per check of the served version: realised from the labels that arrived (circles), estimated from the served scores before labels (CBPE, diamonds), each with its 95% interval; the dashed rule is the version's value at registration, a dotted line marks a change of version.</p>`);for(let q of quality)s.push(`<h3>${esc(q.environment)}</h3><div class="charts">${q.charts.map(figure).join(`
`)}</div>`)}s.push('<h2 id="versions">Versions</h2>');let metricNames=[...new Set(m.versions.flatMap(v=>Object.keys(v.metrics)))].slice(0,6);return s.push(htmlTable(["version","created","gates",...metricNames.map(esc),"GPU-hours","serves now","ran in","commit"],[...m.versions].reverse().map(v=>[`<a href="${rel(here,sitePaths.version(m.name,v.version))}">${esc(v.id)}</a>${v.quarantined?' <span class="fail-mark">quarantined</span>':""}`,when(v.createdAt),v.gatesPassed===null?"\u2013":`${mark(v.gatesPassed)} ${v.gates.filter(g=>g.passed).length}/${v.gates.length}`,...metricNames.map(k=>fmt(v.metrics[k])),v.gpu?fmt(v.gpu.gpuHours,4):"\u2013",esc(v.serving.join(", ")||"\u2013"),esc(v.stages.join(", ")||"\u2013"),commitCell(v)]))),page({title:m.name,subtitle:`model \xB7 <a href="${rel(here,sitePaths.index)}">overview</a>`,body:`${sideNav(d,here,m.name)}<div class="with-side">${s.join(`
`)}</div>`,script:NAV_SCRIPT})}function commitCell(v){if(!v.commit)return"\u2013";let short=`<code>${esc(v.commit.slice(0,12))}</code>`;return v.commitUrl?`<a href="${safeHref(v.commitUrl)}">${short}</a>`:short}function keyValueTable(rows){return`<table class="kv"><tbody>
${rows.map(([k,v])=>`<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`).join(`
`)}
</tbody></table>`}function versionPage(d,m,v){let here=sitePaths.version(m.name,v.version),s=[];s.push(`<p>${v.gatesPassed===null?"":`<span class="verdict ${v.gatesPassed?"pass":"fail"}">${v.gatesPassed?"passed its checks":"failed its checks"}</span> `}created ${when(v.createdAt)} by ${esc(v.creator)}${v.serving.length?` \xB7 serves ${esc(v.serving.join(", "))} now`:""}${v.stages.length?` \xB7 ran in ${esc(v.stages.join(", "))}`:""}${v.quarantined?` \xB7 <span class="fail-mark">quarantined: ${esc(v.quarantined)}</span>`:""}</p>`),v.gates.length&&(s.push('<h2 id="gates">Gates</h2>'),s.push(htmlTable(["","gate","value","threshold"],v.gates.map(g=>[mark(g.passed),`<code>${esc(g.expression)}</code>`,fmt(g.value??null),g.threshold===void 0?"\u2013 (not recorded)":fmt(g.threshold)]),[2,3]))),s.push('<h2 id="metrics">Metrics</h2>'),s.push(htmlTable(["metric","value"],Object.entries(v.metrics).map(([k,x])=>[esc(k),fmt(x)]),[1])),s.push('<h2 id="lineage">Lineage</h2>'),s.push(keyValueTable([["evaluation report",v.report?v.report.href?`<a href="${safeHref(v.report.href)}">${esc(v.report.href)}</a>`:`<code>${esc(v.report.text)}</code> (on the machine that registered it)`:"\u2013 (registered without an evaluation)"],["commit",commitCell(v)],["workflow run",v.runUrl?`<a href="${safeHref(v.runUrl)}">${esc(v.runUrl)}</a>`:"\u2013"],["data digest",v.dataDigest?`<code>${esc(v.dataDigest)}</code>`:"\u2013"],["model digest",`<code>${esc(v.digest)}</code> (${fmt(v.size/1024,1)} KiB)`],["params",`<code>${esc(JSON.stringify(v.params))}</code>`],["training time",seconds(v.durationSeconds)],["hardware",esc(v.gpuName??"CPU")],["GPU",v.gpu?esc(gpuCostText(v.gpu)):"\u2013"]]));let deploys=d.environments.flatMap(e=>e.history.filter(h=>h.to===v.id||h.from===v.id).map(h=>({...h,environment:e.name})));return deploys.length&&(s.push('<h2 id="deploys">Deploys</h2>'),s.push(htmlTable(["when","environment","action","what changed (before -> after)","outcome"],deploys.map(h=>[when(h.at),esc(h.environment),esc(h.action),esc(eventChange(h)),mark(h.outcome==="success")])))),page({title:v.id,subtitle:`<a href="${rel(here,sitePaths.model(m.name))}">${esc(m.name)}</a> \xB7 <a href="${rel(here,sitePaths.index)}">overview</a>`,body:`${sideNav(d,here,m.name)}<div class="with-side">${s.join(`
`)}</div>`,script:NAV_SCRIPT})}async function dashboardPages(d){let charts=await dashboardCharts(d),pages=new Map;pages.set(sitePaths.index,overviewPage(d,charts.overview));for(let m of d.models){pages.set(sitePaths.model(m.name),modelPage(d,m,charts.models[m.name],charts.quality[m.name]));for(let v of m.versions)pages.set(sitePaths.version(m.name,v.version),versionPage(d,m,v))}return pages}async function buildDashboard(project,out,access){let dir=path.resolve(out),existing=await fs.readdir(dir).catch(()=>null);if(existing&&existing.length&&!existing.includes("data.json"))throw new UserError(`--out ${out} exists and is not an mlship dashboard (no data.json): choose an empty or new folder`,{input:"out"});let data=await dashboardData(project,access),pages=await dashboardPages(data),tmp=`${dir}.tmp-${process.pid}`;await fs.rm(tmp,{recursive:!0,force:!0});let bytes=0;for(let[rel2,html]of pages){let file=path.join(tmp,rel2);await fs.mkdir(path.dirname(file),{recursive:!0}),await fs.writeFile(file,html),bytes+=Buffer.byteLength(html)}let json=JSON.stringify(data,null,2)+`
`;await fs.writeFile(path.join(tmp,"data.json"),json),await fs.writeFile(path.join(tmp,".nojekyll"),"");let old=`${dir}.old-${process.pid}`;return existing&&await fs.rename(dir,old),await fs.rename(tmp,dir),existing&&await fs.rm(old,{recursive:!0,force:!0}),{dir,pages:pages.size,bytes:bytes+json.length,data}}var import_yaml=__toESM(require_dist(),1);import{promises as fs2}from"node:fs";import path2 from"node:path";var WORKFLOW_CALLERS={"dashboard.yml":`# .github/workflows/dashboard.yml in your repository: publish the model dashboard to GitHub Pages
# after each run of the deploy, rollback and (daily) drift workflows, and by hand. Not on a
# schedule: a schedule's event carries no repository, so no visibility, and a private
# repository's dashboard is published only with public-site: true (a Pages site is public).
# Settings \u2192 Pages \u2192 Source: GitHub Actions.
name: dashboard
on:
  workflow_run:
    workflows: [deploy, rollback, drift]
    types: [completed]
  workflow_dispatch:
jobs:
  dashboard:
    uses: mlship/mlship/.github/workflows/dashboard.yml@v1
    permissions:
      contents: read
      packages: read
      pages: write
      id-token: write
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
`,"deploy.yml":`# .github/workflows/deploy.yml in your repository: a push that changes deploy/<env>.yml deploys
# that environment's model; one job per changed file.
name: deploy
on:
  push:
    branches: [main]
    paths: ["deploy/*.yml"]
jobs:
  changed:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    outputs:
      environments: \${{ steps.diff.outputs.environments }}
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          fetch-depth: 0 # the whole push (before..after), not only its last commit
      - id: diff
        env:
          BEFORE: \${{ github.event.before }}
        run: |
          # Every deploy file the push changed, in any of its commits. A new branch, or a force
          # push whose old head is gone, compares with the empty tree: every deploy file (deploying
          # a model that already serves changes nothing).
          base=$BEFORE
          if ! git cat-file -e "$base^{commit}" 2>/dev/null; then base=$(git hash-object -t tree /dev/null); fi
          # A deleted deploy file deploys nothing: the environment keeps what it serves.
          git diff --name-only --diff-filter=D "$base" HEAD -- 'deploy/*.yml' | while read -r f; do
            echo "::notice title=mlship deploy::$f was deleted: nothing deployed; its environment keeps serving the model it has"
          done
          envs=$(git diff --name-only --diff-filter=d "$base" HEAD -- 'deploy/*.yml' | sed -n 's#^deploy/\\([a-z][a-z0-9_-]*\\)\\.yml$#\\1#p' | jq -R . | jq -cs .)
          echo "environments=$envs" >> "$GITHUB_OUTPUT"
  deploy:
    needs: changed
    if: needs.changed.outputs.environments != '[]'
    strategy:
      matrix:
        environment: \${{ fromJSON(needs.changed.outputs.environments) }}
      fail-fast: false
    uses: mlship/mlship/.github/workflows/deploy.yml@v1
    permissions:
      contents: read
      deployments: write
      packages: write # deploy events and the environment record are written to the registry
    with:
      environment: \${{ matrix.environment }}
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
      MLSHIP_DEPLOY_TOKEN: \${{ secrets.MLSHIP_DEPLOY_TOKEN }}
`,"drift.yml":`# .github/workflows/drift.yml in your repository: a daily drift check at 06:17 UTC (GitHub delays
# runs at the top of the hour), and by hand.
name: drift
on:
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch:
jobs:
  drift:
    uses: mlship/mlship/.github/workflows/drift.yml@v1
    permissions:
      contents: read
      issues: write
      actions: write
      packages: write # the drift history is recorded in the registry
    with:
      environment: production
      command: python fetch_last_day.py --out data/current.csv
      # retraining on drift follows drift.retrain in mlship.yml (or pass retrain: "true")
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
      MLSHIP_DATA_TOKEN: \${{ secrets.MLSHIP_DATA_TOKEN }}
      MLSHIP_ALERT_WEBHOOK: \${{ secrets.MLSHIP_ALERT_WEBHOOK }} # optional: a Slack-compatible webhook told of drift
`,"ml.yml":`# .github/workflows/ml.yml in your repository: train and test on every PR and push,
# register on pushes to the default branch. workflow_dispatch lets check-drift retrain; the weekly
# schedule and a \`mlship-data\` repository_dispatch (sent by your data pipeline when new training
# data lands) retrain on the default branch too, and that run registers.
name: ml
on:
  push:
    branches: [main]
  pull_request:
  workflow_dispatch:
  schedule:
    - cron: "23 4 * * 1" # Mondays 04:23 UTC (runs at the top of the hour are often delayed)
  repository_dispatch:
    types: [mlship-data]
jobs:
  train:
    uses: mlship/mlship/.github/workflows/train.yml@v1
    permissions:
      contents: read
      pull-requests: write # the evaluation comment
      packages: write # register pushes the model to ghcr.io (evaluate reads the baseline there)
      actions: read # a re-run of failed jobs reads the first attempt's train artifact
    with:
      runs-on: '["self-hosted","gpu"]'
      setup-command: pip install -r requirements.txt
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}

  # Optional: tag the trained commit churn@vN and attest the model's digest.
  publish:
    needs: train
    if: needs.train.outputs.model-id != ''
    uses: mlship/mlship/.github/workflows/publish.yml@v1
    permissions:
      contents: write
      packages: write
      id-token: write
      attestations: write
      actions: read # a re-run of failed jobs reads the first attempt's train artifact
    with:
      model-id: \${{ needs.train.outputs.model-id }}
      digest: \${{ needs.train.outputs.digest }}
      artifact-name: \${{ needs.train.outputs.artifact }}
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}

  # Optional, on when the repository variable MLSHIP_PROMOTE_TO names an environment: propose each
  # registered version (its gates passed) there as a pull request changing deploy/<env>.yml;
  # merging it deploys (deploy.yml). A pull request opened with the job's token starts no checks
  # until a person pushes to it or reopens it; an App token in MLSHIP_PROMOTE_TOKEN runs them at once.
  promote:
    needs: train
    if: needs.train.outputs.model-id != '' && vars.MLSHIP_PROMOTE_TO != ''
    uses: mlship/mlship/.github/workflows/promote.yml@v1
    permissions:
      contents: write # pushes the pull request's branch (the deploy file only)
      pull-requests: write
      packages: read
    with:
      model-id: \${{ needs.train.outputs.model-id }}
      environment: \${{ vars.MLSHIP_PROMOTE_TO }}
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
      MLSHIP_PROMOTE_TOKEN: \${{ secrets.MLSHIP_PROMOTE_TOKEN }}
`,"performance.yml":`# .github/workflows/performance.yml in your repository: a daily check of production quality at
# 07:23 UTC (GitHub delays runs at the top of the hour), and by hand. mlship.yml's performance:
# section names the predictions and labels (and the commands that fetch them).
name: performance
on:
  schedule:
    - cron: "23 7 * * *"
  workflow_dispatch:
jobs:
  performance:
    uses: mlship/mlship/.github/workflows/performance.yml@v1
    permissions:
      contents: read
      issues: write
      actions: write
      packages: write # the performance history is recorded in the registry
    with:
      environment: production
      # retraining on degradation follows performance.retrain in mlship.yml (or pass retrain: "true")
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
      MLSHIP_DATA_TOKEN: \${{ secrets.MLSHIP_DATA_TOKEN }}
      MLSHIP_ALERT_WEBHOOK: \${{ secrets.MLSHIP_ALERT_WEBHOOK }} # optional: a Slack-compatible webhook told of degradation
`,"rollback.yml":`# .github/workflows/rollback.yml in your repository: Actions \u2192 rollback \u2192 Run workflow.
name: rollback
on:
  workflow_dispatch:
    inputs:
      environment:
        description: Environment
        type: choice
        options: [production, staging]
      to:
        description: Model ID to roll back to (empty = the previous one in deploy/<environment>.yml)
        type: string
        required: false
      reason:
        description: Why
        type: string
        default: manual rollback
jobs:
  rollback:
    uses: mlship/mlship/.github/workflows/rollback.yml@v1
    permissions:
      contents: write # the rollback commit (a protected branch: the MLSHIP_ROLLBACK_TOKEN secret pushes it)
      deployments: write
      packages: write # deploy events and the environment record are written to the registry
    with:
      environment: \${{ inputs.environment }}
      to: \${{ inputs.to }}
      reason: \${{ inputs.reason }}
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}
      MLSHIP_ROLLBACK_TOKEN: \${{ secrets.MLSHIP_ROLLBACK_TOKEN }}
      MLSHIP_DEPLOY_TOKEN: \${{ secrets.MLSHIP_DEPLOY_TOKEN }}
`,"sweep.yml":`# .github/workflows/sweep.yml in your repository: label a pull request \`sweep\` to train one leg
# per set of params (each on its own runner, with its own artifact and concurrency group); one
# PR comment compares the legs.
name: sweep
on:
  pull_request:
    types: [labeled, synchronize]
jobs:
  train:
    # On \`labeled\`, only the \`sweep\` label itself starts a sweep: another label added to a sweep
    # PR would otherwise retrain every leg.
    if: contains(github.event.pull_request.labels.*.name, 'sweep') && (github.event.action != 'labeled' || github.event.label.name == 'sweep')
    strategy:
      matrix:
        params: ["{lr: 0.05}", "{lr: 0.1}", "{lr: 0.2}"]
      fail-fast: false
    uses: mlship/mlship/.github/workflows/train.yml@v1
    permissions:
      contents: read
      pull-requests: write
      packages: write # asked by train.yml's register job (skipped on a PR); a call cannot grant less
      actions: read # a re-run of failed jobs reads the first attempt's train artifact
    with:
      runs-on: '["self-hosted","gpu"]'
      params: \${{ matrix.params }}
      setup-command: pip install -r requirements.txt
      comment: false # the legs would overwrite one another's comment: compare writes one for all
    # Each secret mapped by name: \`secrets: inherit\` passes nothing to another owner's workflows.
    secrets:
      MLSHIP_REGISTRY_TOKEN: \${{ secrets.MLSHIP_REGISTRY_TOKEN }}

  # After every leg, passed or failed: one comment with a row per leg (params, headline metrics,
  # the best marked), built from the evaluation artifact each leg uploaded. One job writes it
  # whole, so legs finishing together cannot lose each other's rows. Not after a cancelled sweep
  # (a newer push supersedes it): its partial table would overwrite the newer one's comment.
  compare:
    needs: train
    if: \${{ !cancelled() && needs.train.result != 'skipped' && contains(github.event.pull_request.labels.*.name, 'sweep') && (github.event.action != 'labeled' || github.event.label.name == 'sweep') }}
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions:
      contents: read
      pull-requests: write
      actions: read # after a re-run of failed jobs, lists the legs an earlier attempt evaluated
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
      - uses: mlship/mlship/actions/compare-runs@v1
        with:
          artifacts: mlship-evaluation-*
          expected: 3 # the matrix's size (a caller cannot read it): the comment warns when a leg left no evaluation
`};async function gitRootOf(dir){for(let d=path2.resolve(dir);;d=path2.dirname(d)){if(await exists(path2.join(d,".git")))return d;if(path2.dirname(d)===d)return}}var GITIGNORE=[[/^\/?\.mlship\/?$/,".mlship/","mlship's local state: runs, registry cache, deployments"],[/^\/?site\/?$/,"site/","the dashboard mlship builds (mlship dashboard --out site)"],[/^\/?node_modules\/?$/,"node_modules/","npm's packages (npx mlship)"]],ENUM_MAX=20,LABEL_NAMES=/^(label|target|y|class|outcome)$/i,ID_NAMES=/(^id$|_id$|^id_|uuid|^key$)/i;function chooseLabel(columns,given,file){if(given){if(!columns.includes(given))throw new UserError(`--label '${given}' is not a column of ${file} (columns: ${columns.join(", ")})`,{input:"label"});return given}return columns.find(c=>LABEL_NAMES.test(c))??columns[columns.length-1]}function choosePrimaryKey(cols,rows,label){let unique=cols.filter(c=>c.name!==label&&c.nulls===0&&!c.distinctCapped&&c.distinct===rows&&rows>1&&(c.inferredType==="string"||c.inferredType==="integer"));return(unique.find(c=>ID_NAMES.test(c.name))??unique.find(c=>c.inferredType==="string"))?.name}function fieldOf(c,isLabel){let constraints={};c.nulls===0&&(constraints.required=!0);let type="string",smallSet=!!c.counts&&c.distinct<=ENUM_MAX;switch(c.inferredType){case"integer":case"number":type=c.inferredType,isLabel&&smallSet?constraints.enum=Object.keys(c.counts).map(Number).sort((a,b)=>a-b):c.min!==void 0&&c.max!==void 0&&Object.assign(constraints,{minimum:c.min,maximum:c.max});break;case"boolean":type="boolean";break;case"date":type="date";break;default:smallSet&&c.distinct<(c.count-c.nulls)/2&&(type="categorical",constraints.enum=Object.keys(c.counts).sort())}return{name:c.name,type,constraints}}function modelNameFor(dir,given){if(given){if(!isValidModelName(given))throw new UserError(`--name '${given}': use lowercase letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 chars`,{input:"name"});return given}let slug=path2.basename(path2.resolve(dir)).toLowerCase().replace(/[^a-z0-9._-]+/g,"-").replace(/^[^a-z0-9]+/,"").slice(0,64);return isValidModelName(slug)?slug:"model"}var DEPLOY_SCRIPT="deploy.sh",deployScript=`#!/bin/sh
# ${DEPLOY_SCRIPT}: how production gets a model (mlship.yml: deploy.environments.production, target: command).
# mlship runs it on the deploy job's runner, without a shell, with MLSHIP_MODEL_ID, MLSHIP_MODEL_PATH (the
# model's files), MLSHIP_MODEL_DIGEST, MLSHIP_ENVIRONMENT and MLSHIP_PREVIOUS_MODEL_ID; exit 0 = deployed.
# A credential: the repository secret MLSHIP_DEPLOY_TOKEN, listed under the environment's pass-env.
# README, "Deploying". Replace the two lines below.
echo "${DEPLOY_SCRIPT} is mlship init's placeholder: write how $MLSHIP_MODEL_ID reaches $MLSHIP_ENVIRONMENT (README, Deploying)" >&2
exit 1
`;function replaceOnce(text,file,from,to){if(!text.includes(from))throw new Error(`init: examples/workflows/${file} no longer holds '${from}'`);return text.replace(from,()=>to)}function fitCallers(callers,o){let out={...callers},gpuLabel=`runs-on: '["self-hosted","gpu"]'`;for(let f of["ml.yml","sweep.yml"])if(o.gpu||(out[f]=replaceOnce(out[f],f,gpuLabel,`runs-on: '["ubuntu-latest"]' # a GPU runner: '["self-hosted","gpu"]' (mlship init --gpu)`)),!o.requirements){let setup="setup-command: pip install -r requirements.txt";out[f]=replaceOnce(out[f],f,setup,`# ${setup} # once you have one`)}out["rollback.yml"]=replaceOnce(out["rollback.yml"],"rollback.yml","options: [production, staging]",`options: [${o.rollback.join(", ")}] # deploy.environments in mlship.yml`);let fetch=`      command: python fetch_last_day.py --out data/current.csv
`;return out["drift.yml"]=replaceOnce(out["drift.yml"],"drift.yml",fetch,`      # command: python3 fetch_current.py # or drift.current-command in mlship.yml; writes drift.current
`),out}async function initProject(o){let dataFile=path2.resolve(o.dir,o.data);if(!await exists(dataFile))throw new UserError(`no data at ${o.data}: pass --data <your training data> (CSV, TSV, JSONL or Parquet)`,{input:"data"});let rel2=p=>path2.relative(o.dir,p).split(path2.sep).join("/"),schemaRel=rel2(path2.join(path2.dirname(dataFile),"schema.yml")),targets={},testFile=path2.join(path2.dirname(dataFile),`test${path2.extname(dataFile)}`),hasTest=testFile!==dataFile&&await exists(testFile),result=await validateTable(hasTest?[dataFile,testFile]:[dataFile],void 0),cols=result.profile.columns,label=chooseLabel(result.columns,o.label,o.data),labelCol=cols.find(c=>c.name===label),numeric=labelCol.inferredType==="number"||labelCol.inferredType==="integer",classification=!!labelCol.counts&&(labelCol.distinct<=20||!numeric)&&labelCol.inferredType!=="number";if(!numeric&&!(classification&&labelCol.distinct<=MAX_CLASSES))throw new UserError(`label '${label}' has ${labelCol.distinctCapped?"about ":""}${labelCol.distinct} distinct values that are not numbers: mlship gates classification up to ${MAX_CLASSES} classes and regression on numbers`,{input:"label",file:o.data});if(labelCol.distinct<2)throw new UserError(`label '${label}' has a single value in ${o.data}: there is nothing to predict`,{input:"label",file:o.data});let task=classification?"classification":"regression",primaryKey=choosePrimaryKey(cols,result.rows,label),features=result.columns.filter(c=>c!==label&&c!==primaryKey),schema={fields:cols.map(c=>fieldOf(c,c.name===label)),...primaryKey?{primaryKey}:{},rows:{min:1}};tableSchemaSchema.parse(schema),targets[schemaRel]=`# Table Schema inferred by \`mlship init\` from ${hasTest?`${o.data} and ${rel2(testFile)}`:o.data} (${result.rows} rows): types, required columns,
# the observed ranges and the values of small categorical columns. Widen ranges new data may go beyond.
# Keys mlship accepts: README, "The Table Schema subset".
`+(0,import_yaml.stringify)(schema,{lineWidth:0});let positive=classification?Object.keys(labelCol.counts).sort().at(-1):void 0,binary=classification&&labelCol.distinct===2,multiclass=classification&&!binary,config=new import_yaml.Document({model:modelNameFor(o.dir,o.name),data:{train:o.data,...hasTest?{test:rel2(testFile)}:{},schema:schemaRel},train:{command:"python3 train.py",params:{},gpu:o.gpu?"required":"optional"},evaluate:{label,task,...binary?{"positive-label":isNaN(Number(positive))?positive:Number(positive),score:"score"}:{},...multiclass?{"score-columns":"proba_*"}:{},features,gates:classification?["accuracy >= 0.7",...binary?["roc_auc >= baseline.roc_auc - 0.02"]:[],...multiclass?["f1_macro >= baseline.f1_macro - 0.02"]:[]]:["r2 >= 0.3","rmse <= baseline.rmse + 0.0"],load:{rate:20,duration:"3s",thresholds:["p(99)<500","rate<0.01"]}},deploy:{"serve-command":"python3 serve.py",environments:{local:{target:"local"},production:{target:"command",command:`sh ${DEPLOY_SCRIPT}`}}},drift:{reference:o.data,"target-column":label}});config.commentBefore=" yaml-language-server: $schema=https://raw.githubusercontent.com/mlship/mlship/main/schemas/mlship.schema.json";let node=keys=>config.getIn(keys,!0),keyOf=keys=>config.getIn(keys.slice(0,-1),!0).items.find(p=>p.key.value===keys.at(-1)).key;hasTest||(keyOf(["data","schema"]).commentBefore=" test: data/test.csv            # a held-out set your train command predicts on"),node(["train","command"]).comment=' the training contract: README, "The training contract"',node(["train","params"]).flow=!0,binary&&(node(["evaluate","score"]).comment=" the predictions file's probability column"),multiclass&&(node(["evaluate","score-columns"]).comment=" one probability column per class: proba_<class>");let featureList=node(["evaluate","features"]);featureList.flow=!0,featureList.comment=" what POST /predict receives",keyOf(["evaluate","gates"]).commentBefore=" sensitive-features: [column]   # bias metrics by group",node(["evaluate","load","thresholds"]).flow=!0,node(["deploy","serve-command"]).comment=' the server contract: README, "The model server contract"',node(["deploy","environments","local"]).flow=!0,node(["deploy","environments","production"]).flow=!0,node(["deploy","environments","production"]).comment=` write ${DEPLOY_SCRIPT}; add pass-env: [MLSHIP_DEPLOY_TOKEN] for the secret it needs`,keyOf(["drift","target-column"]).commentBefore=` current: data/current.csv       # the data production saw; until set, the scheduled drift check skips
 current-command: python3 fetch_current.py   # writes it (MLSHIP_DATA_TOKEN in its environment)`,targets["mlship.yml"]=config.toString({lineWidth:0}),parseYamlWith(targets["mlship.yml"],"mlship.yml",configSchema);let root=await gitRootOf(o.dir),sub=root&&path2.resolve(root)!==path2.resolve(o.dir)?root:void 0,workflows=sub?rel2(path2.join(sub,".github/workflows")):".github/workflows",environments=Object.entries(config.toJS().deploy.environments),callers=fitCallers(WORKFLOW_CALLERS,{gpu:!!o.gpu,requirements:await exists(path2.join(o.dir,"requirements.txt")),rollback:environments.filter(([,e])=>e.target!=="local").map(([name])=>name)});for(let[name,text]of Object.entries(callers))targets[`${workflows}/${name}`]=text;targets[DEPLOY_SCRIPT]=deployScript;let existing=[];for(let t of Object.keys(targets))await exists(path2.join(o.dir,t))&&existing.push(t);if(existing.length&&!o.force)throw new UserError(`${existing.join(", ")} already exist${existing.length===1?"s":""}: nothing written (pass --force to overwrite)`,{input:"force"});for(let[t,text]of Object.entries(targets))await writeFileAtomic(path2.join(o.dir,t),text);let written=Object.keys(targets),gitignore=path2.join(o.dir,".gitignore"),current=await fs2.readFile(gitignore,"utf8").catch(()=>""),ignored=current.split(/\r?\n/).map(l=>l.trim()),missing=GITIGNORE.filter(([re])=>!ignored.some(l=>re.test(l)));missing.length&&(await writeFileAtomic(gitignore,`${current}${current&&!current.endsWith(`
`)?`
`:""}${missing.map(([,entry2,why])=>`# ${why}
${entry2}
`).join("")}`),written.push(".gitignore"));let next=[`write train.py (reads $MLSHIP_DATA_TRAIN${hasTest?", $MLSHIP_DATA_TEST":""}; writes the model to $MLSHIP_OUTPUT_DIR and test predictions \u2014 label, ${binary?"score, ":multiclass?"proba_<class> per class, ":""}prediction and the feature columns \u2014 to $MLSHIP_PREDICTIONS_FILE)`,'write serve.py (POST /predict {"rows": [...]} \u2192 {"predictions": [{'+(binary?'"score": \u2026, ':"")+'"prediction": \u2026}]}; GET /healthz)',"npx mlship validate-data","npx mlship run --env local",`write ${DEPLOY_SCRIPT}: how production gets a model (until then the deploy workflow fails there, saying so)`];if(o.gpu&&next.push('the callers train on ["self-hosted","gpu"]: a pull request runs its own workflow files, so on a public repository a fork can add a job on that runner \u2014 keep the repository private, or limit the runner group to selected workflows and require approval of runs from outside collaborators (README, "On GitHub")'),sub){let project=path2.relative(sub,o.dir).split(path2.sep).join("/");next.push(`the workflow callers are in ${path2.join(sub,".github/workflows")} (GitHub reads workflows only at the repository's root) and read mlship.yml at that root: give each reusable workflow \`with: { config: ${project}/mlship.yml }\` and watch ${project}/deploy/*.yml in deploy.yml`)}return{written,label,task,features,primaryKey,next,...sub?{gitRoot:sub}:{}}}var steps=[validateData,train,qualityLoadBiasTest,compareRuns,register,packageStep,deploy,checkDrift,checkPerformance,promote],stepSpecs=steps.map(s=>s.spec);export{environmentHistory,eventChange,deliveryStats,buildDashboard,initProject,steps};
