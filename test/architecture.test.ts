import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { cruise, type IConfiguration, type IViolation } from "dependency-cruiser";
import ts from "typescript";
import { describe, expect, inject, it } from "vitest";
import { ENVIRONMENT } from "../packages/core/src/settings.js";

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

  it("the rules fire: a cycle, a core module importing @actions/core and the GitHub adapter, data/ importing validate/, report/ importing train/", async () => {
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
    for (const dir of ["data", "validate", "report", "train"])
      mkdirSync(path.join(root, "packages/core/src", dir), { recursive: true });
    writeFileSync(path.join(root, "packages/core/src/validate/check.ts"), "export const check = 1;\n");
    writeFileSync(path.join(root, "packages/core/src/train/run.ts"), "export const run = 1;\n");
    writeFileSync(
      path.join(root, "packages/core/src/data/read.ts"),
      'import { check } from "../validate/check.js";\nexport const read = check;\n',
    );
    writeFileSync(
      path.join(root, "packages/core/src/report/train.ts"),
      'import type { run } from "../train/run.js";\nexport type R = typeof run;\n',
    );
    writeFileSync(
      path.join(root, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext" } }),
    );
    const v = show(await violations(["packages"], root));
    expect(v.some((s) => s.startsWith("no-cycle: packages/core/src/a.ts → packages/core/src/b.ts"))).toBe(true);
    expect(v).toContain("core-imports-no-host: packages/core/src/host.ts → @actions/core");
    expect(v).toContain("core-imports-no-host: packages/core/src/host.ts → packages/github/src/x.ts");
    expect(v).toContain(
      "data-imports-no-validate: packages/core/src/data/read.ts → packages/core/src/validate/check.ts",
    );
    expect(v).toContain("report-imports-no-train: packages/core/src/report/train.ts → packages/core/src/train/run.ts");
  }, 120_000);
});

/** The runner's variables and the registry credentials reach core through StepHost only. */
const HOST_VARIABLE = /^(GITHUB_|RUNNER_|MLSHIP_REGISTRY_)/;

/**
 * Reads of a host variable in a source text: `x.GITHUB_…`, `x["GITHUB_…"]` and `{ GITHUB_… } = x`,
 * whatever `x` is (process.env, or an alias of it). Comments and strings elsewhere do not count.
 */
function hostVariableReads(file: string, text: string, variable = HOST_VARIABLE): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (n: ts.Node, name: string) =>
    found.push(`${file}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${name}`);
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && variable.test(n.name.text)) at(n, n.name.text);
    else if (
      ts.isElementAccessExpression(n) &&
      ts.isStringLiteralLike(n.argumentExpression) &&
      variable.test(n.argumentExpression.text)
    )
      at(n, n.argumentExpression.text);
    else if (ts.isBindingElement(n)) {
      const key = n.propertyName ?? n.name;
      const name = ts.isIdentifier(key) || ts.isStringLiteralLike(key) ? key.text : "";
      if (variable.test(name)) at(n, name);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

/** core's programs: the modules it starts as processes of their own (`nodeProgram` entries), each its own host. */
function programs(): string[] {
  return sourcesUnder("packages/core/src")
    .flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/nodeProgram\(import\.meta\.url, "(\.[^"]+\.ts)"/g)].map((m) =>
        path.join(path.dirname(f), m[1]),
      ),
    )
    .sort();
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

  it("core touches process.env only in util/secrets.ts (child processes' environment) and its programs (their own hosts)", () => {
    const touches = sourcesUnder("packages/core/src").flatMap((file) => {
      const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const found: string[] = [];
      const visit = (n: ts.Node): void => {
        if (
          ts.isPropertyAccessExpression(n) &&
          n.name.text === "env" &&
          ts.isIdentifier(n.expression) &&
          n.expression.text === "process"
        )
          found.push(file);
        ts.forEachChild(n, visit);
      };
      visit(src);
      return found;
    });
    expect(programs()).toEqual(["packages/core/src/deploy/capture-proxy.ts", "packages/core/src/serve/log-relay.ts"]);
    const allowed = ["packages/core/src/util/secrets.ts", ...programs()];
    expect([...new Set(touches)].filter((f) => !allowed.includes(f))).toEqual([]);
    expect(touches).toContain("packages/core/src/util/secrets.ts");
  });

  it("every environment variable read in packages/ and actions/ is declared in settings.ts, each read where it says", () => {
    const VARIABLE = /^(MLSHIP|GITHUB|RUNNER|ACTIONS|AWS|CUDA)_[A-Z0-9_]+$/;
    const hosts = [
      ...sourcesUnder("packages/github/src"),
      ...sourcesUnder("packages/cli/src"),
      ...readdirSync("actions").flatMap((a) =>
        existsSync(`actions/${a}/src`) ? sourcesUnder(`actions/${a}/src`) : [],
      ),
    ];
    const name = (read: string) => read.slice(read.lastIndexOf(" ") + 1);
    const declared = ENVIRONMENT as Record<string, { readBy: string }>;
    const hostReads = hosts.flatMap((f) => hostVariableReads(f, readFileSync(f, "utf8"), VARIABLE));
    expect(hostReads.length).toBeGreaterThan(20);
    expect(hostReads.filter((r) => !declared[name(r)])).toEqual([]);
    // The README lists the user-facing ones (README, "Environment variables"), and no other.
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Environment variables"), readme.indexOf("## Development"));
    const listed = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    const user = Object.entries(ENVIRONMENT as Record<string, { user: boolean }>).filter(([, d]) => d.user);
    expect(listed).toEqual(user.map(([v]) => v));
    // Each declared variable is read where its kind says: mlship's settings by readCoreSettings
    // (which the hosts call), a child's by util/secrets.ts, a program's by that program.
    const where: Record<string, string> = {
      settings: readFileSync("packages/core/src/settings.ts", "utf8"),
      child: readFileSync("packages/core/src/util/secrets.ts", "utf8"),
      program: programs()
        .map((f) => readFileSync(f, "utf8"))
        .join("\n"),
    };
    for (const [v, d] of Object.entries(declared))
      if (d.readBy !== "host") expect(where[d.readBy], v).toMatch(new RegExp(`("${v}"|process\\.env\\.${v}\\b)`));
    // The hosts read mlship's settings with that one reader, each once.
    for (const h of ["packages/github/src/context.ts"])
      expect(readFileSync(h, "utf8")).toMatch(/readCoreSettings\(env\)/);
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

/**
 * Code shipped as a string: an argv that runs node on program text (`process.execPath` with `-e`,
 * `--eval`, `-p` or `--print`), a worker started from text (`eval: true`), `new Function`, and a
 * function of the file turned into its text (`f.toString()`). A program that runs in a process or thread of its own is a module and
 * a build entry of its own (scripts/build.mjs), importing core's real functions, not a copy.
 */
function codeAsString(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const functions = new Set<string>();
  const collect = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) && n.name) functions.add(n.name.text);
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))
    )
      functions.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  collect(src);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) =>
    found.push(`${file}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${what}`);
  const isFunction = (e: ts.Expression) => ts.isIdentifier(e) && functions.has(e.text);
  const visit = (n: ts.Node): void => {
    if (
      ts.isArrayLiteralExpression(n) &&
      n.elements.some((e) => e.getText(src) === "process.execPath") &&
      n.elements.some((e) => ts.isStringLiteralLike(e) && ["-e", "--eval", "-p", "--print"].includes(e.text))
    )
      at(n, "node runs program text");
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "toString" &&
      isFunction(n.expression.expression)
    )
      at(n, `${n.expression.expression.getText(src)}.toString()`);
    if (ts.isNewExpression(n) && n.expression.getText(src) === "Function") at(n, "new Function");
    if (
      ts.isPropertyAssignment(n) &&
      n.name.getText(src) === "eval" &&
      n.initializer.kind === ts.SyntaxKind.TrueKeyword
    )
      at(n, "a worker from program text");
    ts.forEachChild(n, visit);
  };
  visit(src);
  return found;
}

describe("no code shipped as a string", () => {
  it("no source runs node on program text or turns a function into text (the relay, the proxy and the scan worker are build entries)", () => {
    const files = [
      ...sourcesUnder("packages/core/src"),
      ...sourcesUnder("packages/github/src"),
      ...sourcesUnder("packages/cli/src"),
    ];
    expect(files.flatMap((f) => codeAsString(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("finds each form when planted", () => {
    const planted = [
      "function proxy() {}",
      "const relay = () => 1;",
      'spawn([process.execPath, "-e", proxy.toString()]);',
      'run([process.execPath, "--eval", `(${relay})()`]);',
      'new Worker(relay.toString(), { eval: true }); const f = new Function("return 1");',
      'spawn([process.execPath, "serve.js"]); const n = (3).toString();',
    ].join("\n");
    expect(codeAsString("planted.ts", planted)).toEqual([
      "planted.ts:3: node runs program text",
      "planted.ts:3: proxy.toString()",
      "planted.ts:4: node runs program text",
      "planted.ts:5: relay.toString()",
      "planted.ts:5: a worker from program text",
      "planted.ts:5: new Function",
    ]);
  });
});

describe("bundles", () => {
  // One build bundles every action (scripts/build.mjs): actions/<step>/dist/index.js is a small
  // entry, and what it needs lies in shared chunks under dist/chunks. What an action loads at start
  // is the entry and the chunks it imports statically; import() chunks load on demand. Checked on
  // the bundles of the sources under test (the global setup's build), else on the committed ones.
  const bundles = inject("bundleDir") || ".";
  const STATIC = /\b(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?"(\.{1,2}\/[^"]+)"/g;
  const DYNAMIC = /\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;
  const closure = (entry: string, follow: RegExp[]) => {
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, "utf8");
      for (const re of follow) for (const m of text.matchAll(re)) queue.push(path.resolve(path.dirname(file), m[1]));
    }
    return [...seen].map((f) => ({ file: f, text: readFileSync(f, "utf8") }));
  };
  const graph = (action: string) => {
    const entry = path.resolve(bundles, "actions", action, "dist", "index.js");
    // The entry imports the action's main module with import(), once the compile cache is on: that is start too.
    const main = [...readFileSync(entry, "utf8").matchAll(DYNAMIC)].map((m) => path.resolve(path.dirname(entry), m[1]));
    expect(main).toHaveLength(1);
    const atStart = [
      ...new Map([entry, ...main].flatMap((f) => closure(f, [STATIC])).map((f) => [f.file, f])).values(),
    ];
    return { atStart, all: closure(entry, [STATIC, DYNAMIC]) };
  };
  const has = (files: { text: string }[], re: RegExp) => files.some((f) => re.test(f.text));
  // The heavy boundaries (ARCHITECTURE.md, "Layers"): what each leaves in a chunk. A step imports
  // its own modules statically (YAML, zod and the statistics load at start); these load with import().
  const S3 = /S3Client/;
  const K8S = /@kubernetes-models\//;
  const HEAVY = {
    S3,
    K8S,
    artifact: /ArtifactServiceClientJSON/,
    octokit: /octokit-core\.js/,
    vega: /Scenegraph/,
    hyparquet: /async function parquetMetadataAsync\(/,
    ajv: /node_modules\/ajv\/dist\/compile\//,
    hdrHistogram: /hdr-histogram-js\//,
    googleAuth: /getApplicationDefaultAsync/,
  };
  const actions = readdirSync(path.join(bundles, "actions")).filter((a) =>
    existsSync(path.join(bundles, "actions", a, "dist", "index.js")),
  );

  it("the heavy boundaries' markers find them in the bundles", () => {
    const all = readdirSync(path.join(bundles, "dist", "chunks")).filter((f) => f.endsWith(".js"));
    const text = all.map((f) => readFileSync(path.join(bundles, "dist", "chunks", f), "utf8"));
    for (const [name, re] of Object.entries(HEAVY))
      expect(
        text.some((t) => re.test(t)),
        name,
      ).toBe(true);
  });

  it.each(actions)(
    "%s starts with its entry and a few shared files, under 2 MB of code, none of it a heavy boundary (a backend, a target, a GitHub client, vega, Parquet, ajv, the HDR histogram, Google's auth)",
    (action) => {
      const { atStart } = graph(action);
      const bytes = atStart.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
      expect(bytes).toBeLessThan(2_000_000);
      // scripts/build.mjs's start hub: the entry, its main module, the shared start code, esbuild's helpers, @actions/core.
      expect(atStart.length).toBeLessThanOrEqual(5);
      const loaded = Object.entries(HEAVY)
        .filter(([, re]) => has(atStart, re))
        .map(([name]) => name);
      expect(loaded).toEqual([]);
    },
  );

  it("deploy reaches both, on demand only: in chunks it imports with import(), not at start", () => {
    const { atStart, all } = graph("deploy");
    expect(has(all, S3) && has(all, K8S)).toBe(true);
    expect(has(atStart, S3) || has(atStart, K8S)).toBe(false);
  });
});
