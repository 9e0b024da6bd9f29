import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{lineChart}from"./chunk-A656603C.js";import{gpuCostText,lineageGpuCost}from"./chunk-F050D6D3.js";import{__mlshipStart,escapeMarkdown,fmt,table}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function trainingMarkdown(result){let lines=[`## \u2705 Training run \`${result.runId}\``];lines.push(`${fmt(result.lineage.durationSeconds,1)} s on ${result.lineage.gpu?`${escapeMarkdown(result.lineage.gpu.name)} (\xD7${result.lineage.gpu.count})`:"CPU"} \xB7 commit \`${(result.lineage.git.commit??"unknown").slice(0,12)}\`${result.lineage.git.dirty?" (dirty)":""}`);let gpu=lineageGpuCost(result.lineage);gpu&&lines.push(`GPU: ${gpuCostText(gpu)}`);let metricRows=Object.entries(result.metrics).map(([k,v])=>[escapeMarkdown(k),fmt(v)]);metricRows.length&&lines.push(table(["metric","value"],metricRows));for(let[name,pts]of Object.entries(result.series).slice(0,2))lines.push(lineChart(name,pts));return lines.join(`

`)+`
`}function skippedTrainingMarkdown(id){return`## \u23ED\uFE0F Training skipped

\`${id}\` was trained from the same code, data, params and command.
`}export{__mlshipStart,skippedTrainingMarkdown,trainingMarkdown};
