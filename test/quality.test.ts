import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { bootstrap, wilson } from "../packages/core/src/stats/intervals.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { LatencyRecorder, runOpenLoop, runRamp } from "../packages/core/src/load-test/generator.js";
import { mcnemarExact } from "../packages/core/src/evaluate/compare.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { exampleCopy } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";

const servers: ChildProcess[] = [];
afterAll(() => servers.forEach((s) => s.kill("SIGKILL")));

/** Starts test/helpers/test-server.mjs in its own process (so its stalls are not ours). */
async function testServer(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ["test/helpers/test-server.mjs"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  servers.push(child);
  const port = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve));
  return `http://127.0.0.1:${port}/predict`;
}

const body = JSON.stringify({ rows: [{ x: 1 }] });

/** An HDR histogram as the load generator builds one (µs, 3 significant digits). */
async function hdrBuild() {
  const loaded = await import("hdr-histogram-js");
  const mod = (loaded as unknown as { default?: typeof loaded }).default ?? loaded;
  return () =>
    mod.build({
      lowestDiscernibleValue: 1,
      highestTrackableValue: 3_600_000_000,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false,
    });
}

describe("latency percentiles (#32)", () => {
  const reference = JSON.parse(readFileSync("test/fixtures/reference/latency_reference.json", "utf8")) as {
    cases: {
      name: string;
      samples: number[];
      min: number;
      mean: number;
      max: number;
      percentiles: Record<string, number>;
    }[];
  };
  const kept: [string, "p50" | "p90" | "p95" | "p99" | "p999"][] = [
    ["50", "p50"],
    ["90", "p90"],
    ["95", "p95"],
    ["99", "p99"],
    ["99.9", "p999"],
  ];

  for (const c of reference.cases) {
    it(`equal numpy's percentile (linear) for ${c.name}`, async () => {
      const rec = new LatencyRecorder(await hdrBuild());
      for (const v of c.samples) rec.record(v);
      const s = rec.summary();
      expect(s.exactPercentiles).toBe(true);
      expect(s.latencyMs.min).toBe(c.min);
      expect(s.latencyMs.max).toBe(c.max);
      expect(s.latencyMs.avg).toBeCloseTo(c.mean, 9);
      for (const [p, key] of kept) expect(s.latencyMs[key]).toBeCloseTo(c.percentiles[p], 9);
      expect(s.percentile(97.5)).toBeCloseTo(c.percentiles["97.5"], 9);
      expect(s.percentile(99.99)).toBeCloseTo(c.percentiles["99.99"], 9);
      expect(s.percentile(100)).toBe(c.max);
      expect(s.histogram.reduce((a, b) => a + b.count, 0)).toBe(c.samples.length);
    });
  }

  it("past the exact limit no percentile exceeds the max (an HDR bucket's upper edge did: p99 18.367 > max 18.361)", async () => {
    const c = reference.cases[0];
    const rec = new LatencyRecorder(await hdrBuild(), 8);
    for (const v of c.samples) rec.record(v);
    const s = rec.summary();
    expect(s.exactPercentiles).toBe(false);
    expect(s.latencyMs.max).toBe(c.max);
    // The histogram alone gives a value above the largest one recorded here:
    const h = (await hdrBuild())();
    for (const v of c.samples) h.recordValue(Math.round(v * 1000));
    expect(h.getValueAtPercentile(99) / 1000).toBeGreaterThan(c.max);
    h.destroy();
    for (const [, key] of kept) {
      expect(s.latencyMs[key]).toBeLessThanOrEqual(c.max);
      expect(s.latencyMs[key]).toBeGreaterThanOrEqual(c.min);
      // within the histogram's 3 significant digits of the exact value
      expect(Math.abs(s.latencyMs[key] - c.percentiles[key === "p999" ? "99.9" : key.slice(1)])).toBeLessThan(0.02);
    }
  });
});

describe("open-loop load generator", () => {
  /** The median latency of `n` requests sent one after another with Node's fetch (not the generator's client). */
  async function sequentialMedian(url: string, n: number): Promise<number> {
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = process.hrtime.bigint();
      const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
      await res.arrayBuffer();
      ms.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return ms.sort((a, b) => a - b)[Math.floor(n / 2)];
  }

  it("measures a known 20 ms service time at the requested rate", async () => {
    const url = await testServer({ DELAY_MS: "20" });
    // The same machine's answer time now, by an independent client, before and after the run: on a
    // busy machine (#33) every latency grows past 20 ms (p50 53 ms at load 24 failed a fixed 40 ms).
    const before = await sequentialMedian(url, 20);
    const r = await runOpenLoop({ url, bodies: [body], rate: 100, durationMs: 3000 });
    const reference = Math.max(before, await sequentialMedian(url, 20));
    expect(r.sent).toBe(300);
    expect(r.completed).toBe(300);
    expect(r.errors).toBe(0);
    expect(r.latencyMs.p50).toBeGreaterThanOrEqual(19.5);
    // Idle, the reference is ~21 ms and this is the old 40 ms; a generator adding its own delay
    // (coordinated omission, a late clock) still fails it.
    expect(r.latencyMs.p50).toBeLessThan(Math.max(40, 2 * reference));
    // At the requested rate, not all at once: the last of 300 sends falls due at 2990 ms. (A fixed
    // bound on the maximum, 500 ms, and on throughput failed at load 20 with the suite beside it:
    // one stalled answer is the machine's, and the median above already catches a generator that
    // adds its own delay. #33)
    expect(r.durationMs).toBeGreaterThanOrEqual(2990);
  });

  it("a one-second stall shows in the high percentiles (latency from the intended send time)", async () => {
    const url = await testServer({ DELAY_MS: "2", STALL_AT_MS: "1500", STALL_MS: "1000" });
    await new Promise((r) => setTimeout(r, 400)); // the stall starts ~1.1 s into the run
    const r = await runOpenLoop({ url, bodies: [body], rate: 100, durationMs: 3000 });
    // ~100 requests fall due during the stall, waiting from ~1000 ms down to ~0: a third of the
    // run is slow, so p90 is far above the 2 ms service time. A closed-loop client would have sent
    // one request into the stall and reported a p90 of a few ms.
    expect(r.latencyMs.max).toBeGreaterThan(900);
    expect(r.latencyMs.p90).toBeGreaterThan(400);
    // The median is outside the stall: well below the stalled tail. (Against p90 rather than a
    // fixed 200 ms: on a busy machine every latency grows, the stall's shape stays. #33)
    expect(r.latencyMs.p50).toBeLessThan(r.latencyMs.p90 / 2);
  });

  it("ramp mode finds the highest rate that still meets the thresholds", async () => {
    const url = await testServer({ CAPACITY: "130" });
    const r = await runRamp({
      url,
      bodies: [body],
      durationMs: 2000,
      start: 50,
      step: 50,
      maxRate: 300,
      passes: (res) => res.errorRate < 0.01,
    });
    expect(r.stages.map((s) => s.rate)).toEqual([50, 100, 150]);
    expect(r.stages.map((s) => s.passed)).toEqual([true, true, false]);
    expect(r.maxRate).toBe(100);
  }, 30_000);
});

describe("intervals and paired tests against independent values", () => {
  it("McNemar's exact test equals scipy's binomtest on the discordant pairs", () => {
    for (const m of JSON.parse(readFileSync("test/fixtures/reference/mcnemar.json", "utf8"))) {
      expect(mcnemarExact(m.b, m.c) / m.p, `b=${m.b} c=${m.c}`).toBeCloseTo(1, 12);
    }
  });

  it("the seeded bootstrap interval of a proportion agrees with Wilson's within sampling error", () => {
    const rows = readFileSync("test/fixtures/reference/predictions.csv", "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(","));
    const right = Uint8Array.from(rows, (r) => (r[0] === r[1] ? 1 : 0));
    const acc = right.reduce((a, b) => a + b, 0) / right.length;
    const [wlo, whi] = wilson(Math.round(acc * right.length), right.length);
    const [blo, bhi] = bootstrap(right.length, (idx) => idx.reduce((s, i) => s + right[i], 0) / idx.length, {
      resamples: 4000,
      seed: 3,
    });
    expect(Math.abs(blo - wlo)).toBeLessThan(0.008);
    expect(Math.abs(bhi - whi)).toBeLessThan(0.008);
    expect(blo).toBeLessThan(acc);
    expect(bhi).toBeGreaterThan(acc);
  });
});

describe("champion/challenger on the example", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  it("compares the candidate with the baseline on the same rows and decides 'not significantly worse' gates pairwise", async () => {
    const t1 = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 3}" })[n]),
      quietHost,
    );
    const r1 = await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": t1.outputs["model-path"] })[n]),
      quietHost,
    );
    await new FileRegistry(path.join(dir, ".mlship/registry")).setEnvironment(
      { name: "churn", version: 1 },
      "production",
    );
    const t2 = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 3}" })[n]),
      quietHost,
    );
    const q = await qualityLoadBiasTestStep(
      parseInputs(
        qualityLoadBiasTestSpec,
        (n) =>
          ({
            config,
            "run-dir": t2.outputs["run-dir"],
            load: "false",
            gates: "accuracy >= baseline.accuracy - 0.01\nroc_auc >= baseline.roc_auc - 0.005",
          })[n],
      ),
      quietHost,
    );
    expect(r1.outputs["model-id"]).toBe("churn@v1");
    const report = q.extra.report;
    expect(report.baseline?.id).toBe("churn@v1");
    expect(report.paired).not.toBeNull();
    const acc = report.paired!.accuracy;
    expect(acc.method).toBe("mcnemar");
    // The difference is computed from the two prediction files, independently of the metrics.
    const read = (f: string) =>
      readFileSync(f, "utf8")
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((l) => l.split(","));
    const cand = read(path.join(t2.outputs["run-dir"], "predictions.csv"));
    const base = read(path.join(t1.outputs["run-dir"], "predictions.csv"));
    const header = readFileSync(path.join(t2.outputs["run-dir"], "predictions.csv"), "utf8")
      .split(/\r?\n/)[0]
      .split(",");
    const [yi, pi] = [header.indexOf("churned"), header.indexOf("prediction")];
    const accOf = (rows: string[][]) => rows.filter((r) => r[yi] === r[pi]).length / rows.length;
    expect(acc.diff).toBeCloseTo(accOf(cand) - accOf(base), 12);
    expect(acc.interval[0]).toBeLessThanOrEqual(acc.diff);
    expect(acc.interval[1]).toBeGreaterThanOrEqual(acc.diff);
    const g = report.gates.find((x) => x.expression.startsWith("accuracy"))!;
    expect(g.paired?.method).toBe("mcnemar");
    expect(g.passed).toBe(acc.interval[1] >= -0.01);
    expect(q.summary).toContain("Candidate vs `churn@v1` on the same 1500 rows");
    // Two trainings, a registration and an evaluation one after another, no waiting on a race:
    // 60 s was too little at load 20+ (#33); sized like the other end-to-end tests.
  }, 300_000);
});

describe("inputs and report limits", () => {
  it("reads predictions from Parquet (row group by row group) with the same results as CSV", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const { computeQuality } = await import("../packages/core/src/evaluate/evaluate.js");
    const { readRows } = await import("../packages/core/src/data/read-table.js");
    const { tempDir } = await import("./helpers/tmp.js");
    const { writeFileSync } = await import("node:fs");
    const rows = readFileSync("test/fixtures/reference/predictions.csv", "utf8")
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(","));
    const file = path.join(tempDir(), "predictions.parquet");
    const buf = parquetWriteBuffer({
      columnData: [
        { name: "label", data: rows.map((r) => Number(r[0])), type: "INT32" },
        { name: "prediction", data: rows.map((r) => Number(r[1])), type: "INT32" },
        { name: "score", data: rows.map((r) => Number(r[2])), type: "DOUBLE" },
        { name: "group", data: rows.map((r) => r[3]), type: "STRING" },
      ],
      rowGroupSize: 250,
    });
    writeFileSync(file, Buffer.from(buf));
    let n = 0;
    for await (const r of readRows(file)) if (++n === 251) expect(r.line).toBe(251);
    expect(n).toBe(600);
    const opts = {
      label: "label",
      prediction: "prediction",
      score: "score",
      positiveLabel: 1,
      sensitiveFeatures: ["group"],
      minGroupSize: 0,
    };
    const fromParquet = await computeQuality({ ...opts, predictions: file });
    const fromCsv = await computeQuality({ ...opts, predictions: "test/fixtures/reference/predictions.csv" });
    expect(fromParquet.values).toEqual(fromCsv.values);
  });

  it("a report over GitHub's 65,536-character comment limit is cut at a section and links the full report", async () => {
    const { fitMarkdown, COMMENT_LIMIT } = await import("../packages/github/src/markdown.js");
    const big = ["# verdict", ...Array.from({ length: 40 }, (_, i) => `## section ${i}\n${"x".repeat(3000)}`)].join(
      "\n",
    );
    const cut = fitMarkdown(big, COMMENT_LIMIT, "https://github.com/acme/churn/actions/runs/1");
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(cut.startsWith("# verdict")).toBe(true);
    expect(cut).toContain("Full report: https://github.com/acme/churn/actions/runs/1");
    expect(cut).not.toMatch(/## section 39/);
  });
});
