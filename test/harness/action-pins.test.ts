import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pinTable, unresolvedPin } from "./pins.js";

/**
 * Every `uses: owner/repo@<sha> # <tag>` in the repository (workflows, examples, the callers
 * `mlship init` writes, docs) against the recorded table of what each tag names in the action's
 * own repository: a SHA that is not the tag's commit fails "Set up job" on GitHub.
 */
const files = execFileSync("git", ["ls-files"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ya?ml|md|ts|mjs)$/.test(f) && !/(^|\/)dist\//.test(f) && !f.startsWith("test/harness/"));

const usesRe = /uses:\s*["']?([\w.-]+\/[\w.-]+)((?:\/[\w.-]+)*)@([\w.-]+)(?:\s*#\s*([\w.-]+))?/g;

function thirdPartyPins() {
  const out: { where: string; action: string; ref: string; tag?: string }[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(usesRe)) {
      if (m[1] === "mlship/mlship") continue;
      const line = text.slice(0, m.index).split("\n").length;
      // a JSON string's escaped newline (workflow-callers.ts) is not part of the tag
      out.push({ where: `${f}:${line}`, action: m[1], ref: m[3], tag: m[4]?.replace(/\\n$/, "") });
    }
  }
  return out;
}

describe("third-party action pins", () => {
  const pins = thirdPartyPins();

  it("are found (the scan reads what it should)", () => {
    expect(pins.length).toBeGreaterThanOrEqual(20);
    expect(pins.map((p) => p.action)).toContain("actions/attest-build-provenance");
  });

  it("each names a full commit SHA and, in a comment, the tag whose commit it is", () => {
    const wrong = pins.flatMap((p) => {
      if (!/^[0-9a-f]{40}$/.test(p.ref)) return [`${p.where}: ${p.action}@${p.ref} is not pinned to a full SHA`];
      if (!p.tag) return [`${p.where}: ${p.action}@${p.ref} has no '# <tag>' comment`];
      const known = pinTable.actions[p.action]?.[p.tag];
      if (!known) return [`${p.where}: ${p.action} ${p.tag} is not in test/harness/action-pins.json`];
      return known.sha === p.ref ? [] : [`${p.where}: ${p.action}@${p.ref} # ${p.tag}, but ${p.tag} is ${known.sha}`];
    });
    expect(wrong).toEqual([]);
  });

  it("the harness resolves a recorded tag or its SHA and refuses any other ref", () => {
    expect(unresolvedPin("actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8")).toBeUndefined();
    expect(unresolvedPin("actions/checkout@v5.0.0")).toBeUndefined();
    // The SHA publish.yml named for attest-build-provenance v4.1.0 (a commit no tag of it names).
    expect(unresolvedPin("actions/attest-build-provenance@977bb373ede98d70efbf0b7b13af9c3d6651dc60")).toMatch(
      /unable to find version `977bb373ede98d70efbf0b7b13af9c3d6651dc60`/,
    );
    expect(unresolvedPin("someone/else@v1")).toMatch(/Unable to resolve action/);
  });
});
