import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{pullForDeploy,pullPrevious,pullToCache}from"./chunk-D7EDF135.js";import"./chunk-FEE4C4C7.js";import{__mlshipStart}from"./chunk-EEB5DD5A.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,pullForDeploy,pullPrevious,pullToCache};
