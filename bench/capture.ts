/**
 * Bench: what capture costs the load test. The churn example's server (python3 serve.py, a
 * model trained by its train.py) is driven by mlship's open-loop load generator at the example's
 * rate (evaluate.load.rate), once straight and once through the capture proxy the local target
 * starts (its own process, every request recorded), and through a bare TCP relay (bench/tcp-relay.ts:
 * the same extra hop without the proxy's work), each side first in turn; medians of the rounds'
 * p50 and p99 and of their differences within a round are printed, and the proxy's own time per
 * request from its timestamps (CaptureRuntime.timings).
 * Run: npx tsx bench/capture.ts [seconds per side per round] [rounds] [capture rate]
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { captureProxyCommand } from "../packages/core/src/deploy/capture.js";
import type { CaptureRuntime } from "../packages/core/src/deploy/capture-proxy.js";
import { runOpenLoop } from "../packages/core/src/load-test/generator.js";
import { freePort, startServer, waitReady } from "../packages/core/src/serve/model-server.js";
import { nodeProgram } from "../packages/core/src/util/node-entry.js";

const seconds = Number(process.argv[2] ?? 15);
const rounds = Number(process.argv[3] ?? 3);
const captureRate = Number(process.argv[4] ?? 1);
const example = path.resolve("examples/churn");
const config = parseYaml(readFileSync(path.join(example, "mlship.yml"), "utf8")) as {
  evaluate: { load: { rate: number } };
};
const rate = config.evaluate.load.rate;
const work = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-capture-"));
const children: ChildProcess[] = [];

// A model, trained by the example's own code.
writeFileSync(path.join(work, "params.json"), JSON.stringify({ epochs: 5, lr: 0.1, batch_size: 64, l2: 0.001 }));
execFileSync("python3", ["train.py"], {
  cwd: example,
  stdio: "ignore",
  env: {
    ...process.env,
    MLSHIP_PARAMS_FILE: path.join(work, "params.json"),
    MLSHIP_OUTPUT_DIR: path.join(work, "model"),
    MLSHIP_METRICS_FILE: path.join(work, "metrics.json"),
    MLSHIP_PREDICTIONS_FILE: path.join(work, "predictions.csv"),
    MLSHIP_DATA_TRAIN: path.join(example, "data/train.csv"),
    MLSHIP_DATA_TEST: path.join(example, "data/test.csv"),
    MLSHIP_RUN_ID: "bench",
  },
});

// One request per test row, the model's features only (the server contract).
const [header, ...lines] = readFileSync(path.join(example, "data/test.csv"), "utf8").trim().split("\n");
const cols = header.split(",");
const features = ["tenure_months", "monthly_charges", "support_calls", "contract"];
const bodies = lines.map((l) => {
  const v = l.split(",");
  const row = Object.fromEntries(
    features.map((f) => {
      const x = v[cols.indexOf(f)];
      return [f, f === "contract" ? x : Number(x)];
    }),
  );
  return JSON.stringify({ rows: [row] });
});

async function serve(): Promise<string> {
  const port = await freePort();
  // NODELAY=1: the same server with TCP_NODELAY on its sockets (Python's http.server writes the
  // headers and the body of an answer in two sends; with Nagle's algorithm on, the second waits for
  // the ACK of the first, which the receiver may delay by up to 40 ms).
  const argv = process.env.NODELAY
    ? [
        "-c",
        "import runpy, socketserver; socketserver.StreamRequestHandler.disable_nagle_algorithm = True; runpy.run_path('serve.py', run_name='__main__')",
      ]
    : ["serve.py"];
  const child = spawn("python3", argv, {
    cwd: example,
    env: {
      ...process.env,
      PORT: String(port),
      MLSHIP_MODEL_PATH: path.join(work, "model"),
      MLSHIP_MODEL_ID: "churn@v1",
    },
    stdio: "ignore",
  });
  children.push(child);
  await waitReady({ url: `http://127.0.0.1:${port}`, child, logFile: "(bench)" }, 20_000);
  return `http://127.0.0.1:${port}`;
}

const upstream = await serve();
const file = path.join(work, "capture", "local.jsonl");
const runtime: CaptureRuntime = {
  upstream,
  file,
  rate: captureRate,
  seed: "mlship",
  maxBytes: 64 * 1024 ** 2,
  keep: 3,
  idField: null,
  model: "churn@v1",
  predictPath: "/predict",
  responsePath: "predictions",
  scoreKey: "score",
  predictionKey: "prediction",
  predictionColumn: "prediction",
  scoreColumn: "score",
  redact: null,
  timings: true,
};
const proxyPort = await freePort();
const proxy = startServer(captureProxyCommand(), {
  cwd: work,
  env: { MLSHIP_CAPTURE: JSON.stringify(runtime) },
  port: proxyPort,
  logFile: path.join(work, "proxy.log"),
});
// The control: the same extra hop without the proxy's work (bench/tcp-relay.ts).
const relay = startServer([...nodeProgram(import.meta.url, "./tcp-relay.ts", "tcp-relay.js"), new URL(upstream).port], {
  cwd: work,
  env: {},
  port: await freePort(),
  logFile: path.join(work, "relay.log"),
});
type Side = "direct" | "relay" | "capture";
const url: Record<Side, string> = { direct: upstream, relay: relay.url, capture: proxy.url };
const by: Record<Side, { p50: number; p99: number }[]> = { direct: [], relay: [], capture: [] };
let errors = 0;
try {
  await waitReady(proxy, 20_000);
  await waitReady(relay, 20_000);
  const load = (side: Side, ms: number) =>
    runOpenLoop({ url: `${url[side]}/predict`, bodies, rate, durationMs: ms, connections: 10 });
  // warm every path (the server's first requests, the proxy's JIT)
  for (const side of ["direct", "relay", "capture"] as const) await load(side, 1000);
  const order: Side[] = ["direct", "relay", "capture"];
  for (let r = 0; r < rounds; r++) {
    // each side first, second and third in turn
    for (const side of [...order.slice(r % 3), ...order.slice(0, r % 3)]) {
      const res = await load(side, seconds * 1000);
      errors += res.errors;
      by[side].push({ p50: res.latencyMs.p50, p99: res.latencyMs.p99 });
    }
  }
} finally {
  await proxy.stop();
  await relay.stop();
  for (const c of children) c.kill("SIGKILL");
}
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const signed = (x: number) => `${x >= 0 ? "+" : ""}${ms(x)}`;
console.log(
  `the churn example's serve.py${process.env.NODELAY ? " (TCP_NODELAY)" : ""} at ${rate} req/s (evaluate.load.rate), 10 connections, ${seconds} s per side, ${rounds} rounds (sides in turn); capture rate ${captureRate}`,
);
const label: Record<Side, string> = {
  direct: "straight to the server:",
  relay: "through a bare TCP relay:",
  capture: "through the capture proxy:",
};
for (const side of ["direct", "relay", "capture"] as const)
  console.log(
    `  ${label[side].padEnd(27)} p50 ${ms(median(by[side].map((x) => x.p50)))}, p99 ${ms(median(by[side].map((x) => x.p99)))}  (p99 by round: ${by[side].map((x) => x.p99.toFixed(2)).join(", ")})`,
  );
// paired by round: the sides of one round ran within seconds of each other, under much the same load
const added = (a: Side, b: Side, q: "p50" | "p99") => median(by[a].map((x, i) => x[q] - by[b][i][q]));
const ratio = (a: Side, b: Side) => median(by[a].map((x, i) => x.p99 / by[b][i].p99));
console.log(
  `  capture over direct: p50 ${signed(added("capture", "direct", "p50"))}, p99 ${signed(added("capture", "direct", "p99"))} (target < 1 ms), p99 ratio ${ratio("capture", "direct").toFixed(3)}  (medians of the rounds' differences)`,
);
console.log(
  `  of which the extra hop (relay over direct): p50 ${signed(added("relay", "direct", "p50"))}, p99 ${signed(added("relay", "direct", "p99"))}; the proxy over the relay: p50 ${signed(added("capture", "relay", "p50"))}, p99 ${signed(added("capture", "relay", "p99"))}`,
);
const recorded = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
console.log(`  ${recorded} rows recorded (${(statSync(file).size / 1024).toFixed(0)} KiB); ${errors} errors`);
// The proxy's own time per request, from its timestamps (warm-up included): far less sensitive to
// the machine's load than the end-to-end percentiles, which carry the scheduling of one more process.
const timings = readFileSync(path.join(work, "proxy.log"), "utf8")
  .split("\n")
  .find((l) => l.startsWith("capture timings: "));
if (timings) {
  const t = JSON.parse(timings.slice("capture timings: ".length)) as {
    requests: number;
    ownMs: { p50: number; p99: number; max: number };
    inMs: { p50: number; p99: number };
    outMs: { p50: number; p99: number };
    upstreamMs: { p50: number; p99: number };
    cpuMsPerRequest: number;
  };
  console.log(
    `  the proxy's own time per request (${t.requests} requests): p50 ${t.ownMs.p50.toFixed(3)} ms, p99 ${t.ownMs.p99.toFixed(3)} ms, max ${t.ownMs.max.toFixed(3)} ms (request in ${t.inMs.p50.toFixed(3)}/${t.inMs.p99.toFixed(3)}, answer out ${t.outMs.p50.toFixed(3)}/${t.outMs.p99.toFixed(3)} ms p50/p99); waiting for the server p50 ${t.upstreamMs.p50.toFixed(3)} ms, p99 ${t.upstreamMs.p99.toFixed(3)} ms; CPU ${t.cpuMsPerRequest.toFixed(3)} ms per request`,
  );
} else console.log("  (no timings in the proxy's log)");
const load = os.loadavg();
console.log(`  load average at the end: ${load.map((x) => x.toFixed(2)).join(", ")} on ${os.cpus().length} CPUs`);
