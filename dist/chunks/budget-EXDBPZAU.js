import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{gpuCost,gpuCostText,lineageGpuCost,overBudget}from"./chunk-2H37CERP.js";import{__mlshipStart}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{__mlshipStart,gpuCost,gpuCostText,lineageGpuCost,overBudget};
