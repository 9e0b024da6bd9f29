import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { deployStep, deploySpec } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { readBoundedLines } from "../packages/core/src/train/bounded-lines.js";
import { SERIES_CAP, SeriesCollector } from "../packages/core/src/train/metric-lines.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";
import { processGone, tsNode, waitFor } from "./helpers/proc.js";

const writeModel = `echo '{}' > "$MLSHIP_OUTPUT_DIR/model.json"`;

describe("item 5: training ends when its command exits, not when a background child closes stdout", () => {
  const dir = exampleCopy();
  const settings = (command: string, extra: Record<string, string> = {}) =>
    parseInputs(trainSpec, (n) => ({ config: path.join(dir, "mlship.yml"), command, ...extra })[n]);

  it("a command that exits 0 leaving a child holding stdout succeeds in seconds, and the child is stopped", async () => {
    const pidFile = path.join(tempDir(), "bg.pid");
    // `timeout-minutes: 1`: before the fix the run waited for the child (its 300 s sleep) and was killed as timed out after a minute.
    const r = await trainStep(
      settings(`sh -c "${writeModel}; sleep 300 & echo \\$! > ${pidFile}; echo done"`, { "timeout-minutes": "1" }),
      quietHost,
    );
    expect(r.ok).toBe(true);
    expect(JSON.parse(readFileSync(r.outputs.lineage, "utf8")).status).toBe("succeeded");
    expect(readFileSync(path.join(r.outputs["run-dir"], "train.log"), "utf8")).toContain("done");
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(await waitFor(() => processGone(pid), 5000)).toBe(true);
  }, 240_000);
});

describe("item 12: daemons started with setsid are found by the marker they inherit and stopped", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");

  it("a training command's setsid daemon does not outlive the run", async () => {
    const pidFile = path.join(tempDir(), "daemon.pid");
    // setsid -f: a new session and process group, re-parented away from the command.
    const command = `sh -c "${writeModel}; setsid -f sh -c 'echo \\$\\$ > ${pidFile}; exec sleep 300' </dev/null >/dev/null 2>&1; sleep 0.5"`;
    const r = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, command })[n]),
      quietHost,
    );
    expect(r.ok).toBe(true);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(pid).toBeGreaterThan(1);
    expect(await waitFor(() => processGone(pid), 5000)).toBe(true);
  }, 180_000);

  it("a model server's setsid daemon is stopped with the server", async () => {
    const pidFile = path.join(tempDir(), "server-daemon.pid");
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace(
        "  serve-command: python3 serve.py\n  environments:",
        `  serve-command: ["sh", "-c", "setsid -f sh -c 'echo $$$$ > ${pidFile}; exec sleep 300' </dev/null >/dev/null 2>&1; exec python3 serve.py"]\n  environments:`,
      ),
    );
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 1}" })[n]),
      quietHost,
    );
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": t.outputs["model-path"] })[n]),
      quietHost,
    );
    const r = await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
    expect(r.ok, r.failure).toBe(true);
    const pid = Number(readFileSync(pidFile, "utf8"));
    expect(processGone(pid)).toBe(false);
    await stopEnvironment(path.join(dir, ".mlship"), "local");
    expect(await waitFor(() => processGone(pid), 5000)).toBe(true);
  }, 400_000);
});

describe("item 10: training output is kept in bounded memory", () => {
  it("a million metric lines keep a bounded, evenly thinned series with its first and last points", () => {
    const c = new SeriesCollector();
    for (let i = 0; i < 1_000_000; i++) c.add({ name: "loss", value: 1 / (i + 1), step: i });
    const s = c.series().loss;
    expect(s.length).toBeLessThanOrEqual(2 * SERIES_CAP + 1);
    expect(s.length).toBeGreaterThanOrEqual(SERIES_CAP);
    expect(s[0]).toEqual({ step: 0, value: 1 });
    expect(s.at(-1)).toEqual({ step: 999_999, value: 1 / 1_000_000 });
    // Evenly spaced: one stride between kept points (but the last).
    const gaps = new Set(s.slice(1, -1).map((p, i) => p.step - s[i].step));
    expect(gaps.size).toBe(1);
  });

  it("a line longer than the cap is cut, the rest counted", async () => {
    const input = new PassThrough();
    const lines: [string, number][] = [];
    readBoundedLines(input, (l, d) => lines.push([l, d]), 10);
    const ended = new Promise((r) => input.on("end", r));
    input.write("short\nabcdefghij");
    input.write("klmnop\n");
    input.end("tail");
    await ended;
    expect(lines).toEqual([
      ["short", 0],
      ["abcdefghij", 6],
      ["tail", 0],
    ]);
  });

  it("a 200 MB line and 100,000 metric lines: the training process stays small", async () => {
    const dir = exampleCopy();
    const script = path.join(dir, "noisy.py");
    writeFileSync(
      script,
      [
        "import os, sys",
        "open(os.path.join(os.environ['MLSHIP_OUTPUT_DIR'], 'model.json'), 'w').write('{}')",
        "out = sys.stdout",
        "out.write('x' * 200_000_000 + '\\n')",
        "out.write(''.join(f'mlship:metric name=loss value={1/(i+1)} step={i}\\n' for i in range(100_000)))",
      ].join("\n"),
    );
    const cfg = path.join(dir, "mlship.yml");
    const cli = path.resolve("packages/cli/src/index.ts");
    const [node, args] = tsNode(cli, ["train", "--config", cfg, "--command", "python3 noisy.py"]);
    // Peak RSS read from /proc while it runs (VmHWM).
    const child = spawn(node, args, { stdio: ["ignore", "ignore", "pipe"] });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch {
        /* exited */
      }
    }, 100);
    const code = await new Promise((r) => child.on("close", r));
    clearInterval(timer);
    expect(code).toBe(0);
    // Before: 1.15 GB for the line alone. Node and tsx take about 150 MB here.
    expect(peak / 2 ** 20).toBeLessThan(400);
    const runs = path.join(dir, ".mlship/runs");
    const last = JSON.parse(readFileSync(path.join(runs, "last.json"), "utf8")).runDir as string;
    const series = JSON.parse(readFileSync(path.join(last, "series.json"), "utf8"));
    expect(series.loss.length).toBeLessThanOrEqual(2 * SERIES_CAP + 1);
    expect(series.loss.at(-1).step).toBe(99_999);
  }, 400_000);
});
