import * as z from "zod";

/**
 * The shapes of a training run's files that later steps read back (register, quality-load-bias-test),
 * apart from the steps so that zod's schemas are built only when a step gets that far.
 */

/** The parts of evaluation.json register uses. */
export const evaluationShape = z.looseObject({
  values: z.record(z.string(), z.number()),
  gates: z.array(
    z.looseObject({ expression: z.string(), passed: z.boolean(), value: z.number().nullable().optional() }),
  ),
  passed: z.boolean(),
});

/** series.json: each metric's values by step, for the training curve. */
export const seriesShape = z.record(z.string(), z.array(z.object({ step: z.number(), value: z.number() })));
