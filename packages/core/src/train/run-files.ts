import * as z from "zod";

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

/** params.json: the run's params. */
export const paramsShape = z.record(z.string(), z.unknown());
