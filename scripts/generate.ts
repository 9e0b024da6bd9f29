/**
 * Writes the files derived from the code (CI fails when they are stale):
 *   schemas/*.schema.json    from the zod schemas
 *   actions/<step>/action.yml from the step input/output declarations
 *   packages/core/src/config/default-config.ts: mlship.yml's defaults (configSchema.parse({}))
 * and, once, for a step that has no action folder yet, actions/<step>/src/index.ts (the action
 * entry; edit it to add GitHub side effects). The steps come from the one list in core's steps/list.ts.
 * Usage: tsx scripts/generate.ts [--check]  (--check: exit 1 when a file would change)
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import * as z from "zod";
import { configJsonSchema, configSchema } from "../packages/core/src/config/schema.js";
import { deployFileSchema } from "../packages/core/src/deploy/deploy-file.js";
import {
  driftCheckSchema,
  modelMetadataSchema,
  performanceCheckSchema,
  registryEventSchema,
} from "../packages/core/src/registry/types.js";
import type { StepSpec } from "../packages/core/src/steps/inputs.js";
import { stepSpecs } from "../packages/core/src/steps/list.js";
import { lineageSchema } from "../packages/core/src/train/lineage.js";
import { tableSchemaSchema } from "../packages/core/src/validate/table-schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function jsonSchema(id: string, title: string, schema: z.ZodType): Record<string, unknown> {
  return {
    $id: `https://raw.githubusercontent.com/mlship/mlship/main/schemas/${id}`,
    title,
    ...(z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>),
  };
}

function actionYaml(spec: StepSpec): string {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, i] of Object.entries(spec.inputs)) {
    const choices = i.choices ? ` One of: ${i.choices.join(", ")}.` : "";
    inputs[name] = {
      description: i.description + choices,
      required: Boolean(i.required),
      ...(i.default !== undefined ? { default: i.default } : {}),
    };
  }
  const outputs = Object.fromEntries(Object.entries(spec.outputs).map(([k, o]) => [k, { description: o.description }]));
  const doc = {
    name: spec.title,
    description: spec.description,
    author: "mlship",
    branding: { icon: "package", color: "purple" },
    inputs,
    outputs,
    runs: { using: "node24", main: "dist/index.js" },
  };
  return `# Generated from packages/core/src/steps/${spec.name}.ts by \`npm run generate\`; do not edit.\n${stringify(doc, { lineWidth: 0 })}`;
}

export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const json = (v: unknown) => JSON.stringify(v, null, 2) + "\n";
  files.set("schemas/mlship.schema.json", json(configJsonSchema()));
  files.set(
    "schemas/table-schema.schema.json",
    json(jsonSchema("table-schema.schema.json", "mlship table schema (data/schema.yml)", tableSchemaSchema)),
  );
  files.set(
    "schemas/deploy-file.schema.json",
    json(jsonSchema("deploy-file.schema.json", "mlship deploy file (deploy/<env>.yml)", deployFileSchema)),
  );
  files.set(
    "schemas/model-metadata.schema.json",
    json(
      jsonSchema(
        "model-metadata.schema.json",
        "mlship model version metadata (mlship models show --json)",
        modelMetadataSchema,
      ),
    ),
  );
  files.set(
    "schemas/registry-event.schema.json",
    json(
      jsonSchema(
        "registry-event.schema.json",
        "mlship registry event (an environment's deploy, rollback, quarantine and release log)",
        registryEventSchema,
      ),
    ),
  );
  files.set(
    "schemas/drift-check.schema.json",
    json(
      jsonSchema(
        "drift-check.schema.json",
        "mlship drift check (an environment's drift history in the registry)",
        driftCheckSchema,
      ),
    ),
  );
  files.set(
    "schemas/performance-check.schema.json",
    json(
      jsonSchema(
        "performance-check.schema.json",
        "mlship performance check (an environment's production quality history in the registry)",
        performanceCheckSchema,
      ),
    ),
  );
  files.set(
    "schemas/lineage.schema.json",
    json(jsonSchema("lineage.schema.json", "mlship training lineage (lineage.json)", lineageSchema)),
  );
  for (const spec of stepSpecs) files.set(`actions/${spec.name}/action.yml`, actionYaml(spec));
  for (const spec of stepSpecs) files.set(`actions/${spec.name}/src/index.ts`, ACTION_INDEX);
  // A step used without mlship.yml takes these defaults without building the zod schemas (bench/startup.ts).
  files.set(
    "packages/core/src/config/default-config.ts",
    [
      "// Generated from config/schema.ts by `npm run generate`; do not edit.",
      'import type { MlshipConfig } from "./schema.js";',
      "",
      "/** configSchema.parse({}): the configuration of a project without mlship.yml. */",
      `export const DEFAULT_CONFIG: MlshipConfig = ${JSON.stringify(configSchema.parse({}), null, 2)};`,
      "",
    ].join("\n"),
  );
  // `mlship init` writes the workflow callers; they are bundled from examples/workflows (one source).
  const callers: Record<string, string> = {};
  for (const f of (await fs.readdir(path.join(root, "examples/workflows"))).filter((f) => f.endsWith(".yml")).sort())
    callers[f] = await fs.readFile(path.join(root, "examples/workflows", f), "utf8");
  files.set(
    "packages/core/src/init/workflow-callers.ts",
    `// Generated from examples/workflows by \`npm run generate\`; do not edit.\nexport const WORKFLOW_CALLERS: Record<string, string> = ${JSON.stringify(callers, null, 2)};\n`,
  );
  return files;
}

/** The step module's export: validate-data → validateData. */
const stepExport = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Every action's entry, the same file in each (a generated file: `generate --check` keeps them equal).
 * It enables the compile cache before anything else loads, then imports the action's main module
 * with import(): the build and test/architecture.test.ts count that module as the action's start.
 */
const ACTION_INDEX = `// Generated by \`npm run generate\` (scripts/generate.ts); do not edit: the action's work is in main.ts.
import module from "node:module";

// Node ≥ 22.1 (actions run on node24) keeps the code it compiles on disk, so a later mlship step
// on the same runner compiles none of the shared chunks again; the action is imported after that.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import("./main.js");
await run();
`;

/** The main module of a new step's action: runs the step, no GitHub side effects (edit it to add some). */
function actionMain(spec: StepSpec): string {
  const step = stepExport(spec.name);
  return [
    `// Written once by \`npm run generate\` for packages/core/src/steps/${spec.name}.ts; edit it to add GitHub side effects.`,
    "// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).",
    `import { ${step} } from "@mlship/core/steps/${spec.name}";`,
    `import { runAction } from "@mlship/github/run-action";`,
    ``,
    `export function run(): Promise<void> {`,
    `  return runAction(${step}.spec, ${step}.run);`,
    `}`,
    ``,
  ].join("\n");
}

/** Files written only when missing (a step new since the last run). */
function scaffoldFiles(): Map<string, string> {
  return new Map(stepSpecs.map((spec) => [`actions/${spec.name}/src/main.ts`, actionMain(spec)]));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [rel, content] of await generatedFiles()) {
    const file = path.join(root, rel);
    const current = await fs.readFile(file, "utf8").catch(() => undefined);
    if (current === content) continue;
    if (check) {
      console.error(`stale: ${rel} (run npm run generate)`);
      stale++;
    } else {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
      console.log(`wrote ${rel}`);
    }
  }
  for (const [rel, content] of scaffoldFiles()) {
    const file = path.join(root, rel);
    if (
      await fs.stat(file).then(
        () => true,
        () => false,
      )
    )
      continue;
    if (check) {
      console.error(`missing: ${rel} (run npm run generate)`);
      stale++;
    } else {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, content);
      console.log(`wrote ${rel} (the new step's action, to edit)`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
