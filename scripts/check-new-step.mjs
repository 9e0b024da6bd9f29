// Checks ARCHITECTURE.md's recipe for a new step: one core module plus one line in the list. In a
// temp copy of the repository it writes a dummy step (packages/core/src/steps/say-hello.ts), adds it
// to steps/list.ts, runs `npm run generate` (which must create actions/say-hello/: action.yml and
// src/index.ts + src/main.ts, as every action has), typechecks, bundles every action as
// scripts/build.mjs does for a release, runs the architecture test (module rules, what each action
// loads at start) over that build, runs the action as a process the way a runner does, and runs
// the step through the CLI. Then the recipe for a new registry backend (one module in
// registry/backends/, one line in registry/open.ts's table): a dummy `mem://` backend is
// registered and pushed to and pulled from through the CLI.
// Usage: node scripts/check-new-step.mjs   (exit 0 when all holds; run by .ci/run)
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(path.join(os.tmpdir(), "mlship-new-step-"));
const fail = (msg) => {
  console.error(`check-new-step: ${msg} (temp copy kept in ${tmp})`);
  process.exit(1);
};
const run = (file, args, opts = {}) =>
  execFileSync(file, args, { cwd: tmp, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...opts });

// The sources as git sees them (tracked and untracked, not ignored), without the bundles.
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
  cwd: root,
  encoding: "utf8",
}).split("\0");
for (const f of files.filter((f) => f && !/(^|\/)dist\//.test(f) && existsSync(path.join(root, f)))) {
  mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
  cpSync(path.join(root, f), path.join(tmp, f));
}
// Installed modules are linked, except the workspace packages, which must be the copies.
mkdirSync(path.join(tmp, "node_modules/@mlship"), { recursive: true });
for (const e of readdirSync(path.join(root, "node_modules")))
  if (e !== "@mlship") symlinkSync(path.join(root, "node_modules", e), path.join(tmp, "node_modules", e));
for (const p of ["core", "github", "cli"]) {
  symlinkSync(path.join(tmp, "packages", p), path.join(tmp, "node_modules/@mlship", p));
  const own = path.join(root, "packages", p, "node_modules");
  if (existsSync(own)) symlinkSync(own, path.join(tmp, "packages", p, "node_modules"));
}

// 1. One module.
writeFileSync(
  path.join(tmp, "packages/core/src/steps/say-hello.ts"),
  `import { commonInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { Step } from "./step.js";

export const sayHelloSpec = {
  name: "say-hello",
  title: "mlship say-hello",
  description: "A dummy new step: greets someone.",
  inputs: { ...commonInputs, who: { description: "Whom to greet", required: true }, times: { description: "How often", kind: "number", default: "1" } },
  outputs: { greeting: { description: "The greeting" } },
} as const satisfies StepSpec;

async function greet(s: Settings<typeof sayHelloSpec>, host: StepHost) {
  const greeting = Array.from({ length: s.times }, () => \`hello \${s.who}\`).join(", ");
  host.log.info(greeting);
  return { ok: true, outputs: { greeting }, summary: \`## \${greeting}\\n\`, extra: undefined };
}

export const sayHello: Step<typeof sayHelloSpec, undefined> = { spec: sayHelloSpec, run: greet };
`,
);
// 2. One line in the list (and its import).
const listFile = path.join(tmp, "packages/core/src/steps/list.ts");
let list = readFileSync(listFile, "utf8");
if (!/export const steps = \[([^\]]*)\] as const;/.test(list))
  fail("steps/list.ts has no `export const steps = [...] as const;`");
list =
  `import { sayHello } from "./say-hello.js";\n` +
  list.replace(
    /export const steps = \[([^\]]*)\] as const;/,
    // The list as Biome formats it: on one line, or one step a line with a trailing comma.
    (_, items) => `export const steps = [${items.trimEnd().replace(/,$/, "")}, sayHello] as const;`,
  );
writeFileSync(listFile, list);

// 3. npm run generate creates the action folder.
run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/generate.ts"]);
for (const f of ["actions/say-hello/action.yml", "actions/say-hello/src/index.ts"])
  if (!existsSync(path.join(tmp, f))) fail(`npm run generate did not create ${f}`);
const actionYml = readFileSync(path.join(tmp, "actions/say-hello/action.yml"), "utf8");
if (!/who:\n\s+description: Whom to greet\n\s+required: true/.test(actionYml))
  fail(`action.yml does not declare the 'who' input:\n${actionYml}`);
run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/generate.ts", "--check"]);

// 4. It typechecks and bundles.
run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit"]);
run(process.execPath, ["scripts/build.mjs"]);
if (!existsSync(path.join(tmp, "actions/say-hello/dist/index.js")))
  fail("the build made no actions/say-hello/dist/index.js");

// 4b. The architecture test passes over that build, the new action included (no globalSetup: it
// needs none of the test services).
writeFileSync(
  path.join(tmp, "vitest.check.config.ts"),
  'import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { testTimeout: 300_000 } });\n',
);
let arch = "";
try {
  arch = run(
    process.execPath,
    [
      path.join(root, "node_modules/vitest/vitest.mjs"),
      "run",
      "--config",
      "vitest.check.config.ts",
      "--reporter=verbose",
      "test/architecture.test.ts",
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } },
  );
} catch (e) {
  fail(`the architecture test failed with the new step:\n${e.stdout}${e.stderr}`);
}
if (!/✓ .*say-hello starts with its entry/.test(arch)) fail(`the architecture test did not check say-hello:\n${arch}`);

// 5. The action runs as a process, as a runner starts it: inputs in INPUT_*, outputs to $GITHUB_OUTPUT.
const outFile = path.join(tmp, "github-output.txt");
const summaryFile = path.join(tmp, "step-summary.md");
writeFileSync(outFile, "");
writeFileSync(summaryFile, "");
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  INPUT_WHO: "Ada",
  INPUT_TIMES: "2",
  INPUT_CONFIG: "mlship.yml",
  GITHUB_OUTPUT: outFile,
  GITHUB_STEP_SUMMARY: summaryFile,
};
const actionRun = execFileSync(process.execPath, ["actions/say-hello/dist/index.js"], {
  cwd: tmp,
  env,
  encoding: "utf8",
});
const outputs = readFileSync(outFile, "utf8");
if (!/greeting<<.*\nhello Ada, hello Ada\n/.test(outputs))
  fail(`the action's outputs lack 'greeting=hello Ada, hello Ada':\n${outputs}\n${actionRun}`);
if (!readFileSync(summaryFile, "utf8").includes("## hello Ada, hello Ada")) fail("the action wrote no job summary");
// A missing required input is a user error (exit 1 on a runner, with an annotation).
try {
  execFileSync(process.execPath, ["actions/say-hello/dist/index.js"], {
    cwd: tmp,
    env: { ...env, INPUT_WHO: "" },
    encoding: "utf8",
    stdio: "pipe",
  });
  fail("the action accepted a missing required input");
} catch (e) {
  if (e.status !== 1 || !String(e.stdout).includes("::error") || !String(e.stdout).includes("input 'who' is required"))
    fail(`a missing input should fail with an annotation, got exit ${e.status}:\n${e.stdout}${e.stderr}`);
}

// 6. The CLI has the command too.
const cli = run(process.execPath, [
  path.join(root, "node_modules/tsx/dist/cli.mjs"),
  "packages/cli/src/index.ts",
  "say-hello",
  "--who",
  "Grace",
  "--json",
]);
// The step logs its greeting, then --json prints the outputs.
if (JSON.parse(cli.slice(cli.indexOf("{\n"))).outputs?.greeting !== "hello Grace")
  fail(`the CLI's say-hello printed ${cli}`);

// 7. A new registry backend: one module, one line in registry/open.ts's table.
checkNewBackend();

rmSync(tmp, { recursive: true, force: true });
console.log(
  "check-new-step: a new step (one module, one list line) generated actions/say-hello/, bundled, passed the architecture test, ran as an action and as a CLI command; a new registry backend (one module, one table line) registered, pushed and pulled",
);

/**
 * ARCHITECTURE.md's recipe for a new registry backend: one module in registry/backends/ exporting
 * `usage` and `openRegistry`, one line in registry/open.ts's BACKENDS table. A dummy `mem://`
 * backend (records and blobs in maps) must typecheck, be opened by its URI, take a push and give it
 * back on pull, and be named in the message for an unknown scheme.
 */
function checkNewBackend() {
  writeFileSync(
    path.join(tmp, "packages/core/src/registry/backends/mem.ts"),
    `import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ModelRegistry } from "../model-registry.js";
import type { Registry, RegistryBackend } from "../types.js";
import type { RegistryLocation } from "../uri.js";

class MemBackend implements RegistryBackend {
  private readonly records = new Map<string, unknown>();
  private readonly blobs = new Map<string, Buffer>();
  constructor(readonly uri: string) {}
  stagingDir() { return mkdtemp(path.join(os.tmpdir(), "mem-registry-")); }
  async putBlob(_name: string, digest: string, _size: number, file: string) {
    if (!this.blobs.has(digest)) this.blobs.set(digest, await readFile(file));
  }
  async openBlob(_name: string, digest: string) {
    const b = this.blobs.get(digest);
    return b && (async function* () { yield b; })();
  }
  async createRecord(key: string, value: unknown) {
    if (this.records.has(key)) return false;
    this.records.set(key, structuredClone(value));
    return true;
  }
  async readRecord(key: string) { return structuredClone(this.records.get(key)); }
  async writeRecord(key: string, value: unknown) { this.records.set(key, structuredClone(value)); }
  async listRecords(dir: string) { return [...this.records.keys()].filter((k) => k.startsWith(\`\${dir}/\`)); }
  async collectGarbage() { return undefined; }
}

export const usage = "mem://<name>";

export function openRegistry(loc: RegistryLocation): Registry {
  return new ModelRegistry(new MemBackend(loc.uri));
}
`,
  );
  const openFile = path.join(tmp, "packages/core/src/registry/open.ts");
  const open = readFileSync(openFile, "utf8");
  const line = /( *)s3: \(\) => import\("\.\/backends\/s3\.js"\),\n/;
  if (!line.test(open)) fail("registry/open.ts's BACKENDS table has no s3 line to add a backend after");
  writeFileSync(
    openFile,
    open.replace(line, (l, indent) => `${l}${indent}mem: () => import("./backends/mem.js"),\n`),
  );
  run(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit"]);
  mkdirSync(path.join(tmp, "mem-model"), { recursive: true });
  writeFileSync(path.join(tmp, "mem-model/weights.txt"), "0.5 0.25\n");
  writeFileSync(
    path.join(tmp, "check-mem-backend.ts"),
    `import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openRegistry } from "./packages/core/src/registry/open.ts";
const registry = await openRegistry("mem://check");
const pushed = await registry.push({ name: "churn", dir: "mem-model", metadata: { creator: "check" } });
const dest = await mkdtemp(path.join(os.tmpdir(), "mem-pull-"));
const info = await registry.pull(pushed.id, dest);
const back = await readFile(path.join(dest, "weights.txt"), "utf8");
const unknown = await openRegistry("nope://x").then(() => "", (e: Error) => e.message);
console.log(JSON.stringify({ id: info.id, digest: info.digest === pushed.digest, back, unknown }));
`,
  );
  const out = JSON.parse(
    run(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "check-mem-backend.ts"]),
  );
  if (out.id !== "churn@v1" || !out.digest || out.back !== "0.5 0.25\n")
    fail(`the mem:// backend did not give back what was pushed: ${JSON.stringify(out)}`);
  if (!out.unknown.includes("mem://<name>")) fail(`an unknown scheme's message does not list mem://: ${out.unknown}`);
}
