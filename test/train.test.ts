import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { parseMetricLine } from "../packages/core/src/train/metric-lines.js";
import { runTraining } from "../packages/core/src/train/run.js";
import { caught } from "./helpers/catch.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";
import { readCoreSettings } from "../packages/core/src/settings.js";
import { processGone, waitFor } from "./helpers/proc.js";

describe("train on the numpy example", () => {
  const dir = exampleCopy();
  const settings = (extra: Record<string, string> = {}) =>
    parseInputs(trainSpec, (n) => ({ config: path.join(dir, "mlship.yml"), ...extra })[n]);

  it("writes a model, metrics, a loss series and complete, schema-valid lineage", async () => {
    const r = await trainStep(settings({ params: "{epochs: 4}" }), quietHost);
    const runDir = r.outputs["run-dir"];
    const model = JSON.parse(readFileSync(path.join(r.outputs["model-path"], "model.json"), "utf8"));
    expect(model.format).toBe("mlship-example-logreg/1");
    const metrics = JSON.parse(r.outputs.metrics);
    expect(metrics.epochs).toBe(4); // params override reached the command
    expect(metrics.test_accuracy).toBeGreaterThan(0.7);
    const series = JSON.parse(readFileSync(path.join(runDir, "series.json"), "utf8"));
    expect(series.loss.map((p: { step: number }) => p.step)).toEqual([1, 2, 3, 4]);
    const lineage = JSON.parse(readFileSync(r.outputs.lineage, "utf8"));
    const schema = JSON.parse(readFileSync("schemas/lineage.schema.json", "utf8"));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(lineage), JSON.stringify(validate.errors)).toBe(true);
    expect(lineage.params).toMatchObject({ lr: 0.1, epochs: 4 });
    expect(lineage.command).toEqual(["python3", "train.py"]);
    expect(lineage.status).toBe("succeeded");
    expect(lineage.exitCode).toBe(0);
    expect(lineage.gpu).toBeNull(); // CPU here: absent, but explicitly so
    expect(lineage.environment.python).toMatch(/^Python 3/);
    expect(Array.isArray(lineage.environment.pipFreeze)).toBe(true);
    expect(lineage.data.map((d: { role: string }) => d.role).sort()).toEqual(["test", "train"]);
    expect(lineage.data[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.outputs["reproducibility-key"]).toMatch(/^sha256:/);
    expect(r.outputs["gpu-name"]).toBe("");
  });

  it("gpu: required fails fast, before the command starts, where no GPU is visible", async () => {
    const marker = path.join(dir, "started");
    const e = await caught(() =>
      trainStep(settings({ gpu: "required", command: `sh -c "touch ${marker}"` }), { ...quietHost }),
    );
    expect(e.message).toContain("no NVIDIA GPU is visible");
    expect(() => readFileSync(marker)).toThrow();
  });

  it("a failing command leaves no run that register would pick up, and shows the last lines", async () => {
    const e = await caught(() =>
      trainStep(settings({ command: "python3 -c \"import sys; print('boom line'); sys.exit(3)\"" }), quietHost),
    );
    expect(e.message).toContain("exited with code 3");
    expect(e.message).toContain("boom line");
    expect(e.exitCode).toBe(1);
    const runs = readdirSync(path.join(dir, ".mlship/runs"));
    const failed = runs.filter((r) => r.endsWith(".failed"));
    expect(failed.length).toBe(1);
    // last.json still names the earlier successful run, not the failed one.
    const last = JSON.parse(readFileSync(path.join(dir, ".mlship/runs/last.json"), "utf8"));
    expect(last.runDir.endsWith(".failed")).toBe(false);
    expect(runs).toContain(path.basename(last.runDir));
  });

  it("refuses shell syntax in a string command", async () => {
    const e = await caught(() => trainStep(settings({ command: "python3 train.py; rm -rf /" }), quietHost));
    expect(e.message).toContain("not run through a shell");
  });
});

describe("timeouts and cancellation kill the whole tree", () => {
  const dir = tempDir();
  const script = (name: string) => {
    const p = path.join(dir, name);
    // The command forks a grandchild and records both pids.
    writeFileSync(p, `echo $$ > "${dir}/${name}.pid"\nsleep 300 &\necho $! > "${dir}/${name}.child"\nwait\n`);
    return p;
  };
  const pids = (name: string) =>
    [readFileSync(`${dir}/${name}.pid`, "utf8"), readFileSync(`${dir}/${name}.child`, "utf8")].map((s) =>
      Number(s.trim()),
    );

  it("timeout-minutes", async () => {
    const e = await caught(() =>
      runTraining({
        command: ["sh", script("t")],
        params: {},
        data: {},
        gpu: "none",
        timeoutMinutes: 0.02,
        cwd: dir,
        runsDir: path.join(dir, "runs"),
        log: quietHost.log,
      }),
    );
    expect(e.message).toContain("timed out");
    for (const pid of pids("t")) expect(await waitFor(() => processGone(pid)), `pid ${pid} left behind`).toBe(true);
  });

  it("cancellation (SIGTERM to the action) is forwarded to the group", async () => {
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 800);
    const e = await caught(() =>
      runTraining({
        command: ["sh", script("c")],
        params: {},
        data: {},
        gpu: "none",
        timeoutMinutes: 5,
        cwd: dir,
        runsDir: path.join(dir, "runs"),
        log: quietHost.log,
        signal: ctrl.signal,
      }),
    );
    expect(e.message).toContain("was cancelled");
    for (const pid of pids("c")) expect(await waitFor(() => processGone(pid)), `pid ${pid} left behind`).toBe(true);
  });
});

describe("live metric lines", () => {
  it("parses name, value and step; ignores malformed lines", () => {
    expect(parseMetricLine("mlship:metric name=loss value=0.41 step=120")).toEqual({
      name: "loss",
      value: 0.41,
      step: 120,
    });
    expect(parseMetricLine("  mlship:metric value=1e-3 name=val/acc")).toEqual({
      name: "val/acc",
      value: 0.001,
      step: -1,
    });
    expect(parseMetricLine("mlship:metric name=loss value=abc")).toBeUndefined();
    expect(parseMetricLine("mlship:metric name=<script> value=1")).toBeUndefined();
    expect(parseMetricLine("loss=0.4")).toBeUndefined();
  });
});

describe("skip-if-trained", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  it("reuses a registered model with the same reproducibility key instead of training; a param change trains", async () => {
    const { registerSpec, registerStep } = await import("../packages/core/src/steps/register.js");
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 2, seed: 1}" })[n]),
      quietHost,
    );
    await registerStep(
      parseInputs(registerSpec, (n) => ({ config, "model-path": t.outputs["model-path"] })[n]),
      quietHost,
    );
    const runsBefore = readdirSync(path.join(dir, ".mlship/runs")).length;
    const again = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 2, seed: 1}", "skip-if-trained": "true" })[n]),
      quietHost,
    );
    expect(again.extra.skipped).toBe(true);
    expect(again.outputs["reused-model-id"]).toBe("churn@v1");
    expect(again.outputs["reproducibility-key"]).toBe(t.outputs["reproducibility-key"]);
    expect(readdirSync(path.join(dir, ".mlship/runs")).length).toBe(runsBefore);
    const changed = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 3, seed: 1}", "skip-if-trained": "true" })[n]),
      quietHost,
    );
    expect(changed.extra.skipped).toBe(false);
    expect(changed.outputs["reproducibility-key"]).not.toBe(t.outputs["reproducibility-key"]);
  }, 60_000);
});

describe("the GPU path, through a stand-in nvidia-smi", () => {
  const dir = exampleCopy();
  it("gpu: required passes, and lineage records the GPU with sampled utilisation and memory", async () => {
    const settings = readCoreSettings({ MLSHIP_NVIDIA_SMI: path.resolve("test/fixtures/bin/nvidia-smi") });
    const r = await trainStep(
      parseInputs(
        trainSpec,
        (n) =>
          ({
            config: path.join(dir, "mlship.yml"),
            gpu: "required",
            command:
              "python3 -c \"import time; time.sleep(1.5); open(__import__('os').environ['MLSHIP_OUTPUT_DIR'] + '/m.txt', 'w').write('x')\"",
          })[n],
      ),
      { ...quietHost, settings },
    );
    expect(r.outputs["gpu-name"]).toBe("NVIDIA H100 80GB HBM3");
    const lineage = JSON.parse(readFileSync(r.outputs.lineage, "utf8"));
    expect(lineage.gpu).toMatchObject({
      name: "NVIDIA H100 80GB HBM3",
      count: 1,
      driver: "550.54.15",
      cuda: "12.4",
      memoryMiB: 81559,
    });
    expect(lineage.gpu.usage.samples).toBeGreaterThanOrEqual(1);
    expect(lineage.gpu.usage).toMatchObject({ maxUtilizationPct: 87, peakMemoryMiB: 4321 });
  });
});
