/**
 * Bench: mlship's open-loop load generator against autocannon, same server, same run.
 * 1. Throughput: both drive a fast local server flat out; prints requests/s and the ratio.
 * 2. Coordinated omission: both drive a server that stalls for one second at a modest rate;
 *    autocannon (closed loop) times requests from when it sent them, mlship from when they were
 *    due, so only mlship's p99 shows the stall.
 * Run: npx tsx bench/load-vs-autocannon.ts [seconds per round]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { runOpenLoop } from "../packages/core/src/load-test/generator.js";

const seconds = Number(process.argv[2] ?? 8);
const body = JSON.stringify({ rows: [{ tenure_months: 3, monthly_charges: 90, support_calls: 4, contract: "month" }] });
const children: ChildProcess[] = [];

async function server(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ["test/helpers/test-server.mjs"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const port = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once("line", r));
  return `http://127.0.0.1:${port}/predict`;
}

function cannon(
  url: string,
  opts: { connections: number; duration: number; overallRate?: number },
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: "POST", body, headers: { "content-type": "application/json" }, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

try {
  const fast = await server({ DELAY_MS: "0" });
  // Three rounds, alternating which tool goes first; medians are compared (this machine is shared).
  const acRates: number[] = [];
  const ourRates: number[] = [];
  for (let round = 0; round < 3; round++) {
    const runAc = async () => {
      const ac = await cannon(fast, { connections: 64, duration: seconds, pipelining: 4 } as never);
      acRates.push(ac.requests.total / (ac.duration || seconds));
    };
    const runOurs = async () => {
      // Offer 15% more than autocannon's best so far: the open loop then runs as fast as the server allows.
      const offer = Math.ceil(Math.max(...acRates, 20_000) * 1.15);
      const ours = await runOpenLoop({
        url: fast,
        bodies: [body],
        rate: offer,
        durationMs: seconds * 1000,
        connections: 64,
        pipelining: 4,
      });
      ourRates.push(ours.throughput);
    };
    if (round % 2 === 0) {
      await runAc();
      await runOurs();
    } else {
      await runOurs();
      await runAc();
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const acRps = median(acRates);
  const ourRps = median(ourRates);
  console.log(
    "throughput against a fast local server (flat out, 64 connections, pipelining 4 on both), median of 3 rounds",
  );
  console.log(`  autocannon:  ${acRps.toFixed(0)} req/s  (rounds: ${acRates.map((r) => r.toFixed(0)).join(", ")})`);
  console.log(`  mlship:      ${ourRps.toFixed(0)} req/s  (rounds: ${ourRates.map((r) => r.toFixed(0)).join(", ")})`);
  console.log(`  ratio mlship/autocannon: ${(ourRps / acRps).toFixed(3)} (target >= 1.0)`);

  const stallEnv = { DELAY_MS: "2", STALL_AT_MS: "2000", STALL_MS: "1000" };
  const s1 = await server(stallEnv);
  const acStall = await cannon(s1, { connections: 2, duration: 5 });
  const s2 = await server(stallEnv);
  const ourStall = await runOpenLoop({ url: s2, bodies: [body], rate: 200, durationMs: 5000, connections: 10 });
  console.log("server stalled for 1 s during a 5 s run");
  console.log(
    `  autocannon (closed loop, 2 connections, ${(acStall.requests.total / 5).toFixed(0)} req/s): p50 ${acStall.latency.p50} ms, p99 ${acStall.latency.p99} ms, max ${acStall.latency.max} ms`,
  );
  console.log(
    `  mlship (open loop, 200 req/s):                    p50 ${ourStall.latencyMs.p50.toFixed(1)} ms, p99 ${ourStall.latencyMs.p99.toFixed(0)} ms, max ${ourStall.latencyMs.max.toFixed(0)} ms`,
  );
} finally {
  children.forEach((c) => c.kill("SIGKILL"));
}
