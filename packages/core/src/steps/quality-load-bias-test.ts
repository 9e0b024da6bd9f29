import path from "node:path";
import { promises as fs } from "node:fs";
import { UserError } from "../errors.js";
import { lastRunDir, loadProject, projectRegistry, type Project } from "../project.js";
import { parseModelRef, formatModelId, parseModelId, type ModelId } from "../model-id.js";
import {
  computeQuality,
  readBaselineLike,
  readBinaryPredictions,
  runGates,
  type QualityResult,
  type BinaryPredictions,
} from "../evaluate/evaluate.js";
import {
  pairedCompare,
  pairedCompareMulticlass,
  pairedCompareRegression,
  type PairedComparison,
} from "../evaluate/compare.js";
import { loadStat, runOpenLoop, runRamp, type LoadResult } from "../load-test/generator.js";
import { exists, readJsonIfExists, writeFileAtomic, writeJsonAtomic } from "../util/fs-atomic.js";
import { childEnv, redact } from "../util/secrets.js";
import { evaluationMarkdown, type EvaluationReport, type LoadSection } from "../report/quality-load-bias-test.js";
import { curves, type Curves } from "../evaluate/curves.js";
import {
  explainMetric,
  permutationImportance,
  serverPredict,
  type ExplainSection,
  type ExplainTask,
} from "../evaluate/explain.js";
import type { Logger } from "../util/log.js";
import { commonInputs, registryAccessInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { RegistryAccess } from "../registry/uri.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";
import { readJsonChecked } from "../util/state-file.js";
import { durationMs } from "../config/duration.js";
import { readColumns } from "../data/read-table.js";
import { columnKinds, featureColumns, projectContract, requestRow, stratifiedRows } from "../deploy/server-contract.js";
import { freePort, startServer, waitReady } from "../serve/model-server.js";
import { parseThreshold, thresholdPasses } from "../load-test/thresholds.js";
import { commandArgv } from "../util/process.js";
import { evaluationHtml } from "../report/html/evaluation.js";
import { rankScores } from "../stats/ranking.js";
import { lineageGpuCost } from "../report/gpu-cost.js";
import { finiteMetrics } from "../train/metrics-file.js";
import { seriesShape } from "../train/run-files.js";
import { servingCode } from "../deploy/serving-code.js";
import { pullToCache } from "../deploy/targets/pull.js";

export const qualityLoadBiasTestSpec = {
  name: "quality-load-bias-test",
  title: "mlship quality-load-bias-test",
  description: "Gate a candidate on quality, bias and latency against the model in production, and report it.",
  inputs: {
    ...commonInputs,
    ...githubTokenInputs,
    predictions: {
      description: "Candidate predictions on the test set (default: evaluate.predictions, else the last train run's)",
    },
    "run-dir": {
      description: "The train step's run folder, for the training curve and defaults (default: the last run)",
    },
    "artifact-name": {
      description: "On GitHub, download the train step's run folder from this artifact and use it as run-dir",
    },
    "label-column": { description: "Label column (default: evaluate.label)" },
    "prediction-column": { description: "Predicted label column (default: evaluate.prediction)" },
    "score-column": { description: "Probability of the positive class (default: evaluate.score)" },
    "score-columns": {
      description:
        'Multiclass: one probability column per class, a pattern whose "*" is the class, like "proba_*" (default: evaluate.score-columns)',
    },
    task: {
      description: "classification or regression (default: evaluate.task, else inferred)",
      choices: ["classification", "regression"],
    },
    "sensitive-features": {
      description: "Columns to check for bias (default: evaluate.sensitive-features)",
      kind: "list",
    },
    gates: { description: "Gate expressions, one per line (default: evaluate.gates)", kind: "list" },
    baseline: {
      description: "Baseline model ID or <name>@<env> (default: what production runs, else what local runs)",
    },
    ...registryAccessInputs,
    "model-path": { description: "Model folder served for the load test (default: the run's model)" },
    "serve-command": {
      description: "Server command for the load test (default: evaluate.load.serve-command, else deploy.serve-command)",
    },
    load: { description: "Run the load test when a server command is known", kind: "boolean", default: "true" },
    comment: {
      description: "Post or update the sticky PR comment (pull requests only)",
      kind: "boolean",
      default: "true",
    },
  },
  outputs: {
    passed: { description: "true when every gate and load threshold passed" },
    report: { description: "Path of the JSON report (quality, bias, load, gates, passed)" },
    markdown: { description: "Path of the markdown report" },
    html: { description: "Path of evaluation.html: the report with its charts, one self-contained file" },
  },
} as const satisfies StepSpec;

export type QualitySettings = Settings<typeof qualityLoadBiasTestSpec>;

/**
 * Metrics of the baseline model: an explicit reference, else what production (then local) runs
 * according to the registry. A registry that cannot be read is an error, never "no baseline":
 * only a registry that answers that nothing runs there passes baseline gates by default.
 */
async function baselineMetrics(
  project: Project,
  explicit: string | undefined,
  log: Logger,
  access: RegistryAccess | undefined,
): Promise<EvaluationReport["baseline"]> {
  const name = project.config.model;
  if (!explicit && !name) return null;
  const registry = await projectRegistry(project, undefined, access);
  let id: ModelId | undefined;
  if (explicit) id = await registry.resolve(parseModelRef(explicit, "baseline"));
  else
    for (const env of ["production", "local"]) {
      id = await registry.environment(name!, env);
      if (id) break;
    }
  if (!id) {
    log.info(
      `no baseline model yet (nothing of '${name}' runs in production in ${registry.uri}): gates against baseline.* pass by default`,
    );
    return null;
  }
  const info = await registry.show(id);
  return { id: formatModelId(id), metrics: finiteMetrics(info.metrics) };
}

/** The baseline's recorded test-set predictions, pulled from the registry; undefined (with a note) when it recorded none. */
async function baselinePredictions(
  project: Project,
  baselineId: string,
  log: Logger,
  access: RegistryAccess | undefined,
): Promise<string | undefined> {
  const registry = await projectRegistry(project, undefined, access);
  const tmp = path.join(project.stateDir, "baselines", `${baselineId.replace("@", "-")}.predictions.csv`);
  const got = await registry.pullAttachment(parseModelId(baselineId), "predictions.csv", tmp);
  if (!got) log.info(`${baselineId} recorded no predictions: comparing with its metrics only`);
  return got ?? undefined;
}

/**
 * Candidate and baseline predictions of the same test rows, compared pairwise; null (with a
 * note) when the baseline recorded none or they are not the same rows.
 */
async function pairedWithBaseline(
  project: Project,
  baselineId: string,
  cand: BinaryPredictions,
  cols: Parameters<typeof readBinaryPredictions>[1],
  log: Logger,
  access: RegistryAccess | undefined,
): Promise<{ paired: Record<string, PairedComparison>; curves?: Curves } | null> {
  const got = await baselinePredictions(project, baselineId, log, access);
  if (!got) return null;
  const base = await readBinaryPredictions(got, cols);
  if (!base || cand.y.length !== base.y.length || cand.y.some((v, i) => v !== base.y[i])) {
    log.info(`${baselineId}'s recorded predictions are not on the same rows: comparing with its metrics only`);
    return null;
  }
  // The baseline's scores are sorted once, for the paired comparison and its curves.
  const ranked = base.score ? rankScores(base.y, base.score) : undefined;
  return {
    paired: pairedCompare({ y: cand.y, candidate: cand, baseline: { ...base, ranked } }),
    curves: base.score ? curves(base.y, base.score, ranked) : undefined,
  };
}

/** The paired comparison for multiclass and regression: the baseline's recorded predictions, read in the candidate's terms. */
async function pairedOtherWithBaseline(
  project: Project,
  baselineId: string,
  cand: QualityResult,
  cols: Parameters<typeof readBaselineLike>[2],
  log: Logger,
  access: RegistryAccess | undefined,
): Promise<{ paired: Record<string, PairedComparison>; curves?: Curves } | null> {
  if (!cand.multiclass && !cand.regression) return null;
  const got = await baselinePredictions(project, baselineId, log, access);
  if (!got) return null;
  const base = await readBaselineLike(got, cand, cols);
  if (cand.regression && base?.regression)
    return { paired: pairedCompareRegression(cand.regression.y, cand.regression.yhat, base.regression.yhat) };
  if (cand.multiclass && base?.multiclass) {
    const c = cand.multiclass;
    return {
      paired: pairedCompareMulticlass({
        k: c.classes.length,
        y: c.y,
        candidate: c,
        baseline: base.multiclass,
      }),
    };
  }
  log.info(`${baselineId}'s recorded predictions are not on the same rows: comparing with its metrics only`);
  return null;
}

/** Load-test request bodies: typed feature rows, as the server contract says (deploy/server-contract.ts). */
async function loadBodies(project: Project, predictions: string, batch: number): Promise<string[]> {
  const contract = await projectContract(project.config, project.dir);
  const table = await readColumns(predictions);
  const features = featureColumns(contract, table.columns);
  const kinds = columnKinds(contract, table.data, features);
  const bodies: string[] = [];
  for (let i = 0; i < table.rows && bodies.length < 500; i += batch) {
    const rows = [];
    for (let j = i; j < Math.min(table.rows, i + batch); j++) rows.push(requestRow(table.data, j, features, kinds));
    bodies.push(JSON.stringify({ rows }));
  }
  return bodies;
}

/**
 * Permutation importance of every feature column through the candidate's server at `url`
 * (evaluate.explain): at most `rows` test rows, stratified by the label, in batched requests.
 */
async function runExplain(
  project: Project,
  predictions: string,
  url: string,
  gates: string[],
  task: ExplainTask,
  log: Logger,
  of = "the candidate",
  forced?: ExplainSection["metric"],
): Promise<ExplainSection> {
  const opts = project.config.evaluate.explain!;
  const contract = await projectContract(project.config, project.dir);
  const table = await readColumns(predictions);
  const features = featureColumns(contract, table.columns);
  const labels = table.data[contract.label];
  const { metric, note } = forced ? { metric: forced, note: undefined } : explainMetric(gates, task.kind);
  return log.group(
    `explain: permutation importance of ${features.length} features for ${of}, ${opts.repeats} shuffles each`,
    () =>
      permutationImportance({
        data: table.data,
        rowIndices: stratifiedRows(labels, table.rows, opts.rows),
        features,
        kinds: columnKinds(contract, table.data, features),
        labels,
        task,
        metric,
        metricNote: note,
        repeats: opts.repeats,
        seed: opts.seed,
        // A bare number answers the score only when a binary metric needs probabilities (else it is the prediction).
        predict: serverPredict(
          `${url}/predict`,
          contract,
          opts["batch-size"],
          task.kind === "binary" && metric !== "accuracy",
        ),
        deadline: Date.now() + durationMs(opts["time-budget"]),
        onFeature: (f, done, total) => log.info(`explain: ${done}/${total} ${f}`),
      }),
  );
}

/**
 * The baseline's permutation importance beside the candidate's: its model pulled from the
 * registry and served by the same serve command, the same rows, shuffles and metric. A baseline
 * that cannot be pulled, served or asked is reported as not measured (with a warning), and does
 * not fail the step.
 */
async function explainBaseline(
  project: Project,
  serve: NonNullable<ReturnType<typeof serveCommand>>,
  baselineId: string,
  predictions: string,
  task: ExplainTask,
  candidate: ExplainSection,
  log: Logger,
  access: RegistryAccess | undefined,
): Promise<NonNullable<ExplainSection["production"]>> {
  try {
    const registry = await projectRegistry(project, undefined, access);
    const pulled = await pullToCache(registry, parseModelId(baselineId), project.stateDir, log, "the baseline");
    const server = await startModelServer(project, serve, pulled.path, baselineId);
    try {
      await waitReady(server, durationMs(project.config.evaluate.load?.["ready-timeout"] ?? "30s"));
      const e = await runExplain(project, predictions, server.url, [], task, log, baselineId, candidate.metric);
      return { model: baselineId, ...e };
    } finally {
      await server.stop();
    }
  } catch (e) {
    const why = redact((e as Error).message ?? String(e));
    log.warning(`explain: the baseline ${baselineId} was not measured: ${why}`);
    return { model: baselineId, skipped: why };
  }
}

/** The serve command started on a free port with a model folder, as the load test and explain serve it. */
async function startModelServer(
  project: Project,
  serve: NonNullable<ReturnType<typeof serveCommand>>,
  modelPath: string,
  modelId: string,
) {
  const port = await freePort();
  const env = childEnv({
    MLSHIP_MODEL_PATH: path.resolve(modelPath),
    MLSHIP_MODEL_ID: modelId,
    PORT: String(port),
  });
  const argv = commandArgv(serve, env as Record<string, string>, "serve-command");
  return startServer(argv, {
    cwd: project.dir,
    env,
    port,
    logFile: path.join(project.stateDir, "load", `server-${port}.log`),
  });
}

/** One answer to a request the server refused, for the report and the failure message. */
async function exampleAnswer(url: string, body: string): Promise<LoadSection["example"]> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(5000),
    });
    // Redacted before it is cut or kept (evaluation.json, the report): a server may echo a key.
    return { status: res.status, body: redact(await res.text()).slice(0, 300) };
  } catch (e) {
    return { status: 0, body: redact((e as Error).message) };
  }
}

/** The command that serves the candidate here: the load test's, recorded with the report as the serving code evaluated. */
function serveCommand(project: Project, s: QualitySettings) {
  return (
    s["serve-command"] ?? project.config.evaluate.load?.["serve-command"] ?? project.config.deploy["serve-command"]
  );
}

async function runLoad(
  project: Project,
  s: QualitySettings,
  modelPath: string | undefined,
  log: Logger,
  predictions: string,
  explain?: (url: string) => Promise<void>,
): Promise<LoadSection> {
  const load = project.config.evaluate.load;
  const serve = serveCommand(project, s);
  if (!s.load) return { result: null, thresholds: [], skipped: "load: false" };
  if (!serve)
    return { result: null, thresholds: [], skipped: "no serve command configured (evaluate.load.serve-command)" };
  if (!modelPath) return { result: null, thresholds: [], skipped: "no model folder to serve" };
  const thresholds = (load?.thresholds ?? []).map((t) => parseThreshold(t, "evaluate.load.thresholds"));
  const bodies = await loadBodies(project, predictions, load?.["batch-size"] ?? 1);
  const server = await startModelServer(project, serve, modelPath, "candidate");
  try {
    await waitReady(server, durationMs(load?.["ready-timeout"] ?? "30s"));
    // Before the load test, whose thresholds may stop the step: the same server, the same rows.
    if (explain) await explain(server.url);
    const rate = load?.rate ?? 50;
    await runOpenLoop({ url: `${server.url}/predict`, bodies, rate, durationMs: durationMs(load?.warmup ?? "1s") });
    const judge = (result: LoadResult) =>
      thresholds.map((t) => ({
        source: t.source,
        actual: loadStat(result, t.stat, t.percentile),
        passed: thresholdPasses(t, loadStat(result, t.stat, t.percentile)),
      }));
    const ramp = load?.ramp;
    if (ramp) {
      const r = await log.group(`load ramp: from ${ramp.start}/s by ${ramp.step}/s up to ${ramp["max-rate"]}/s`, () =>
        runRamp({
          url: `${server.url}/predict`,
          bodies,
          durationMs: durationMs(load?.duration ?? "10s"),
          start: ramp.start,
          step: ramp.step,
          maxRate: ramp["max-rate"],
          passes: (res) => judge(res).every((t) => t.passed),
          onStage: (rate, passed) => log.info(`ramp: ${rate}/s ${passed ? "met" : "missed"} the thresholds`),
        }),
      );
      const best = [...r.stages].reverse().find((st) => st.passed) ?? r.stages[0];
      const judged = judge(best.result);
      return {
        result: best.result,
        thresholds: judged,
        example:
          judged.some((t) => !t.passed) && best.result.errors > 0
            ? await exampleAnswer(`${server.url}/predict`, bodies[0])
            : undefined,
        ramp: {
          maxRate: r.maxRate,
          stages: r.stages.map((st) => ({
            rate: st.rate,
            passed: st.passed,
            p99: st.result.latencyMs.p99,
            errorRate: st.result.errorRate,
            throughput: st.result.throughput,
          })),
        },
      };
    }
    const result = await log.group(`load test: ${rate}/s for ${load?.duration ?? "10s"}`, () =>
      runOpenLoop({
        url: `${server.url}/predict`,
        bodies,
        rate,
        durationMs: durationMs(load?.duration ?? "10s"),
        onProgress: (sent, total) => log.info(`load: ${sent}/${total} requests sent`),
      }),
    );
    const judged = judge(result);
    return {
      result,
      thresholds: judged,
      example:
        judged.some((t) => !t.passed) && result.errors > 0
          ? await exampleAnswer(`${server.url}/predict`, bodies[0])
          : undefined,
    };
  } finally {
    await server.stop();
  }
}

/** What the answers were made of: status counts and one refused answer ("HTTP 400 ×500; e.g. HTTP 400 {…}"). */
function loadCause(load: LoadSection): string {
  const st = load.result?.statuses;
  if (!st || Object.keys(st).every((k) => k.startsWith("2"))) return "";
  const counts = Object.entries(st)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k === "error" ? "no answer" : `HTTP ${k}`} ×${n}`)
    .join(", ");
  const ex = load.example
    ? `; e.g. ${load.example.status ? `HTTP ${load.example.status}` : "no answer"}: ${load.example.body.replace(/\s+/g, " ").slice(0, 160)}`
    : "";
  return `; ${counts}${ex}`;
}

/**
 * Groups whose TPR or FPR rests on fewer than `min` positives or negatives: equalized odds (and
 * any gate on it) is then decided by a handful of rows, which the user should know by name. Records
 * them in each feature's `fewOutcomes` (the report's copy) and returns the warnings to log.
 @internal */
export function fewOutcomeGroups(bias: QualityResult["bias"], min: number): string[] {
  const out: string[] = [];
  for (const f of bias) {
    const few = f.groups.filter((g) => g.positives < min || g.negatives < min);
    // Kept in the report (evaluation.json, .md, .html), not only printed.
    f.fewOutcomes = {
      min,
      groups: few.map((g) => ({ group: g.group, positives: g.positives, negatives: g.negatives })),
    };
    if (few.length)
      out.push(
        `bias: ${f.feature} group(s) ${few.map((g) => `'${g.group}' (${g.positives} positives, ${g.negatives} negatives)`).join(", ")} have fewer than ${min} positives or negatives (evaluate.min-group-outcomes): their TPR/FPR, and equalized odds, rest on few rows`,
      );
  }
  return out;
}

export interface QualityExtra {
  report: EvaluationReport;
  markdown: string;
}

export async function qualityLoadBiasTestStep(s: QualitySettings, host: StepHost): Promise<StepResult<QualityExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const ev = project.config.evaluate;
  const runDir = s["run-dir"] ? path.resolve(s["run-dir"]) : await lastRunDir(project);
  const predictions = s.predictions
    ? path.resolve(s.predictions)
    : ev.predictions
      ? path.resolve(project.dir, ev.predictions)
      : runDir
        ? path.join(runDir, "predictions.csv")
        : undefined;
  if (!predictions || !(await exists(predictions))) {
    throw new UserError(
      `no predictions file${predictions ? ` at ${predictions}` : ""}: pass 'predictions', set evaluate.predictions, or have train write $MLSHIP_PREDICTIONS_FILE`,
      { input: "predictions" },
    );
  }
  const label = s["label-column"] ?? ev.label;
  const prediction = s["prediction-column"] ?? ev.prediction;
  const score = s["score-column"] ?? ev.score;
  const sensitiveFeatures = s["sensitive-features"] ?? ev["sensitive-features"];
  const scoreColumns = s["score-columns"] ?? ev["score-columns"];
  const q = await computeQuality({
    predictions,
    label,
    prediction,
    score,
    scoreColumns,
    task: (s.task as "classification" | "regression" | undefined) ?? ev.task,
    positiveLabel: ev["positive-label"],
    sensitiveFeatures,
    minGroupSize: ev["min-group-size"],
  });
  const gateInput = s.gates ? "gates" : "evaluate.gates";
  const gateTask = {
    task: q.gateTask,
    sensitiveFeatures: sensitiveFeatures.length > 0,
    classes: q.multiclass?.classes,
  };
  runGates(s.gates ?? ev.gates, q.values, undefined, gateInput, undefined, gateTask); // names checked before the registry and the load test
  for (const w of q.warnings) host.log.warning(w);
  for (const w of fewOutcomeGroups(q.bias, ev["min-group-outcomes"])) host.log.warning(w);
  const baseline = await baselineMetrics(project, s.baseline ?? ev.baseline, host.log, host.registryAccess);
  const cols = { label, prediction, score, positiveLabel: ev["positive-label"] };
  const withBaseline = !baseline
    ? null
    : q.binary
      ? await pairedWithBaseline(project, baseline.id, q.binary, cols, host.log, host.registryAccess)
      : await pairedOtherWithBaseline(
          project,
          baseline.id,
          q,
          { ...cols, scoreColumns },
          host.log,
          host.registryAccess,
        );
  const paired = withBaseline?.paired ?? null;
  const gates = runGates(s.gates ?? ev.gates, q.values, baseline?.metrics, gateInput, paired ?? undefined, gateTask);
  const modelPath = s["model-path"] ? path.resolve(s["model-path"]) : runDir ? path.join(runDir, "model") : undefined;
  let explain: ExplainSection | undefined;
  let explainTask: ExplainTask | undefined;
  const load = await runLoad(
    project,
    s,
    modelPath,
    host.log,
    predictions,
    ev.explain
      ? async (url) => {
          const task: ExplainTask = q.regression
            ? { kind: "regression" }
            : q.multiclass
              ? { kind: "multiclass", classes: q.multiclass.classes }
              : { kind: "binary", positiveLabel: ev["positive-label"] };
          explain = await runExplain(project, predictions, url, s.gates ?? ev.gates, task, host.log);
          explainTask = task;
        }
      : undefined,
  );
  const serve = serveCommand(project, s);
  if (explain && explainTask && baseline && serve)
    explain.production = await explainBaseline(
      project,
      serve,
      baseline.id,
      predictions,
      explainTask,
      explain,
      host.log,
      host.registryAccess,
    );
  const series = runDir
    ? ((await readJsonChecked(path.join(runDir, "series.json"), seriesShape, "the run's metric series")) ?? {})
    : {};
  const passed = gates.every((g) => g.passed) && load.thresholds.every((t) => t.passed);
  // What a deploy's smoke test compares with to tell a wrong model from changed serving code.
  const serving = serve ? await servingCode(serve, project.dir, project.config.deploy["serving-code"]) : undefined;
  const model = project.config.model ?? "model";
  const report: EvaluationReport = {
    schema: "mlship/evaluation/v1",
    model,
    candidate: runDir ? path.basename(runDir) : path.basename(predictions),
    baseline,
    quality: q.quality,
    bias: q.bias,
    ...(q.groupBias?.length ? { groupBias: q.groupBias } : {}),
    ...(q.warnings.length ? { warnings: q.warnings } : {}),
    ...(q.ovrRoc?.length ? { ovrRoc: q.ovrRoc } : {}),
    ...(q.residuals?.length ? { residuals: q.residuals } : {}),
    values: q.values,
    gates,
    paired,
    load,
    ...(ev.explain ? { explain: explain ?? { skipped: `needs the load test's server (${load.skipped})` } } : {}),
    series,
    curves: q.curves ? { candidate: q.curves, baseline: withBaseline?.curves } : undefined,
    gpu: runDir ? lineageGpuCost(await readJsonIfExists(path.join(runDir, "lineage.json"))) : null,
    passed,
    ...(serving ? { serving } : {}),
    createdAt: new Date().toISOString(),
  };
  const outDir = runDir ?? path.join(project.stateDir, "reports");
  const reportPath = path.join(outDir, "evaluation.json");
  const mdPath = path.join(outDir, "evaluation.md");
  const markdown = evaluationMarkdown(report, { runUrl: host.run?.runUrl });
  await fs.mkdir(outDir, { recursive: true });
  await writeJsonAtomic(reportPath, report);
  await writeFileAtomic(mdPath, markdown);
  const htmlPath = path.join(outDir, "evaluation.html");
  await writeFileAtomic(htmlPath, await evaluationHtml(report, { runUrl: host.run?.runUrl }));
  const failed = [
    ...gates
      .filter((g) => !g.passed)
      .map((g) => g.expression + (g.value !== null ? ` (got ${g.value.toFixed(4)})` : "")),
    ...load.thresholds
      .filter((t) => !t.passed)
      .map((t) => `${t.source} (got ${t.actual.toFixed(3)}${loadCause(load)})`),
  ];
  return {
    ok: passed,
    failure: passed ? undefined : `failed: ${failed.join("; ")}`,
    outputs: { passed: String(passed), report: reportPath, markdown: mdPath, html: htmlPath },
    summary: markdown,
    extra: { report, markdown },
  };
}

/** The quality-load-bias-test step: its spec and its run. */
export const qualityLoadBiasTest: Step<typeof qualityLoadBiasTestSpec, QualityExtra> = {
  spec: qualityLoadBiasTestSpec,
  run: qualityLoadBiasTestStep,
};
