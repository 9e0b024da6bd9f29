import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart,writeDeterministicTar}from"./chunk-73AD166C.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,writeDeterministicTar};
