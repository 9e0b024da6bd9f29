import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{string}from"./chunk-9F819D7F.js";var GIT_SHA=/^[0-9a-f]{7,64}$/,gitShaSchema=string().regex(GIT_SHA,"a git commit must be a hex SHA");export{GIT_SHA,gitShaSchema};
