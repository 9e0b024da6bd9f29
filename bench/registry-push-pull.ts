/**
 * Bench: push and pull of a model folder (default 1 GiB in 4 files) through the registry,
 * against `cp -r` plus `openssl dgst -sha256` of the same files (what a push or pull must at least
 * do: move the bytes and hash them), in one run, alternating; prints each round with the load
 * average and each side's CPU time, the medians, ratios (target ≤ 1.3× for the file backend) and
 * each child's peak RSS (streamed: it must not grow with the model). ROUNDS=<n> for more than 3 rounds.
 * Both sides start from the same state: before each, what the last one wrote is deleted and synced,
 * and the disk gets 3 s to finish what that set off (ext4's discards), so neither pays for the
 * other; and every file either side reads (the model's files and the registry's blobs) is read
 * once so both find them in the page cache.
 * With --servers, also the S3 (s3rver) and OCI (docker-registry) backends on 127.0.0.1.
 * Run: npx tsx bench/registry-push-pull.ts [MiB] [--servers]
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readSync, rmSync } from "node:fs";
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

interface Timed {
  s: number;
  /** User + system CPU seconds: on a shared machine, what the work cost apart from waiting for a core. */
  cpu: number;
  rssMb: number;
}

/**
 * Runs a command, returning seconds, CPU seconds and its peak RSS (MB) from GNU time. Asynchronous:
 * the S3 server lives in this process and must keep answering while the child runs.
 */
async function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Timed> {
  // tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
  env = { ...env };
  delete env.NODE_OPTIONS;
  const t0 = process.hrtime.bigint();
  const r = await run("/usr/bin/time", ["-f", "%U %S %M", cmd, ...args], { env, encoding: "utf8", cwd: dir }).catch(
    (e: { stderr?: string }) => {
      throw new Error(`${cmd} ${args.join(" ")} failed: ${e.stderr}`);
    },
  );
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const [user, sys, rssKb] = r.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { s, cpu: user + sys, rssMb: rssKb / 1024 };
}

async function reference(from: string, to: string): Promise<Timed> {
  rmSync(to, { recursive: true, force: true });
  const cp = await timed("cp", ["-r", from, to]);
  const shards = readdirSync(to).map((f) => path.join(to, f));
  const dgst = await timed("openssl", ["dgst", "-sha256", ...shards]);
  return { s: cp.s + dgst.s, cpu: cp.cpu + dgst.cpu, rssMb: Math.max(cp.rssMb, dgst.rssMb) };
}

/** Every file under `root` (none when it does not exist). */
function filesUnder(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Reads each file once (not timed), so the side timed next finds it in the page cache, as the other did. */
function warm(files: string[]): void {
  const buffer = Buffer.allocUnsafe(1 << 20);
  for (const f of files) {
    const fd = openSync(f, "r");
    try {
      while (readSync(fd, buffer, 0, buffer.length, null) > 0);
    } finally {
      closeSync(fd);
    }
  }
}

// The bundled CLI, as users run it (npm run build first).
// MLSHIP_CLI: another build of the CLI to time (say an esbuild bundle of packages/cli/src while ncc rebuilds).
const cli = path.resolve(process.env.MLSHIP_CLI ?? "packages/cli/bin/mlship.js");

async function ours(op: "push" | "pull", uri: string, env: NodeJS.ProcessEnv): Promise<Timed> {
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
const SETTLE_MS = 3000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[][] = [
  ["backend", "op", "reference s", "mlship s", "ratio", "CPU s ref", "CPU s mlship", "mlship peak RSS MB"],
];
async function measure(kind: string, uri: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Alternate which side goes first; what a side wrote is deleted and synced before the next
  // starts (neither pays for the other's dirty pages, discards or a fuller disk), and what either
  // side reads is read just before each, so both find it cached.
  const seed = `${uri}seed`;
  const inputs = () => [...filesUnder(model), ...(seed.startsWith("file://") ? filesUnder(seed.slice(7)) : [])];
  // Pulls read from a registry seeded once (not timed).
  await ours("push", seed, env);
  const settle = async () => {
    execFileSync("sync");
    // What the sync set off (ext4's discards of the GiB just deleted, the disk's own work) goes on
    // after it returns: without this pause whichever side ran after mlship paid for it — the
    // reference's CPU time went from 1.3 s to 1.9–2.6 s in the rounds where mlship ran first.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    execFileSync("sync");
    warm(inputs());
  };
  for (const op of ["push", "pull"] as const) {
    const refs: Timed[] = [];
    const runs: Timed[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const target = op === "push" ? `${uri}${round}` : seed;
      const runOurs = async () => {
        await settle();
        runs.push(await ours(op, target, env));
        if (op === "push" && target.startsWith("file://"))
          rmSync(target.slice("file://".length), { recursive: true, force: true });
      };
      const runRef = async () => {
        await settle();
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
      const [a, b] = [refs[round], runs[round]];
      console.log(
        `${kind} ${op} round ${round + 1} (${round % 2 ? "mlship" : "reference"} first): cp + openssl dgst ${a.s.toFixed(2)} s (CPU ${a.cpu.toFixed(2)} s), mlship ${b.s.toFixed(2)} s (CPU ${b.cpu.toFixed(2)} s), ratio ${(b.s / a.s).toFixed(2)}, load average ${os.loadavg()[0].toFixed(2)}`,
      );
    }
    const ref = median(refs.map((r) => r.s));
    const s = median(runs.map((r) => r.s));
    rows.push([
      kind,
      op,
      ref.toFixed(2),
      s.toFixed(2),
      (s / ref).toFixed(2),
      median(refs.map((r) => r.cpu)).toFixed(2),
      median(runs.map((r) => r.cpu)).toFixed(2),
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
for (const r of rows) console.log(r.map((c, i) => c.padEnd(i === 0 ? 22 : 13)).join(""));
rmSync(dir, { recursive: true, force: true });
