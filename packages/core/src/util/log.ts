import { redact } from "./secrets.js";

/**
 * How core talks to its host: the GitHub adapter maps this onto @actions/core
 * (log groups, annotations, masking), the CLI onto the terminal. Core never imports either.
 */
export interface Annotation {
  file?: string;
  line?: number;
  column?: number;
  title?: string;
}

export interface Logger {
  /** Detail for a user tracing a run: shown with --verbose in the CLI, with step debug logging on GitHub. */
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * Text for a terminal: secrets redacted, and C0/C1 control characters other than newline and tab
 * (ESC starts ANSI sequences that can rewrite the screen) shown as \\xNN instead of interpreted.
 */
export function terminalSafe(text: string): string {
  return showControls(redact(text));
}

/** C0/C1 control characters other than newline and tab shown as `\\xNN` (terminals and markdown alike). */
export function showControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  group: (_t, fn) => fn(),
};
