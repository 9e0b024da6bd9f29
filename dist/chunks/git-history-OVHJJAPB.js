import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{gitDeployHistory}from"./chunk-2Q4M2SCB.js";import"./chunk-A2HYKCLC.js";import{__mlshipStart}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{__mlshipStart,gitDeployHistory};
