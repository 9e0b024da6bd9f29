import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{object,string}from"./chunk-OVGGZ4CS.js";import{__mlshipStart}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";var lastRunSchema=object({runDir:string()});export{__mlshipStart,lastRunSchema};
