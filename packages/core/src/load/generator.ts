import http from "node:http";
import * as hdr from "hdr-histogram-js";

export interface LoadOptions {
  url: string; // full URL of POST endpoint
  bodies: string[]; // request bodies, used round-robin
  rate: number; // requests per second
  durationMs: number;
  timeoutMs?: number;
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
  latencyMs: { min: number; avg: number; p50: number; p90: number; p95: number; p99: number; p999: number; max: number };
}

/**
 * Open-loop constant-arrival-rate load, as wrk2 does it: request i is due at t0 + i/rate whatever
 * happened to earlier ones, and its latency is measured from that intended time, so a stalled
 * server shows up in the high percentiles instead of being hidden (no coordinated omission).
 * Latencies go into an HDR histogram (microseconds, 3 significant digits).
 */
export async function runOpenLoop(opts: LoadOptions): Promise<LoadResult> {
  const hist = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const target = new URL(opts.url);
  const total = Math.max(1, Math.round((opts.rate * opts.durationMs) / 1000));
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let sent = 0;
  let completed = 0;
  let errors = 0;
  const inflight = new Set<Promise<void>>();
  const t0 = performance.now();

  const fire = (i: number) => {
    const intended = t0 + (i * 1000) / opts.rate;
    const body = opts.bodies[i % opts.bodies.length];
    const p = new Promise<void>((resolve) => {
      const req = http.request(
        { hostname: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) }, timeout: timeoutMs },
        (res) => {
          res.resume();
          res.on("end", () => {
            if ((res.statusCode ?? 500) >= 400) errors++;
            record();
          });
          res.on("error", () => {
            errors++;
            record();
          });
        },
      );
      const record = () => {
        completed++;
        hist.recordValue(Math.max(1, Math.round((performance.now() - intended) * 1000)));
        resolve();
      };
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => {
        errors++;
        record();
      });
      req.end(body);
    });
    inflight.add(p);
    p.then(() => inflight.delete(p));
  };

  let lastReport = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) * opts.rate) / 1000) + 1);
    while (sent < due) fire(sent++);
    if (opts.onProgress && performance.now() - lastReport > 1000) {
      lastReport = performance.now();
      opts.onProgress(sent, total);
    }
    const nextAt = t0 + (sent * 1000) / opts.rate;
    const wait = nextAt - performance.now();
    await new Promise((r) => (wait > 1 ? setTimeout(r, Math.min(wait, 50)) : setImmediate(r)));
  }
  await Promise.all(inflight);
  const elapsed = performance.now() - t0;
  agent.destroy();
  const ms = (v: number) => v / 1000;
  const result: LoadResult = {
    rate: opts.rate,
    durationMs: elapsed,
    sent,
    completed,
    errors,
    errorRate: sent ? errors / sent : 0,
    throughput: (completed * 1000) / elapsed,
    latencyMs: {
      min: ms(hist.minNonZeroValue),
      avg: ms(hist.mean),
      p50: ms(hist.getValueAtPercentile(50)),
      p90: ms(hist.getValueAtPercentile(90)),
      p95: ms(hist.getValueAtPercentile(95)),
      p99: ms(hist.getValueAtPercentile(99)),
      p999: ms(hist.getValueAtPercentile(99.9)),
      max: ms(hist.maxValue),
    },
  };
  hist.destroy();
  return result;
}

/** The value a k6 threshold stat refers to in a result. */
export function loadStat(result: LoadResult, stat: string, percentile?: number): number {
  if (stat === "rate") return result.errorRate;
  if (stat === "avg") return result.latencyMs.avg;
  if (stat === "min") return result.latencyMs.min;
  if (stat === "max") return result.latencyMs.max;
  if (stat === "med") return result.latencyMs.p50;
  const p = percentile ?? 50;
  const map: Record<number, keyof LoadResult["latencyMs"]> = { 50: "p50", 90: "p90", 95: "p95", 99: "p99", 99.9: "p999", 100: "max" };
  const key = map[p];
  if (key) return result.latencyMs[key];
  throw new Error(`percentile ${p} not kept; use 50, 90, 95, 99, 99.9 or 100`);
}
