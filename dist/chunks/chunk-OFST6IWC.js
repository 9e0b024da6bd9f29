import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{sessionTarget}from"./chunk-2ZKDX3AC.js";async function openGitHubSession(tokenInput,what){if(!sessionTarget(tokenInput,what))return;let{githubSession}=await import("./client-CFJONN3G.js");return githubSession(tokenInput,what)}export{openGitHubSession};
