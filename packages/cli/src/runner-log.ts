import { format } from "node:util";
import { commandSafe } from "@mlship/github/workflow-commands";

const STREAMS = ["log", "info", "warn", "error"] as const;

/**
 * On a GitHub runner (`GITHUB_ACTIONS=true`, as in a workflow's `run: mlship train`) the terminal
 * is the job log, whose lines the runner reads as workflow commands: while `fn` runs, what the CLI
 * prints (a training command's output, a server's answer, a record's text) goes through
 * `commandSafe`, so a line of it is shown, not run.
 */
export async function withRunnerLog<T>(fn: () => Promise<T>): Promise<T> {
  if (process.env.GITHUB_ACTIONS !== "true") return fn();
  const saved = Object.fromEntries(STREAMS.map((k) => [k, console[k]])) as Record<
    (typeof STREAMS)[number],
    typeof console.log
  >;
  for (const k of STREAMS) {
    const print = saved[k];
    console[k] = (...args: unknown[]) => print(commandSafe(format(...args)));
  }
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}
