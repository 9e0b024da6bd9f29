import type { Registry, RegistryEvent } from "../registry/types.js";
import type { HistoryEntry } from "./state.js";

/** Events that deploy something (what delivery measures count). */
const DEPLOY_ACTIONS = new Set<HistoryEntry["action"]>(["deploy", "rollback", "auto-rollback"]);

function entry(e: RegistryEvent, env: string): HistoryEntry {
  return {
    at: e.at,
    environment: e.environment ?? env,
    action: e.action,
    from: e.from,
    to: e.to,
    outcome: e.outcome,
    ...(e.reason !== undefined ? { reason: e.reason } : {}),
    ...(e.cause ? { cause: e.cause } : {}),
    by: e.by,
    ...(e.recoveryMs !== undefined ? { recoveryMs: e.recoveryMs } : {}),
    seq: e.seq,
    ...(e.commit ? { commit: e.commit } : {}),
    ...(e.runUrl ? { runUrl: e.runUrl } : {}),
  };
}

/**
 * The story of `name` in `env` as the registry tells it (so every clone and every job tells the
 * same one), in order: the environment's log, and the quarantines and releases outside any
 * environment of the models it ran. `deploysOnly` keeps deploys and rollbacks (delivery measures).
 */
export async function environmentHistory(
  registry: Registry,
  name: string,
  env: string,
  opts: { deploysOnly?: boolean } = {},
): Promise<HistoryEntry[]> {
  const own = await registry.events(name, env);
  if (opts.deploysOnly) return own.filter((e) => DEPLOY_ACTIONS.has(e.action)).map((e) => entry(e, env));
  const ran = new Set(own.map((e) => e.to));
  const outside = (await registry.events(name, null)).filter((e) => ran.has(e.to));
  // The environment's own log is in sequence order; events of the model's log fit in by time.
  const merged = [...own.map((e) => entry(e, env))];
  for (const e of outside) {
    const at = merged.findIndex((m) => m.at > e.at);
    merged.splice(at < 0 ? merged.length : at, 0, { ...entry(e, env), seq: undefined });
  }
  return merged.map((m) => (m.seq === undefined ? (({ seq: _, ...rest }) => rest)(m) : m));
}

/**
 * One event in words, the same in `mlship history` and on the dashboard. An arrow always means
 * "served before -> serves after"; an event that changed nothing says so instead (an automatic
 * rollback's record names the model it tried in `to`: "m@v1 -> m@v3" read as "rolled back to v3").
 */
export function eventChange(h: Pick<HistoryEntry, "action" | "from" | "to" | "outcome">): string {
  const before = h.from ?? "nothing";
  switch (h.action) {
    case "auto-rollback":
      return `${h.to} failed its checks and was rolled back: ${before} ${h.from ? "still serves" : "serves"}`;
    case "quarantine":
      return `${h.to} quarantined (cannot be deployed)`;
    case "release":
      return `${h.to} released from quarantine`;
    case "canary":
      return h.outcome === "success"
        ? `canary: ${h.to} gets part of the traffic beside ${before}`
        : `canary of ${h.to} rolled back: ${before} ${h.from ? "serves all traffic" : "serves"}`;
    case "promote":
      return `canary promoted: ${h.to} gets all traffic`;
    default:
      return h.outcome === "success"
        ? `${h.from ?? "–"} -> ${h.to}`
        : `${h.action === "rollback" ? "rollback to" : "deploy of"} ${h.to} failed: ${before} ${h.from ? "still serves" : "serves"}`;
  }
}
