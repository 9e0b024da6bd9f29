/**
 * Bench: validate-data, whole process, on a wide table — 10,000 columns × 50 rows of
 * full-precision floats (9.8 MB) — against the same cells as a long one, 50 columns × 10,000
 * rows: the work is per cell, so the wide file should cost what the long one does (#18 item 13:
 * it took 15.5 s and 1 GB). Both without a schema (every column profiled as text and numbers) and
 * with one declaring every column a number. Alternating rounds, each printed with the load
 * average (the machine is shared), medians, peak RSS (GNU time), the profile.json sizes, and the
 * wide/long ratios.
 * Uses the bundled CLI, as users run it: `node scripts/build.mjs` first (or MLSHIP_CLI=<a build>).
 * Run: npx tsx bench/validate-wide.ts [rounds]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROUNDS = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const COLS = 10_000;
const ROWS = 50;
const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-bench-wide-"));
const cli = path.resolve(process.env.MLSHIP_CLI ?? "packages/cli/bin/mlship.js");
// tsx passes its loader to children through NODE_OPTIONS; the CLI bundle must run plain.
const env = { ...process.env };
delete env.NODE_OPTIONS;
if (spawnSync("sh", ["-c", "command -v /usr/bin/time"]).status !== 0)
  execFileSync("apt-get", ["install", "-y", "-q", "time"], { stdio: "inherit" });

/** Seeded normal deviates written with every digit JavaScript prints (up to 17 significant), as numpy writes them. */
function cells(n: number): string[] {
  let s = 0x9e3779b9;
  const u = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) + 0.5) / 2 ** 32;
  };
  return Array.from({ length: n }, () => String(Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())));
}

/** The same cells, row after row, as a table of `cols` columns. */
function table(name: string, values: string[], cols: number): string {
  const lines = [Array.from({ length: cols }, (_, c) => `c${c}`).join(",")];
  for (let at = 0; at < values.length; at += cols) lines.push(values.slice(at, at + cols).join(","));
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  const schema = path.join(dir, `${name}.schema.yml`);
  const fields = Array.from({ length: cols }, (_, c) => ({ name: `c${c}`, type: "number", constraints: {} }));
  writeFileSync(schema, JSON.stringify({ fields, missingValues: [""] })); // YAML is a superset of JSON
  return file;
}

interface Run {
  seconds: number;
  rssMB: number;
  load: number;
}
function validate(file: string, withSchema: boolean): Run {
  const args = [cli, "validate-data", "--data", file];
  if (withSchema) args.push("--schema", file.replace(/\.csv$/, ".schema.yml"));
  const load = os.loadavg()[0];
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { cwd: dir, env, encoding: "utf8" });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0 || !r.stdout.includes("valid: true"))
    throw new Error(`validate-data ${file} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return { seconds, rssMB: Number(r.stderr.trim().split("\n").at(-1)) / 1024, load };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const profileBytes = (name: string) => statSync(path.join(dir, ".mlship", "validation", `${name}.profile.json`)).size;

try {
  const values = cells(COLS * ROWS);
  const files = { wide: table("wide", values, COLS), long: table("long", values, ROWS) };
  console.log(
    `the same ${(COLS * ROWS).toLocaleString()} cells: wide ${COLS.toLocaleString()} columns × ${ROWS} rows (${(statSync(files.wide).size / 1e6).toFixed(1)} MB), long ${ROWS} × ${COLS.toLocaleString()}`,
  );
  for (const withSchema of [false, true]) {
    const runs: Record<"wide" | "long", Run[]> = { wide: [], long: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first, so the machine's noise falls on both sides.
      const order = round % 2 === 0 ? (["wide", "long"] as const) : (["long", "wide"] as const);
      for (const shape of order) runs[shape].push(validate(files[shape], withSchema));
      const w = runs.wide[round];
      const l = runs.long[round];
      console.log(
        `${withSchema ? "schema   " : "no schema"} round ${round + 1}: wide ${w.seconds.toFixed(2)} s ${w.rssMB.toFixed(0)} MB (load ${w.load.toFixed(2)}), long ${l.seconds.toFixed(2)} s ${l.rssMB.toFixed(0)} MB (load ${l.load.toFixed(2)})`,
      );
    }
    const s = (shape: "wide" | "long") => median(runs[shape].map((r) => r.seconds));
    const m = (shape: "wide" | "long") => median(runs[shape].map((r) => r.rssMB));
    console.log(
      `${withSchema ? "every column a number" : "no schema"}, medians: wide ${s("wide").toFixed(2)} s, peak RSS ${m("wide").toFixed(0)} MB, profile.json ${(profileBytes("wide") / 1e6).toFixed(1)} MB; long ${s("long").toFixed(2)} s, peak RSS ${m("long").toFixed(0)} MB, profile.json ${(profileBytes("long") / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `ratio wide/long: time ${(s("wide") / s("long")).toFixed(2)}, peak RSS ${(m("wide") / m("long")).toFixed(2)}, profile.json ${(profileBytes("wide") / profileBytes("long")).toFixed(2)}`,
    );
  }
  console.log(
    `load average now ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
