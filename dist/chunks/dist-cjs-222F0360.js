import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_dist_cjs}from"./chunk-E35B8FC9.js";import"./chunk-7E23FAE0.js";import"./chunk-27B9FEA1.js";export default require_dist_cjs();
