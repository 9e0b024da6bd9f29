import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{require_tar_stream}from"./chunk-2FE7AF4E.js";import"./chunk-27B9FEA1.js";export default require_tar_stream();
