import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{s3Client,s3Options}from"./chunk-CDEA74B9.js";import"./chunk-E35B8FC9.js";import"./chunk-7E23FAE0.js";import{__mlshipStart}from"./chunk-73AD166C.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,s3Client,s3Options};
