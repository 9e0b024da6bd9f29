/**
 * Bench: how fast each action starts, as a runner starts it — `node actions/<step>/dist/index.js`,
 * a whole process, no inputs (so it fails at once with its "input" error) — against a minimal
 * JavaScript action that imports nothing and reads one input, and against `node -e 0` (Node's own
 * start, what no action can go under). Runs alternate (each round runs every
 * action once, in a rotated order); prints per action the median wall time, its ratio to the
 * reference, peak RSS (GNU time), and the bytes of code loaded at start (a separate run with a
 * module hook that records each file loaded), then the size of all committed dist/ folders. The
 * machine is shared: the load average is printed with the figures.
 * Targets: median < 300 ms (issue #31 item 6, which chose one way of importing, statically, over
 * issue #19's < 150 ms, when a step loaded its work with import() after its inputs parsed; node -e 0
 * is ≈ 115 ms on the 2-core machine when quiet), code loaded at start < 2 MB, all dist/ < 15 MB.
 * Run: npx tsx bench/startup.ts [--rounds N] [--root DIR]   (default 7 rounds; build first: node scripts/build.mjs)
 *   --root DIR: time the bundles of another tree, say the ncc bundles of an earlier commit:
 *   git archive 5eebd81 actions packages/cli/dist | tar -x -C /tmp/ncc && npx tsx bench/startup.ts --root /tmp/ncc
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const roundsAt = process.argv.indexOf("--rounds");
const ROUNDS = Math.max(5, roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 7);
const TIME = "/usr/bin/time";
const rootAt = process.argv.indexOf("--root");
const root = rootAt > 0 ? path.resolve(process.argv[rootAt + 1]) : path.resolve(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-startup-"));

const TARGET_MS = 300;
const TARGET_LOADED = 2_000_000;
const TARGET_DIST = 15_000_000;

// The reference: what a JavaScript action needs at the least — read its one input, fail without it.
const reference = path.join(dir, "reference-action.mjs");
writeFileSync(
  reference,
  `const who = (process.env["INPUT_WHO"] ?? "").trim();
if (!who) { process.stdout.write("::error::Input required and not supplied: who\\n"); process.exitCode = 1; }
else process.stdout.write("hello " + who + "\\n");
`,
);
// Records every file the process loads as a module (the hooks run in their own thread; each URL is appended to a log).
const hooks = path.join(dir, "record-loads.mjs");
writeFileSync(
  hooks,
  `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  if (url.startsWith("file:")) appendFileSync(process.env.MLSHIP_LOAD_LOG, url + "\\n");
  return next(url, context);
}
`,
);
const register = path.join(dir, "register-hooks.mjs");
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(`file://${hooks}`)});\n`);

const actions = readdirSync(path.join(root, "actions"))
  .filter((a) => existsSync(path.join(root, "actions", a, "dist", "index.js")))
  .sort();
const EMPTY = "node -e 0";
const entries = [
  { name: "reference (imports nothing)", file: reference },
  { name: EMPTY, file: "" },
  ...actions.map((a) => ({ name: a, file: path.join(root, "actions", a, "dist", "index.js") })),
];
/** The node arguments of an entry: its file, or -e 0 for Node's own start. */
const argv = (file: string) => (file ? [file] : ["-e", "0"]);

// A clean environment: no INPUT_*, no GITHUB_* (as a runner's process would have, less the inputs), an empty workspace.
const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C.UTF-8" };

/** One run: wall time, and from GNU time the peak RSS and the CPU time (user + system, steadier than wall on a busy machine). */
function runOnce(file: string): { ms: number; cpuMs: number; rssKb: number; code: number | null; out: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%M %U %S", process.execPath, ...argv(file)], { cwd: dir, env, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const [rssKb, user, sys] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssKb, code: r.status, out: r.stdout + r.stderr };
}

function bytesLoaded(file: string): { bytes: number; files: number } {
  if (!file) return { bytes: 0, files: 0 };
  const log = path.join(dir, "loads.txt");
  writeFileSync(log, "");
  spawnSync(process.execPath, ["--import", `file://${register}`, file], {
    cwd: dir,
    env: { ...env, MLSHIP_LOAD_LOG: log },
    encoding: "utf8",
  });
  const files = [...new Set(readFileSync(log, "utf8").split("\n").filter(Boolean))].map((u) => fileURLToPath(u));
  return { bytes: files.reduce((n, f) => n + statSync(f).size, 0), files: files.length };
}

function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const load = os.loadavg();
console.log(
  `startup bench (${root}): ${entries.length - 1} actions + reference, ${ROUNDS} alternating rounds, node ${process.version}, ${os.cpus().length} CPUs, load average ${load.map((l) => l.toFixed(2)).join(" ")}`,
);
// Warm the file cache once (a runner reads the freshly extracted repository from its page cache too).
for (const e of entries) runOnce(e.file);
const times = new Map(entries.map((e) => [e.name, [] as number[]]));
const rss = new Map(entries.map((e) => [e.name, [] as number[]]));
const cpu = new Map(entries.map((e) => [e.name, [] as number[]]));
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[(i + round) % entries.length];
    const r = runOnce(e.file);
    // Every run must end as an action with no inputs does: a failed step (exit 1) with an error annotation.
    if (e.name !== EMPTY && (r.code !== 1 || !r.out.includes("::error")))
      throw new Error(`${e.name}: expected exit 1 with an ::error annotation, got ${r.code}:\n${r.out}`);
    times.get(e.name)?.push(r.ms);
    rss.get(e.name)?.push(r.rssKb);
    cpu.get(e.name)?.push(r.cpuMs);
  }
}

const refMs = median(times.get(entries[0].name) ?? []);
const refCpu = median(cpu.get(entries[0].name) ?? []);
const rows = entries.map((e) => {
  const ms = median(times.get(e.name) ?? []);
  const cpuMs = median(cpu.get(e.name) ?? []);
  const loaded = bytesLoaded(e.file);
  const rssMb = Math.max(...(rss.get(e.name) ?? [])) / 1024;
  return { name: e.name, ms, ratio: ms / refMs, cpuMs, cpuRatio: cpuMs / refCpu, rssMb, ...loaded };
});
const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `\n${pad("action", 28)} ${"median ms".padStart(10)} ${"× ref".padStart(7)} ${"CPU ms".padStart(8)} ${"× ref".padStart(7)} ${"peak RSS MB".padStart(12)} ${"loaded at start".padStart(16)} ${"files".padStart(6)}`,
);
for (const r of rows)
  console.log(
    `${pad(r.name, 28)} ${r.ms.toFixed(0).padStart(10)} ${r.ratio.toFixed(2).padStart(7)} ${r.cpuMs.toFixed(0).padStart(8)} ${r.cpuRatio.toFixed(2).padStart(7)} ${r.rssMb.toFixed(0).padStart(12)} ${`${(r.bytes / 1024).toFixed(0)} KiB`.padStart(16)} ${String(r.files).padStart(6)}`,
  );

const distFolders = [
  ...actions.map((a) => path.join("actions", a, "dist")),
  path.join("packages", "cli", "dist"),
  "dist",
];
const sizes = distFolders.map((f) => ({ f, bytes: folderBytes(path.join(root, f)) })).filter((s) => s.bytes);
const total = sizes.reduce((n, s) => n + s.bytes, 0);
console.log(`\ncommitted dist/: ${sizes.map((s) => `${s.f} ${(s.bytes / 1e6).toFixed(2)} MB`).join(", ")}`);
console.log(`total ${(total / 1e6).toFixed(2)} MB`);

const actionRows = rows.slice(2);
const emptyMs = rows[1].ms;
const slowest = Math.max(...actionRows.map((r) => r.ms));
const heaviest = Math.max(...actionRows.map((r) => r.bytes));
const fastest = Math.min(...actionRows.map((r) => r.ms));
console.log(
  `\nmlship adds ${(fastest - emptyMs).toFixed(0)}–${(slowest - emptyMs).toFixed(0)} ms to node -e 0 (${emptyMs.toFixed(0)} ms in this run; the target allows < ${TARGET_MS - 115} ms over its quiet ≈ 115 ms)`,
);
console.log(
  `targets: start-up ${slowest.toFixed(0)} ms (slowest median) < ${TARGET_MS} ms: ${slowest < TARGET_MS ? "met" : "NOT met"}; ` +
    `loaded at start ${(heaviest / 1e6).toFixed(2)} MB (most) < 2 MB: ${heaviest < TARGET_LOADED ? "met" : "NOT met"}; ` +
    `dist ${(total / 1e6).toFixed(2)} MB < 15 MB: ${total < TARGET_DIST ? "met" : "NOT met"}`,
);
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
rmSync(dir, { recursive: true, force: true });
