import type { Logger } from "../util/log.js";

/** What a host (action or CLI) gives a step. */
export interface StepHost {
  log: Logger;
  /** Aborted when the job is cancelled (SIGINT/SIGTERM). */
  signal?: AbortSignal;
  /** Set when running inside GitHub Actions; used for links in reports. */
  runUrl?: string;
}
