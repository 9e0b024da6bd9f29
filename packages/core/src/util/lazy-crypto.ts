import { createRequire } from "node:module";

/**
 * node:crypto, required on first use. Modules an action loads at start call this rather than import
 * it: loading node:crypto costs ≈ 6 ms of every action's start (bench/startup.ts), and an action
 * that fails on a missing input never needs it.
 */
export function nodeCrypto(): typeof import("node:crypto") {
  return createRequire(import.meta.url)("node:crypto");
}
