/**
 * The relay between a model server and its log file (its own build entry,
 * dist/chunks/server-log-relay.js; model-server.ts starts it): the server outlives mlship (a
 * deployed server must), so its output cannot pass through mlship's redaction; this process leads
 * the server's group, starts it (`process.argv.slice(2)`: the command and its arguments), and
 * appends its lines (stdout and stderr) to the log (its own fd 1) redacted by lineRedacter() with
 * the pattern it reads on fd 3 (redactionPatternFor() of the server's environment, never in argv
 * or env). A line is written once the next is known (a secret split over two lines is found) or
 * after 200 ms of quiet. It outlives a SIGTERM to the group until the server has gone, and ends as
 * the server did.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeSync } from "node:fs";
import type { Readable } from "node:stream";
import { lineRedacter, patternRedacter } from "../util/secrets.js";

const clean = patternRedacter(readFileSync(3, "utf8"));
const out = (lines: string[]) => {
  for (const line of lines) writeSync(1, `${line}\n`);
};
const [cmd, ...args] = process.argv.slice(2);
const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });

/** Relays one stream's lines; returns the function that writes what is held back (at the end). */
function lines(stream: Readable): () => void {
  const redacter = lineRedacter(clean);
  let partial = "";
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (partial) out(redacter.push(partial));
    partial = "";
    out(redacter.end());
  };
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    for (const l of parts) out(redacter.push(l));
    clearTimeout(timer);
    timer = setTimeout(flush, 200);
  });
  return () => {
    clearTimeout(timer);
    flush();
  };
}

const ends = [lines(child.stdout), lines(child.stderr)];
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(sig, () => {});
child.on("error", (e) => {
  out([`could not start ${cmd}: ${e.message}`]);
  process.exit(127);
});
child.on("close", (code, signal) => {
  for (const end of ends) end();
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
