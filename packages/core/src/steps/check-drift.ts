import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, projectEnvironment, projectRegistry, type Project } from "../project.js";
import { assertModelName, parseModelRef } from "../model-id.js";
import type { RegistryAccess } from "../registry/uri.js";
import { datasetDrift, type DriftReport, type StatTest, type Table } from "../drift/check.js";
import { isProfile, readProfileFile, type DatasetProfile } from "../data/profile.js";
import { exists, writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { recordDriftCheck, type DriftHistoryEntry } from "../drift/history.js";
import { readDriftTable, type DriftEngine, type DriftReadOptions } from "../drift/read.js";
import { projectContract } from "../deploy/server-contract.js";
import { fmt, fmtP } from "../report/format.js";
import { driftMarkdown, untested } from "../report/check-drift.js";
import { distributions } from "../drift/distributions.js";
import { driftHtml } from "../report/html/drift.js";
import { runFetchCommand } from "../data/fetch-command.js";
import { commonInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";
import { resolveData } from "../data/remote.js";
import { SpillFolder } from "../drift/spilled.js";
import { type NamedQuery, profileQuery, querySource } from "../sql/query-source.js";
import { loadTableSchema } from "../validate/table-schema.js";

export const checkDriftSpec = {
  name: "check-drift",
  title: "mlship check-drift",
  description: "Compare current data with a reference, column by column, and report dataset drift.",
  inputs: {
    ...commonInputs,
    ...githubTokenInputs,
    reference: {
      description:
        "Reference data, a profile.json saved by validate-data, sql:<name> (a query of data.sql, profiled where the data lives), or a model reference (churn@production: the training data profile registered with the model that environment runs). Default: drift.reference, else that profile of what the environment runs, else data.reference, else data.train",
    },
    current: { description: "Current data file, or sql:<name> (a query of data.sql) (default: drift.current)" },
    columns: { description: "Columns to check (default: all shared columns)", kind: "list" },
    "prediction-column": {
      description: "Model output column, reported as prediction drift (default: drift.prediction-column)",
    },
    "target-column": { description: "Label column, reported as target drift (default: drift.target-column)" },
    stattest: {
      description: "auto (Evidently's defaults) or one test for every column",
      choices: ["auto", "ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div"],
    },
    threshold: { description: "Threshold for the chosen test", kind: "number" },
    engine: {
      description:
        "auto, builtin or duckdb: the engine that reads the reference and current data (default: drift.engine from mlship.yml, else auto: DuckDB for a local CSV, TSV or Parquet file of 256 MiB or more when @duckdb/node-api can be loaded); the report is the same",
      choices: ["auto", "builtin", "duckdb"],
    },
    "drift-share": {
      description: "Share of drifted columns that means dataset drift (default: drift.drift-share)",
      kind: "number",
    },
    model: { description: "Model name for the report and the issue (default: model from mlship.yml)" },
    environment: {
      description:
        "Environment the current data comes from (default: the only one configured, else production); the CLI flag is --env",
    },
    issue: { description: "Open or update one drift issue on GitHub", kind: "boolean", default: "false" },
    retrain: { description: "Dispatch the training workflow on drift (default: drift.retrain)", kind: "boolean" },
    "retrain-workflow": { description: "Workflow file dispatched when retrain is true", default: "ml.yml" },
    "close-issue": {
      description: "Close the drift issue when a later check finds no drift",
      kind: "boolean",
      default: "true",
    },
  },
  outputs: {
    drifted: { description: "true when dataset drift was found" },
    "drift-share": { description: "Share of drifted columns" },
    report: { description: "Path of the JSON report" },
    markdown: { description: "Path of the markdown report" },
    html: {
      description:
        "Path of the drift page (<environment>.html): distributions and scores per column, one self-contained file",
    },
  },
} as const satisfies StepSpec;

export type CheckDriftSettings = Settings<typeof checkDriftSpec>;

export interface DriftExtra {
  /** Undefined when the check skipped (a scheduled run before drift.current is configured). */
  report: DriftReport | undefined;
  markdown: string;
  model: string;
  environment: string;
  /** Dispatch retraining on drift: the `retrain` input, else drift.retrain. */
  retrain: boolean;
}

/** A reference is a dataset, or a profile.json saved by validate-data. */
async function readReference(file: string, opts: DriftReadOptions): Promise<Table | DatasetProfile> {
  if (file.toLowerCase().endsWith(".json")) return readProfileFile(file);
  return readDriftTable(file, opts);
}

/**
 * A query's profile, computed where the data lives: shaped by data.schema when it is a table
 * schema (numeric fields, missing values), as validate-data's profile of the same data is.
 */
async function readQuery(project: Project, q: NamedQuery, host: StepHost): Promise<DatasetProfile> {
  const schemaFile = project.config.data.schema;
  const schema =
    schemaFile && !schemaFile.toLowerCase().endsWith(".json")
      ? await loadTableSchema(path.resolve(project.dir, schemaFile))
      : undefined;
  return (await profileQuery(q, { cwd: project.dir, schema, log: host.log })).profile;
}

/** A model reference (`churn@production`, `churn@v3`) rather than a file: name@something, no such file. */
async function isModelReference(text: string, base: string): Promise<boolean> {
  return /^[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9_-]*$/.test(text) && !(await exists(path.resolve(base, text)));
}

/** The training data profile registered with a model, pulled into the cache (by digest). */
async function registeredProfile(
  project: Project,
  ref: string,
  input: string,
  access: RegistryAccess | undefined,
  required = true,
): Promise<{ file: string; id: string } | undefined> {
  const registry = await projectRegistry(project, undefined, access);
  const id = await registry.resolve(parseModelRef(ref, input));
  const info = await registry.show(id);
  const digest = info.attachments?.["profile.json"];
  if (!digest && !required) {
    return undefined;
  }
  if (!digest)
    throw new UserError(
      `${info.id} (${ref}) was registered without a training data profile (register attaches it from data.train): pass a reference data file instead`,
      { input },
    );
  const file = path.join(project.stateDir, "profiles", `${digest.replace(/^sha256:/, "")}.profile.json`);
  if (!(await exists(file))) await registry.pullAttachment(id, "profile.json", file);
  return { file, id: info.id };
}

/**
 * The reference to compare with: the input, else drift.reference — each a data file, a saved
 * profile, or a model reference whose registered profile is used (`churn@production`: the data
 * the model production runs was trained on) — else, when the registry knows what the model runs
 * in this environment, that model's profile; else data.reference, else data.train.
 */
async function resolveReference(
  project: Project,
  s: CheckDriftSettings,
  env: string,
  host: StepHost,
): Promise<{ reference: string | undefined; label: string | undefined }> {
  const given = s.reference ?? project.config.drift.reference;
  const base = s.reference ? process.cwd() : project.dir;
  const input = s.reference ? "reference" : "drift.reference";
  if (given && (await isModelReference(given, base))) {
    const p = (await registeredProfile(project, given, input, host.registryAccess))!;
    host.log.info(`reference: the training data profile registered with ${p.id} (${given})`);
    return { reference: p.file, label: `${given} (${p.id}, registered profile)` };
  }
  if (given && querySource(project.config, given, input)) return { reference: given, label: given };
  if (given) {
    const file = resolveData(base, given);
    return { reference: file, label: file };
  }
  const name = s.model ?? project.config.model;
  if (name && !project.implicit) {
    const id = await (await projectRegistry(project, undefined, host.registryAccess)).environment(name, env);
    if (id) {
      const ref = `${name}@${env}`;
      const p = await registeredProfile(project, ref, "reference", host.registryAccess, false);
      if (!p) host.log.info(`${ref} was registered without a training data profile: comparing with data.train`);
      if (p) {
        host.log.info(`reference: the training data profile registered with ${p.id} (what ${env} runs)`);
        return { reference: p.file, label: `${ref} (${p.id}, registered profile)` };
      }
    }
  }
  const fallback = project.config.data.reference ?? project.config.data.train;
  if (fallback && querySource(project.config, fallback, "data.reference"))
    return { reference: fallback, label: fallback };
  const file = fallback ? resolveData(project.dir, fallback) : undefined;
  return { reference: file, label: file };
}

/**
 * The check joins the environment's drift history in the registry (what the dashboard draws): a
 * registry that cannot take it (a read-only token) is a warning, not a failed check, since the
 * findings still reach the report and the issue.
 */
async function recordInRegistry(
  project: Project,
  host: StepHost,
  entry: DriftHistoryEntry & { reference?: string },
): Promise<void> {
  try {
    const registry = await projectRegistry(project, undefined, host.registryAccess);
    const { seq } = await recordDriftCheck(registry, {
      ...entry,
      by: host.run?.actor,
      commit: host.run?.commit,
      runUrl: host.run?.runUrl,
    });
    host.log.info(`drift check ${seq} of ${entry.model}@${entry.environment} recorded in ${registry.uri}`);
  } catch (e) {
    host.log.warning(
      `the drift history of ${entry.model}@${entry.environment} could not be recorded in the registry (on GitHub the job needs packages: write for ghcr.io): ${(e as Error).message}`,
    );
  }
}

export async function checkDriftStep(s: CheckDriftSettings, host: StepHost): Promise<StepResult<DriftExtra>> {
  // Columns past the memory budget are spilled to a temp folder, removed whatever happens.
  const spill = new SpillFolder();
  try {
    return await checkDriftWith(s, host, spill);
  } finally {
    spill.remove();
  }
}

async function checkDriftWith(
  s: CheckDriftSettings,
  host: StepHost,
  spill: SpillFolder,
): Promise<StepResult<DriftExtra>> {
  // The name keys the registry's drift history: it follows the one grammar (no '../' escapes the registry).
  if (s.model !== undefined) assertModelName(s.model, "model");
  const project = await loadProject(s.config, { optional: true });
  const d = project.config.drift;
  const fromCfg = (p: string | undefined) => (p ? resolveData(project.dir, p) : undefined);
  const env = projectEnvironment(project, s.environment, "environment", "production");
  const model = s.model ?? project.config.model ?? "model";
  const { reference, label: referenceLabel } = await resolveReference(project, s, env, host);
  const currentText = s.current ?? d.current;
  const currentQuery = currentText
    ? querySource(project.config, currentText, s.current ? "current" : "drift.current")
    : undefined;
  const current = currentQuery ? currentText : s.current ? resolveData(process.cwd(), s.current) : fromCfg(d.current);
  if (!reference)
    throw new UserError("no reference data: pass 'reference' or set drift.reference", { input: "reference" });
  if (!current && host.run?.eventName === "schedule") {
    // A scheduled check of a project that has not said where its current data is yet (mlship init
    // writes the daily caller before that): a notice each day, not a failed run.
    const why = `drift is not configured yet: set drift.current in ${s.config} (the data ${env} saw; drift.current-command fetches it) — this scheduled check skips until then`;
    host.log.notice(why);
    return {
      ok: true,
      outputs: { drifted: "false" },
      summary: `## Drift check skipped\n\n${why}\n`,
      extra: { report: undefined, markdown: why, model, environment: env, retrain: false },
    };
  }
  if (!current) throw new UserError("no current data: pass 'current' or set drift.current", { input: "current" });
  // The command fetches the configured current data; an explicit `current` is used as given.
  if (!s.current && d["current-command"] && !currentQuery) {
    await runFetchCommand(
      d["current-command"],
      {
        cwd: project.dir,
        file: current,
        setting: "drift.current-command",
        fileSetting: "drift.current",
        what: "current data",
      },
      host,
    );
  }
  const read: DriftReadOptions = {
    engine: (s.engine ?? d.engine ?? "auto") as DriftEngine,
    duckdbPath: host.settings.duckdbPath,
    log: host.log,
    spill,
  };
  const referenceQuery = querySource(project.config, reference, "reference");
  const readRef = () => (referenceQuery ? readQuery(project, referenceQuery, host) : readReference(reference, read));
  const readCur = () => (currentQuery ? readQuery(project, currentQuery, host) : readDriftTable(current, read));
  // Files side by side; a query one after the other (each runs the user's client).
  const [ref, cur] = await host.log.group("read reference and current data", async () =>
    referenceQuery || currentQuery ? [await readRef(), await readCur()] : Promise.all([readRef(), readCur()]),
  );
  // The label, the model's output and the id are no features: reported apart, never in the drift share.
  const refColumns = isProfile(ref) ? ref.columns.map((c) => c.name) : ref.columns;
  const curColumns = isProfile(cur) ? cur.columns.map((c) => c.name) : cur.columns;
  const onBothSides = (c: string | undefined) =>
    c && refColumns.includes(c) && curColumns.includes(c) ? c : undefined;
  const ev = project.config.evaluate;
  const contract = await projectContract(project.config, project.dir);
  const idColumns = contract.excluded.filter(
    (c) => ![ev.label, ev.prediction, ev.score, ...ev["sensitive-features"]].includes(c) && !!onBothSides(c),
  );
  const report = datasetDrift(ref, cur, {
    idColumns: (s.columns ?? d.columns) ? [] : idColumns,
    columns: s.columns ?? d.columns,
    stattest: (s.stattest ?? d.stattest) as StatTest | "auto",
    threshold: s.threshold ?? d.threshold,
    driftShare: s["drift-share"] ?? d["drift-share"],
    perColumn: d["per-column"],
    predictionColumn: s["prediction-column"] ?? d["prediction-column"] ?? onBothSides(ev.prediction),
    targetColumn: s["target-column"] ?? d["target-column"] ?? (project.implicit ? undefined : onBothSides(ev.label)),
    // A classifier's outputs and labels are classes, even when they are integers 0, 1, 2, …
    classification: ev.task === "classification" || !!ev["score-columns"] || !!ev.score,
  });
  const outDir = path.join(project.stateDir, "drift");
  const reportPath = path.join(outDir, `${env}.json`);
  const mdPath = path.join(outDir, `${env}.md`);
  // One set of distributions for the page and the comment (which draws the most drifted).
  const dists = isProfile(ref) || isProfile(cur) ? [] : distributions(report, ref, cur);
  const markdown = driftMarkdown(report, model, env, dists);
  const createdAt = new Date().toISOString();
  const json = {
    schema: "mlship/drift/v1" as const,
    model,
    environment: env,
    reference: referenceLabel,
    current,
    createdAt,
    ...report,
    distributions: dists,
  };
  await writeJsonAtomic(reportPath, json);
  await writeFileAtomic(mdPath, markdown);
  const htmlPath = path.join(outDir, `${env}.html`);
  await writeFileAtomic(htmlPath, await driftHtml(json));
  if (!project.implicit)
    await recordInRegistry(project, host, {
      at: createdAt,
      model,
      environment: env,
      drift_share: report.drift_share,
      dataset_drift: report.dataset_drift,
      drifted: report.columns.filter((c) => c.drifted).map((c) => c.column),
      reference: referenceLabel,
    });
  for (const c of report.columns.filter((c) => c.drifted).slice(0, 10))
    host.log.warning(
      `drift in '${c.column}': ${c.stattest} ${fmt(c.statistic)}${c.p_value !== null ? ` (p=${fmtP(c.p_value)})` : ""}`,
    );
  const failure = untested(report)
    ? `none of the ${report.columns.length} column(s) could be tested: ${report.columns.map((c) => `${c.column} (${c.note ?? "not tested"})`).join(", ")}`
    : undefined;
  return {
    // Drift is a finding, not a failure of the step: the workflow decides what to do with `drifted`.
    // A check that tested nothing is a failure: it must not read as "no drift".
    ok: !failure,
    failure,
    outputs: {
      drifted: String(report.dataset_drift),
      "drift-share": String(report.drift_share),
      report: reportPath,
      markdown: mdPath,
      html: htmlPath,
    },
    summary: markdown,
    extra: { report, markdown, model, environment: env, retrain: s.retrain ?? d.retrain },
  };
}

/** The check-drift step: its spec and its run. */
export const checkDrift: Step<typeof checkDriftSpec, DriftExtra> = { spec: checkDriftSpec, run: checkDriftStep };
