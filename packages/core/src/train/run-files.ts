import * as z from "zod";
import { servingCodeSchema } from "../registry/types.js";

/**
 * The shapes of a training run's files that later steps read back (register, quality-load-bias-test, compare-runs),
 * apart from the steps so that zod's schemas are built only when a step gets that far.
 */

/** The parts of evaluation.json register uses (a NaN metric is written as null: missing). */
export const evaluationShape = z.looseObject({
  values: z.record(z.string(), z.number().nullable()),
  gates: z.array(
    z.looseObject({
      expression: z.string(),
      passed: z.boolean(),
      value: z.number().nullable().optional(),
      threshold: z.number().nullable().optional(),
    }),
  ),
  passed: z.boolean(),
  serving: servingCodeSchema.optional(),
});

/** series.json: each metric's values by step, for the training curve. */
export const seriesShape = z.record(z.string(), z.array(z.object({ step: z.number(), value: z.number() })));

/** What compare-runs reads of a run's evaluation.json (quality-load-bias-test's report; a NaN metric is null). */
export const comparedEvaluationShape = z.looseObject({
  model: z.string(),
  values: z.record(z.string(), z.number().nullable()),
  gates: z.array(z.looseObject({ expression: z.string(), metric: z.string(), passed: z.boolean() })),
  passed: z.boolean(),
  candidate: z.string().optional(),
  createdAt: z.string().optional(),
  /** The model its baseline gates compared with (null: none existed then). */
  baseline: z.looseObject({ id: z.string() }).nullable().optional(),
  /** Each metric's 95% interval, for ties. */
  quality: z
    .looseObject({
      metrics: z.record(
        z.string(),
        z.looseObject({ interval: z.tuple([z.number().nullable(), z.number().nullable()]).optional() }),
      ),
    })
    .optional(),
});

/** How deep params may nest: deeper is no training config (and would overflow the stack when compared). */
const MAX_PARAMS_DEPTH = 32;

/**
 * A JSON value copied into null-prototype objects, or why it cannot be: a key `__proto__` stays a
 * param (an ordinary object would take it as its prototype, and two runs would compare equal).
 */
function plainCopy(value: unknown, depth: number): unknown {
  if (depth > MAX_PARAMS_DEPTH) throw new RangeError(`nested deeper than ${MAX_PARAMS_DEPTH} levels`);
  if (Array.isArray(value)) return value.map((v) => plainCopy(v, depth + 1));
  if (value && typeof value === "object") {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = plainCopy(v, depth + 1);
    return out;
  }
  return value;
}

/** params.json: the run's params, an object of null-prototype objects at most MAX_PARAMS_DEPTH deep. */
export const paramsShape = z.unknown().transform((value, ctx): Record<string, unknown> => {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    ctx.addIssue({ code: "custom", message: "params must be a JSON object" });
    return z.NEVER;
  }
  try {
    return plainCopy(value, 0) as Record<string, unknown>;
  } catch (e) {
    ctx.addIssue({ code: "custom", message: `params are ${(e as Error).message}` });
    return z.NEVER;
  }
});
