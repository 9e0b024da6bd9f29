/** A point of a live metric series: `mlship:metric name=loss value=0.41 step=120`. */
export interface MetricPoint {
  name: string;
  value: number;
  step: number;
}

const LINE = /^mlship:metric\s+(.*)$/;

export function parseMetricLine(line: string): MetricPoint | undefined {
  const m = LINE.exec(line.trim());
  if (!m) return undefined;
  const kv: Record<string, string> = {};
  for (const part of m[1].split(/\s+/)) {
    const eq = part.indexOf("=");
    if (eq > 0) kv[part.slice(0, eq)] = part.slice(eq + 1);
  }
  const value = Number(kv.value);
  if (!kv.name || !/^[A-Za-z0-9_.\/-]{1,64}$/.test(kv.name) || kv.value === undefined || !Number.isFinite(value)) return undefined;
  const step = kv.step !== undefined ? Number(kv.step) : NaN;
  return { name: kv.name, value, step: Number.isFinite(step) ? step : -1 };
}

/** Groups points by metric name; points without a step get their index. */
export function toSeries(points: MetricPoint[]): Record<string, { step: number; value: number }[]> {
  const out: Record<string, { step: number; value: number }[]> = {};
  for (const p of points) {
    const s = (out[p.name] ??= []);
    s.push({ step: p.step >= 0 ? p.step : s.length, value: p.value });
  }
  return out;
}
