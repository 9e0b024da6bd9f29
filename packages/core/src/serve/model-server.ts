import { createServer } from "node:net";
import { openSync, closeSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { UserError } from "../errors.js";
import { spawnGroup, stopGroup } from "../util/process.js";
import { nodeProgram } from "../util/node-entry.js";
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
 * Starts a model server in its own process group, detached from us (it may outlive this process,
 * as a deployed server must), with its output going, redacted, to `logFile` through the
 * server-log relay (serve/log-relay.ts), the group's leader: `pid` is the relay's, and stopping
 * the group stops both. The relay is handed the redaction pattern of the server's environment on
 * its fd 3.
 */
export function startServer(
  argv: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; port: number; logFile: string },
): ServerHandle {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const fd = openSync(opts.logFile, "a");
  const env = { ...opts.env, PORT: String(opts.port) };
  const child = spawnGroup([...nodeProgram(import.meta.url, "./log-relay.ts", "server-log-relay.js"), ...argv], {
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
