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
  info(message: string): void;
  notice(message: string, where?: Annotation): void;
  warning(message: string, where?: Annotation): void;
  error(message: string, where?: Annotation): void;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  notice: (m) => console.log(`note: ${m}`),
  warning: (m, w) => console.warn(`warning: ${w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : ""}${m}`),
  error: (m, w) => console.error(`error: ${w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : ""}${m}`),
  async group(title, fn) {
    console.log(`▸ ${title}`);
    return fn();
  },
};

export const silentLogger: Logger = {
  info: () => {},
  notice: () => {},
  warning: () => {},
  error: () => {},
  group: (_t, fn) => fn(),
};
