import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_ajv}from"./chunk-Z6636OEA.js";import"./chunk-SF42YBKD.js";import"./chunk-7N22YNO3.js";export default require_ajv();
