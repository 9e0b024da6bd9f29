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
  if (!kv.name || !/^[A-Za-z0-9_./-]{1,64}$/.test(kv.name) || kv.value === undefined || !Number.isFinite(value))
    return undefined;
  const step = kv.step !== undefined ? Number(kv.step) : NaN;
  return { name: kv.name, value, step: Number.isFinite(step) ? step : -1 };
}

/** At most this many points are kept per metric, and this many metrics per run. @internal */
export const SERIES_CAP = 1000;
const METRICS_CAP = 100;

interface Kept {
  points: { step: number; value: number }[];
  /** Every `stride`-th point is kept; doubled each time the series fills up. */
  stride: number;
  seen: number;
  last: { step: number; value: number } | undefined;
}

/**
 * Metric series of a run in bounded memory: a series that outgrows SERIES_CAP is thinned to
 * every other point and keeps every 2nd, 4th, ... point from then on (evenly spaced over the
 * whole run), and its last point is always kept. A million metric lines cost a few kB.
 */
export class SeriesCollector {
  private kept = new Map<string, Kept>();
  add(p: MetricPoint): void {
    let k = this.kept.get(p.name);
    if (!k) {
      if (this.kept.size >= METRICS_CAP) return;
      this.kept.set(p.name, (k = { points: [], stride: 1, seen: 0, last: undefined }));
    }
    const point = { step: p.step >= 0 ? p.step : k.seen, value: p.value };
    if (k.seen % k.stride === 0) {
      k.points.push(point);
      if (k.points.length >= 2 * SERIES_CAP) {
        k.points = k.points.filter((_, i) => i % 2 === 0);
        k.stride *= 2;
      }
    }
    k.seen++;
    k.last = point;
  }
  series(): Record<string, { step: number; value: number }[]> {
    const out: Record<string, { step: number; value: number }[]> = {};
    for (const [name, k] of this.kept)
      out[name] = k.last && k.points.at(-1) !== k.last ? [...k.points, k.last] : [...k.points];
    return out;
  }
}
