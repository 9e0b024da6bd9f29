import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{__mlshipStart,runAction,validateDataSpec,validateDataStep}from"./chunk-44VQ22MP.js";import"./chunk-AZOTMFMA.js";import"./chunk-7N22YNO3.js";function run(){return runAction(validateDataSpec,validateDataStep)}export{__mlshipStart,run};
