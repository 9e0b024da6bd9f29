import { RawHttpClient, serializePost } from "./raw-client.js";
import type * as hdr from "hdr-histogram-js";
import { KEPT_PERCENTILES } from "./thresholds.js";

export interface LoadOptions {
  url: string; // full URL of the POST endpoint
  bodies: string[]; // request bodies, used round-robin
  rate: number; // requests per second
  durationMs: number;
  timeoutMs?: number;
  /** Connections to open (default: enough for the rate at a 50 ms latency, at most 256). */
  connections?: number;
  /** HTTP/1.1 pipelining depth per connection (default 1: a request waits for its connection). */
  pipelining?: number;
  onProgress?: (sent: number, total: number) => void;
}

export interface LoadResult {
  rate: number;
  durationMs: number;
  sent: number;
  completed: number;
  errors: number;
  errorRate: number;
  throughput: number;
  /** Answers by HTTP status ("error" for a failed connection or a timeout): what a failed threshold is made of. */
  statuses: Record<string, number>;
  latencyMs: {
    min: number;
    avg: number;
    p50: number;
    p90: number;
    p95: number;
    p99: number;
    p999: number;
    max: number;
  };
  /** Latency counts in log-spaced bins (ms), for the report's histogram. */
  histogram: LatencyBin[];
  /** true while every latency was kept (exact percentiles); false past EXACT_LATENCY_LIMIT (HDR histogram, 3 significant digits). */
  exactPercentiles: boolean;
  /** Any kept percentile (for thresholds like p(97.5)), computed as latencyMs's. */
  percentile(p: number): number;
}

interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** Latencies kept one by one up to this many (16 MiB); past it, percentiles come from the HDR histogram. */
const EXACT_LATENCY_LIMIT = 1 << 21;

/**
 * The p-th percentile of ascending `sorted` values, linear interpolation between the closest ranks:
 * numpy's default ("linear", Hyndman & Fan type 7) and k6's trend percentiles.
 */
function exactPercentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = ((n - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

interface LatencySummary {
  latencyMs: LoadResult["latencyMs"];
  /** true: every latency was kept and percentiles are exact; false: past EXACT_LATENCY_LIMIT, from the HDR histogram (3 significant digits), held within [min, max]. */
  exactPercentiles: boolean;
  histogram: LatencyBin[];
  percentile(p: number): number;
}

/**
 * Latencies of a run: each one kept (exact percentiles, numpy's linear method) while there are at
 * most EXACT_LATENCY_LIMIT, else from an HDR histogram. min, mean and max are always exact, and no
 * percentile lies outside [min, max] (an HDR bucket's upper edge can pass the largest value).
 * @internal
 */
export class LatencyRecorder {
  private samples = new Float64Array(1024);
  private n = 0;
  private sum = 0;
  private min = Number.POSITIVE_INFINITY;
  private max = Number.NEGATIVE_INFINITY;
  private hist: hdr.Histogram | undefined;

  constructor(
    private readonly hdrBuild: () => hdr.Histogram,
    private readonly limit = EXACT_LATENCY_LIMIT,
  ) {}

  record(ms: number): void {
    if (this.n === this.samples.length && this.n < this.limit) {
      const grown = new Float64Array(Math.min(this.limit, this.n * 2));
      grown.set(this.samples);
      this.samples = grown;
    }
    if (this.n < this.limit) this.samples[this.n] = ms;
    else if (!this.hist) {
      this.hist = this.hdrBuild();
      for (let i = 0; i < this.n; i++) this.hist.recordValue(toMicros(this.samples[i]));
    }
    this.hist?.recordValue(toMicros(ms));
    this.n++;
    this.sum += ms;
    if (ms < this.min) this.min = ms;
    if (ms > this.max) this.max = ms;
  }

  summary(): LatencySummary {
    const count = this.n;
    const exact = !this.hist;
    const sorted = exact ? this.samples.subarray(0, count).slice().sort() : undefined;
    const hist = this.hist;
    const at = (p: number): number => {
      if (count === 0) return 0;
      if (p >= 100) return this.max;
      const v = sorted ? exactPercentile(sorted, p) : hist!.getValueAtPercentile(p) / 1000;
      return Math.min(this.max, Math.max(this.min, v));
    };
    const pct = new Map<number, number>();
    for (const p of KEPT_PERCENTILES) pct.set(p, at(p));
    const histogram = sorted ? latencyBins(sorted) : hdrBins(hist!);
    hist?.destroy();
    this.hist = undefined;
    return {
      exactPercentiles: exact,
      histogram,
      latencyMs: {
        min: count ? this.min : 0,
        avg: count ? this.sum / count : 0,
        p50: pct.get(50)!,
        p90: pct.get(90)!,
        p95: pct.get(95)!,
        p99: pct.get(99)!,
        p999: pct.get(99.9)!,
        max: count ? this.max : 0,
      },
      percentile: (p: number) => {
        const v = pct.get(p);
        if (v === undefined) throw new Error(`percentile ${p} not kept`);
        return v;
      },
    };
  }
}

const toMicros = (ms: number) => Math.max(1, Math.round(ms * 1000));

/** Log-spaced bins from the smallest to the largest value (ms), `bins` of them. */
function logBins(lo: number, hi: number, bins: number): { bins: LatencyBin[]; index(v: number): number } {
  const low = Math.max(1e-3, lo);
  const high = Math.max(low * 1.001, hi);
  const ratio = Math.log(high / low) / bins;
  return {
    bins: Array.from({ length: bins }, (_, i) => ({
      fromMs: low * Math.exp(i * ratio),
      toMs: low * Math.exp((i + 1) * ratio),
      count: 0,
    })),
    index: (v) => Math.min(bins - 1, Math.max(0, Math.floor(Math.log(Math.max(v, low) / low) / ratio))),
  };
}

/** Sorted latencies (ms) in `bins` log-spaced bins from their min to their max. */
function latencyBins(sorted: Float64Array, bins = 30): LatencyBin[] {
  if (!sorted.length) return [];
  const b = logBins(sorted[0], sorted[sorted.length - 1], bins);
  for (const v of sorted) b.bins[b.index(v)].count++;
  return b.bins;
}

/** The recorded values (µs) of an HDR histogram in `bins` log-spaced bins (ms) from its min to its max. */
function hdrBins(hist: hdr.Histogram, bins = 30): LatencyBin[] {
  if (!hist.totalCount) return [];
  const b = logBins(hist.minNonZeroValue / 1000, hist.maxValue / 1000, bins);
  const it = (
    hist as unknown as {
      recordedValuesIterator: {
        reset(): void;
        hasNext(): boolean;
        next(): { valueIteratedTo: number; countAtValueIteratedTo: number };
      };
    }
  ).recordedValuesIterator;
  it.reset();
  while (it.hasNext()) {
    const v = it.next();
    b.bins[b.index(v.valueIteratedTo / 1000)].count += v.countAtValueIteratedTo;
  }
  return b.bins;
}

/** The HDR histogram module, loaded on demand (≈ 190 KB with its WebAssembly build and pako). */
async function hdrBuilder(): Promise<() => hdr.Histogram> {
  // CommonJS: import() gives module.exports as `default` in Node and in the bundle; run from
  // source through tsx the exports come as named ones (no default): take either.
  const loaded = await import("hdr-histogram-js");
  const hdrModule = loaded.default ?? loaded;
  return () =>
    hdrModule.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false,
    });
}

/**
 * Open-loop constant-arrival-rate load, as wrk2 does it: request i is due at t0 + i/rate whatever
 * happened to earlier ones, and its latency is measured from that intended time, so a stalled
 * server shows up in the high percentiles instead of being hidden (no coordinated omission).
 * Requests go over a lean keep-alive client (raw-client.ts); latencies into a LatencyRecorder
 * (each value kept up to EXACT_LATENCY_LIMIT of them, then an HDR histogram).
 */
export async function runOpenLoop(opts: LoadOptions): Promise<LoadResult> {
  const latencies = new LatencyRecorder(await hdrBuilder());
  const target = new URL(opts.url);
  const connections = opts.connections ?? Math.min(256, Math.max(4, Math.ceil(opts.rate * 0.05)));
  const client = new RawHttpClient(
    target.hostname,
    Number(target.port || 80),
    connections,
    opts.pipelining ?? 1,
    opts.timeoutMs ?? 10_000,
  );
  const requests = opts.bodies.map((b) => serializePost(target, b));
  const total = Math.max(1, Math.round((opts.rate * opts.durationMs) / 1000));
  let sent = 0,
    completed = 0,
    errors = 0;
  const statuses: Record<string, number> = {};
  const t0 = performance.now();

  let inflight = 0;
  let drained: (() => void) | undefined;
  const done = (intended: number, failed: boolean) => {
    if (failed) errors++;
    completed++;
    latencies.record(performance.now() - intended);
    if (--inflight === 0 && drained) drained();
  };
  const fire = (i: number) => {
    const intended = t0 + (i * 1000) / opts.rate;
    inflight++;
    client.send(requests[i % requests.length], (status, failed) => {
      const key = failed ? "error" : String(status);
      statuses[key] = (statuses[key] ?? 0) + 1;
      done(intended, failed || status >= 400);
    });
  };

  let lastReport = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) * opts.rate) / 1000) + 1);
    while (sent < due) fire(sent++);
    if (opts.onProgress && performance.now() - lastReport > 1000) {
      lastReport = performance.now();
      opts.onProgress(sent, total);
    }
    const wait = t0 + (sent * 1000) / opts.rate - performance.now();
    await new Promise((r) => (wait > 1 ? setTimeout(r, Math.min(wait, 50)) : setImmediate(r)));
  }
  if (inflight > 0) await new Promise<void>((r) => (drained = r));
  const elapsed = performance.now() - t0;
  client.close();
  const summary = latencies.summary();
  return {
    rate: opts.rate,
    durationMs: elapsed,
    sent,
    completed,
    errors,
    errorRate: sent ? errors / sent : 0,
    throughput: (completed * 1000) / elapsed,
    histogram: summary.histogram,
    statuses,
    latencyMs: summary.latencyMs,
    exactPercentiles: summary.exactPercentiles,
    percentile: summary.percentile,
  };
}

/** The value a k6 threshold stat refers to in a result. */
export function loadStat(result: LoadResult, stat: string, percentile?: number): number {
  if (stat === "rate") return result.errorRate;
  if (stat === "avg") return result.latencyMs.avg;
  if (stat === "min") return result.latencyMs.min;
  if (stat === "max" || percentile === 100) return result.latencyMs.max;
  if (stat === "med") return result.latencyMs.p50;
  return result.percentile(percentile ?? 50);
}

export interface RampResult {
  stages: { rate: number; passed: boolean; result: LoadResult }[];
  /** The highest rate whose stage met every threshold (null if even the first failed). */
  maxRate: number | null;
}

/** Ramp mode: stages of increasing rate until a stage misses a threshold or maxRate is reached. */
export async function runRamp(
  opts: Omit<LoadOptions, "rate"> & {
    start: number;
    step: number;
    maxRate: number;
    passes: (r: LoadResult) => boolean;
    onStage?: (rate: number, passed: boolean) => void;
  },
): Promise<RampResult> {
  const stages: RampResult["stages"] = [];
  let maxRate: number | null = null;
  for (let rate = opts.start; rate <= opts.maxRate; rate += opts.step) {
    const result = await runOpenLoop({ ...opts, rate });
    const passed = opts.passes(result);
    stages.push({ rate, passed, result });
    opts.onStage?.(rate, passed);
    if (!passed) break;
    maxRate = rate;
  }
  return { stages, maxRate };
}
