import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeArtifactService } from "./helpers/fake-artifacts.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { runInProcess } from "./helpers/actions.js";

describe("run folders as workflow artifacts, against a fake of the artifact service", () => {
  const fake = new FakeArtifactService();
  const saved = { ...process.env };
  beforeAll(async () => {
    await fake.start();
    Object.assign(process.env, {
      ACTIONS_RUNTIME_TOKEN: FakeArtifactService.token(),
      ACTIONS_RESULTS_URL: fake.url,
      GITHUB_WORKSPACE: tempDir(),
    });
  });
  afterAll(async () => {
    process.env = saved;
    await fake.stop();
  });

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
