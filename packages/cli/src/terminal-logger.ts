import { terminalSafe, type Logger } from "@mlship/core";

let verbose = false;

/** --verbose: debug lines are printed (to stderr, prefixed `debug:`). */
export function setVerbose(on: boolean): void {
  verbose = on;
}

/** The terminal: known secrets redacted, and control characters (ANSI escapes from untrusted text) made visible. */
export const terminalLogger: Logger = {
  debug: (m) => {
    if (verbose) console.error(`debug: ${terminalSafe(m)}`);
  },
  info: (m) => console.log(terminalSafe(m)),
  notice: (m) => console.log(`note: ${terminalSafe(m)}`),
  warning: (m, w) =>
    console.warn(`warning: ${w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : ""}${terminalSafe(m)}`),
  error: (m, w) =>
    console.error(`error: ${w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : ""}${terminalSafe(m)}`),
  async group(title, fn) {
    console.log(`▸ ${title}`);
    return fn();
  },
};
