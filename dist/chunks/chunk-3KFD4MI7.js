import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{warning}from"./chunk-LW6JI2GC.js";async function sideEffect(what,fn){try{return await fn()}catch(e){let err=e;warning(`${what} failed${err.status?` (HTTP ${err.status})`:""}: ${err.message??String(e)}`);return}}export{sideEffect};
