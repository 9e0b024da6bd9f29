import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";

/** A `${{ … }}` the workflow parser found in a value, kept unevaluated until its contexts exist. */
export class Expr {
  constructor(readonly source: string) {}
}

/** Job and step status as success()/failure()/always()/cancelled() see it. */
export interface Status {
  /** True when the dependencies (a job's needs, or a job's earlier steps) all succeeded. */
  ok: boolean;
  cancelled?: boolean;
}

const statusNames = ["success", "failure", "always", "cancelled"];

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const b = (v: boolean) => () => new data.BooleanData(v);
  return new Map<string, FunctionDefinition>([
    ["success", { name: "success", minArgs: 0, maxArgs: 0, call: b(status.ok && !status.cancelled) }],
    ["failure", { name: "failure", minArgs: 0, maxArgs: 0, call: b(!status.ok && !status.cancelled) }],
    ["always", { name: "always", minArgs: 0, maxArgs: 0, call: b(true) }],
    ["cancelled", { name: "cancelled", minArgs: 0, maxArgs: 0, call: b(!!status.cancelled) }],
  ]);
}

/** Evaluates one expression with GitHub's own evaluator; returns plain JSON-like values. */
function evaluate(source: string, contexts: Record<string, unknown>, status: Status = { ok: true }): unknown {
  const lexed = new Lexer(source).lex();
  const functions = statusFunctions(status);
  const expr = new Parser(lexed.tokens, Object.keys(contexts), [...functions.values()]).parse();
  const ctx = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(expr, ctx, functions).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer) ?? "null");
}

/** Resolves every Expr in a value parsed from a workflow (mappings and sequences included). */
export function resolve(value: unknown, contexts: Record<string, unknown>, status?: Status): unknown {
  if (value instanceof Expr) return evaluate(value.source, contexts, status);
  if (Array.isArray(value)) return value.map((v) => resolve(v, contexts, status));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, contexts, status)]));
  return value;
}

/** A value as the runner turns it into a string (inputs, env, outputs): null → "", objects → JSON. */
export function asString(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/**
 * An `if:` as GitHub reads it: the `${{ }}` around it is optional, and a condition that calls no
 * status function gets an implicit `success() &&`.
 */
export function condition(raw: unknown, contexts: Record<string, unknown>, status: Status): boolean {
  if (raw === undefined || raw === null || raw === "") return status.ok && !status.cancelled;
  if (typeof raw === "boolean") return raw && status.ok;
  let text = raw instanceof Expr ? raw.source : String(raw);
  text = text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  if (!new RegExp(`\\b(${statusNames.join("|")})\\s*\\(`).test(text)) text = `success() && (${text})`;
  const v = evaluate(text, contexts, status);
  return !!v && v !== "" && v !== 0;
}

/** `${{ expr }}` inside an action.yml default (the runner evaluates those with github context). */
export function interpolate(text: string, contexts: Record<string, unknown>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => asString(evaluate(e.trim(), contexts)));
}
