import { UserError } from "../errors.js";
import { didYouMean, parseGate } from "../evaluate/gates.js";
import { escapeMarkdown, inlineCode, table } from "./escape.js";
import { fmt } from "./format.js";

/** One evaluated run (a sweep's leg): its params and its evaluation's headline numbers. */
export interface ComparedRun {
  /** The run folder's name (or the artifact it came from). */
  run: string;
  params: Record<string, unknown>;
  /** null: the metric was NaN (written as null): missing, ranked last. */
  values: Record<string, number | null>;
  gates: { expression: string; metric: string; passed: boolean }[];
  passed: boolean;
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
}

/** Metrics where lower is better, for a ranking metric no gate gives a direction to. */
const LOWER_IS_BETTER = /^(log_loss|rmse|mae|mape|.*_difference|.*loss.*)$/;

/**
 * Ranks evaluated runs. The ranking metric is the given one, else the first gate's; its direction
 * comes from the gate (`>=`/`>`: higher is better), else from the metric's kind. A given metric
 * that no run has a value for is an input error (a typo would otherwise rank every run equal).
 */
export function rankRuns(model: string, runs: ComparedRun[], metric?: string): RunComparison {
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
  return { model, metric: rankBy, higherIsBetter, columns, runs: ranked, best };
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
  if (c.best)
    out.push(
      `**Best: ${paramsText(c.best.params, varying.length ? varying : keys)}** (${by}; among the runs that passed every gate)`,
    );
  else out.push(`**No run passed every gate** (ranked by ${by}).`);
  out.push("");
  const rows = c.runs.map((r) => [
    r === c.best ? "🏆 best" : "",
    paramsText(r.params, varying.length ? varying : keys),
    ...c.columns.map((m) => fmt(r.values[m])),
    r.passed ? "✅ passed" : `❌ ${r.gates.filter((g) => !g.passed).length} failed`,
    escapeMarkdown(r.run),
  ]);
  out.push(table(["", "params", ...c.columns.map(escapeMarkdown), "gates", "run"], rows));
  if (fixed.length && varying.length) out.push("", `Same in every run: ${paramsText(c.runs[0].params, fixed)}`);
  if (opts.runUrl) out.push("", `[Workflow run](${opts.runUrl})`);
  return `${out.join("\n")}\n`;
}
