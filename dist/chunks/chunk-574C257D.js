import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);
import{spawnGroup,stopGroup}from"./chunk-405A9855.js";import{UserError,redactionPatternFor}from"./chunk-EEB5DD5A.js";import{createServer}from"node:net";import{openSync,closeSync,mkdirSync}from"node:fs";import path from"node:path";async function freePort(){return new Promise((resolve,reject)=>{let srv=createServer();srv.unref(),srv.on("error",reject),srv.listen(0,"127.0.0.1",()=>{let port=srv.address().port;srv.close(()=>resolve(port))})})}var RELAY=`
const { spawn } = require("node:child_process");
const { readFileSync, writeSync } = require("node:fs");
const source = readFileSync(3, "utf8");
const pattern = source ? new RegExp(source, "g") : undefined;
const clean = (t) => (pattern ? t.replace(pattern, "***") : t);
const out = (t) => writeSync(1, t + "\\n");
const [cmd, ...args] = process.argv.slice(1);
const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
function lines(stream) {
  let partial = "", pending, joined = 0, timer;
  const push = (line) => {
    if (pending === undefined) return void (pending = line);
    const both = clean(pending + "\\n" + line), last = clean(line);
    if (both.endsWith("\\n" + last) || joined >= 4) {
      out(both.slice(0, both.length - last.length - 1));
      pending = line;
      joined = 0;
    } else {
      pending += "\\n" + line;
      joined++;
    }
  };
  const flush = () => {
    if (partial) push(partial);
    partial = "";
    if (pending !== undefined) out(clean(pending));
    pending = undefined;
    joined = 0;
  };
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    const parts = (partial + chunk).split("\\n");
    partial = parts.pop();
    for (const l of parts) push(l);
    clearTimeout(timer);
    timer = setTimeout(flush, 200);
  });
  return () => (clearTimeout(timer), flush());
}
const ends = [lines(child.stdout), lines(child.stderr)];
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => {});
child.on("error", (e) => (out("could not start " + cmd + ": " + e.message), process.exit(127)));
child.on("close", (code, signal) => {
  for (const end of ends) end();
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
`;function startServer(argv,opts){mkdirSync(path.dirname(opts.logFile),{recursive:!0});let fd=openSync(opts.logFile,"a"),env={...opts.env,PORT:String(opts.port)},child=spawnGroup([process.execPath,"-e",RELAY,...argv],{cwd:opts.cwd,env,stdio:["ignore",fd,fd,"pipe"]});closeSync(fd);let patternPipe=child.stdio[3];patternPipe?.end(redactionPatternFor(env)??"",()=>patternPipe.destroy()),child.on("error",()=>{}),child.unref();let pid=child.pid;if(!pid)throw new UserError(`could not start the server command '${argv[0]}'`);return{pid,port:opts.port,url:`http://127.0.0.1:${opts.port}`,logFile:opts.logFile,child,stop:()=>stopGroup(pid)}}async function waitReady(server,timeoutMs){let deadline=Date.now()+timeoutMs,exited;server.child.once("exit",(code,sig)=>exited=code??sig);let last="no answer";for(;Date.now()<deadline;){if(exited!==void 0)throw new UserError(`the model server exited (${exited}) before it was ready; see ${server.logFile}`,{},1);try{let res=await fetch(`${server.url}/healthz`,{signal:AbortSignal.timeout(1e3)});if(res.ok)return;last=`HTTP ${res.status}`}catch(e){last=e.message}await new Promise(r=>setTimeout(r,100))}throw new UserError(`the model server was not ready after ${timeoutMs/1e3}s (${last}); see ${server.logFile}`,{},1)}export{freePort,startServer,waitReady};
