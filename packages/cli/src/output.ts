/**
 * The CLI's output contract: with --json, standard output holds exactly one JSON document (what
 * the command did, or the error), and everything else — logs, progress, a training command's own
 * output — goes to standard error. Commands hand their document to `emit`; main writes it once.
 */
import { redactDeep } from "@mlship/core/util/secrets";

let jsonMode = false;
let doc: unknown;
let stdoutLog: typeof console.log = console.log;

export function isJson(): boolean {
  return jsonMode;
}

/** Starts JSON mode: console.log (and every logger built on it) now writes to stderr. */
export function startJson(): void {
  jsonMode = true;
  doc = undefined;
  stdoutLog = console.log;
  console.log = console.error;
  console.info = console.error;
}

/** The command's result; in JSON mode it is the document, otherwise `human` prints it. */
export function emit(value: unknown, human?: () => void): void {
  if (jsonMode) doc = value;
  else human?.();
}

/** Writes the one document (or `fallback` when the command gave none) and restores console.log. */
export function finishJson(fallback: unknown): void {
  if (!jsonMode) return;
  console.log = stdoutLog;
  console.info = stdoutLog;
  jsonMode = false;
  // Redacted like every other text mlship prints (an error can quote a command's output). On a
  // runner a legacy workflow command (`##[name]`, read anywhere in a line) inside a string is
  // written `#\u0023[`: the same JSON value, and no command (no line of it starts with `::`).
  process.stdout.write(JSON.stringify(redactDeep(doc ?? fallback), null, 2).replace(/##\[/g, "#\\u0023[") + "\n");
  doc = undefined;
}

/** An error in JSON mode replaces whatever the command emitted. */
export function emitError(message: string, exitCode: number): void {
  if (jsonMode) doc = { ok: false, error: message, exitCode };
}
