import { UserError } from "../errors.js";
import type { PairedComparison } from "../evaluate/compare.js";
import { didYouMean, parseGate } from "../evaluate/gates.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt, fmtInterval, fmtP, signed } from "./format.js";

/** One evaluated run (a sweep's leg): its params and its evaluation's headline numbers. */
export interface ComparedRun {
  /** The run folder's name (or the artifact it came from). */
  run: string;
  params: Record<string, unknown>;
  /** null: the metric was NaN (written as null): missing, ranked last. */
  values: Record<string, number | null>;
  gates: { expression: string; metric: string; passed: boolean }[];
  passed: boolean;
  /** The model its baseline gates compared with: null when none existed then; undefined when not recorded. */
  baseline?: string | null;
  /** 95% intervals of its metrics (evaluation.json's quality.metrics). */
  intervals?: Record<string, [number, number]>;
}

export interface RunComparison {
  model: string;
  /** The metric that ranks the runs, and whether higher is better. */
  metric: string;
  higherIsBetter: boolean;
  /** Headline metrics: those the gates name, in their order (the ranking metric first). */
  columns: string[];
  /** Best first: the runs that passed every gate, then the others, each by the ranking metric. */
  runs: ComparedRun[];
  /** The best run: the first that passed every gate, else undefined. */
  best?: ComparedRun;
  /**
   * Runs that passed every gate and are not significantly worse than the best by the ranking
   * metric: by the paired test of the two runs' predictions of the same rows where there is one
   * (`vsBest`), else when the 95% interval of the difference from their intervals includes 0
   * (tieTest says which decided). Empty when neither can be computed (`tieTest` null).
   */
  tied: ComparedRun[];
  tieTest: string | null;
  /** The best − each other run that passed, by the ranking metric, on the same rows (run name → paired test), where both runs' predictions were read. */
  vsBest: Record<string, PairedComparison>;
  /** The distinct baselines the runs' gates compared with (null: none), in the runs' order. */
  baselines: (string | null)[];
}

/**
 * Whether `b` is not significantly worse than `best` by `metric`: the 95% interval of the difference
 * of the two values, its standard error from the two runs' 95% intervals as if independent
 * (se = width / 2·1.96; Var(a − b) = se_a² + se_b²), contains 0. The runs share their test rows,
 * which makes the true interval narrower, so this calls more ties than a paired test would.
 @internal */
export function notSignificantlyWorse(best: ComparedRun, b: ComparedRun, metric: string): boolean | undefined {
  const [va, vb, ia, ib] = [best.values[metric], b.values[metric], best.intervals?.[metric], b.intervals?.[metric]];
  if (typeof va !== "number" || typeof vb !== "number" || !ia || !ib) return undefined;
  const se = (i: [number, number]) => (i[1] - i[0]) / (2 * Z95);
  const half = Z95 * Math.hypot(se(ia), se(ib));
  return Math.abs(va - vb) <= half;
}

/** The normal distribution's 97.5% quantile (stats/ranking.ts has it too; imported from there it would load @stdlib at compare-runs' start). */
const Z95 = 1.959963984540054;

const TIE_TEST =
  "95% interval of the difference from the two runs' intervals taken as independent (the shared test rows make the true interval narrower: a conservative test that calls more ties)";
const PAIRED_TEST = "paired test of the two runs' predictions of the same rows (5% level)";

/** How a paired comparison was tested, for the table. */
const METHOD: Record<PairedComparison["method"], string> = {
  mcnemar: "McNemar",
  "paired-bootstrap": "paired bootstrap",
  delong: "DeLong",
  delta: "paired normal",
};

/** Metrics where lower is better, for a ranking metric no gate gives a direction to. */
const LOWER_IS_BETTER = /^(log_loss|rmse|mae|mape|.*_difference|.*loss.*)$/;

/**
 * Ranks evaluated runs. The ranking metric is the given one, else the first gate's; its direction
 * comes from the gate (`>=`/`>`: higher is better), else from the metric's kind. A given metric
 * that no run has a value for is an input error (a typo would otherwise rank every run equal).
 */
export function rankRuns(
  model: string,
  runs: ComparedRun[],
  metric?: string,
  /** A run's paired comparisons with the other runs (run name → by metric), where their predictions were read: used when that run is the best. */
  paired?: { run: string; with: Record<string, Record<string, PairedComparison> | undefined> },
): RunComparison {
  const gated = runs.flatMap((r) => r.gates);
  const rankBy = metric ?? gated[0]?.metric ?? Object.keys(runs[0]?.values ?? {})[0] ?? "";
  const gate = gated.find((g) => g.metric === rankBy);
  const op = gate ? parseGate(gate.expression).op : undefined;
  const higherIsBetter =
    op === ">=" || op === ">" ? true : op === "<=" || op === "<" ? false : !LOWER_IS_BETTER.test(rankBy);
  const columns = [...new Set([rankBy, ...gated.map((g) => g.metric)])].filter(Boolean);
  const score = (r: ComparedRun) => {
    const v = r.values[rankBy];
    return typeof v === "number" && Number.isFinite(v) ? (higherIsBetter ? v : -v) : Number.NEGATIVE_INFINITY;
  };
  if (metric !== undefined && !runs.some((r) => Number.isFinite(score(r)))) {
    const available = [...new Set(runs.flatMap((r) => Object.keys(r.values)))].sort();
    const hint = didYouMean(metric);
    throw new UserError(
      `no run has a value for the ranking metric '${metric}'${hint && available.includes(hint) ? ` (did you mean '${hint}'?)` : ""}; the runs have: ${available.join(", ") || "(none)"}`,
      { input: "metric" },
    );
  }
  const ranked = [...runs].sort((a, b) => Number(b.passed) - Number(a.passed) || score(b) - score(a));
  const best = ranked[0]?.passed ? ranked[0] : undefined;
  const others = best ? ranked.filter((r) => r !== best && r.passed) : [];
  const withBest = best && paired?.run === best.run ? paired.with : {};
  const vsBest = Object.fromEntries(
    others.flatMap((r) => {
      const p = withBest[r.run]?.[rankBy];
      return p && Number.isFinite(p.p_value) ? [[r.run, p]] : [];
    }),
  );
  const tie = (r: ComparedRun) =>
    vsBest[r.run] ? vsBest[r.run].p_value >= 0.05 : best ? notSignificantlyWorse(best, r, rankBy) : undefined;
  const tied = others.filter((r) => tie(r) === true);
  const byPairs = others.filter((r) => vsBest[r.run]).length;
  const byIntervals = best?.intervals?.[rankBy] !== undefined && others.some((r) => !vsBest[r.run]);
  const tieTest =
    byPairs && byIntervals
      ? `${PAIRED_TEST} where both runs' predictions were read, else the ${TIE_TEST}`
      : byPairs
        ? PAIRED_TEST
        : best?.intervals?.[rankBy] !== undefined
          ? TIE_TEST
          : null;
  const baselines = [...new Set(ranked.filter((r) => r.baseline !== undefined).map((r) => r.baseline ?? null))];
  return {
    model,
    metric: rankBy,
    higherIsBetter,
    columns,
    runs: ranked,
    best,
    tied,
    tieTest,
    vsBest,
    baselines,
  };
}

/** Params as one short line: `lr: 0.1, epochs: 2` (untrusted: shown as inline code). */
function paramsText(params: Record<string, unknown>, keys: string[]): string {
  const given = keys.filter((k) => params[k] !== undefined);
  if (!given.length) return "(none)";
  return inlineCode(given.map((k) => `${k}: ${JSON.stringify(params[k])}`).join(", "));
}

/** The comparison as markdown: a table with one row per run, the swept params and headline metrics, the best marked. */
export function comparisonMarkdown(
  c: RunComparison,
  opts: { runUrl?: string; commit?: string; expected?: number } = {},
): string {
  const keys = [...new Set(c.runs.flatMap((r) => Object.keys(r.params)))].sort();
  // The params the runs differ in are the sweep's; the rest are shown once.
  const varying = keys.filter((k) => new Set(c.runs.map((r) => JSON.stringify(r.params[k]))).size > 1);
  const fixed = keys.filter((k) => !varying.includes(k));
  // The commit in the header tells a reader which push the table is for (a newer push's sweep replaces it).
  const at = opts.commit && /^[0-9a-f]{7,64}$/i.test(opts.commit) ? ` at ${inlineCode(opts.commit.slice(0, 7))}` : "";
  const out = [
    `## mlship sweep: ${escapeMarkdown(c.model)} — ${c.runs.length} run${c.runs.length === 1 ? "" : "s"}${at}`,
    "",
  ];
  if (opts.expected !== undefined && c.runs.length < opts.expected)
    out.push(
      `> [!WARNING]\n> ${c.runs.length} of ${opts.expected} legs evaluated: the others failed or were cancelled before their evaluation.`,
      "",
    );
  const by = `${escapeMarkdown(c.metric)}, ${c.higherIsBetter ? "higher" : "lower"} is better`;
  const shown = (r: ComparedRun) => paramsText(r.params, varying.length ? varying : keys);
  if (c.best && c.tied.length)
    out.push(
      `**Tied: ${[c.best, ...c.tied].map(shown).join(", ")}** (${by}; among the runs that passed every gate): ${shown(c.best)} ranks first, but not significantly better than the others tied — by the ${c.tieTest}.`,
    );
  else if (c.best)
    out.push(
      `**Best: ${shown(c.best)}** (${by}; among the runs that passed every gate${c.tieTest ? "; significantly better than each other run that passed, by the " + c.tieTest : "; no intervals recorded: ties not tested"})`,
    );
  else out.push(`**No run passed every gate** (ranked by ${by}).`);
  out.push("");
  const mixed = c.baselines.length > 1;
  if (mixed)
    out.push(
      `> [!WARNING]\n> The runs were gated against different baselines (${c.baselines.map((b) => (b === null ? "none" : inlineCode(b))).join(", ")}): a baseline gate one run passed may not compare with another's. Re-evaluate them against one baseline to compare them.`,
      "",
    );
  else if (c.baselines.length === 1)
    out.push(
      `Baseline of every run: ${c.baselines[0] === null ? "none (no model in production then)" : inlineCode(c.baselines[0])}`,
      "",
    );
  const cell = (r: ComparedRun, m: string) => {
    const i = r.intervals?.[m];
    return typeof r.values[m] === "number" && i ? `${fmt(r.values[m])} ${fmtInterval(i)}` : fmt(r.values[m]);
  };
  // The best − each other run on the same rows, where a paired test decided; "intervals" where it could not.
  const pairs = Object.keys(c.vsBest).length > 0;
  const vsBestCell = (r: ComparedRun) => {
    const p = c.vsBest[r.run];
    if (p) return `${signed(p.diff)} ${fmtInterval(p.interval)}, p = ${fmtP(p.p_value)} (${METHOD[p.method]})`;
    return r !== c.best && r.passed && c.best ? "no paired predictions: intervals" : "";
  };
  const rows = c.runs.map((r) => [
    r === c.best ? (c.tied.length ? "🏆 tied best" : "🏆 best") : c.tied.includes(r) ? "🤝 tied" : "",
    shown(r),
    ...c.columns.map((m) => cell(r, m)),
    ...(pairs ? [vsBestCell(r)] : []),
    r.passed ? "✅ passed" : `❌ ${r.gates.filter((g) => !g.passed).length} failed`,
    ...(mixed ? [r.baseline === undefined ? "?" : r.baseline === null ? "none" : inlineCode(r.baseline)] : []),
    escapeMarkdown(r.run),
  ]);
  out.push(
    table(
      [
        "",
        "params",
        ...c.columns.map((m) => escapeMarkdown(m) + (c.runs.some((r) => r.intervals?.[m]) ? " (95% interval)" : "")),
        ...(pairs ? [`best − run, ${escapeMarkdown(c.metric)} (paired, 95% interval)`] : []),
        "gates",
        ...(mixed ? ["baseline ⚠️"] : []),
        "run",
      ],
      rows,
    ),
  );
  if (fixed.length && varying.length) out.push("", `Same in every run: ${paramsText(c.runs[0].params, fixed)}`);
  if (opts.runUrl) out.push("", `[Workflow run](${opts.runUrl})`);
  return `${out.join("\n")}\n`;
}
