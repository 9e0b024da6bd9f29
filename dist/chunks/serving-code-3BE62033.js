import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{servingCode,servingCodeChange}from"./chunk-C900D6CA.js";import"./chunk-405A9855.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,servingCode,servingCodeChange};
