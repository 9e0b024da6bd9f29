import { promises as fs } from "node:fs";
import path from "node:path";
import { Document, stringify, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";
import { UserError } from "../errors.js";
import { configSchema } from "../config/schema.js";
import { parseYamlWith } from "../config/parse-yaml.js";
import { isValidModelName } from "../model-id.js";
import { exists, writeFileAtomic } from "../util/fs-atomic.js";
import { validateTable } from "../validate/validate.js";
import { tableSchemaSchema, type FieldSchema } from "../validate/table-schema.js";
import type { ColumnProfile } from "../data/profile.js";
import { WORKFLOW_CALLERS } from "./workflow-callers.js";
import { MAX_CLASSES } from "../evaluate/gates.js";

export interface InitOptions {
  dir: string;
  /** The training data, relative to `dir` (default data/train.csv). */
  data: string;
  label?: string;
  name?: string;
  force: boolean;
  /** Train on a GPU: train.gpu required and the train callers on `["self-hosted","gpu"]` (default: GitHub-hosted `ubuntu-latest`). */
  gpu?: boolean;
}

export interface InitResult {
  written: string[];
  label: string;
  task: "classification" | "regression";
  features: string[];
  primaryKey: string | undefined;
  next: string[];
  /** The git work tree's root when it is not `dir` (the workflow callers are written there, where GitHub reads them). */
  gitRoot?: string;
}

/** The root of the git work tree holding `dir` (the nearest folder up with a .git entry), if any. */
async function gitRootOf(dir: string): Promise<string | undefined> {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (await exists(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** What init keeps out of git: mlship's local state, the dashboard's output, installed packages. */
const GITIGNORE: [RegExp, string, string][] = [
  [/^\/?\.mlship\/?$/, ".mlship/", "mlship's local state: runs, registry cache, deployments"],
  [/^\/?site\/?$/, "site/", "the dashboard mlship builds (mlship dashboard --out site)"],
  [/^\/?node_modules\/?$/, "node_modules/", "npm's packages (npx mlship)"],
];

/** Categorical text columns with at most this many values get an enum. */
const ENUM_MAX = 20;
const LABEL_NAMES = /^(label|target|y|class|outcome)$/i;
const ID_NAMES = /(^id$|_id$|^id_|uuid|^key$)/i;

/** The column `init` takes as the label: --label, else one named like a label, else the last. */
function chooseLabel(columns: string[], given: string | undefined, file: string): string {
  if (given) {
    if (!columns.includes(given))
      throw new UserError(`--label '${given}' is not a column of ${file} (columns: ${columns.join(", ")})`, {
        input: "label",
      });
    return given;
  }
  return columns.find((c) => LABEL_NAMES.test(c)) ?? columns[columns.length - 1];
}

/** A primary key: a complete, unique text or integer column, preferring one named like an id (a unique float is a measurement, not a key). */
function choosePrimaryKey(cols: ColumnProfile[], rows: number, label: string): string | undefined {
  const unique = cols.filter(
    (c) =>
      c.name !== label &&
      c.nulls === 0 &&
      !c.distinctCapped &&
      c.distinct === rows &&
      rows > 1 &&
      (c.inferredType === "string" || c.inferredType === "integer"),
  );
  return (unique.find((c) => ID_NAMES.test(c.name)) ?? unique.find((c) => c.inferredType === "string"))?.name;
}

/** Table Schema field for one profiled column: type, required, observed range, enum for small categoricals. */
function fieldOf(c: ColumnProfile, isLabel: boolean): FieldSchema {
  const constraints: FieldSchema["constraints"] = {};
  if (c.nulls === 0) constraints.required = true;
  let type: FieldSchema["type"] = "string";
  const smallSet = !!c.counts && c.distinct <= ENUM_MAX;
  switch (c.inferredType) {
    case "integer":
    case "number":
      type = c.inferredType;
      if (isLabel && smallSet)
        constraints.enum = Object.keys(c.counts!)
          .map(Number)
          .sort((a, b) => a - b);
      else if (c.min !== undefined && c.max !== undefined)
        Object.assign(constraints, { minimum: c.min, maximum: c.max });
      break;
    case "boolean":
      type = "boolean";
      break;
    case "date":
      type = "date";
      break;
    default:
      if (smallSet && c.distinct < (c.count - c.nulls) / 2) {
        type = "categorical";
        constraints.enum = Object.keys(c.counts!).sort();
      }
  }
  return { name: c.name, type, constraints } as FieldSchema;
}

function modelNameFor(dir: string, given: string | undefined): string {
  if (given) {
    if (!isValidModelName(given))
      throw new UserError(
        `--name '${given}': use lowercase letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 chars`,
        { input: "name" },
      );
    return given;
  }
  const slug = path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .slice(0, 64);
  return isValidModelName(slug) ? slug : "model";
}

/** The script production's `target: command` runs (init writes a placeholder that fails saying what to write). */
const DEPLOY_SCRIPT = "deploy.sh";
const deployScript = `#!/bin/sh
# ${DEPLOY_SCRIPT}: how production gets a model (mlship.yml: deploy.environments.production, target: command).
# mlship runs it on the deploy job's runner, without a shell, with MLSHIP_MODEL_ID, MLSHIP_MODEL_PATH (the
# model's files), MLSHIP_MODEL_DIGEST, MLSHIP_ENVIRONMENT and MLSHIP_PREVIOUS_MODEL_ID; exit 0 = deployed.
# A credential: the repository secret MLSHIP_DEPLOY_TOKEN, listed under the environment's pass-env.
# README, "Deploying". Replace the two lines below.
echo "${DEPLOY_SCRIPT} is mlship init's placeholder: write how $MLSHIP_MODEL_ID reaches $MLSHIP_ENVIRONMENT (README, Deploying)" >&2
exit 1
`;

/** `text` with `from` replaced once; the examples changed under init when it is not there (a bug). */
function replaceOnce(text: string, file: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`init: examples/workflows/${file} no longer holds '${from}'`);
  return text.replace(from, () => to);
}

/**
 * The example callers fitted to the config init writes, so that each runs as written: training on
 * a GitHub-hosted runner unless the user asked for a GPU (a self-hosted label with no runner
 * behind it waits a day, then fails), the setup command only when requirements.txt exists, the
 * rollback dropdown listing the config's environments, and drift fetching nothing until
 * drift.current is set (the check skips with a notice meanwhile).
 */
function fitCallers(
  callers: Record<string, string>,
  o: { gpu: boolean; requirements: boolean; rollback: string[] },
): Record<string, string> {
  const out = { ...callers };
  const gpuLabel = `runs-on: '["self-hosted","gpu"]'`;
  for (const f of ["ml.yml", "sweep.yml"]) {
    if (!o.gpu)
      out[f] = replaceOnce(
        out[f],
        f,
        gpuLabel,
        `runs-on: '["ubuntu-latest"]' # a GPU runner: '["self-hosted","gpu"]' (mlship init --gpu)`,
      );
    if (!o.requirements) {
      const setup = "setup-command: pip install -r requirements.txt";
      out[f] = replaceOnce(out[f], f, setup, `# ${setup} # once you have one`);
    }
  }
  out["rollback.yml"] = replaceOnce(
    out["rollback.yml"],
    "rollback.yml",
    "options: [production, staging]",
    `options: [${o.rollback.join(", ")}] # deploy.environments in mlship.yml`,
  );
  const fetch = "      command: python fetch_last_day.py --out data/current.csv\n";
  out["drift.yml"] = replaceOnce(
    out["drift.yml"],
    "drift.yml",
    fetch,
    "      # command: python3 fetch_current.py # or drift.current-command in mlship.yml; writes drift.current\n",
  );
  return out;
}

/**
 * Writes a new project's mlship.yml, data/schema.yml (inferred from the data), the GitHub
 * workflow callers and a .gitignore entry. Refuses to overwrite any of them without `force`
 * (nothing is written then).
 */
export async function initProject(o: InitOptions): Promise<InitResult> {
  const dataFile = path.resolve(o.dir, o.data);
  if (!(await exists(dataFile)))
    throw new UserError(`no data at ${o.data}: pass --data <your training data> (CSV, TSV, JSONL or Parquet)`, {
      input: "data",
    });
  const rel = (p: string) => path.relative(o.dir, p).split(path.sep).join("/");
  const schemaRel = rel(path.join(path.dirname(dataFile), "schema.yml"));
  const targets: Record<string, string> = {};

  const testFile = path.join(path.dirname(dataFile), `test${path.extname(dataFile)}`);
  const hasTest = testFile !== dataFile && (await exists(testFile));
  // Ranges and categories from every dataset the pipeline validates (train and test together).
  const result = await validateTable(hasTest ? [dataFile, testFile] : [dataFile], undefined);
  const cols = result.profile.columns;
  const label = chooseLabel(result.columns, o.label, o.data);
  const labelCol = cols.find((c) => c.name === label)!;
  const numeric = labelCol.inferredType === "number" || labelCol.inferredType === "integer";
  const classification =
    !!labelCol.counts && (labelCol.distinct <= 20 || !numeric) && labelCol.inferredType !== "number";
  // A task mlship cannot gate is refused here, before anything trains: text labels with more classes
  // than evaluation gates, a label with one value.
  if (!numeric && !(classification && labelCol.distinct <= MAX_CLASSES))
    throw new UserError(
      `label '${label}' has ${labelCol.distinctCapped ? "about " : ""}${labelCol.distinct} distinct values that are not numbers: mlship gates classification up to ${MAX_CLASSES} classes and regression on numbers`,
      { input: "label", file: o.data },
    );
  if (labelCol.distinct < 2)
    throw new UserError(`label '${label}' has a single value in ${o.data}: there is nothing to predict`, {
      input: "label",
      file: o.data,
    });
  const task = classification ? "classification" : "regression";
  const primaryKey = choosePrimaryKey(cols, result.rows, label);
  const features = result.columns.filter((c) => c !== label && c !== primaryKey);

  const schema = {
    fields: cols.map((c) => fieldOf(c, c.name === label)),
    ...(primaryKey ? { primaryKey } : {}),
    rows: { min: 1 },
  };
  tableSchemaSchema.parse(schema); // what we write must be what validate-data accepts
  targets[schemaRel] =
    `# Table Schema inferred by \`mlship init\` from ${hasTest ? `${o.data} and ${rel(testFile)}` : o.data} (${result.rows} rows): types, required columns,\n` +
    `# the observed ranges and the values of small categorical columns. Widen ranges new data may go beyond.\n` +
    `# Keys mlship accepts: README, "The Table Schema subset".\n` +
    stringify(schema, { lineWidth: 0 });

  const positive = classification ? Object.keys(labelCol.counts!).sort().at(-1) : undefined;
  const binary = classification && labelCol.distinct === 2;
  const multiclass = classification && !binary;
  // Written with the yaml library, column names as data: a name like `revenue, usd`, `[ ]` or one
  // holding a newline stays one name (string concatenation split or broke them).
  const config = new Document({
    model: modelNameFor(o.dir, o.name),
    data: { train: o.data, ...(hasTest ? { test: rel(testFile) } : {}), schema: schemaRel },
    train: { command: "python3 train.py", params: {}, gpu: o.gpu ? "required" : "optional" },
    evaluate: {
      label,
      task,
      ...(binary ? { "positive-label": isNaN(Number(positive)) ? positive : Number(positive), score: "score" } : {}),
      ...(multiclass ? { "score-columns": "proba_*" } : {}),
      features,
      gates: classification
        ? [
            "accuracy >= 0.7",
            ...(binary ? ["roc_auc >= baseline.roc_auc - 0.02"] : []),
            ...(multiclass ? ["f1_macro >= baseline.f1_macro - 0.02"] : []),
          ]
        : ["r2 >= 0.3", "rmse <= baseline.rmse + 0.0"],
      load: { rate: 20, duration: "3s", thresholds: ["p(99)<500", "rate<0.01"] },
    },
    // local: `mlship run --env local` on this machine. production: a target that runs on a GitHub-hosted
    // runner (the local target is refused there), through deploy.sh, which fails saying what to write.
    deploy: {
      "serve-command": "python3 serve.py",
      environments: { local: { target: "local" }, production: { target: "command", command: `sh ${DEPLOY_SCRIPT}` } },
    },
    drift: { reference: o.data, "target-column": label },
  });
  config.commentBefore =
    " yaml-language-server: $schema=https://raw.githubusercontent.com/mlship/mlship/main/schemas/mlship.schema.json";
  const node = (keys: string[]) => config.getIn(keys, true) as Scalar | YAMLSeq | YAMLMap;
  const keyOf = (keys: string[]) =>
    (config.getIn(keys.slice(0, -1), true) as YAMLMap).items.find((p) => (p.key as Scalar).value === keys.at(-1))!
      .key as Scalar;
  if (!hasTest)
    keyOf(["data", "schema"]).commentBefore =
      " test: data/test.csv            # a held-out set your train command predicts on";
  node(["train", "command"]).comment = ' the training contract: README, "The training contract"';
  (node(["train", "params"]) as YAMLMap).flow = true;
  if (binary) node(["evaluate", "score"]).comment = " the predictions file's probability column";
  if (multiclass) node(["evaluate", "score-columns"]).comment = " one probability column per class: proba_<class>";
  const featureList = node(["evaluate", "features"]) as YAMLSeq;
  featureList.flow = true;
  featureList.comment = " what POST /predict receives";
  keyOf(["evaluate", "gates"]).commentBefore = " sensitive-features: [column]   # bias metrics by group";
  (node(["evaluate", "load", "thresholds"]) as YAMLSeq).flow = true;
  node(["deploy", "serve-command"]).comment = ' the server contract: README, "The model server contract"';
  (node(["deploy", "environments", "local"]) as YAMLMap).flow = true;
  (node(["deploy", "environments", "production"]) as YAMLMap).flow = true;
  node([
    "deploy",
    "environments",
    "production",
  ]).comment = ` write ${DEPLOY_SCRIPT}; add pass-env: [MLSHIP_DEPLOY_TOKEN] for the secret it needs`;
  keyOf(["drift", "target-column"]).commentBefore =
    " current: data/current.csv       # the data production saw; until set, the scheduled drift check skips\n" +
    " current-command: python3 fetch_current.py   # writes it (MLSHIP_DATA_TOKEN in its environment)";
  targets["mlship.yml"] = config.toString({ lineWidth: 0 });
  parseYamlWith(targets["mlship.yml"], "mlship.yml", configSchema); // checked like any user's config
  // GitHub reads workflows from the repository's root only: in a subfolder of a git work tree they go there.
  const root = await gitRootOf(o.dir);
  const sub = root && path.resolve(root) !== path.resolve(o.dir) ? root : undefined;
  const workflows = sub ? rel(path.join(sub, ".github/workflows")) : ".github/workflows";
  const environments = Object.entries(
    (config.toJS() as { deploy: { environments: Record<string, { target: string }> } }).deploy.environments,
  );
  const callers = fitCallers(WORKFLOW_CALLERS, {
    gpu: Boolean(o.gpu),
    requirements: await exists(path.join(o.dir, "requirements.txt")),
    // The rollback dropdown: the environments a workflow can deploy (not local: a hosted runner refuses it).
    rollback: environments.filter(([, e]) => e.target !== "local").map(([name]) => name),
  });
  for (const [name, text] of Object.entries(callers)) targets[`${workflows}/${name}`] = text;
  targets[DEPLOY_SCRIPT] = deployScript;

  const existing = [];
  for (const t of Object.keys(targets)) if (await exists(path.join(o.dir, t))) existing.push(t);
  if (existing.length && !o.force)
    throw new UserError(
      `${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}: nothing written (pass --force to overwrite)`,
      { input: "force" },
    );
  for (const [t, text] of Object.entries(targets)) await writeFileAtomic(path.join(o.dir, t), text);
  const written = Object.keys(targets);

  const gitignore = path.join(o.dir, ".gitignore");
  const current = await fs.readFile(gitignore, "utf8").catch(() => "");
  const ignored = current.split(/\r?\n/).map((l) => l.trim());
  const missing = GITIGNORE.filter(([re]) => !ignored.some((l) => re.test(l)));
  if (missing.length) {
    await writeFileAtomic(
      gitignore,
      `${current}${current && !current.endsWith("\n") ? "\n" : ""}${missing.map(([, entry, why]) => `# ${why}\n${entry}\n`).join("")}`,
    );
    written.push(".gitignore");
  }
  const next = [
    `write train.py (reads $MLSHIP_DATA_TRAIN${hasTest ? ", $MLSHIP_DATA_TEST" : ""}; writes the model to $MLSHIP_OUTPUT_DIR and test predictions — label, ${binary ? "score, " : multiclass ? "proba_<class> per class, " : ""}prediction and the feature columns — to $MLSHIP_PREDICTIONS_FILE)`,
    'write serve.py (POST /predict {"rows": [...]} → {"predictions": [{' +
      (binary ? '"score": …, ' : "") +
      '"prediction": …}]}; GET /healthz)',
    "npx mlship validate-data",
    "npx mlship run --env local",
    `write ${DEPLOY_SCRIPT}: how production gets a model (until then the deploy workflow fails there, saying so)`,
  ];
  if (o.gpu)
    next.push(
      'the callers train on ["self-hosted","gpu"]: a pull request runs its own workflow files, so on a public repository a fork can add a job on that runner — keep the repository private, or limit the runner group to selected workflows and require approval of runs from outside collaborators (README, "On GitHub")',
    );
  if (sub) {
    const project = path.relative(sub, o.dir).split(path.sep).join("/");
    next.push(
      `the workflow callers are in ${path.join(sub, ".github/workflows")} (GitHub reads workflows only at the repository's root) and read mlship.yml at that root: ` +
        `give each reusable workflow \`with: { config: ${project}/mlship.yml }\` and watch ${project}/deploy/*.yml in deploy.yml`,
    );
  }
  return { written, label, task, features, primaryKey, next, ...(sub ? { gitRoot: sub } : {}) };
}
