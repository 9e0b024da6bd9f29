import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart,runAction,validateDataSpec,validateDataStep}from"./chunk-73AD166C.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function run(){return runAction(validateDataSpec,validateDataStep)}export{__mlshipStart,run};
