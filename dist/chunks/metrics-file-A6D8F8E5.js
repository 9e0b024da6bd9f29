import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{finiteMetrics,readMetricsFile}from"./chunk-942BDAD9.js";import{__mlshipStart}from"./chunk-E6765CC9.js";import"./chunk-93D6B004.js";import"./chunk-27B9FEA1.js";export{__mlshipStart,finiteMetrics,readMetricsFile};
