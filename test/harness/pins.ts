import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

interface PinTable {
  actions: Record<string, Record<string, { sha: string; source: string }>>;
}

/** test/harness/action-pins.json: each third-party action's tags and the commits they name, as read from its repository. */
export const pinTable: PinTable = JSON.parse(readFileSync(path.join(here, "action-pins.json"), "utf8"));

/**
 * What GitHub does with a third-party `uses: owner/repo[/path]@ref` at "Set up job": the ref is a
 * tag or a full commit SHA of that repository, or the job fails. Here the repository's tags and
 * commits are those of the recorded table; returns the failure, or undefined when it resolves.
 */
export function unresolvedPin(uses: string): string | undefined {
  const m = /^([\w.-]+\/[\w.-]+)(?:\/[^@]*)?@(.+)$/.exec(uses);
  if (!m) return `'${uses}' is not owner/repo@ref`;
  const tags = pinTable.actions[m[1]] ?? {};
  if (m[2] in tags || Object.values(tags).some((t) => t.sha === m[2])) return undefined;
  return `Unable to resolve action \`${uses}\`, unable to find version \`${m[2]}\``;
}

/**
 * An organisation's "Require actions to be pinned to a full-length commit SHA" policy, which GitHub
 * applies to every `uses:` of an action in the run, inside called workflows too; local `./` paths
 * are not refs. Returns the refusal "Set up job" reports, or undefined.
 */
export function shaPolicyRefusal(uses: string, repository: string): string | undefined {
  if (uses.startsWith("./") || uses.startsWith("docker://")) return undefined;
  const ref = uses.slice(uses.lastIndexOf("@") + 1);
  if (/^[0-9a-f]{40}$/.test(ref)) return undefined;
  return `The action ${uses} is not allowed in ${repository} because all actions must be pinned to a full-length commit SHA.`;
}
