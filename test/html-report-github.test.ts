import { inflateRawSync } from "node:zlib";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./helpers/actions.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { FakeArtifactService } from "./helpers/fake-artifacts.js";

/** The one file in a zip (local file header, then the deflated or stored bytes). */
function unzipOne(zip: Buffer): { name: string; data: Buffer } {
  expect(zip.readUInt32LE(0)).toBe(0x04034b50);
  const method = zip.readUInt16LE(8);
  const nameLen = zip.readUInt16LE(26),
    extraLen = zip.readUInt16LE(28);
  const name = zip.subarray(30, 30 + nameLen).toString("utf8");
  // Sizes may be in a trailing data descriptor: read up to the central directory.
  const start = 30 + nameLen + extraLen;
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const body = zip.subarray(start, central);
  return { name, data: method === 8 ? inflateRawSync(body, { finishFlush: 2 }) : body };
}

describe("the HTML reports on GitHub: an artifact, linked from the PR comment and the job summary", () => {
  const dir = exampleCopy();
  const cwd = process.cwd();
  const gh = new FakeGitHub();
  const artifacts = new FakeArtifactService();
  const event = path.join(tempDir(), "event.json");
  beforeAll(async () => {
    await gh.start();
    await artifacts.start();
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { fork: false } } } }));
    process.chdir(dir);
  });
  afterAll(async () => {
    process.chdir(cwd);
    await gh.stop();
    await artifacts.stop();
  });
  afterEach(() => {
    process.exitCode = 0;
  });
  const env = () => ({
    ...gh.runnerEnv("pull_request", event, { GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "1" }),
    ACTIONS_RUNTIME_TOKEN: FakeArtifactService.token(),
    ACTIONS_RESULTS_URL: artifacts.url,
    GITHUB_WORKSPACE: dir,
  });

  it("quality-load-bias-test uploads evaluation.html and links it in the comment and the summary", async () => {
    const t = await runInProcess(() => import("../actions/train/src/main.js"), {
      config: "mlship.yml",
      params: "{epochs: 3}",
    });
    expect(t.code).toBe(0);
    const r = await runInProcess(
      () => import("../actions/quality-load-bias-test/src/main.js"),
      { config: "mlship.yml", comment: "true", load: "false", "github-token": "ghs_FAKEtoken0123" },
      env(),
    );
    expect(r.code, r.stdout).toBe(0);
    const a = artifacts.artifacts.get("mlship-evaluation-churn-1");
    expect(a?.finalized).toBe(true);
    const file = unzipOne(a!.zip);
    expect(file.name).toBe("evaluation.html");
    expect(file.data.toString("utf8")).toBe(readFileSync(r.outputs.html, "utf8"));
    const url = `https://github.com/acme/churn/actions/runs/42/artifacts/${a!.id}`;
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain(`](${url})`);
    expect(r.summary).toContain(`](${url})`);
    // The link sits right under the heading, where no length cut reaches.
    expect(gh.comments[0].body.split("\n").slice(0, 6).join("\n")).toContain(url);
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("check-drift uploads its drift page and links it in the summary", async () => {
    const r = await runInProcess(
      () => import("../actions/check-drift/src/main.js"),
      { config: "mlship.yml", environment: "production", issue: "false", retrain: "false" },
      env(),
    );
    expect(r.code, r.stdout).toBe(0);
    const a = artifacts.artifacts.get("mlship-drift-churn-production-1");
    expect(a?.finalized).toBe(true);
    expect(unzipOne(a!.zip).name).toBe("production.html");
    expect(r.summary).toContain(`](https://github.com/acme/churn/actions/runs/42/artifacts/${a!.id})`);
  }, 60_000);
});
