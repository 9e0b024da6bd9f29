import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { deliveryStats } from "../packages/core/src/deploy/delivery-metrics.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registryEventSchema, versionRecordSchema } from "../packages/core/src/registry/types.js";
import { silentLogger } from "../packages/core/src/util/log.js";
import { defaultCoreSettings } from "../packages/core/src/settings.js";
import { UserError } from "../packages/core/src/errors.js";
import { FileBackend } from "../packages/core/src/registry/backends/file.js";

import { caught } from "./helpers/catch.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

/** #33 "Escaped": model names follow the one grammar at every entry point, registry keys stay in the registry, records never reach git as options. */
describe("#33 escaped: paths and git options from untrusted names and records", () => {
  it("check-drift --model '../../…/outside' is refused (exit 2) and writes nothing outside the registry", async () => {
    const dir = exampleCopy();
    const outside = path.join(path.dirname(dir), `outside-${path.basename(dir)}`);
    const model = path.relative(path.join(dir, ".mlship/registry/models"), outside);
    expect(model.startsWith("..")).toBe(true);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const e = await caught(() =>
        checkDriftStep(
          parseInputs(checkDriftSpec, (n) => ({ config: "mlship.yml", model })[n]),
          {
            log: silentLogger,
            settings: defaultCoreSettings,
          },
        ),
      );
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).exitCode).toBe(2);
      expect((e as Error).message).toMatch(/invalid model name/);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(outside)).toBe(false);
  });

  it("the file backend refuses a key that would leave its root", async () => {
    const root = path.join(tempDir(), "registry");
    const b = new FileBackend(root);
    for (const key of ["models/../../escape.json", "../escape.json", "models/x/./v1.json", "models//v1.json"]) {
      const e = await caught(() => b.writeRecord(key, { x: 1 }));
      expect(e, key).toBeInstanceOf(UserError);
      expect((e as Error).message).toMatch(/leaves the registry folder/);
    }
    expect(existsSync(path.join(path.dirname(root), "escape.json"))).toBe(false);
  });

  it("a version record's gitCommit or an event's commit must be a hex SHA", () => {
    const record = {
      schema: "mlship/model-version/v1",
      id: "churn@v1",
      name: "churn",
      version: 1,
      digest: `sha256:${"a".repeat(64)}`,
      size: 1,
      files: 1,
      createdAt: "2026-01-01T00:00:00Z",
      creator: "me",
    };
    expect(
      versionRecordSchema.safeParse({ ...record, gitCommit: "0123456789abcdef0123456789abcdef01234567" }).success,
    ).toBe(true);
    for (const bad of ["--output=victim.txt", "-p", "HEAD", "abc"])
      expect(versionRecordSchema.safeParse({ ...record, gitCommit: bad }).success, bad).toBe(false);
    expect(registryEventSchema.shape.commit.safeParse("--output=victim.txt").success).toBe(false);
  });

  it("a record's gitCommit '--output=victim.txt' never reaches git as an option (delivery stats)", async () => {
    const repo = tempDir();
    const git = (...a: string[]) => execFileSync("git", a, { cwd: repo, stdio: "pipe" });
    git("init", "-q");
    writeFileSync(path.join(repo, "f"), "x");
    git("add", "f");
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "one");
    // A registry answering with a hostile record, as one read back from an untrusted store could.
    const registry = {
      show: async () => ({ id: "churn@v1", gitCommit: "--output=victim.txt", lineage: { durationSeconds: 5 } }),
    } as unknown as Parameters<typeof deliveryStats>[2];
    const at = new Date().toISOString();
    const stats = await deliveryStats(
      "production",
      [{ action: "deploy", outcome: "success", to: "churn@v1", at, by: "me" } as never],
      registry,
      repo,
    );
    expect(stats).toBeDefined();
    expect(readdirSync(repo).sort()).toEqual([".git", "f"]);
  });
});
