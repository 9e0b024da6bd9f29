import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart,packageStep,runAction}from"./chunk-73AD166C.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";function run(){return runAction(packageStep.spec,packageStep.run)}export{__mlshipStart,run};
