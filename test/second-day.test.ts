import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { deliveryStats, initProject, type HistoryEntry, type Registry } from "@mlship/core";
import { printStats } from "../packages/cli/src/print.js";
import { tempDir } from "./helpers/tmp.js";

/** Issue 32, "a new user's second day": the small items, each checked on its own. */

const CSV = "x,y,label\n1,2,0\n2,3,1\n3,1,0\n4,5,1\n";

describe("init (#32)", () => {
  it("ignores node_modules/ and site/ beside .mlship/, adding only what is missing", async () => {
    const dir = tempDir("mlship-init-");
    mkdirSync(path.join(dir, "data"));
    writeFileSync(path.join(dir, "data/train.csv"), CSV);
    writeFileSync(path.join(dir, ".gitignore"), "node_modules\n*.log");
    const r = await initProject({ dir, data: "data/train.csv", force: false });
    const lines = readFileSync(path.join(dir, ".gitignore"), "utf8").split("\n");
    expect(lines.filter((l) => l && !l.startsWith("#"))).toEqual(["node_modules", "*.log", ".mlship/", "site/"]);
    expect(r.written).toContain(".gitignore");
    expect(r.gitRoot).toBeUndefined();
    expect(existsSync(path.join(dir, ".github/workflows/ml.yml"))).toBe(true);
  });

  it("in a subfolder of a git work tree writes the workflow callers at the root, where GitHub reads them, and says so", async () => {
    const root = tempDir("mlship-init-git-");
    execFileSync("git", ["init", "-q"], { cwd: root });
    const dir = path.join(root, "models", "wine");
    mkdirSync(path.join(dir, "data"), { recursive: true });
    writeFileSync(path.join(dir, "data/train.csv"), CSV);
    const r = await initProject({ dir, data: "data/train.csv", force: false });
    expect(existsSync(path.join(root, ".github/workflows/ml.yml"))).toBe(true);
    expect(existsSync(path.join(dir, ".github"))).toBe(false);
    expect(r.written).toContain("../../.github/workflows/ml.yml");
    expect(r.gitRoot).toBe(root);
    expect(r.next.at(-1)).toContain("config: models/wine/mlship.yml");
    // A second init refuses, naming the callers at the root too.
    await expect(initProject({ dir, data: "data/train.csv", force: false })).rejects.toThrow(
      /\.\.\/\.\.\/\.github\/workflows\/ml\.yml/,
    );
  });
});

describe("stats over less than a week (#32)", () => {
  const registry = {
    show: () => Promise.reject(new Error("not needed")),
  } as unknown as Registry;
  const ago = (s: number) => new Date(Date.now() - s * 1000).toISOString();
  const deploy = (at: string, to: string): HistoryEntry => ({
    at,
    environment: "local",
    action: "deploy",
    from: null,
    to,
    outcome: "success",
    by: "ada",
  });

  it("three deploys in 53 s are counted, not extrapolated to 21 a week", async () => {
    const s = await deliveryStats(
      "local",
      [deploy(ago(53), "m@v1"), deploy(ago(30), "m@v2"), deploy(ago(1), "m@v3")],
      registry,
      ".",
    );
    expect(s.successfulDeployments).toBe(3);
    expect(s.spanSeconds).toBeGreaterThanOrEqual(53);
    expect(s.spanSeconds).toBeLessThan(600);
    expect(s.deploymentsPerWeek).toBe(3); // the span is taken as one week
    const out: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void out.push(String(m)));
    try {
      printStats(s, false);
    } finally {
      spy.mockRestore();
    }
    const text = out.join("\n");
    expect(text).not.toContain("per week");
    expect(text).toMatch(/frequency +3 successful deploys in \d+ s \(less than a week of history: no weekly rate\)/);
  });

  it("over two weeks, deploys per week are the count over the span", async () => {
    const day = 86_400;
    const s = await deliveryStats(
      "local",
      [deploy(ago(14 * day), "m@v1"), deploy(ago(7 * day), "m@v2"), deploy(ago(day), "m@v3")],
      registry,
      ".",
    );
    expect(s.deploymentsPerWeek).toBeCloseTo(1.5, 3);
  });
});
