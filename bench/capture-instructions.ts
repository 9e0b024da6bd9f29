/**
 * Bench: the work the capture proxy does per request, counted, not timed: the user-space
 * instructions of its main thread per request (valgrind --tool=callgrind, instrumentation on
 * after 2,000 warm-up requests, then n requests at the example's 100/s over 10 connections; the
 * kernel's share is not counted), repeatable on a loaded machine where latencies are not.
 * Needs the proxy bundled and the relay compiled first:
 *   node scripts/build.mjs --out /tmp/capbuild
 *   npx esbuild bench/tcp-relay.ts --outfile=/tmp/tcp-relay.mjs --format=esm --platform=node
 * Run: npx tsx bench/capture-instructions.ts capture|capture0|relay [n]   (capture0: rate 0)
 * PROXY_JS names another build of the proxy (an older one, to compare).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runOpenLoop } from "../packages/core/src/load-test/generator.js";
import { freePort, waitReady } from "../packages/core/src/serve/model-server.js";
const which = process.argv[2] ?? "capture";
const n = Number(process.argv[3] ?? 500);
const example = path.resolve("examples/churn");
const work = mkdtempSync(path.join(os.tmpdir(), "icount-"));
writeFileSync(path.join(work, "params.json"), JSON.stringify({ epochs: 5, lr: 0.1, batch_size: 64, l2: 0.001 }));
execFileSync("python3", ["train.py"], {
  cwd: example,
  stdio: "ignore",
  env: {
    ...process.env,
    MLSHIP_PARAMS_FILE: path.join(work, "params.json"),
    MLSHIP_OUTPUT_DIR: path.join(work, "model"),
    MLSHIP_METRICS_FILE: path.join(work, "m.json"),
    MLSHIP_PREDICTIONS_FILE: path.join(work, "p.csv"),
    MLSHIP_DATA_TRAIN: path.join(example, "data/train.csv"),
    MLSHIP_DATA_TEST: path.join(example, "data/test.csv"),
    MLSHIP_RUN_ID: "b",
  },
});
const [header, ...lines] = readFileSync(path.join(example, "data/test.csv"), "utf8").trim().split("\n");
const cols = header.split(",");
const features = ["tenure_months", "monthly_charges", "support_calls", "contract"];
const bodies = lines.map((l) => {
  const v = l.split(",");
  return JSON.stringify({
    rows: [
      Object.fromEntries(features.map((f) => [f, f === "contract" ? v[cols.indexOf(f)] : Number(v[cols.indexOf(f)])])),
    ],
  });
});
const sport = await freePort();
const server = spawn("python3", ["serve.py"], {
  cwd: example,
  env: {
    ...process.env,
    PORT: String(sport),
    MLSHIP_MODEL_PATH: path.join(work, "model"),
    MLSHIP_MODEL_ID: "churn@v1",
  },
  stdio: "ignore",
});
await waitReady({ url: `http://127.0.0.1:${sport}`, child: server, logFile: "-" }, 20000);
const pport = await freePort();
const runtime = {
  upstream: `http://127.0.0.1:${sport}`,
  file: path.join(work, "cap", "local.jsonl"),
  rate: which === "capture0" ? 0 : 1,
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
const prog =
  which === "relay"
    ? ["/tmp/tcp-relay.mjs", String(sport)]
    : [process.env.PROXY_JS ?? "/tmp/capbuild/dist/chunks/capture-proxy.js"];
const out = path.join(work, "cg.out");
const vg = spawn(
  "valgrind",
  [
    "--tool=callgrind",
    "--instr-atstart=no",
    "--separate-threads=yes",
    `--callgrind-out-file=${out}`,
    process.execPath,
    "--max-semi-space-size=16",
    ...prog,
  ],
  {
    cwd: work,
    env: { ...process.env, PORT: String(pport), MLSHIP_CAPTURE: JSON.stringify(runtime) },
    stdio: ["ignore", "ignore", "ignore"],
  },
);
await waitReady({ url: `http://127.0.0.1:${pport}`, child: vg, logFile: "-" }, 300000);
const drive = (count: number) =>
  runOpenLoop({
    url: `http://127.0.0.1:${pport}/predict`,
    bodies,
    rate: 100,
    durationMs: (count / 100) * 1000,
    connections: 10,
    timeoutMs: 60000,
  });
await drive(2000); // warm: JIT
execFileSync("callgrind_control", ["-i", "on", String(vg.pid)]);
const r = await drive(n);
execFileSync("callgrind_control", ["-d", String(vg.pid)]);
execFileSync("callgrind_control", ["-i", "off", String(vg.pid)]);
const files = readdirSync(work).filter((f) => f.startsWith("cg.out") && f.endsWith("-01"));
let ir = 0;
for (const f of files) {
  const m =
    /summary: (\d+)/.exec(readFileSync(path.join(work, f), "utf8")) ??
    /totals: (\d+)/.exec(readFileSync(path.join(work, f), "utf8"));
  if (m) ir += Number(m[1]);
}
console.log(
  `${which}: ${n} requests (errors ${r.errors}), ${(ir / 1e6).toFixed(1)} M instructions in user space, ${(ir / n / 1e3).toFixed(1)} k per request; files ${files.join(",")}`,
);
vg.kill("SIGKILL");
server.kill("SIGKILL");
