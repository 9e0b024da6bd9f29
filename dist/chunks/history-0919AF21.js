import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{readDriftHistory,recordDriftCheck}from"./chunk-2C55C21E.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,readDriftHistory,recordDriftCheck};
