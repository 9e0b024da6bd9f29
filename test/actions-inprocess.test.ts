import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./helpers/actions.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { FakeGitHub } from "./helpers/fake-github.js";

const TOKEN = "ghs_FAKE0123456789secretToken";

describe("actions' run() with INPUT_* env", () => {
  const dir = exampleCopy();
  const cwd = process.cwd();
  beforeAll(() => process.chdir(dir));
  afterAll(() => process.chdir(cwd));
  afterEach(() => {
    process.exitCode = 0;
  });

  it("validate-data writes outputs and a summary", async () => {
    const r = await runInProcess(() => import("../actions/validate-data/src/main.js"), {
      config: "mlship.yml",
      data: "data/test.csv",
      format: "auto",
      "fail-on": "error",
      "max-errors-shown": "5",
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ valid: "true", rows: "1500" });
    expect(r.summary).toContain("✅ Data validation");
  });

  it("a bad input names the input", async () => {
    const r = await runInProcess(() => import("../actions/validate-data/src/main.js"), {
      config: "mlship.yml",
      "fail-on": "sometimes",
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("input 'fail-on': input 'fail-on' must be one of error, warning");
  });

  it("register refuses an invalid model name with the grammar", async () => {
    const r = await runInProcess(() => import("../actions/register/src/main.js"), {
      config: "mlship.yml",
      name: "../evil",
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("invalid model name");
  });

  describe("the sticky PR comment against a fake GitHub", () => {
    const gh = new FakeGitHub();
    const events = tempDir();
    const event = path.join(events, "event.json");
    beforeAll(async () => {
      await gh.start();
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { fork: false } } } }));
    });
    afterAll(() => gh.stop());
    const ghEnv = () => gh.runnerEnv("pull_request", event, { GITHUB_RUN_ID: "42" });

    it("trains once for the comment tests", async () => {
      const r = await runInProcess(() => import("../actions/train/src/main.js"), {
        config: "mlship.yml",
        params: "{epochs: 3}",
      });
      expect(r.code).toBe(0);
    });

    it("creates one comment, then edits it in place on the next push; the token never shows", async () => {
      const inputs = { config: "mlship.yml", comment: "true", load: "false", "github-token": TOKEN };
      const first = await runInProcess(() => import("../actions/quality-load-bias-test/src/main.js"), inputs, ghEnv());
      expect(first.code).toBe(0);
      expect(gh.comments).toHaveLength(1);
      const id = gh.comments[0].id;
      expect(gh.comments[0].body).toContain("<!-- mlship:evaluation:churn -->");
      expect(gh.comments[0].body).toContain("[run](https://github.com/acme/churn/actions/runs/42)");
      const second = await runInProcess(() => import("../actions/quality-load-bias-test/src/main.js"), inputs, ghEnv());
      expect(second.code).toBe(0);
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0].id).toBe(id);
      expect(gh.requests.filter((q) => q.method === "PATCH")).toHaveLength(1);
      expect(gh.requests.every((q) => q.auth === `token ${TOKEN}`)).toBe(true);
      // The only place the token may appear is the ::add-mask:: command the runner consumes.
      const logged = (first.stdout + second.stdout).split("\n").filter((l) => !l.startsWith("::add-mask::"));
      expect(logged.join("\n")).not.toContain(TOKEN);
      expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    });

    it("every request and response fits GitHub's published description", () => {
      expect(gh.violations).toEqual([]);
      expect(gh.requests.length).toBeGreaterThan(0);
    });

    it("without a token the comment is skipped with a notice, not a crash", async () => {
      const before = gh.requests.length;
      const r = await runInProcess(
        () => import("../actions/quality-load-bias-test/src/main.js"),
        { config: "mlship.yml", comment: "true", load: "false", "github-token": "" },
        ghEnv(),
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("::notice::the PR comment skipped: no GitHub token");
      expect(gh.requests.length).toBe(before);
    });

    it("an unreachable GitHub becomes a warning; the step's own result stands", async () => {
      const r = await runInProcess(
        () => import("../actions/quality-load-bias-test/src/main.js"),
        { config: "mlship.yml", comment: "true", load: "false", "github-token": TOKEN },
        { ...ghEnv(), GITHUB_API_URL: "http://127.0.0.1:9", MLSHIP_GITHUB_RETRY_BASE_MS: "50" },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("::warning::the PR comment failed");
      expect(r.outputs.passed).toBe("true");
    }, 60_000);
  });
});
