import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gitDeployHistory } from "../packages/core/src/deploy/git-history.js";
import { tempDir } from "./helpers/tmp.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", ...args], { cwd, stdio: "pipe" });

describe("the deploy file's history in git is read with the deploy file's own reader", () => {
  it("quoted, commented and flow-style models read as the model ID; an unreadable version as none", async () => {
    const dir = tempDir();
    git(dir, "init", "-q");
    mkdirSync(path.join(dir, "deploy"));
    const file = path.join(dir, "deploy", "prod.yml");
    const versions = [
      'model: "churn@v2"\n', // quoted: the regex kept the quotes
      "# what prod runs\nreplicas: 2\nmodel: churn@v3 # after the review\n",
      "{model: 'churn@v4', reason: fix}\n",
      "model: [not, an, id]\n",
      "model: churn@v5\n",
    ];
    for (const [i, text] of versions.entries()) {
      writeFileSync(file, text);
      git(dir, "add", "deploy/prod.yml");
      git(dir, "commit", "-q", "-m", `deploy ${i}`);
    }
    const history = await gitDeployHistory(dir, file);
    expect(history.map((c) => [c.subject, c.from, c.to])).toEqual([
      ["deploy 0", null, "churn@v2"],
      ["deploy 1", "churn@v2", "churn@v3"],
      ["deploy 2", "churn@v3", "churn@v4"],
      ["deploy 3", "churn@v4", null],
      ["deploy 4", null, "churn@v5"],
    ]);
    expect(history[0].by).toBe("Ada");
    expect(history[0].sha).toMatch(/^[0-9a-f]{40}$/);
  });
});
