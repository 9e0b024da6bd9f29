import type { Permissions } from "./workflow.js";

/** The scopes of GITHUB_TOKEN (GitHub's "permissions" key). */
const scopes = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
] as const;

const rank = (v: string | undefined) => (v === "write" ? 2 : v === "read" ? 1 : 0);
const byRank = ["none", "read", "write"];

/** The repository's default for a workflow that sets no `permissions` (the "restricted" default). */
export const restrictedDefault: Permissions = { contents: "read", packages: "read" };

/** A `permissions:` value as the full map of scopes GitHub grants (unnamed scopes: none). */
export function expand(p: Permissions | string | undefined, fallback: Permissions): Permissions {
  if (p === undefined) return { ...fallback };
  const out: Permissions = {};
  for (const s of scopes) {
    if (p === "read-all") out[s] = s === "id-token" ? "none" : "read";
    else if (p === "write-all") out[s] = "write";
    else out[s] = typeof p === "object" ? (p[s] ?? "none") : "none";
  }
  return out;
}

/** What a nested job asks for beyond what its caller granted (GitHub refuses to start such a run). */
export function beyond(asked: Permissions, granted: Permissions): string[] {
  return scopes
    .filter((s) => rank(asked[s]) > rank(granted[s]))
    .map((s) => `'${s}: ${asked[s]}', but is only allowed '${s}: ${granted[s] ?? "none"}'`);
}

/** The lesser of two grants, scope by scope. */
export function intersect(a: Permissions, b: Permissions): Permissions {
  return Object.fromEntries(scopes.map((s) => [s, byRank[Math.min(rank(a[s]), rank(b[s]))]]));
}

/** A fork's pull request gets a read-only token whatever the workflow asks. */
export function readOnly(p: Permissions): Permissions {
  return Object.fromEntries(scopes.map((s) => [s, rank(p[s]) > 0 ? "read" : "none"]));
}

export function granted(p: Permissions): Record<string, string> {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v && v !== "none"));
}
