import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{freePort,startServer,waitReady}from"./chunk-BL5ST3DY.js";import"./chunk-A2HYKCLC.js";import{__mlshipStart}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";export{__mlshipStart,freePort,startServer,waitReady};
