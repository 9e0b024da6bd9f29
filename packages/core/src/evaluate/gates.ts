import { UserError } from "../errors.js";

/**
 * Gate grammar (one parser):
 *   gate   := metric op rhs
 *   op     := ">=" | "<=" | ">" | "<" | "=="
 *   rhs    := number | ref "." metric [("+" | "-") number]
 *   ref    := "baseline" (quality-load-bias-test: the model in production) | "registered"
 *             (check-performance: the serving version's evaluation at registration)
 *   metric := [a-z_][a-z0-9_]* ["[" class "]"]    (a per-class metric: recall[virginica])
 *   class  := any text but "]" and control characters
 */
type Op = ">=" | "<=" | ">" | "<" | "==";

export interface Gate {
  source: string;
  metric: string;
  op: Op;
  rhs: { kind: "number"; value: number } | { kind: "baseline"; metric: string; offset: number };
}

export interface GateResult {
  expression: string;
  metric: string;
  value: number | null;
  threshold: number | null;
  passed: boolean;
  /** Why a gate passed without a comparison (no baseline yet), or why it failed without a value. */
  note?: string;
  /** Set when the gate was decided on paired predictions: "not significantly worse". */
  paired?: GateComparison;
}

/**
 * A metric's difference from the reference's, with its 95% interval: paired (the same rows, as
 * quality-load-bias-test's candidate and baseline) or, with `unpaired`, from independent rows
 * (check-performance's production rows and the registered evaluation's).
 */
export interface GateComparison {
  baseline: number;
  diff: number;
  interval: [number, number];
  p_value: number;
  method: string;
  unpaired?: boolean;
}

/** More distinct labels than this and the label is no classification target mlship gates. */
export const MAX_CLASSES = 64;

/** Every name a gate can use: what quality-load-bias-test computes (README: "Gate metric names"). @internal */
export const GATE_METRICS = {
  classification: [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "f1_macro",
    "f1_weighted",
    "balanced_accuracy",
    "roc_auc",
    "pr_auc",
    "log_loss",
  ],
  multiclass: [
    "accuracy",
    "balanced_accuracy",
    "f1_macro",
    "f1_micro",
    "f1_weighted",
    "precision_macro",
    "recall_macro",
    "roc_auc_ovr",
    "roc_auc_ovr_weighted",
    "log_loss",
    "cohen_kappa",
    "mcc",
  ],
  /** Multiclass, one class named in brackets: recall[virginica]. */
  perClass: ["precision", "recall", "f1"],
  regression: ["rmse", "mae", "mape", "r2"],
  bias: [
    "demographic_parity_difference",
    "demographic_parity_ratio",
    "equalized_odds_difference",
    "equalized_odds_ratio",
  ],
  multiclassBias: [
    "accuracy_group_difference",
    "accuracy_group_ratio",
    "recall_group_difference",
    "recall_group_ratio",
    "selection_rate_group_difference",
    "selection_rate_group_ratio",
  ],
  regressionBias: ["mae_group_difference", "mae_group_ratio", "rmse_group_difference", "rmse_group_ratio"],
} as const;

/** What a task computes: binary and multiclass classification, regression; "classification" when the number of classes is not known yet. */
export type GateTask = "binary" | "multiclass" | "regression" | "classification" | "any";

function namesOf(task: GateTask): { plain: readonly string[]; perClass: readonly string[]; bias: readonly string[] } {
  const M = GATE_METRICS;
  switch (task) {
    case "binary":
      return { plain: M.classification, perClass: [], bias: M.bias };
    case "multiclass":
      return { plain: M.multiclass, perClass: M.perClass, bias: M.multiclassBias };
    case "regression":
      return { plain: M.regression, perClass: [], bias: M.regressionBias };
    case "classification":
      return {
        plain: [...new Set([...M.classification, ...M.multiclass])],
        perClass: M.perClass,
        bias: [...M.bias, ...M.multiclassBias],
      };
    case "any":
      return {
        plain: [...new Set([...M.classification, ...M.multiclass, ...M.regression])],
        perClass: M.perClass,
        bias: [...M.bias, ...M.multiclassBias, ...M.regressionBias],
      };
  }
}

const KNOWN_METRICS: readonly string[] = [
  ...new Set([
    ...GATE_METRICS.classification,
    ...GATE_METRICS.multiclass,
    ...GATE_METRICS.regression,
    ...GATE_METRICS.bias,
    ...GATE_METRICS.multiclassBias,
    ...GATE_METRICS.regressionBias,
  ]),
];

/** A metric name's base and class: "recall[virginica]" → ["recall", "virginica"]. */
function splitMetric(name: string): [string, string | undefined] {
  const m = /^([a-z_][a-z0-9_]*)\[(.*)\]$/.exec(name);
  return m ? [m[1], m[2]] : [name, undefined];
}

/**
 * Checks that every metric a gate names is one the task computes (exit 2 before anything is
 * computed, not a failed gate after): a binary metric on a multiclass label, a classification
 * metric on regression, a bias metric without sensitive features, a class the data does not have.
 */
export function checkGatesForTask(
  gates: Gate[],
  task: GateTask,
  o: { sensitiveFeatures: boolean; classes?: string[]; input?: string },
): void {
  const names = namesOf(task);
  const label =
    task === "binary"
      ? "binary classification"
      : task === "multiclass"
        ? "multiclass classification"
        : task === "any"
          ? "mlship"
          : task;
  for (const g of gates)
    for (const metric of g.rhs.kind === "baseline" ? [g.metric, g.rhs.metric] : [g.metric]) {
      const [base, cls] = splitMetric(metric);
      const why = (text: string): never => {
        throw new UserError(`gate ${JSON.stringify(g.source)}: ${text}`, o.input ? { input: o.input } : {});
      };
      if (cls !== undefined) {
        if (!names.perClass.includes(base))
          why(
            names.perClass.length
              ? `'${base}[…]' is no per-class metric (per class: ${names.perClass.join(", ")})`
              : `per-class metrics ('${metric}') are for multiclass classification; this is ${label}`,
          );
        if (o.classes && !o.classes.includes(cls))
          why(`class '${cls}' is not in the predictions (classes: ${o.classes.join(", ")})`);
        continue;
      }
      if (names.bias.includes(base)) {
        if (!o.sensitiveFeatures) why(`'${base}' needs sensitive features (evaluate.sensitive-features)`);
        continue;
      }
      if (names.plain.includes(base)) continue;
      const fits = names.plain.filter((n) => n.startsWith(`${base}_`) || base.startsWith(`${n}_`));
      why(
        `${label} does not compute '${base}'${fits.length ? ` (did you mean ${fits.map((f) => `'${f}'`).join(" or ")}?)` : ""}\n  ${label} gates: ${names.plain.join(", ")}${names.perClass.length ? `; per class: ${names.perClass.map((n) => `${n}[<class>]`).join(", ")}` : ""}; bias: ${names.bias.join(", ")}`,
      );
    }
}

/** Edit distance (insertions, deletions, substitutions): a few short names, not worth a dependency. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** The known metric closest to `name`, when it is close enough to be a typo (or a common alias). */
export function didYouMean(name: string): string | undefined {
  const aliases: Record<string, string> = {
    mse: "rmse",
    auc: "roc_auc",
    acc: "accuracy",
    logloss: "log_loss",
    dp_ratio: "demographic_parity_ratio",
  };
  if (aliases[name]) return aliases[name];
  let best: string | undefined;
  let d = Infinity;
  for (const m of KNOWN_METRICS) {
    const e = editDistance(name, m);
    if (e < d) [best, d] = [m, e];
  }
  return d <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function unknownMetric(src: string, name: string, input?: string): never {
  const hint = didYouMean(name);
  throw new UserError(
    `gate ${JSON.stringify(src)}: unknown metric '${name}'${hint ? ` (did you mean '${hint}'?)` : ""}\n  known: classification ${GATE_METRICS.classification.join(", ")}; multiclass ${GATE_METRICS.multiclass.join(", ")}, ${GATE_METRICS.perClass.map((n) => `${n}[<class>]`).join(", ")}; regression ${GATE_METRICS.regression.join(", ")}; bias ${[...GATE_METRICS.bias, ...GATE_METRICS.multiclassBias, ...GATE_METRICS.regressionBias].join(", ")}`,
    input ? { input } : {},
  );
}

/** What a gate's right side may compare with: `baseline.<metric>` or `registered.<metric>`. */
export type GateReference = "baseline" | "registered";

function fail(src: string, pos: number, why: string, input?: string, ref: GateReference = "baseline"): never {
  const caret = " ".repeat(pos) + "^";
  throw new UserError(
    `gate ${JSON.stringify(src)}: ${why} at character ${pos + 1}\n    ${src}\n    ${caret}\n  expected: <metric> <op> <number | ${ref}.<metric> [+|- number]>, op one of >= <= > < ==`,
    input ? { input } : {},
  );
}

export function parseGate(src: string, input?: string, ref: GateReference = "baseline"): Gate {
  let i = 0;
  const ws = () => {
    while (i < src.length && src[i] === " ") i++;
  };
  const ident = (): string => {
    const m = /^[a-z_][a-z0-9_]*/.exec(src.slice(i));
    if (!m) fail(src, i, "expected a metric name", input, ref);
    i += m[0].length;
    if (src[i] !== "[") return m[0];
    const c = /^\[([^\]\x00-\x1f\x7f]+)\]/.exec(src.slice(i));
    if (!c) fail(src, i, "expected a class name in brackets, like recall[virginica]", input, ref);
    i += c[0].length;
    return `${m[0]}${c[0]}`;
  };
  const number = (): number => {
    const m = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (!m) fail(src, i, "expected a number", input, ref);
    i += m[0].length;
    return Number(m[0]);
  };
  ws();
  const metric = ident();
  ws();
  const opm = /^(>=|<=|==|>|<)/.exec(src.slice(i));
  if (!opm) fail(src, i, "expected an operator", input, ref);
  const op = opm[0] as Op;
  i += op.length;
  ws();
  let rhs: Gate["rhs"];
  if (src.startsWith(`${ref}.`, i)) {
    i += ref.length + 1;
    const bm = ident();
    ws();
    let offset = 0;
    if (src[i] === "+" || src[i] === "-") {
      const sign = src[i] === "-" ? -1 : 1;
      i++;
      ws();
      offset = sign * number();
    }
    rhs = { kind: "baseline", metric: bm, offset };
  } else {
    rhs = { kind: "number", value: number() };
  }
  ws();
  if (i < src.length) fail(src, i, "unexpected text", input, ref);
  const known = (name: string) => {
    const [base, cls] = splitMetric(name);
    return cls === undefined
      ? KNOWN_METRICS.includes(base)
      : (GATE_METRICS.perClass as readonly string[]).includes(base);
  };
  if (!known(metric)) unknownMetric(src, metric, input);
  if (rhs.kind === "baseline" && !known(rhs.metric)) unknownMetric(src, rhs.metric, input);
  return { source: src, metric, op, rhs };
}

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case ">=":
      return a >= b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case "<":
      return a < b;
    case "==":
      return a === b;
  }
}

export function evaluateGate(
  gate: Gate,
  values: Record<string, number>,
  baseline: Record<string, number> | undefined,
  paired?: Record<string, GateComparison>,
): GateResult {
  const value = values[gate.metric];
  const base = { expression: gate.source, metric: gate.metric };
  if (value === undefined || Number.isNaN(value))
    return { ...base, value: null, threshold: null, passed: false, note: `metric '${gate.metric}' was not computed` };
  let threshold: number;
  if (gate.rhs.kind === "number") threshold = gate.rhs.value;
  else {
    const pc = gate.rhs.metric === gate.metric ? paired?.[gate.metric] : undefined;
    const b = pc?.baseline ?? baseline?.[gate.rhs.metric];
    if (b === undefined || Number.isNaN(b))
      return { ...base, value, threshold: null, passed: true, note: "no baseline yet: compared with nothing" };
    threshold = b + gate.rhs.offset;
    if (pc && gate.op !== "==") {
      // Fail only when the 95% interval of (candidate − baseline) lies wholly on the wrong side
      // of the allowed margin — "not significantly worse" (paired rows or independent ones).
      const higherIsBetter = gate.op === ">=" || gate.op === ">";
      const passed = higherIsBetter ? pc.interval[1] >= gate.rhs.offset : pc.interval[0] <= gate.rhs.offset;
      return {
        ...base,
        value,
        threshold,
        passed,
        paired: pc,
        note: `${pc.unpaired ? "" : "paired "}${pc.method}: Δ ${pc.diff.toFixed(4)} [${pc.interval[0].toFixed(4)}, ${pc.interval[1].toFixed(4)}], p=${pc.p_value.toPrecision(3)}`,
      };
    }
  }
  return { ...base, value, threshold, passed: compare(value, gate.op, threshold) };
}
