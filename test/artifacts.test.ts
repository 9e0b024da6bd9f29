import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeArtifactService } from "./helpers/fake-artifacts.js";
import { FakeGitHub } from "./helpers/fake-github.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { runInProcess } from "./helpers/actions.js";

describe("run folders as workflow artifacts, against a fake of the artifact service", () => {
  const fake = new FakeArtifactService();
  const gh = new FakeGitHub();
  const saved = { ...process.env };
  beforeAll(async () => {
    await fake.start();
    await gh.start();
    Object.assign(process.env, {
      // Before anything loads @actions/github, which reads the API's URL once.
      GITHUB_API_URL: gh.url,
      ACTIONS_RUNTIME_TOKEN: FakeArtifactService.token(),
      ACTIONS_RESULTS_URL: fake.url,
      GITHUB_WORKSPACE: tempDir(),
    });
  });
  afterAll(async () => {
    process.env = saved;
    await Promise.all([fake.stop(), gh.stop()]);
  });

  /**
   * Runs `body` as a job of workflow run `id` of acme/churn (with `env`), its artifacts the fake
   * service's; two tokens the fake GitHub knows, one granted actions: read and one not; the
   * service back at attempt 1 after.
   */
  async function asJobOfRun(id: number, env: Record<string, string>, body: () => Promise<void>) {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const envBefore = { ...process.env };
    try {
      gh.runArtifacts.set(id, fake);
      gh.tokens.set("ghs_actions_read", { actions: "read", metadata: "read" });
      gh.tokens.set("ghs_contents_only", { contents: "read", metadata: "read" });
      Object.assign(process.env, { GITHUB_RUN_ID: String(id), GITHUB_REPOSITORY: "acme/churn", ...env });
      await body();
    } finally {
      fake.attempt = 1;
      gh.tokens.clear();
      process.env = envBefore;
      out.mockRestore();
    }
  }

  it("uploads a train run folder and the next job downloads it byte for byte", async () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      const { uploadFolder, downloadFolder } = await import("@mlship/github/artifacts");
      const src = tempDir();
      mkdirSync(path.join(src, "model"), { recursive: true });
      writeFileSync(path.join(src, "model", "model.json"), JSON.stringify({ w: [1, 2, 3] }));
      writeFileSync(path.join(src, "lineage.json"), "{}\n");
      const big = Buffer.alloc(3 * 1024 * 1024, 7);
      writeFileSync(path.join(src, "model", "weights.bin"), big);
      const id = await uploadFolder("mlship-run-42-1", src);
      expect(id).toBe(1);
      expect(fake.calls.slice(0, 2)).toEqual(["CreateArtifact", "FinalizeArtifact"]);
      const dest = path.join(tempDir(), "run");
      await downloadFolder("mlship-run-42-1", dest);
      expect(readFileSync(path.join(dest, "model", "model.json"), "utf8")).toBe(JSON.stringify({ w: [1, 2, 3] }));
      expect(readFileSync(path.join(dest, "model", "weights.bin")).equals(big)).toBe(true);
      expect(readFileSync(path.join(dest, "lineage.json"), "utf8")).toBe("{}\n");
    } finally {
      out.mockRestore();
    }
  }, 60_000);

  it("a re-run attempt downloads an earlier attempt's artifact through the REST API with a token granted actions: read; without it, the error says so", async () => {
    await asJobOfRun(4242, {}, async () => {
      const { uploadFolder, downloadFolder } = await import("@mlship/github/artifacts");
      const src = tempDir();
      writeFileSync(path.join(src, "lineage.json"), '{"attempt":1}\n');
      fake.attempt = 1;
      await uploadFolder("mlship-run-4242-1-9", src);
      fake.attempt = 2; // "Re-run failed jobs": the runtime service now answers for attempt 2
      await expect(downloadFolder("mlship-run-4242-1-9", path.join(tempDir(), "a"))).rejects.toThrow(
        /Artifact not found for name: mlship-run-4242-1-9/,
      );
      await expect(
        downloadFolder("mlship-run-4242-1-9", path.join(tempDir(), "b"), "ghs_contents_only"),
      ).rejects.toThrow(/in any attempt of run 4242; the job's token needs `permissions: actions: read`/);
      const dest = path.join(tempDir(), "c");
      await downloadFolder("mlship-run-4242-1-9", dest, "ghs_actions_read");
      expect(readFileSync(path.join(dest, "lineage.json"), "utf8")).toBe('{"attempt":1}\n');
      // The token without actions: read was refused (403; the library tries again a few times);
      // the one with it listed the run's artifacts once and downloaded by id once.
      const by = (t: string) => gh.requests.filter((r) => r.auth === `token ${t}`).map((r) => `${r.method} ${r.path}`);
      expect(new Set(by("ghs_contents_only"))).toEqual(new Set(["GET /repos/acme/churn/actions/runs/4242/artifacts"]));
      const id = fake.stored().find((a) => a.name === "mlship-run-4242-1-9")!.id;
      expect(by("ghs_actions_read")).toEqual([
        "GET /repos/acme/churn/actions/runs/4242/artifacts",
        `GET /repos/acme/churn/actions/artifacts/${id}/zip`,
      ]);
      expect(gh.violations).toEqual([]);
    });
  }, 60_000);

  it("a sweep's compare job in a re-run attempt lists the legs of every attempt with a token granted actions: read, each name's newest upload", async () => {
    await asJobOfRun(4343, { GITHUB_RUN_ATTEMPT: "2" }, async () => {
      const { uploadFolder, downloadMatching } = await import("@mlship/github/artifacts");
      const upload = async (name: string, attempt: number, text: string) => {
        const src = tempDir();
        writeFileSync(path.join(src, "evaluation.json"), text);
        fake.attempt = attempt;
        await uploadFolder(name, src);
      };
      // Leg a passed in attempt 1; leg b's evaluation was uploaded in both attempts (its job
      // failed after the upload); attempt 2 also holds an artifact the glob does not match.
      await upload("mlship-evaluation-churn-4343-1-11", 1, "a1");
      await upload("mlship-evaluation-churn-4343-1-12", 1, "b1");
      await upload("mlship-evaluation-churn-4343-1-12", 2, "b2");
      await upload("mlship-run-4343-1-12", 2, "run");
      fake.attempt = 2;
      const read = (dirs: string[]) =>
        Object.fromEntries(dirs.map((d) => [path.basename(d), readFileSync(path.join(d, "evaluation.json"), "utf8")]));
      // The runtime service alone: attempt 2's only (what the compare job saw before #28's fix).
      expect(read(await downloadMatching("mlship-evaluation-*", tempDir()))).toEqual({
        "mlship-evaluation-churn-4343-1-12": "b2",
      });
      await expect(downloadMatching("mlship-evaluation-*", tempDir(), "ghs_contents_only")).rejects.toThrow(
        /in any attempt of run 4343; the job's token needs `permissions: actions: read`/,
      );
      expect(read(await downloadMatching("mlship-evaluation-*", tempDir(), "ghs_actions_read"))).toEqual({
        "mlship-evaluation-churn-4343-1-11": "a1",
        "mlship-evaluation-churn-4343-1-12": "b2",
      });
      // In a first attempt the runtime service lists every artifact: no REST request, no permission needed.
      process.env.GITHUB_RUN_ATTEMPT = "1";
      fake.attempt = 1;
      const before = gh.requests.length;
      expect(
        Object.keys(read(await downloadMatching("mlship-evaluation-*", tempDir(), "ghs_contents_only"))).sort(),
      ).toEqual(["mlship-evaluation-churn-4343-1-11", "mlship-evaluation-churn-4343-1-12"]);
      expect(gh.requests.length).toBe(before);
      expect(gh.violations).toEqual([]);
    });
  }, 60_000);

  it("the train action uploads its run; register in another job (another checkout) downloads and registers it", async () => {
    const trainJob = exampleCopy();
    const registerJob = exampleCopy();
    const cwd = process.cwd();
    const env = { ACTIONS_RUNTIME_TOKEN: FakeArtifactService.token(), ACTIONS_RESULTS_URL: fake.url };
    try {
      process.chdir(trainJob);
      const t = await runInProcess(
        () => import("../actions/train/src/main.js"),
        { config: "mlship.yml", params: "{epochs: 2}", "artifact-name": "mlship-run-7-1" },
        { ...env, GITHUB_WORKSPACE: trainJob },
      );
      expect(t.code).toBe(0);
      expect(t.stdout).toContain("uploaded artifact 'mlship-run-7-1'");
      process.chdir(registerJob);
      const r = await runInProcess(
        () => import("../actions/register/src/main.js"),
        { config: "mlship.yml", "artifact-name": "mlship-run-7-1" },
        { ...env, GITHUB_WORKSPACE: registerJob },
      );
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs["model-id"]).toBe("churn@v1");
      const { FileRegistry } = await import("../packages/core/src/registry/backends/file.js");
      const info = await new FileRegistry(path.join(registerJob, ".mlship/registry")).show({
        name: "churn",
        version: 1,
      });
      expect((info.lineage as { params: { epochs: number } }).params.epochs).toBe(2);
      expect(info.attachments?.["predictions.csv"]).toMatch(/^sha256:/);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
