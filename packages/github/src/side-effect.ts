import * as core from "@actions/core";

/** Runs a GitHub side effect; a failure becomes a warning, never a failed model step. */
export async function sideEffect<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    const err = e as { status?: number; message?: string };
    core.warning(`${what} failed${err.status ? ` (HTTP ${err.status})` : ""}: ${err.message ?? String(e)}`);
    return undefined;
  }
}
