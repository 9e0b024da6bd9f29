import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import os from"node:os";function actor(run){if(run?.actor!==void 0)return run.actor;try{return os.userInfo().username}catch{return"unknown"}}export{actor};
