import os from "node:os";
import type { RunContext } from "../steps/host.js";

/**
 * Who acts: the workflow's actor when the host knows the run (GitHub), the login user elsewhere
 * ("unknown" where the user has no passwd entry, as in some containers, and os.userInfo throws).
 */
export function actor(run?: RunContext): string {
  if (run?.actor !== undefined) return run.actor;
  try {
    return os.userInfo().username;
  } catch {
    return "unknown";
  }
}
