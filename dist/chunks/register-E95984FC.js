import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function registeredMarkdown(id,res,registryUri,evaluation,runId){return[`## \u{1F4E6} ${res.existing?"Already registered":"Registered"} \`${id}\`${runId?` from training run \`${runId}\``:""}`,`digest \`${res.digest}\` \xB7 registry \`${registryUri.replace(/^file:\/\/.*\/(\.mlship\/registry)$/,"file://$1")}\``+(evaluation?` \xB7 gates ${evaluation.passed?"passed":"failed"}`:"")].join(`

`)+`
`}export{__mlshipStart,registeredMarkdown};
