import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, projectEnvironment, projectRegistry, type Project } from "../project.js";
import { assertModelName, formatModelId, type ModelId } from "../model-id.js";
import type { Registry } from "../registry/types.js";
import { checkGatesForTask, evaluateGate, parseGate, type GateResult } from "../evaluate/gates.js";
import { computeQuality, type QualityResult } from "../evaluate/evaluate.js";
import type { Command } from "../config/schema.js";
import { joinOnId, readKeyed, writeCsv, type Keyed } from "../performance/join.js";
import { compareGroups, compareWithRegistered, perRowOutcome, type GroupComparison } from "../performance/compare.js";
import type { CbpeSection, PerformanceMetric, PerformanceReport } from "../performance/report.js";
import {
  CBPE_METRICS,
  CBPE_MULTICLASS_METRICS,
  applyCalibrationMulticlass,
  applyIsotonic,
  checkCalibration,
  checkCalibrationMulticlass,
  estimatePerformance,
  estimatePerformanceMulticlass,
} from "../performance/cbpe.js";
import { expandFiles } from "../data/expand-files.js";
import { readColumnar } from "../data/read-columnar.js";
import { runFetchCommand } from "../data/fetch-command.js";
import { durationMs } from "../config/duration.js";
import { finiteMetrics } from "../train/metrics-file.js";
import { exists, writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { performanceMarkdown } from "../report/check-performance.js";
import { matchScoreColumns } from "../evaluate/score-columns.js";
import { sortClasses } from "../evaluate/multiclass.js";
import { commonInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const checkPerformanceSpec = {
  name: "check-performance",
  title: "mlship check-performance",
  description:
    "Join what an environment's model served with the labels that arrived, and test its quality against its registered evaluation.",
  inputs: {
    ...commonInputs,
    ...githubTokenInputs,
    environment: {
      description:
        "Environment whose served predictions are checked; the model it serves comes from the registry's record (default: the only one configured, else production); the CLI flag is --env",
    },
    predictions: {
      description:
        "What the model served: a file or glob with the id, the prediction and the score or class probabilities (default: performance.predictions, written first by performance.predictions-command)",
    },
    labels: {
      description:
        "The ground truth as it arrives: a file or glob with the id and the label (default: performance.labels, written first by performance.labels-command)",
    },
    "id-column": { description: "Column joining predictions and labels (default: performance.id-column, else id)" },
    "label-column": {
      description: "Label column of the labels (default: performance.label-column, else evaluate.label)",
    },
    window: {
      description:
        "Only predictions served this long before now, like 12h or 7d (default: performance.window, else all)",
    },
    gates: {
      description:
        'Gates separated by ";" or new lines, e.g. "accuracy >= registered.accuracy - 0.02", decided "not significantly worse" (default: performance.gates, else the headline metric not significantly worse than registered)',
    },
    model: { description: "Model name (default: model from mlship.yml)" },
    issue: { description: "Open or update one performance issue on GitHub", kind: "boolean", default: "false" },
    retrain: {
      description: "Dispatch the training workflow on degradation (default: performance.retrain)",
      kind: "boolean",
    },
    "retrain-workflow": { description: "Workflow file dispatched when retrain is true", default: "ml.yml" },
    "close-issue": {
      description: "Close the performance issue when a later check finds no degradation",
      kind: "boolean",
      default: "true",
    },
  },
  outputs: {
    degraded: { description: "true when a gate found production quality significantly worse" },
    "model-id": { description: "The version the environment serves (name@vN)" },
    labelled: { description: "Served rows that labels reached (the rows the metrics are computed on)" },
    report: { description: "Path of the JSON report" },
    markdown: { description: "Path of the markdown report" },
  },
} as const satisfies StepSpec;

type CheckPerformanceSettings = Settings<typeof checkPerformanceSpec>;

export interface PerformanceExtra {
  report: PerformanceReport;
  markdown: string;
  model: string;
  environment: string;
  retrain: boolean;
}

/** Gate texts from the input: separated by ";" or new lines. */
function splitGates(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((g) => g.trim())
    .filter(Boolean);
}

/** The task's headline metric, not significantly worse than at registration. */
function defaultGates(task: string): string[] {
  return task === "regression" ? ["rmse <= registered.rmse"] : ["accuracy >= registered.accuracy"];
}

/** Files of one side: the input (relative to the working folder), else the config's (relative to the project), its command run first. */
async function sideFiles(
  project: Project,
  host: StepHost,
  o: { given?: string; configured?: string; command?: Command; input: string; what: string },
): Promise<string[] | undefined> {
  if (o.given) return expandFiles([o.given], process.cwd(), o.input);
  if (!o.configured) return undefined;
  const glob = /[*?[{]/.test(o.configured);
  if (o.command)
    await runFetchCommand(
      o.command,
      {
        cwd: project.dir,
        file: glob ? undefined : path.resolve(project.dir, o.configured),
        setting: `performance.${o.input}-command`,
        fileSetting: `performance.${o.input}`,
        what: o.what,
      },
      host,
    );
  return expandFiles([o.configured], project.dir, `performance.${o.input}`);
}

/**
 * The registered evaluation's predictions (predictions.csv recorded at registration), pulled into
 * the cache by digest; read like production's rows. It comes from the registry: untrusted input,
 * a file that cannot be read is an error naming the version and the registry.
 */
async function registeredQuality(
  project: Project,
  registry: Registry,
  id: ModelId,
  digest: string | undefined,
  opts: Omit<Parameters<typeof computeQuality>[0], "predictions">,
): Promise<{ q: QualityResult; file: string } | undefined> {
  if (!digest) return undefined;
  const file = path.join(
    project.stateDir,
    "performance",
    "registered",
    `${digest.replace(/^sha256:/, "")}.predictions.csv`,
  );
  if (!(await exists(file))) await registry.pullAttachment(id, "predictions.csv", file);
  try {
    return { q: await computeQuality({ ...opts, predictions: file }), file };
  } catch (e) {
    if (e instanceof UserError)
      throw new UserError(
        `the evaluation recorded with ${formatModelId(id)} in ${registry.uri} (predictions.csv) cannot be read as this project's predictions: ${e.message}`,
        { input: "environment" },
      );
    throw e;
  }
}

/** Group column per row of a predictions file (categorical codes), or undefined when the file has no such column. */
async function groupColumn(file: string, feature: string) {
  const t = await readColumnar(file, { categorical: [feature], maxDistinct: { [feature]: 1000 } });
  return t.categorical[feature];
}

/** A served binary classifier's predicted labels and scores, from the served rows (no labels needed). */
function servedScores(
  served: Keyed,
  o: { prediction: string; score: string; positive: string },
  file: string,
): { pred: Uint8Array; score: Float64Array } | undefined {
  if (!served.columns.includes(o.score) || !served.columns.includes(o.prediction)) return undefined;
  const n = served.rows.size;
  const pred = new Uint8Array(n);
  const score = new Float64Array(n);
  let i = 0;
  for (const [id, row] of served.rows) {
    const s = Number(row[o.score]);
    if (row[o.score] === null || row[o.score] === "" || !(s >= 0 && s <= 1))
      throw new UserError(
        `score column '${o.score}' must hold probabilities in [0, 1] (id '${id.slice(0, 80)}': '${String(row[o.score]).slice(0, 40)}')`,
        { input: "predictions", file },
      );
    score[i] = s;
    pred[i] = String(row[o.prediction]) === o.positive ? 1 : 0;
    i++;
  }
  return { pred, score };
}

/**
 * A served multiclass classifier's class probabilities (the columns `pattern` matches, as
 * quality-load-bias-test reads them) and predicted class indices, from the served rows; classes
 * in the evaluation's order. Undefined when the rows have no such columns.
 */
async function servedProbabilities(
  served: Keyed,
  o: { prediction: string; pattern: string },
  file: string,
): Promise<{ classes: string[]; proba: Float64Array[]; pred: Int32Array } | undefined> {
  const cols = matchScoreColumns(served.columns, o.pattern);
  if (cols.length < 3 || !served.columns.includes(o.prediction)) return undefined;
  const classes = sortClasses(cols.map((c) => c.value));
  const column = classes.map((c) => cols.find((p) => p.value === c)!.column);
  const index = new Map(classes.map((c, k) => [c, k]));
  const n = served.rows.size;
  const proba = classes.map(() => new Float64Array(n));
  const pred = new Int32Array(n);
  let i = 0;
  for (const [id, row] of served.rows) {
    const where = `id '${id.slice(0, 80)}'`;
    column.forEach((c, k) => {
      const v = Number(row[c]);
      if (row[c] === null || row[c] === "" || !(v >= 0 && v <= 1))
        throw new UserError(
          `score column '${c}' must hold probabilities in [0, 1] (${where}: '${String(row[c]).slice(0, 40)}')`,
          { input: "predictions", file },
        );
      proba[k][i] = v;
    });
    const k = index.get(String(row[o.prediction]));
    if (k === undefined)
      throw new UserError(
        `predicted class '${String(row[o.prediction]).slice(0, 40)}' (${where}) has no probability column (${column.join(", ")})`,
        { input: "predictions", file },
      );
    pred[i++] = k;
  }
  return { classes, proba, pred };
}

/** Class probabilities and predictions of `from` (its own class order) in the order of `classes`; undefined when the classes differ. */
function inClassOrder(
  classes: string[],
  from: { classes: string[]; pred: ArrayLike<number>; proba?: Float64Array[]; y?: ArrayLike<number> },
) {
  if (!from.proba || from.classes.length !== classes.length || classes.some((c) => !from.classes.includes(c)))
    return undefined;
  const to = from.classes.map((c) => classes.indexOf(c));
  return {
    proba: classes.map((c) => from.proba![from.classes.indexOf(c)]),
    pred: Int32Array.from(from.pred, (k) => to[k]),
    y: from.y ? Int32Array.from(from.y, (k) => to[k]) : undefined,
  };
}

/**
 * The check joins the environment's performance history in the registry, beside its drift checks
 * (what the dashboard draws): a registry that cannot take it (a read-only token) is a warning, as
 * for drift, since the verdict still reaches the report and the issue. Each metric's interval, the
 * estimate's and the registered value go with it: the dashboard draws them.
 */
async function recordInRegistry(
  registry: Registry,
  host: StepHost,
  r: PerformanceReport,
  registered: Record<string, number>,
): Promise<void> {
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  const pair = (i: [number, number] | undefined): [number, number] | null =>
    i?.every(Number.isFinite) ? [i[0], i[1]] : null;
  try {
    const { seq } = await registry.appendPerformanceCheck(r.model, r.environment, {
      at: r.createdAt,
      version: r.version,
      degraded: r.degraded,
      served: r.coverage.served,
      labelled: r.coverage.joined,
      metrics: Object.fromEntries(Object.entries(r.metrics).map(([k, m]) => [k, finite(m.value)])),
      ...(r.cbpe
        ? {
            estimated: Object.fromEntries(Object.entries(r.cbpe.estimated).map(([k, m]) => [k, finite(m.value)])),
            estimatedIntervals: Object.fromEntries(
              Object.entries(r.cbpe.estimated).map(([k, m]) => [k, pair(m.interval)]),
            ),
          }
        : {}),
      intervals: Object.fromEntries(Object.entries(r.metrics).map(([k, m]) => [k, pair(m.interval)])),
      registered: Object.fromEntries(
        [...new Set([...Object.keys(r.metrics), ...Object.keys(r.cbpe?.estimated ?? {})])].flatMap((k) => {
          const v = r.metrics[k]?.registered ?? registered[k];
          return v !== undefined && Number.isFinite(v) ? [[k, v]] : [];
        }),
      ),
      by: host.run?.actor,
      commit: host.run?.commit,
      runUrl: host.run?.runUrl,
    });
    host.log.info(`performance check ${seq} of ${r.model}@${r.environment} recorded in ${registry.uri}`);
  } catch (e) {
    host.log.warning(
      `the performance history of ${r.model}@${r.environment} could not be recorded in the registry (on GitHub the job needs packages: write for ghcr.io): ${(e as Error).message}`,
    );
  }
}

/** @internal (tests run the step by path) */
export async function checkPerformanceStep(
  s: CheckPerformanceSettings,
  host: StepHost,
): Promise<StepResult<PerformanceExtra>> {
  if (s.model !== undefined) assertModelName(s.model, "model");
  const project = await loadProject(s.config);
  const pc = project.config.performance;
  const ev = project.config.evaluate;
  const model = s.model ?? project.config.model;
  if (!model) throw new UserError("no model name: set model in mlship.yml or pass 'model'", { input: "model" });
  const env = projectEnvironment(project, s.environment, "environment", "production");
  const windowText = s.window ?? pc.window;
  if (s.window && !/^\d+(\.\d+)?(m|h|d)$/.test(s.window))
    throw new UserError(`window '${s.window}' is no duration like 30m, 12h or 7d`, { input: "window" });
  const gateTexts = s.gates !== undefined ? splitGates(s.gates) : pc.gates;
  const gateInput = s.gates !== undefined ? "gates" : "performance.gates";
  if (gateTexts && gateTexts.length === 0 && s.gates !== undefined)
    throw new UserError(`no gate in 'gates' (${JSON.stringify(s.gates)}): separate gates with ";"`, { input: "gates" });
  // Parse the gates before anything is read or run: a typo is bad input, not a failed check.
  const parsedGates = gateTexts?.map((g) => parseGate(g, gateInput, "registered"));

  const registry = await projectRegistry(project, undefined, host.registryAccess);
  const id = await registry.environment(model, env);
  if (!id)
    throw new UserError(
      `nothing of '${model}' runs in ${env} according to ${registry.uri}: deploy a version before checking its performance`,
      { input: "environment" },
    );
  const info = await registry.show(id);
  const version = formatModelId(id);
  host.log.info(`${env} serves ${version} (the registry's record of the environment)`);

  const idColumn = s["id-column"] ?? pc["id-column"];
  const predictionFiles = await sideFiles(project, host, {
    given: s.predictions,
    configured: pc.predictions,
    command: pc["predictions-command"],
    input: "predictions",
    what: "served predictions",
  });
  if (!predictionFiles)
    throw new UserError("no predictions: pass 'predictions' or set performance.predictions", { input: "predictions" });
  const labelFiles = await sideFiles(project, host, {
    given: s.labels,
    configured: pc.labels,
    command: pc["labels-command"],
    input: "labels",
    what: "labels",
  });
  const since = windowText ? Date.now() - durationMs(windowText) : undefined;
  const served = await readKeyed(predictionFiles, {
    idColumn,
    input: "predictions",
    what: "predictions",
    timestampColumn: pc["timestamp-column"],
    since,
  });
  if (served.rows.size === 0)
    throw new UserError(
      `no predictions were served${windowText ? ` in the last ${windowText}` : ""} (${predictionFiles.join(", ")})`,
      { input: "predictions" },
    );
  const labelColumn = s["label-column"] ?? pc["label-column"] ?? ev.label;
  const labels = labelFiles
    ? await readKeyed(labelFiles, { idColumn, input: "labels", what: "labels" })
    : { columns: [idColumn, labelColumn], rows: new Map() };
  const joined = joinOnId(served, labels, { idColumn, labelColumn, labelAs: ev.label });
  const { coverage } = joined;
  host.log.info(
    `${coverage.served} rows served, ${coverage.labelled} labelled, ${coverage.joined} joined (${coverage.labels_without_prediction} labels with no prediction)`,
  );

  const outDir = path.join(project.stateDir, "performance");
  const warnings: string[] = [];
  const sensitive = ev["sensitive-features"].filter((f) => joined.columns.includes(f));
  for (const f of ev["sensitive-features"])
    if (!sensitive.includes(f))
      warnings.push(`sensitive feature '${f}' is in neither the predictions nor the labels: not compared`);
  const qualityOpts = {
    label: ev.label,
    prediction: ev.prediction,
    score: ev.score,
    scoreColumns: ev["score-columns"],
    task: ev.task,
    positiveLabel: ev["positive-label"],
    minGroupSize: ev["min-group-size"],
  };
  const registered = await registeredQuality(project, registry, id, info.attachments?.["predictions.csv"], {
    ...qualityOpts,
    sensitiveFeatures: [],
  });
  if (!registered)
    warnings.push(
      `${version} was registered without its evaluation's predictions: production is compared with its recorded metric values, taken as exact`,
    );
  const registeredValues = finiteMetrics(info.metrics);
  if (registered) Object.assign(registeredValues, registered.q.values);

  const metrics: Record<string, PerformanceMetric> = {};
  let groups: GroupComparison[] = [];
  let gates: GateResult[] = [];
  let task: string | undefined;
  let note: string | undefined;
  let prod: QualityResult | undefined;
  if (coverage.joined > 0) {
    const joinedFile = path.join(outDir, `${env}.joined.csv`);
    await writeCsv(joinedFile, joined.columns, joined.rows);
    prod = await computeQuality({ ...qualityOpts, predictions: joinedFile, sensitiveFeatures: sensitive });
    task = prod.gateTask;
    const comparisons = registered ? compareWithRegistered(prod, registered.q) : {};
    for (const [name, m] of Object.entries(prod.quality.metrics)) {
      const c = comparisons[name];
      const reg = registeredValues[name];
      metrics[name] = { value: m.value, interval: m.interval, method: m.method };
      if (c)
        Object.assign(metrics[name], {
          registered: c.baseline,
          diff: c.diff,
          diff_interval: c.interval,
          test: c.method,
          p_value: c.p_value,
        });
      else if (reg !== undefined && m.interval.every(Number.isFinite)) {
        // No recorded rows to test against: the registered value taken as exact.
        comparisons[name] = {
          baseline: reg,
          diff: m.value - reg,
          interval: [m.interval[0] - reg, m.interval[1] - reg],
          p_value: NaN,
          method: `${m.method} interval, registered value fixed`,
          unpaired: true,
        };
        Object.assign(metrics[name], {
          registered: reg,
          diff: m.value - reg,
          diff_interval: comparisons[name].interval,
          test: comparisons[name].method,
        });
      }
    }
    // Per sensitive feature: the headline metric per group, against the same group at registration.
    const outcome = perRowOutcome(prod);
    const regOutcome = registered ? perRowOutcome(registered.q) : undefined;
    if (outcome)
      for (const f of sensitive) {
        const col = await groupColumn(joinedFile, f);
        if (!col) continue;
        const regCol = registered && regOutcome ? await groupColumn(registered.file, f) : undefined;
        groups.push(
          ...compareGroups(
            f,
            outcome.metric,
            { outcome: outcome.values, column: col },
            regCol && regOutcome ? { outcome: regOutcome.values, column: regCol } : undefined,
          ),
        );
      }
    const gateList = parsedGates ?? defaultGates(prod.gateTask).map((g) => parseGate(g, gateInput, "registered"));
    checkGatesForTask(gateList, prod.gateTask, { sensitiveFeatures: sensitive.length > 0, input: gateInput });
    gates = gateList.map((g) => {
      const r = evaluateGate(g, prod!.values, registeredValues, comparisons);
      // A gate against a value the registration never recorded cannot pass: unknown is not healthy.
      return r.note?.startsWith("no baseline yet")
        ? {
            ...r,
            passed: false,
            note: `${version} was registered without '${g.rhs.kind === "baseline" ? g.rhs.metric : g.metric}'`,
          }
        : r;
    });
  } else {
    note = labelFiles
      ? "no served prediction has a label yet: quality is not measured, the gates are not decided"
      : "no labels given: quality is not measured, the gates are not decided";
    groups = [];
  }

  // CBPE: a binary classifier's scores estimate its quality before labels arrive.
  let cbpe: CbpeSection | undefined;
  const binaryTask = prod ? prod.gateTask === "binary" : registered?.q.gateTask === "binary";
  if (ev.score && binaryTask) {
    const sc = servedScores(
      served,
      { prediction: ev.prediction, score: ev.score, positive: String(ev["positive-label"]) },
      predictionFiles[0],
    );
    const ref = registered?.q.binary;
    if (sc) {
      const check = ref?.score ? checkCalibration(ref.y, ref.score) : undefined;
      const calibrate = (score: Float64Array) =>
        check?.calibrator ? Float64Array.from(score, (v) => applyIsotonic(check.calibrator!, v)) : score;
      const all = estimatePerformance(sc.score, calibrate(sc.score), sc.pred);
      cbpe = { rows: all.rows, calibration: check?.calibration, estimated: all.metrics };
      if (!check)
        warnings.push(
          `${version} has no recorded test-set scores: CBPE uses the served scores as they are, their calibration unchecked`,
        );
      else if (check.calibration.recalibrated)
        warnings.push(
          `the served scores are not calibrated (ECE ${check.calibration.ece_raw.toFixed(4)} on the registered evaluation, ${check.calibration.ece_recalibrated.toFixed(4)} after isotonic recalibration): CBPE uses recalibrated scores`,
        );
      if (prod?.binary?.score) {
        const est = estimatePerformance(prod.binary.score, calibrate(prod.binary.score), prod.binary.pred);
        cbpe.labelled = {} as NonNullable<CbpeSection["labelled"]>;
        for (const k of CBPE_METRICS)
          cbpe.labelled[k] = {
            estimated: est.metrics[k].value,
            interval: est.metrics[k].interval,
            realised: prod.values[k],
          };
      }
    }
  }

  // Multiclass CBPE: the served class probabilities, each class's calibration checked one-vs-rest.
  const multiclassTask = prod
    ? prod.gateTask === "multiclass"
    : registered
      ? registered.q.gateTask === "multiclass"
      : true;
  const pattern = ev["score-columns"];
  if (!cbpe && pattern && multiclassTask) {
    const sp = await servedProbabilities(served, { prediction: ev.prediction, pattern }, predictionFiles[0]);
    if (sp) {
      const reg = registered?.q.multiclass ? inClassOrder(sp.classes, registered.q.multiclass) : undefined;
      const check = reg?.y ? checkCalibrationMulticlass(reg.y, reg.proba) : undefined;
      const calibrate = (proba: Float64Array[]) => applyCalibrationMulticlass(check?.calibrators ?? [], proba);
      const all = estimatePerformanceMulticlass(calibrate(sp.proba), sp.pred);
      cbpe = {
        rows: all.rows,
        ...(check ? { calibrations: Object.fromEntries(sp.classes.map((c, k) => [c, check.calibrations[k]])) } : {}),
        estimated: all.metrics,
      };
      if (!check)
        warnings.push(
          registered?.q.multiclass?.proba
            ? `the classes of ${version}'s recorded evaluation (${registered.q.multiclass.classes.join(", ")}) are not the served ones (${sp.classes.join(", ")}): CBPE uses the served probabilities as they are, their calibration unchecked`
            : `${version} has no recorded test-set class probabilities: CBPE uses the served probabilities as they are, their calibration unchecked`,
        );
      else {
        const recal = sp.classes.filter((_, k) => check.calibrations[k].recalibrated);
        if (recal.length)
          warnings.push(
            `the served probabilities of class(es) ${recal.map((c) => `'${c}'`).join(", ")} are not calibrated (ECE ${recal.map((c) => check.calibrations[sp.classes.indexOf(c)].ece_raw.toFixed(4)).join(", ")} on the registered evaluation, one-vs-rest): CBPE uses them recalibrated (isotonic)`,
          );
      }
      const lab = prod?.multiclass ? inClassOrder(sp.classes, prod.multiclass) : undefined;
      if (lab) {
        const est = estimatePerformanceMulticlass(calibrate(lab.proba), lab.pred);
        cbpe.labelled = {};
        for (const k of CBPE_MULTICLASS_METRICS)
          cbpe.labelled[k] = {
            estimated: est.metrics[k].value,
            interval: est.metrics[k].interval,
            realised: prod!.values[k],
          };
      }
    }
  }

  const degraded = gates.some((g) => !g.passed);
  const report: PerformanceReport = {
    schema: "mlship/performance/v1",
    model,
    environment: env,
    version,
    createdAt: new Date().toISOString(),
    ...(windowText ? { window: windowText } : {}),
    coverage,
    ...(task ? { task } : {}),
    metrics,
    groups,
    gates,
    degraded,
    ...(note ? { note } : {}),
    ...(cbpe ? { cbpe } : {}),
    warnings,
  };
  for (const w of warnings) host.log.warning(w);
  await recordInRegistry(registry, host, report, registeredValues);
  const markdown = performanceMarkdown(report);
  const reportPath = path.join(outDir, `${env}.json`);
  const mdPath = path.join(outDir, `${env}.md`);
  await writeJsonAtomic(reportPath, report);
  await writeFileAtomic(mdPath, markdown);
  const failed = gates.filter((g) => !g.passed);
  return {
    ok: !degraded,
    failure: degraded
      ? `${model}@${env} (${version}) is degraded in production: ${failed.map((g) => `${g.expression}${g.note ? ` (${g.note})` : ""}`).join("; ")}`
      : undefined,
    outputs: {
      degraded: String(degraded),
      "model-id": version,
      labelled: String(coverage.joined),
      report: reportPath,
      markdown: mdPath,
    },
    summary: markdown,
    document: {
      ...Object.fromEntries(Object.entries(metrics).map(([k, m]) => [k, m])),
      coverage,
      ...(cbpe ? { cbpe } : {}),
      gates,
      degraded,
      model: version,
      environment: env,
    },
    extra: { report, markdown, model, environment: env, retrain: s.retrain ?? pc.retrain },
  };
}

/** The check-performance step: its spec and its run. */
export const checkPerformance: Step<typeof checkPerformanceSpec, PerformanceExtra> = {
  spec: checkPerformanceSpec,
  run: checkPerformanceStep,
};
