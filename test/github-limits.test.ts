import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StepSpec } from "../packages/core/src/steps/inputs.js";
import { githubSession } from "../packages/github/src/client.js";
import { upsertIssue } from "../packages/github/src/issues.js";
import { runAction } from "../packages/github/src/run-action.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * #28: GitHub's documented limits on what mlship writes — an issue's body and its comments at most
 * 65,536 characters, a step's summary at most 1 MiB of bytes (not characters). Over them, GitHub
 * answers 422 or drops the summary; mlship cuts at a section boundary with a pointer to the run.
 */
describe("#28 GitHub's size limits on issues and the job summary", () => {
  const gh = new FakeGitHub();
  const saved = { ...process.env };
  const dir = tempDir("mlship-limits-");
  beforeAll(async () => {
    await gh.start();
    const event = path.join(dir, "event.json");
    writeFileSync(event, "{}");
    Object.assign(process.env, {
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_RUN_ID: "4242",
      MLSHIP_GITHUB_TIMEOUT_MS: "15000",
    });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    process.env = saved;
    await gh.stop();
  });

  // A drift report of many columns: sections of 1,000 characters, 120 of them (120,000 characters).
  const big = Array.from({ length: 120 }, (_, i) => `## column_${i}\n${"x".repeat(985)}`).join("\n");
  const run = "https://github.com/acme/churn/actions/runs/4242";

  it("an issue body and a comment on it over 65,536 characters are cut at a section, keeping the marker and linking the run", async () => {
    const marker = "<!-- mlship:drift:churn@production -->";
    const opts = { marker, label: "mlship:drift", title: "Data drift: churn in production", body: big, comment: big };
    const created = await upsertIssue(githubSession("ghs_fake", "test")!, opts);
    expect(created.action).toBe("created");
    const body = gh.issues.at(-1)!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(`${marker}\n## column_0\n`)).toBe(true);
    expect(body).toMatch(/\n## column_6\d\n/); // about 65 whole sections
    expect(body).toContain(`shortened to fit GitHub's limit. Full report: ${run}`);
    expect(body).not.toMatch(/x{986}/); // no section cut in the middle

    const again = await upsertIssue(githubSession("ghs_fake", "test")!, opts);
    expect(again).toEqual({ number: created.number, action: "commented" });
    const comment = gh.comments.at(-1)!.body;
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain(`Full report: ${run}`);
    expect(gh.violations).toEqual([]);
  });

  it("a job summary of 400,000 three-byte characters (1.2 MB) is cut under 1 MiB of bytes", async () => {
    const summary = path.join(dir, "summary.md");
    writeFileSync(summary, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", summary);
    const spec = {
      name: "check-drift",
      title: "t",
      description: "d",
      inputs: {},
      outputs: {},
    } as const satisfies StepSpec;
    const text = `## drift\n${"✅".repeat(200_000)}\n## more\n${"✅".repeat(200_000)}\n`;
    expect(text.length).toBeLessThan(1_000_000);
    try {
      await runAction(spec, async () => ({ ok: true, outputs: {}, summary: text, extra: {} }));
    } finally {
      vi.unstubAllEnvs();
    }
    const written = readFileSync(summary);
    expect(written.length).toBeLessThanOrEqual(1024 * 1024);
    expect(written.toString()).toContain("## drift\n");
    expect(written.toString()).not.toContain("## more");
    expect(written.toString()).toContain("shortened to fit GitHub's limit");
  });
});
