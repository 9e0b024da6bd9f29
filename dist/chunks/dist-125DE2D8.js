import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_dist2 as require_dist}from"./chunk-C2FC2A6A.js";import"./chunk-27B9FEA1.js";export default require_dist();
