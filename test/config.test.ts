import { promises as fs } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseYamlWith } from "../packages/core/src/config/parse-yaml.js";
import { loadConfig } from "../packages/core/src/config/read-config.js";
import { configSchema } from "../packages/core/src/config/schema.js";
import { UserError } from "../packages/core/src/errors.js";
import { stepSpecs } from "../packages/core/src/steps/list.js";
import { DEFAULT_CONFIG } from "../packages/core/src/config/default-config.js";
import { generatedFiles } from "../scripts/generate.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const parse = (text: string) => parseYamlWith(text, "mlship.yml", configSchema);

describe("mlship.yml", () => {
  it("fills defaults that serve out of the box", () => {
    const c = parse("model: churn\n");
    // No registry named: the default depends on where the job runs (registry/defaults.ts).
    expect(c.registry).toBeUndefined();
    expect(c.deploy.environments.local.target).toBe("local");
    expect(c.evaluate.gates).toEqual([]);
    expect(c.drift["drift-share"]).toBe(0.5);
  });

  it("a project without mlship.yml gets the generated defaults: those the schema fills into an empty file", () => {
    expect(DEFAULT_CONFIG).toStrictEqual(configSchema.parse({}));
    expect(DEFAULT_CONFIG.deploy.environments.local).toEqual({
      target: "local",
      port: 8080,
      replicas: 1,
      "health-timeout": "30s",
    });
  });

  it("names an unknown key with its path, line and column", async () => {
    const e = await caught(() => parse("model: churn\ntrain:\n  command: python train.py\n  gpus: 2\n"));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain("train.gpus: unknown key 'gpus'");
    expect(e.location).toMatchObject({ file: "mlship.yml", line: 4, column: 3 });
  });

  it("points a wrong type at the value", async () => {
    const e = await caught(() => parse("model: churn\nevaluate:\n  gates:\n    - accuracy >= 0.8\n    - 0.9\n"));
    expect(e.message).toMatch(/^evaluate\.gates\.1: /);
    expect(e.location).toMatchObject({ line: 5, column: 7 });
  });

  it("refuses a gate on an unknown metric when the config is read, at its line, with the list and a did-you-mean", async () => {
    const e = await caught(() =>
      parse("model: churn\nevaluate:\n  gates:\n    - accuracy >= 0.8\n    - mse <= 3000\n"),
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    expect(e.message).toMatch(
      /^evaluate\.gates\.1: gate "mse <= 3000": unknown metric 'mse' \(did you mean 'rmse'\?\)/,
    );
    expect(e.message).toContain("classification accuracy, precision, recall");
    expect(e.location).toMatchObject({ line: 5, column: 7 });
  });

  it("checks enums and model names", async () => {
    const gpu = await caught(() => parse("model: churn\ntrain:\n  command: x\n  gpu: maybe\n"));
    expect(gpu.message).toContain("train.gpu");
    expect(gpu.location).toMatchObject({ line: 4, column: 8 });
    const name = await caught(() => parse("model: Churn Model\n"));
    expect(name.message).toContain("model:");
    expect(name.location).toMatchObject({ line: 1, column: 8 });
  });

  it("deploy.serving-code: globs inside the project folder; one reaching outside is refused at its line (#32)", async () => {
    const ok = await parse("deploy:\n  serving-code: [serve.py, 'app/**/*.py']\n");
    expect(ok.deploy["serving-code"]).toEqual(["serve.py", "app/**/*.py"]);
    for (const bad of ["../lib/*.py", "/etc/passwd", "app/../../x.py"]) {
      const e = await caught(() => parse(`deploy:\n  serving-code:\n    - serve.py\n    - ${bad}\n`));
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).exitCode).toBe(2);
      expect(e.message).toMatch(/^deploy\.serving-code\.1: a glob inside the project folder: relative, without \.\./);
      expect(e.location).toMatchObject({ line: 4, column: 7 });
    }
  });

  it("reports invalid YAML with its position", async () => {
    const e = await caught(() => parse("model: churn\ndata: [unclosed\n"));
    expect(e.message).toMatch(/invalid YAML/);
    expect(e.location?.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects duplicate keys", async () => {
    const e = await caught(() => parse("model: churn\nmodel: other\n"));
    expect(e.message).toMatch(/invalid YAML/);
    expect(e.location?.line).toBe(2);
  });

  it("says which file is missing", async () => {
    const dir = tempDir();
    const e = await caught(() => loadConfig(path.join(dir, "nope.yml")));
    expect(e.message).toContain("config file not found");
  });

  it("loads every bundled example's mlship.yml", async () => {
    for (const ex of ["churn", "torch-gpu"])
      expect((await loadConfig(`examples/${ex}/mlship.yml`)).config.model).toBeTruthy();
  });

  it("loads the bundled example", async () => {
    const { config } = await loadConfig("examples/churn/mlship.yml");
    expect(config.model).toBe("churn");
    expect(config.evaluate["sensitive-features"]).toEqual(["region", "age_band"]);
  });
});

describe("generated files", () => {
  it("schemas/ and every action.yml are what the sources generate (npm run generate)", async () => {
    for (const [rel, content] of await generatedFiles()) {
      expect(await fs.readFile(rel, "utf8"), rel).toBe(content);
    }
  });

  it("each action.yml declares exactly the step's inputs, defaults and outputs, and runs on node24", async () => {
    for (const spec of stepSpecs) {
      const yml = parseYaml(await fs.readFile(`actions/${spec.name}/action.yml`, "utf8")) as {
        runs: { using: string; main: string };
        inputs: Record<string, { default?: string; required: boolean; description: string }>;
        outputs: Record<string, { description: string }>;
      };
      expect(yml.runs).toEqual({ using: "node24", main: "dist/index.js" });
      expect(Object.keys(yml.inputs).sort()).toEqual(Object.keys(spec.inputs).sort());
      for (const [name, input] of Object.entries(spec.inputs)) {
        expect(yml.inputs[name].default, `${spec.name}.${name}`).toBe((input as { default?: string }).default);
        expect(yml.inputs[name].required).toBe(Boolean((input as { required?: boolean }).required));
        expect(yml.inputs[name].description.length).toBeGreaterThan(10);
      }
      expect(Object.keys(yml.outputs).sort()).toEqual(Object.keys(spec.outputs).sort());
    }
  });

  it("the example's mlship.yml validates against the generated JSON schema", async () => {
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(await fs.readFile("schemas/mlship.schema.json", "utf8")));
    const doc = parseYaml(await fs.readFile("examples/churn/mlship.yml", "utf8"));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ model: "churn", trian: {} })).toBe(false);
  });
});
