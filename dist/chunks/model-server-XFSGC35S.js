import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{freePort,startServer,waitReady}from"./chunk-ITZNVHPK.js";import"./chunk-DZNMJ6VB.js";import{__mlshipStart}from"./chunk-TBL2HYCD.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{__mlshipStart,freePort,startServer,waitReady};
