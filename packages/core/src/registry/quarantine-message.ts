import type { VersionInfo } from "./types.js";

/**
 * What a user reads when a quarantined version is in the way: that it is quarantined, why, when,
 * by whom, and the command that releases it (mlship models release, logged with its reason).
 */
export function quarantineMessage(info: Pick<VersionInfo, "id" | "state">): string {
  const q = info.state.quarantine;
  if (!q) return `${info.id} is not quarantined`;
  return `${info.id} is quarantined since ${q.at}${q.by ? ` by ${q.by}` : ""}: ${q.reason}. Once its cause is fixed, release it with: mlship models release ${info.id} --reason "<why it is safe now>"`;
}
