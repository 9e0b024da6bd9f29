import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import module from"node:module";module.enableCompileCache?.();var{run}=await import("../../../dist/chunks/main-B9E3860D.js");await run();
