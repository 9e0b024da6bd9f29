import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration, type IViolation } from "dependency-cruiser";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The shape of the code (issue #15): core imports none of its hosts and no module graph has a
// cycle; each rule is also shown to fire on a bad example. Bundles load heavy code on demand.
const config = createRequire(import.meta.url)(path.resolve(".dependency-cruiser.cjs")) as IConfiguration;

async function violations(roots: string[], baseDir = process.cwd()): Promise<IViolation[]> {
  const { forbidden, options } = config as Required<Pick<IConfiguration, "forbidden" | "options">>;
  const res = await cruise(roots, { ...options, baseDir, validate: true, ruleSet: { forbidden } } as never);
  const out = res.output as { summary: { violations: IViolation[] } };
  return out.summary.violations;
}

const show = (v: IViolation[]) =>
  v.map(
    (x) =>
      `${x.rule.name}: ${x.from} → ${x.to}${x.cycle ? ` (${x.cycle.map((c) => (typeof c === "string" ? c : c.name)).join(" → ")})` : ""}`,
  );

describe("the module graph", () => {
  it("core imports no host (@actions/*, packages/github, packages/cli, actions/) and nothing has an import cycle", async () => {
    const v = await violations(["packages", "actions"]);
    expect(show(v)).toEqual([]);
  }, 240_000);

  it("the rules fire: a cycle and a core module importing @actions/core and the GitHub adapter are reported", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "mlship-shape-"));
    mkdirSync(path.join(root, "packages/core/src"), { recursive: true });
    mkdirSync(path.join(root, "packages/github/src"), { recursive: true });
    writeFileSync(
      path.join(root, "packages/core/src/a.ts"),
      'import { b } from "./b.js";\nexport const a = () => b;\n',
    );
    writeFileSync(
      path.join(root, "packages/core/src/b.ts"),
      'import { a } from "./a.js";\nexport const b = () => a;\n',
    );
    writeFileSync(
      path.join(root, "packages/core/src/host.ts"),
      'import * as core from "@actions/core";\nimport { x } from "../../github/src/x.js";\nexport const y = [core, x];\n',
    );
    writeFileSync(path.join(root, "packages/github/src/x.ts"), "export const x = 1;\n");
    writeFileSync(
      path.join(root, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" } }),
    );
    const v = show(await violations(["packages"], root));
    expect(v.some((s) => s.startsWith("no-cycle: packages/core/src/a.ts → packages/core/src/b.ts"))).toBe(true);
    expect(v).toContain("core-imports-no-host: packages/core/src/host.ts → @actions/core");
    expect(v).toContain("core-imports-no-host: packages/core/src/host.ts → packages/github/src/x.ts");
  }, 120_000);
});

/** The runner's variables and the registry credentials reach core through StepHost only. */
const HOST_VARIABLE = /^(GITHUB_|RUNNER_|MLSHIP_REGISTRY_)/;

/**
 * Reads of a host variable in a source text: `x.GITHUB_…`, `x["GITHUB_…"]` and `{ GITHUB_… } = x`,
 * whatever `x` is (process.env, or an alias of it). Comments and strings elsewhere do not count.
 */
function hostVariableReads(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node, name: string) =>
    found.push(`${file}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${name}`);
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && HOST_VARIABLE.test(n.name.text)) at(n, n.name.text);
    else if (
      ts.isElementAccessExpression(n) &&
      ts.isStringLiteralLike(n.argumentExpression) &&
      HOST_VARIABLE.test(n.argumentExpression.text)
    )
      at(n, n.argumentExpression.text);
    else if (ts.isBindingElement(n)) {
      const key = n.propertyName ?? n.name;
      const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : "";
      if (HOST_VARIABLE.test(name)) at(n, name);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
}

describe("the channel from the host to core", () => {
  it("no core source reads GITHUB_*, RUNNER_* or MLSHIP_REGISTRY_* (the host passes them in StepHost)", () => {
    const files = sourcesUnder("packages/core/src");
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => hostVariableReads(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("the check fires on each form of a read, and not on comments, strings or other variables", () => {
    const planted = [
      "const a = process.env.GITHUB_ACTOR;",
      'const b = process.env["RUNNER_NAME"];',
      "const { MLSHIP_REGISTRY_TOKEN } = process.env;",
      "const { GITHUB_SHA: sha } = process.env;",
      "const env = process.env;\nconst c = env.GITHUB_REPOSITORY;",
      "// process.env.GITHUB_ACTOR in a comment",
      'const d = "GITHUB_TOKEN";',
      "const e = process.env.MLSHIP_KUBECTL;",
    ].join("\n");
    expect(hostVariableReads("planted.ts", planted)).toEqual([
      "planted.ts:1: GITHUB_ACTOR",
      "planted.ts:2: RUNNER_NAME",
      "planted.ts:3: MLSHIP_REGISTRY_TOKEN",
      "planted.ts:4: GITHUB_SHA",
      "planted.ts:6: GITHUB_REPOSITORY",
    ]);
  });
});

describe("bundles", () => {
  const bundle = (action: string) =>
    readdirSync(path.join("actions", action, "dist"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => ({ file: f, text: readFileSync(path.join("actions", action, "dist", f), "utf8") }));
  // What the S3 client and the Kubernetes schemas leave in a bundle.
  const S3 = /S3Client|@aws-sdk\/client-s3/;
  const K8S = /io\.k8s\.api\.apps\.v1\.Deployment|kubernetes-models/;

  it("the committed validate-data bundle holds no S3 client and no Kubernetes schemas", () => {
    const files = bundle("validate-data");
    expect(files.filter((f) => S3.test(f.text)).map((f) => f.file)).toEqual([]);
    expect(files.filter((f) => K8S.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it("the deploy bundle holds both, loaded on demand: in chunk files, not in index.js", () => {
    const files = bundle("deploy");
    expect(files.some((f) => f.file !== "index.js" && S3.test(f.text))).toBe(true);
    expect(files.some((f) => f.file !== "index.js" && K8S.test(f.text))).toBe(true);
    const index = files.find((f) => f.file === "index.js")!;
    expect(S3.test(index.text) || K8S.test(index.text)).toBe(false);
  });
});
