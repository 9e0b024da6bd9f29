import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{KEPT_PERCENTILES,parseThreshold,thresholdPasses}from"./chunk-N5D6TPEN.js";import{__mlshipStart}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{KEPT_PERCENTILES,__mlshipStart,parseThreshold,thresholdPasses};
