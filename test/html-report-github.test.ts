import { inflateRawSync } from "node:zlib";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./helpers/actions.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { FakeArtifactService } from "./helpers/fake-artifacts.js";

/**
 * Every file in a zip, by name, read through its central directory. The artifact client's zip
 * (archiver) adds files in the order their stat calls finish (four at once), not the order it was
 * given: on a busy machine evaluation.json could come first, which a reader of the first entry
 * took for the report.
 */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : body);
    at += 46 + nameLen + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
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
    const files = unzip(a!.zip);
    // The page and the data beside it (params.json and predictions.csv only for a run that recorded
    // them: compare-runs' paired test reads the predictions).
    expect([...files.keys()].sort()).toEqual(
      ["evaluation.html", "evaluation.json", "params.json", "predictions.csv"].filter((f) =>
        existsSync(path.join(path.dirname(r.outputs.html), f)),
      ),
    );
    expect(files.get("evaluation.html")!.toString("utf8")).toBe(readFileSync(r.outputs.html, "utf8"));
    expect(files.get("evaluation.json")!.toString("utf8")).toBe(
      readFileSync(path.join(path.dirname(r.outputs.html), "evaluation.json"), "utf8"),
    );
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
    expect([...unzip(a!.zip).keys()]).toEqual(["production.html"]);
    expect(r.summary).toContain(`](https://github.com/acme/churn/actions/runs/42/artifacts/${a!.id})`);
  }, 60_000);
});
