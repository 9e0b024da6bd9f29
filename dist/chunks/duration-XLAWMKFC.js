import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart,durationMs}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{__mlshipStart,durationMs};
