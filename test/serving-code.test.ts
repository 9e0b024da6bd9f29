import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servingCode, servingCodeChange } from "../packages/core/src/deploy/serving-code.js";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { environmentHistory } from "../packages/core/src/deploy/environment-log.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { deployMarkdown } from "../packages/core/src/report/deploy.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { deploySpec, deployStep } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost, recordingHost } from "./helpers/silent.js";

// sha256("abc"), FIPS 180-2 appendix B.1.
const SHA256_ABC = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

describe("the serving code: the serve command and the project files it names", () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(path.join(dir, "serve.py"), "abc");
    mkdirSync(path.join(dir, "app"));
    writeFileSync(path.join(dir, "app", "main.py"), "abc");
  });

  it("records the words as configured ($VARS unexpanded) and the sha256 of each project file among them", async () => {
    expect(await servingCode("python3 serve.py --model $MLSHIP_MODEL_PATH ../outside.py app", dir)).toEqual({
      command: ["python3", "serve.py", "--model", "$MLSHIP_MODEL_PATH", "../outside.py", "app"],
      files: { "serve.py": SHA256_ABC },
    });
    expect(await servingCode(["python3", "app/main.py"], dir)).toEqual({
      command: ["python3", "app/main.py"],
      files: { "app/main.py": SHA256_ABC },
    });
  });

  it("by default also the files with the named file's extension in its folder: the modules it imports by a plain name (#32)", async () => {
    const d = tempDir();
    for (const f of ["serve.py", "helper.py", "notes.txt", "app/util.py", "node_modules/x/y.py"]) {
      mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      writeFileSync(path.join(d, f), "abc");
    }
    expect(await servingCode("python3 serve.py", d)).toEqual({
      command: ["python3", "serve.py"],
      files: { "helper.py": SHA256_ABC, "serve.py": SHA256_ABC },
    });
    // A file in a folder: that folder's.
    expect(Object.keys((await servingCode("python3 app/util.py", d)).files)).toEqual(["app/util.py"]);
    // deploy.serving-code's globs instead of the default; the named files always; never node_modules.
    expect(Object.keys((await servingCode("python3 serve.py", d, ["app/**/*.py", "*.txt", "**/y.py"])).files)).toEqual([
      "app/util.py",
      "notes.txt",
      "serve.py",
    ]);
  });

  it("names what changed: a file's content, a file named or gone, the command; nothing when equal", async () => {
    const before = await servingCode("python3 serve.py", dir);
    expect(servingCodeChange(before, await servingCode("python3 serve.py", dir))).toBeUndefined();
    writeFileSync(path.join(dir, "serve.py"), "abd");
    expect(servingCodeChange(before, await servingCode("python3 serve.py", dir))).toMatch(
      /^"serve.py" changed \(sha256:[0-9a-f]{12}…, was sha256:ba7816bf8f01…\)$/,
    );
    expect(servingCodeChange(before, await servingCode("python3 app/main.py", dir))).toBe(
      'the serve command is ["python3","app/main.py"], was ["python3","serve.py"]; "app/main.py" is new; "serve.py" is gone',
    );
  });
});

/** serve.py with every score and prediction one more than the model's: a serving-code bug. */
function breakServe(dir: string): () => void {
  const file = path.join(dir, "serve.py");
  const good = readFileSync(file, "utf8");
  const bad = good.replace(
    'preds.append({"score": p, "prediction": int(p >= 0.5)})',
    'preds.append({"score": p + 1, "prediction": int(p >= 0.5) + 1})',
  );
  expect(bad).not.toBe(good);
  writeFileSync(file, bad);
  return () => writeFileSync(file, good);
}

describe("#32: a smoke test failed by serving code changed since evaluation does not quarantine the model", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const registry = new FileRegistry(path.join(state, "registry"));
  const deploy = (model: string, env = "local") =>
    parseInputs(deploySpec, (n) => ({ config, model, environment: env, "allow-failed-gates": "true" })[n]);

  /** Train, evaluate (no load test: its serve command is recorded all the same), register. */
  async function evaluatedModel(beforeRegister?: (runDir: string) => void): Promise<string> {
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config })[n]),
      quietHost,
    );
    const runDir = t.outputs["run-dir"];
    await qualityLoadBiasTestStep(
      parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "run-dir": runDir, load: "false" })[n]),
      quietHost,
    );
    beforeRegister?.(runDir);
    const r = await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "run-dir": runDir, "force-new-version": "true" })[n]),
      quietHost,
    );
    return r.outputs["model-id"];
  }

  beforeAll(async () => {
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace(
        "    local: { target: local, health-timeout: 20s }",
        "    local: { target: local, health-timeout: 20s }\n    staging: { target: local, health-timeout: 20s }",
      ),
    );
  });
  afterAll(async () => {
    await stopEnvironment(state, "local");
    await stopEnvironment(state, "staging");
  });

  it("the evaluation's serve command and serve.py's digest are recorded in the version record", async () => {
    expect(await evaluatedModel()).toBe("churn@v1");
    const info = await registry.show({ name: "churn", version: 1 });
    expect(info.serving).toEqual(await servingCode("python3 serve.py", dir));
    // serve.py and the modules beside it: model_lib.py, which serve.py imports, among them.
    expect(Object.keys(info.serving!.files)).toEqual(["generate_data.py", "model_lib.py", "serve.py", "train.py"]);
  }, 180_000);

  it("serve.py adding 1 to every answer: rolled back, the serving code named, the model not quarantined and deployable", async () => {
    const restore = breakServe(dir);
    const host = recordingHost();
    const r = await deployStep(deploy("churn@v1"), host);
    restore();
    expect(r.ok).toBe(false);
    expect(r.extra.result).toMatchObject({ rolledBack: true, cause: "serving-code", quarantined: false });
    expect(r.extra.result.failure).toMatch(
      /^smoke test failed: recorded row \d+: .* differs from the recorded .*; the serving code changed since evaluation: "serve.py" changed/,
    );
    expect((await registry.show({ name: "churn", version: 1 })).state.quarantine).toBeUndefined();
    expect(
      host.lines.some(
        (l) =>
          l.startsWith("error: churn@v1 failed in local") &&
          l.includes("The serving code changed since churn@v1 was evaluated"),
      ),
    ).toBe(true);
    expect(deployMarkdown("local", r.extra.result)).toContain(
      "The serving code changed since the model was evaluated, not the model: the model is not quarantined.",
    );
    const events = await environmentHistory(registry, "churn", "local");
    expect(events.map((e) => [e.action, e.cause])).toEqual([["auto-rollback", "serving-code"]]);
    // The serving code restored, the same model deploys.
    const again = await deployStep(deploy("churn@v1"), quietHost);
    expect(again.ok).toBe(true);
    expect((await readState(state, "local"))?.model).toBe("churn@v1");
  }, 180_000);

  it("model_lib.py, which serve.py imports, adding 1 to every score: the serving code blamed, the model not quarantined (#32)", async () => {
    const file = path.join(dir, "model_lib.py");
    const good = readFileSync(file, "utf8");
    const bad = good.replace("return 1.0 / (1.0 + math.exp(-z))", "return 1.0 + 1.0 / (1.0 + math.exp(-z))");
    expect(bad).not.toBe(good);
    writeFileSync(file, bad);
    const r = await deployStep(deploy("churn@v1", "staging"), quietHost).finally(() => writeFileSync(file, good));
    expect(r.ok).toBe(false);
    expect(r.extra.result).toMatchObject({ rolledBack: true, cause: "serving-code", quarantined: false });
    expect(r.extra.result.failure).toMatch(
      /; the serving code changed since evaluation: "model_lib.py" changed \(sha256:/,
    );
    expect((await registry.show({ name: "churn", version: 1 })).state.quarantine).toBeUndefined();
  }, 180_000);

  it("wrong answers with the serving code evaluated are the model's: quarantined, and the message says so", async () => {
    // Recorded predictions the model does not give back, written after its evaluation.
    const id = await evaluatedModel((runDir) => {
      const file = path.join(runDir, "predictions.csv");
      const [head, ...rows] = readFileSync(file, "utf8").trim().split(/\r?\n/);
      const score = head.split(",").indexOf("score");
      const flipped = rows.map((r) =>
        r
          .split(",")
          .map((v, i) => (i === score ? String(1 - Number(v)) : v))
          .join(","),
      );
      writeFileSync(file, `${[head, ...flipped].join("\n")}\n`);
    });
    const r = await deployStep(deploy(id, "staging"), quietHost);
    expect(r.ok).toBe(false);
    expect(r.extra.result).toMatchObject({ cause: "model", quarantined: true });
    expect(r.extra.result.failure).toMatch(/the serving code is the one evaluated: the model's answers differ$/);
    const info = await registry.show({ name: "churn", version: 2 });
    expect(info.state.quarantine?.reason).toContain("the model's answers differ");
  }, 180_000);

  it("a recorded serving code of the wrong shape is refused when read back, naming the field", async () => {
    const file = path.join(state, "registry", "models", "churn", "versions", "v1.json");
    const record = readFileSync(file, "utf8");
    const bad = JSON.parse(record);
    bad.serving.files["serve.py"] = "sha256:not-hex; rm -rf /";
    writeFileSync(file, JSON.stringify(bad));
    try {
      const e = await registry.show({ name: "churn", version: 1 }).catch((err: Error) => err);
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).message).toContain("is not a valid mlship version record (serving.files.serve.py:");
    } finally {
      writeFileSync(file, record);
    }
  });
});
