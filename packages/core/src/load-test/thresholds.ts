import { UserError } from "../errors.js";

/** k6's threshold grammar for http_req_duration and http_req_failed: p(95)<200, avg<100, max<=1000, rate<0.01. */
/** Percentiles a k6 threshold may name; the load generator keeps all of them for every run. */
export const KEPT_PERCENTILES = [50, 90, 95, 97.5, 99, 99.9, 99.99, 100];

export interface Threshold {
  source: string;
  stat: string; // "p(95)", "avg", "min", "max", "med", "rate"
  percentile?: number;
  op: "<" | "<=" | ">" | ">=" | "==";
  value: number;
}

export function parseThreshold(src: string, input?: string): Threshold {
  const m = /^\s*(p\((\d+(?:\.\d+)?)\)|avg|min|max|med|rate)\s*(<=|>=|==|<|>)\s*(\d+(?:\.\d+)?)\s*$/.exec(src);
  if (!m)
    throw new UserError(
      `threshold ${JSON.stringify(src)}: expected k6's form, e.g. "p(99)<150" (ms), "avg<50", "rate<0.01" (error rate)`,
      input ? { input } : {},
    );
  const percentile = m[2] !== undefined ? Number(m[2]) : undefined;
  if (percentile !== undefined && !KEPT_PERCENTILES.includes(percentile)) {
    throw new UserError(
      `threshold ${JSON.stringify(src)}: percentiles kept are ${KEPT_PERCENTILES.slice(0, -1).join(", ")} and ${KEPT_PERCENTILES.at(-1)}`,
      input ? { input } : {},
    );
  }
  return { source: src.trim(), stat: m[1], percentile, op: m[3] as Threshold["op"], value: Number(m[4]) };
}

export function thresholdPasses(t: Threshold, actual: number): boolean {
  switch (t.op) {
    case "<":
      return actual < t.value;
    case "<=":
      return actual <= t.value;
    case ">":
      return actual > t.value;
    case ">=":
      return actual >= t.value;
    case "==":
      return actual === t.value;
  }
}
