import { createServer } from "node:net";
import { openSync, closeSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { UserError } from "../errors.js";
import { spawnGroup, stopGroup } from "../util/process.js";
import { redactionPatternFor } from "../util/secrets.js";

/** A port the OS says is free now (bind to 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerHandle {
  pid: number;
  port: number;
  url: string;
  logFile: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The relay between a model server and its log file, run by node: the server outlives mlship (a
 * deployed server must), so its output cannot pass through mlship's redaction; this process
 * leads the server's group, starts it, and appends its lines (stdout and stderr) to the log
 * (its own fd 1) with every form of the secrets the server holds replaced by `***` — the pattern
 * comes on fd 3, never in argv or env. A line is written once the next is known (a secret split
 * over two lines is found) or after 200 ms of quiet. It outlives a SIGTERM to the group until the
 * server has gone, and ends as the server did.
 */
const RELAY = `
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
`;

/**
 * Starts a model server in its own process group, detached from us (it may outlive this process,
 * as a deployed server must), with its output going, redacted, to `logFile` (through RELAY, the
 * group's leader: `pid` is the relay's, and stopping the group stops both).
 */
export function startServer(
  argv: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; port: number; logFile: string },
): ServerHandle {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const fd = openSync(opts.logFile, "a");
  const env = { ...opts.env, PORT: String(opts.port) };
  const child = spawnGroup([process.execPath, "-e", RELAY, ...argv], {
    cwd: opts.cwd,
    env,
    stdio: ["ignore", fd, fd, "pipe"],
  });
  closeSync(fd);
  // The pattern's pipe is closed once written: left open, it kept the deploying process (the
  // CLI) alive after its work was done, the server being unref'd but not this handle.
  const patternPipe = child.stdio[3] as Writable | null;
  patternPipe?.end(redactionPatternFor(env) ?? "", () => patternPipe.destroy());
  child.on("error", () => {}); // reported by waitReady as "exited"
  child.unref();
  const pid = child.pid;
  if (!pid) throw new UserError(`could not start the server command '${argv[0]}'`);
  return {
    pid,
    port: opts.port,
    url: `http://127.0.0.1:${opts.port}`,
    logFile: opts.logFile,
    child,
    stop: () => stopGroup(pid),
  };
}

/** Polls GET <url>/healthz until it answers 200; fails early when the server process exits. */
export async function waitReady(
  server: Pick<ServerHandle, "url" | "child" | "logFile">,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | string | null | undefined;
  server.child.once("exit", (code, sig) => (exited = code ?? sig));
  let last = "no answer";
  while (Date.now() < deadline) {
    if (exited !== undefined)
      throw new UserError(`the model server exited (${exited}) before it was ready; see ${server.logFile}`, {}, 1);
    try {
      const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new UserError(
    `the model server was not ready after ${timeoutMs / 1000}s (${last}); see ${server.logFile}`,
    {},
    1,
  );
}
