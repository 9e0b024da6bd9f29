import {
  convertWorkflowTemplate,
  isBasicExpression,
  isLiteral,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { Expr } from "./expressions.js";

/** A workflow file as GitHub's parser read it: plain values, with `${{ }}` kept as Expr. */
export interface WorkflowFile {
  name?: string;
  on: Record<string, Record<string, unknown> | null>;
  permissions?: Permissions | string;
  concurrency?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, JobDef>;
}
export type Permissions = Record<string, string>;
export interface StepDef {
  id?: string;
  name?: unknown;
  if?: unknown;
  uses?: string;
  run?: unknown;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  shell?: string;
  "working-directory"?: unknown;
  "continue-on-error"?: unknown;
}
export interface JobDef {
  name?: unknown;
  needs?: string | string[];
  if?: unknown;
  "runs-on"?: unknown;
  permissions?: Permissions | string;
  environment?: unknown;
  concurrency?: unknown;
  outputs?: Record<string, unknown>;
  strategy?: { matrix?: unknown; "fail-fast"?: unknown };
  env?: Record<string, unknown>;
  defaults?: { run?: { "working-directory"?: unknown; shell?: string } };
  steps?: StepDef[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: "inherit" | Record<string, unknown>;
  "timeout-minutes"?: unknown;
  "continue-on-error"?: unknown;
}

function plain(t: any): unknown {
  if (isMapping(t)) {
    const o: Record<string, unknown> = {};
    for (const kv of t) o[kv.key.toString()] = plain(kv.value);
    return o;
  }
  if (isSequence(t)) return [...t].map(plain);
  if (isBasicExpression(t)) return new Expr(t.expression);
  if (isLiteral(t)) return (t as unknown as { value?: unknown }).value ?? null;
  return null;
}

/**
 * Parses a workflow with @actions/workflow-parser (GitHub's own) and fails on any error it or
 * the template converter reports, as GitHub refuses such a file before any job starts.
 */
export async function loadWorkflow(name: string, content: string): Promise<WorkflowFile> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!errors.length && parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  if (errors.length || !parsed.value) throw new Error(`${name} is not a valid workflow:\n${errors.join("\n")}`);
  const wf = plain(parsed.value) as WorkflowFile;
  // `on: push` and `on: [push, pull_request]` are the short forms of a mapping.
  const on = wf.on as unknown;
  if (typeof on === "string") wf.on = { [on]: null };
  else if (Array.isArray(on)) wf.on = Object.fromEntries(on.map((e) => [e, null]));
  return wf;
}
