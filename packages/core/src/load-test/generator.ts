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
  /** Any percentile, from the same histogram (for thresholds like p(97.5)). */
  percentile(p: number): number;
}

export interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** The recorded values (µs) of an HDR histogram in `bins` log-spaced bins from its min to its max. */
function latencyBins(hist: hdr.Histogram, bins = 30): LatencyBin[] {
  if (!hist.totalCount) return [];
  const lo = Math.max(1, hist.minNonZeroValue),
    hi = Math.max(lo + 1, hist.maxValue);
  const ratio = Math.log(hi / lo) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    fromMs: (lo * Math.exp(i * ratio)) / 1000,
    toMs: (lo * Math.exp((i + 1) * ratio)) / 1000,
    count: 0,
  }));
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
    const b = Math.min(bins - 1, Math.max(0, Math.floor(Math.log(v.valueIteratedTo / lo) / ratio)));
    out[b].count += v.countAtValueIteratedTo;
  }
  return out;
}

/**
 * Open-loop constant-arrival-rate load, as wrk2 does it: request i is due at t0 + i/rate whatever
 * happened to earlier ones, and its latency is measured from that intended time, so a stalled
 * server shows up in the high percentiles instead of being hidden (no coordinated omission).
 * Requests go over a lean keep-alive client (raw-client.ts); latencies into an HDR histogram
 * (microseconds, 3 significant digits).
 */
export async function runOpenLoop(opts: LoadOptions): Promise<LoadResult> {
  // Loaded for a load test only (≈ 190 KB with its WebAssembly build and pako), not at start.
  // CommonJS: import() gives module.exports as `default` in Node and in the bundle; run from
  // source through tsx the exports come as named ones (no default): take either.
  const loaded = await import("hdr-histogram-js");
  const hdrModule = loaded.default ?? loaded;
  const hist = hdrModule.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false,
  });
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
    hist.recordValue(Math.max(1, Math.round((performance.now() - intended) * 1000)));
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
  const ms = (v: number) => v / 1000;
  const snapshot = { min: hist.minNonZeroValue, mean: hist.mean, max: hist.maxValue };
  const pct = new Map<number, number>();
  for (const p of KEPT_PERCENTILES) if (p < 100) pct.set(p, hist.getValueAtPercentile(p));
  const histogram = latencyBins(hist);
  hist.destroy();
  return {
    rate: opts.rate,
    durationMs: elapsed,
    sent,
    completed,
    errors,
    errorRate: sent ? errors / sent : 0,
    throughput: (completed * 1000) / elapsed,
    histogram,
    statuses,
    latencyMs: {
      min: ms(snapshot.min),
      avg: ms(snapshot.mean),
      p50: ms(pct.get(50)!),
      p90: ms(pct.get(90)!),
      p95: ms(pct.get(95)!),
      p99: ms(pct.get(99)!),
      p999: ms(pct.get(99.9)!),
      max: ms(snapshot.max),
    },
    percentile: (p: number) => {
      const v = pct.get(p);
      if (v === undefined) throw new Error(`percentile ${p} not kept`);
      return ms(v);
    },
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
