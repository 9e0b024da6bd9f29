import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{readColumnar}from"./chunk-D3624393.js";import"./chunk-2FF82B82.js";import"./chunk-DE0E87C3.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,readColumnar};
