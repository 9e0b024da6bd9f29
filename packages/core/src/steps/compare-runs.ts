import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, runsDir, type Project } from "../project.js";
import type { Logger } from "../util/log.js";
import { rankRuns, comparisonMarkdown, type ComparedRun, type RunComparison } from "../report/compare-runs.js";
import { canonicalJson } from "../util/canonical-json.js";
import { exists, writeFileAtomic } from "../util/fs-atomic.js";
import { readJsonChecked } from "../util/state-file.js";
import { comparedEvaluationShape as evaluationShape, paramsShape } from "../train/run-files.js";
import { pairedWith } from "../evaluate/paired-runs.js";
import { commonInputs, githubTokenInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const compareRunsSpec = {
  name: "compare-runs",
  title: "mlship compare-runs",
  description:
    "Compare evaluated training runs (the legs of a sweep): one table of their params and headline metrics, the best marked.",
  inputs: {
    ...commonInputs,
    ...githubTokenInputs,
    runs: {
      description:
        "Run folders that quality-load-bias-test evaluated (default: every run of this project with an evaluation.json)",
      kind: "list",
    },
    artifacts: {
      description:
        "On GitHub: compare the runs in this workflow run's artifacts whose names match this glob (the legs' evaluation artifacts, mlship-evaluation-*); in a re-run attempt those of every attempt, listed with github-token (it needs actions: read)",
    },
    expected: {
      description:
        "Number of runs the sweep started (its matrix size): the comparison warns when fewer evaluated (a leg that failed before its evaluation leaves no row)",
      kind: "number",
    },
    metric: { description: "Metric that ranks the runs (default: the first gate's; its operator gives the direction)" },
    comment: {
      description: "Post or update one PR comment with the comparison (pull requests only)",
      kind: "boolean",
      default: "true",
    },
  },
  outputs: {
    best: { description: "Params of the best run as JSON (empty when no run passed every gate)" },
    "best-run": { description: "Name of the best run (empty when no run passed every gate)" },
    count: { description: "Number of runs compared" },
    markdown: { description: "Path of the comparison in markdown" },
  },
} as const satisfies StepSpec;

export type CompareRunsSettings = Settings<typeof compareRunsSpec>;

export interface CompareRunsExtra {
  comparison: RunComparison;
  markdown: string;
}

/** A run folder's evaluated leg, or undefined when it holds no evaluation. */
async function readRun(
  dir: string,
): Promise<(ComparedRun & { model: string; createdAt: string; dir: string }) | undefined> {
  const ev = await readJsonChecked(path.join(dir, "evaluation.json"), evaluationShape, "the run's evaluation");
  if (!ev) return undefined;
  const params = (await readJsonChecked(path.join(dir, "params.json"), paramsShape, "the run's params")) ?? {};
  return {
    // the train run it evaluated (on GitHub: the leg's train artifact), else the folder
    run: ev.candidate ?? path.basename(dir),
    params,
    values: ev.values,
    gates: ev.gates,
    passed: ev.passed,
    baseline: ev.baseline === undefined ? undefined : (ev.baseline?.id ?? null),
    intervals: Object.fromEntries(
      Object.entries(ev.quality?.metrics ?? {}).flatMap(([k, m]) =>
        m.interval && typeof m.interval[0] === "number" && typeof m.interval[1] === "number"
          ? [[k, [m.interval[0], m.interval[1]] as [number, number]]]
          : [],
      ),
    ),
    model: ev.model,
    createdAt: ev.createdAt ?? "",
    dir,
  };
}

export type EvaluatedRun = NonNullable<Awaited<ReturnType<typeof readRun>>>;

/**
 * The evaluated runs compare-runs ranks (and register --best takes the best of): the given run
 * folders (each must hold an evaluation.json), else every run of the project that has one; only
 * evaluations of the project's model; of runs with the same params, the newest evaluation.
 */
export async function evaluatedRuns(
  project: Project,
  given: string[] | undefined,
  log: Logger,
  input = "runs",
): Promise<{ model: string | undefined; runs: EvaluatedRun[] }> {
  let dirs = given?.map((r) => path.resolve(r));
  if (!dirs) {
    const root = runsDir(project);
    dirs = (await fs.readdir(root).catch(() => [] as string[])).map((d) => path.join(root, d));
  }
  const found = [];
  for (const dir of dirs) {
    if (!(await exists(path.join(dir, "evaluation.json")))) {
      if (given)
        throw new UserError(`${dir} has no evaluation.json: run quality-load-bias-test on it first`, { input });
      continue;
    }
    found.push((await readRun(dir))!);
  }
  const model = project.config.model ?? found[0]?.model;
  const mine = found.filter((r) => r.model === model);
  for (const r of found.filter((x) => x.model !== model))
    log.info(`${r.run}: an evaluation of '${r.model}', not of '${model}': left out`);
  // A re-run leg leaves a second evaluation of the same params: the newer one counts.
  const byParams = new Map<string, EvaluatedRun>();
  for (const r of mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt))) byParams.set(canonicalJson(r.params), r);
  return { model, runs: [...byParams.values()] };
}

/**
 * The ranking, its ties decided by the paired test of the best's and each other passing run's
 * predictions of the same test rows (each run folder's predictions.csv) where both were recorded
 * and read; the others by their intervals (rankRuns says which decided).
 */
async function withPairedTies(
  project: Project,
  model: string,
  runs: EvaluatedRun[],
  metric: string | undefined,
  log: Logger,
): Promise<RunComparison> {
  const first = rankRuns(model, runs, metric);
  const best = first.best as EvaluatedRun | undefined;
  const others = first.runs.filter((r) => r !== best && r.passed) as EvaluatedRun[];
  const file = (r: EvaluatedRun) => path.join(r.dir, "predictions.csv");
  if (!best || !others.length || !(await exists(file(best)))) return first;
  const ev = project.config.evaluate;
  const compare = await pairedWith(file(best), {
    label: ev.label,
    prediction: ev.prediction,
    score: ev.score,
    scoreColumns: ev["score-columns"],
    positiveLabel: ev["positive-label"],
    task: ev.task,
  });
  const byRun: Record<string, Awaited<ReturnType<typeof compare>>> = {};
  for (const r of others) {
    byRun[r.run] = (await exists(file(r))) ? await compare(file(r)) : undefined;
    if (!byRun[r.run]?.[first.metric])
      log.info(
        `${r.run}: no paired test with ${best.run} on ${first.metric} (no predictions of the same rows): compared by their intervals`,
      );
  }
  return rankRuns(model, runs, metric, { run: best.run, with: byRun });
}

export async function compareRunsStep(s: CompareRunsSettings, host: StepHost): Promise<StepResult<CompareRunsExtra>> {
  const project = await loadProject(s.config, { optional: true });
  const { model, runs } = await evaluatedRuns(project, s.runs, host.log);
  if (!runs.length || !model)
    throw new UserError(
      "no evaluated runs to compare: each needs the evaluation.json that quality-load-bias-test writes into its run folder",
      { input: s.artifacts ? "artifacts" : "runs" },
    );
  const comparison = await withPairedTies(project, model, runs, s.metric, host.log);
  if (s.expected !== undefined && runs.length < s.expected)
    host.log.warning(`${runs.length} of ${s.expected} legs evaluated: the others left no evaluation`);
  const markdown = comparisonMarkdown(comparison, {
    runUrl: host.run?.runUrl,
    commit: host.run?.commit,
    expected: s.expected,
  });
  const mdPath = path.join(project.stateDir, "reports", "compare-runs.md");
  await fs.mkdir(path.dirname(mdPath), { recursive: true });
  await writeFileAtomic(mdPath, markdown);
  const best = comparison.best;
  host.log.info(
    best
      ? `best of ${runs.length} runs by ${comparison.metric}: ${best.run} ${JSON.stringify(best.params)}`
      : `none of ${runs.length} runs passed every gate`,
  );
  return {
    ok: true,
    outputs: {
      best: best ? JSON.stringify(best.params) : "",
      "best-run": best?.run ?? "",
      count: String(runs.length),
      markdown: mdPath,
    },
    summary: markdown,
    extra: { comparison, markdown },
  };
}

/** The compare-runs step: its spec and its run. */
export const compareRuns: Step<typeof compareRunsSpec, CompareRunsExtra> = {
  spec: compareRunsSpec,
  run: compareRunsStep,
};
