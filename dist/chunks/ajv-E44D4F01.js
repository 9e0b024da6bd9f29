import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_ajv}from"./chunk-1DFFF971.js";import"./chunk-9961A3AF.js";import"./chunk-27B9FEA1.js";export default require_ajv();
