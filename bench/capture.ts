/**
 * Bench: what capture costs the load test. The churn example's server (python3 serve.py, a
 * model trained by its train.py) is driven by mlship's open-loop load generator at the example's
 * rate (evaluate.load.rate), once straight and once through the capture proxy the local target
 * starts (its own process, every request recorded), alternating which goes first; medians of the
 * rounds' p50 and p99 are compared.
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
};
const proxyPort = await freePort();
const proxy = startServer(captureProxyCommand(), {
  cwd: work,
  env: { MLSHIP_CAPTURE: JSON.stringify(runtime) },
  port: proxyPort,
  logFile: path.join(work, "proxy.log"),
});
try {
  await waitReady(proxy, 20_000);
  const load = (url: string) =>
    runOpenLoop({ url: `${url}/predict`, bodies, rate, durationMs: seconds * 1000, connections: 10 });
  // warm both paths (the server's first requests, the proxy's JIT)
  await runOpenLoop({ url: `${upstream}/predict`, bodies, rate, durationMs: 1000, connections: 10 });
  await runOpenLoop({ url: `${proxy.url}/predict`, bodies, rate, durationMs: 1000, connections: 10 });
  const direct: { p50: number; p99: number }[] = [];
  const captured: { p50: number; p99: number }[] = [];
  let errors = 0;
  for (let r = 0; r < rounds; r++) {
    const sides = r % 2 === 0 ? ["direct", "capture"] : ["capture", "direct"];
    for (const side of sides) {
      const res = await load(side === "direct" ? upstream : proxy.url);
      errors += res.errors;
      (side === "direct" ? direct : captured).push({ p50: res.latencyMs.p50, p99: res.latencyMs.p99 });
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const d = { p50: median(direct.map((x) => x.p50)), p99: median(direct.map((x) => x.p99)) };
  const c = { p50: median(captured.map((x) => x.p50)), p99: median(captured.map((x) => x.p99)) };
  const fmt = (v: { p50: number; p99: number }[]) => v.map((x) => x.p99.toFixed(2)).join(", ");
  const recorded = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
  console.log(
    `the churn example's serve.py${process.env.NODELAY ? " (TCP_NODELAY)" : ""} at ${rate} req/s (evaluate.load.rate), ${seconds} s per side, ${rounds} rounds alternating; capture rate ${captureRate}`,
  );
  console.log(
    `  without capture: p50 ${d.p50.toFixed(2)} ms, p99 ${d.p99.toFixed(2)} ms  (p99 by round: ${fmt(direct)})`,
  );
  console.log(
    `  with capture:    p50 ${c.p50.toFixed(2)} ms, p99 ${c.p99.toFixed(2)} ms  (p99 by round: ${fmt(captured)})`,
  );
  console.log(
    `  added: p50 ${(c.p50 - d.p50).toFixed(2)} ms, p99 ${(c.p99 - d.p99).toFixed(2)} ms (target < 1 ms); ratio p99 ${(c.p99 / d.p99).toFixed(3)}`,
  );
  console.log(`  ${recorded} rows recorded (${(statSync(file).size / 1024).toFixed(0)} KiB); ${errors} errors`);
} finally {
  await proxy.stop();
  for (const c of children) c.kill("SIGKILL");
}
