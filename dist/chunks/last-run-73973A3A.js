import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{object,string}from"./chunk-9F819D7F.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";var lastRunSchema=object({runDir:string()});export{__mlshipStart,lastRunSchema};
