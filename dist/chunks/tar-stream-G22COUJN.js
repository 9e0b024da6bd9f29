import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_tar_stream}from"./chunk-S4OJ62XD.js";import"./chunk-7N22YNO3.js";export default require_tar_stream();
