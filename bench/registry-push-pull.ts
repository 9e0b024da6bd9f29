/**
 * Bench: push and pull of a model folder (default 1 GiB in 4 files) through the registry,
 * against `cp -r` plus `openssl dgst -sha256` of the same files (what a push or pull must at least
 * do: move the bytes and hash them), in one run, alternating; prints each round with the load
 * average, the medians, ratios (target ≤ 1.3× for the file backend) and each child's peak RSS
 * (streamed: it must not grow with the model). ROUNDS=<n> for more than 3 rounds.
 * With --servers, also the S3 (s3rver) and OCI (docker-registry) backends on 127.0.0.1.
 * Run: npx tsx bench/registry-push-pull.ts [MiB] [--servers]
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startS3Server, S3_CREDENTIALS } from "../test/services/s3-server.js";
import { startOciRegistry } from "../test/services/oci-registry.js";

const run = promisify(execFile);
const mib = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1024);
const servers = process.argv.includes("--servers");
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-registry-"));
const model = path.join(dir, "model");
mkdirSync(model);
const files = 4;
for (let i = 0; i < files; i++) {
  // Random bytes (incompressible, like weights), written by dd from urandom.
  execFileSync("dd", [
    "if=/dev/urandom",
    `of=${path.join(model, `shard-${i}.bin`)}`,
    "bs=1M",
    `count=${Math.round(mib / files)}`,
    "status=none",
  ]);
}
execFileSync("sync");

/**
 * Runs a command, returning seconds and its peak RSS (MB) from GNU time. Asynchronous: the S3
 * server lives in this process and must keep answering while the child runs.
 */
async function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ s: number; rssMb: number }> {
  // tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
  env = { ...env };
  delete env.NODE_OPTIONS;
  const t0 = process.hrtime.bigint();
  const r = await run("/usr/bin/time", ["-f", "%M", cmd, ...args], { env, encoding: "utf8", cwd: dir }).catch(
    (e: { stderr?: string }) => {
      throw new Error(`${cmd} ${args.join(" ")} failed: ${e.stderr}`);
    },
  );
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssKb = Number(r.stderr.trim().split("\n").at(-1));
  return { s, rssMb: rssKb / 1024 };
}

async function reference(from: string, to: string): Promise<number> {
  rmSync(to, { recursive: true, force: true });
  const cp = await timed("cp", ["-r", from, to]);
  const shards = readdirSync(to).map((f) => path.join(to, f));
  const dgst = await timed("openssl", ["dgst", "-sha256", ...shards]);
  return cp.s + dgst.s;
}

// The bundled CLI, as users run it (npm run build first).
// MLSHIP_CLI: another build of the CLI to time (say an esbuild bundle of packages/cli/src while ncc rebuilds).
const cli = path.resolve(process.env.MLSHIP_CLI ?? "packages/cli/bin/mlship.js");

async function ours(op: "push" | "pull", uri: string, env: NodeJS.ProcessEnv): Promise<{ s: number; rssMb: number }> {
  const dest = path.join(dir, `pulled-${Math.random().toString(36).slice(2)}`);
  const args =
    op === "push"
      ? ["register", "--model-path", model, "--name", "bench", "--registry", uri, "--force-new-version"]
      : ["models", "pull", "bench@v1", "--dest", dest, "--registry", uri];
  const r = await timed(process.execPath, [cli, ...args], env);
  rmSync(dest, { recursive: true, force: true });
  return r;
}

function has(bin: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${bin}`]).status === 0;
}
if (!has("/usr/bin/time")) execFileSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "inherit" });

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[][] = [["backend", "op", "reference s", "mlship s", "ratio", "mlship peak RSS MB"]];
async function measure(kind: string, uri: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Pulls read from a registry seeded once (not timed).
  await ours("push", `${uri}seed`, env);
  // Alternate which side goes first, best of 3 each; `sync` before each, and what a round wrote is
  // deleted, so neither side pays for the other's dirty pages or a fuller disk.
  for (const op of ["push", "pull"] as const) {
    const refs: number[] = [];
    const runs: { s: number; rssMb: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const target = op === "push" ? `${uri}${round}` : `${uri}seed`;
      const runOurs = async () => {
        execFileSync("sync");
        runs.push(await ours(op, target, env));
        if (op === "push" && target.startsWith("file://"))
          rmSync(target.slice("file://".length), { recursive: true, force: true });
      };
      const runRef = async () => {
        execFileSync("sync");
        refs.push(await reference(model, path.join(dir, "ref-copy")));
        rmSync(path.join(dir, "ref-copy"), { recursive: true, force: true });
      };
      if (round % 2) {
        await runOurs();
        await runRef();
      } else {
        await runRef();
        await runOurs();
      }
      // The machine is shared: the load average beside each round says what the figures are worth.
      console.log(
        `${kind} ${op} round ${round + 1}: cp + openssl dgst ${refs[round].toFixed(2)} s, mlship ${runs[round].s.toFixed(2)} s (ratio ${(runs[round].s / refs[round]).toFixed(2)}), load average ${os.loadavg()[0].toFixed(2)}`,
      );
    }
    const ref = median(refs);
    const s = median(runs.map((r) => r.s));
    rows.push([
      kind,
      op,
      ref.toFixed(2),
      s.toFixed(2),
      (s / ref).toFixed(2),
      Math.max(...runs.map((r) => r.rssMb)).toFixed(0),
    ]);
  }
}

console.log(`model: ${files} files, ${mib} MiB, in ${dir}`);
await measure("file", `file://${path.join(dir, "registry")}`, process.env);
if (servers) {
  const s3 = await startS3Server({ directory: path.join(dir, "s3") });
  const oci = await startOciRegistry({ directory: path.join(dir, "oci") });
  try {
    await measure("s3 (s3rver)", "s3://models/bench", {
      ...process.env,
      MLSHIP_S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
    });
    await measure("oci (docker-registry)", `oci://${oci.host}/bench/models`, process.env);
  } finally {
    await s3.stop();
    await oci.stop();
  }
}
console.log(
  `medians of ${ROUNDS} alternating rounds; load average now ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}`,
);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(i === 0 ? 22 : 12)).join(""));
rmSync(dir, { recursive: true, force: true });
