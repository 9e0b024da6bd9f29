import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{KEPT_PERCENTILES,parseThreshold,thresholdPasses}from"./chunk-047C8707.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{KEPT_PERCENTILES,__mlshipStart,parseThreshold,thresholdPasses};
