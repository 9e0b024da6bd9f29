import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{QUANTILES,tallyOf,topEntries,unbuilt}from"./chunk-AEF1B7A2.js";import"./chunk-D77F30EE.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function quantilesImplied(c){return c.quantiles!==void 0&&c.values!==void 0&&c.values.length<=QUANTILES&&Number.isFinite(c.min)&&Number.isFinite(c.max)}var MARKS={top:"\0top\0",counts:"\0counts\0"},marked=key=>`"${key}": ${JSON.stringify(MARKS[key])}`,isIndexKey=k=>/^(0|[1-9]\d{0,9})$/.test(k)&&Number(k)<4294967295;function countsJson({keys,counts},texts){if(keys.length===0)return"{}";let order=texts.map((_,i)=>i);texts.some(isIndexKey)&&(order=[...order.filter(i=>isIndexKey(texts[i])).sort((a,b)=>Number(texts[a])-Number(texts[b])),...order.filter(i=>!isIndexKey(texts[i]))]);let text="{";for(let j=0;j<order.length;j++)text+=`${j?",":""}
    ${JSON.stringify(texts[order[j]])}: ${JSON.stringify(counts[order[j]])}`;return`${text}
  }`}function columnJson(column){let tally=tallyOf(column),fromTally=key=>tally!==void 0&&unbuilt(column,key),implied=quantilesImplied(column);if(!fromTally("top")&&!fromTally("counts")&&!implied)return JSON.stringify(column,null,2);let shown={};for(let key of Object.keys(column))key==="quantiles"&&implied||(shown[key]=(key==="top"||key==="counts")&&fromTally(key)?MARKS[key]:column[key]);let text=JSON.stringify(shown,null,2),texts=tally?.keys.map(String)??[];return fromTally("top")&&(text=text.replace(marked("top"),()=>`"top": ${JSON.stringify(topEntries(tally,20,texts),null,2).replaceAll(`
`,`
  `)}`)),fromTally("counts")&&(text=text.replace(marked("counts"),()=>`"counts": ${countsJson(tally,texts)}`)),text}function*profileJson(profile){let shell=JSON.stringify({...profile,columns:[]},null,2);if(profile.columns.length===0){yield`${shell}
`;return}let open=`
  "columns": [`,at=shell.indexOf(`${open}]`)+open.length;yield shell.slice(0,at);for(let i=0;i<profile.columns.length;i++)yield`${i?",":""}
    ${columnJson(profile.columns[i]).replaceAll(`
`,`
    `)}`;yield`
  ]${shell.slice(at+1)}
`}export{__mlshipStart,profileJson};
