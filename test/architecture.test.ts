import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration, type IViolation } from "dependency-cruiser";
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
