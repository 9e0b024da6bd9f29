import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{matchScoreColumns}from"./chunk-5E93410A.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,matchScoreColumns};
