import { chmodSync, copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { isUserError } from "../packages/core/src/errors.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { caught } from "./helpers/catch.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost as quiet } from "./helpers/silent.js";
import { readCoreSettings } from "../packages/core/src/settings.js";

/** The host: nvidia-smi from PATH (the stand-in), sampled every 200 ms. */
const quietHost = { ...quiet, settings: readCoreSettings({ MLSHIP_GPU_SAMPLE_MS: "200" }) };

/** The example with train.budget set as given. */
function withBudget(budget: Record<string, unknown>): string {
  const dir = exampleCopy();
  const file = path.join(dir, "mlship.yml");
  const cfg = parse(readFileSync(file, "utf8"));
  cfg.train.budget = budget;
  writeFileSync(file, stringify(cfg));
  return file;
}

const sleeper = 'python3 -c "import time; time.sleep(30)"';

describe("train.budget", () => {
  beforeAll(() => {
    // The stand-in nvidia-smi (a single H100 at 87% utilisation) found on PATH, as a real one would be.
    const bin = tempDir("mlship-fake-gpu-");
    copyFileSync("test/fixtures/bin/nvidia-smi", path.join(bin, "nvidia-smi"));
    chmodSync(path.join(bin, "nvidia-smi"), 0o755);
    vi.stubEnv("PATH", `${bin}${path.delimiter}${process.env.PATH}`);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("stops a command that runs past max-wall-time, with a clear message, and keeps the run as over-budget", async () => {
    const config = withBudget({ "max-wall-time": "1s" });
    const started = Date.now();
    const e = await caught(() =>
      trainStep(
        parseInputs(trainSpec, (n) => ({ config, command: sleeper })[n]),
        quietHost,
      ),
    );
    const took = Date.now() - started;
    expect(isUserError(e)).toBe(true);
    expect(String((e as Error).message)).toMatch(
      /training was stopped: over budget, it ran past train\.budget\.max-wall-time \(1 s\)/,
    );
    // A failed run, not bad input: exit 1 (UserError's default is 2).
    expect((e as { exitCode: number }).exitCode).toBe(1);
    expect(took).toBeGreaterThanOrEqual(1000);
    const runs = path.join(path.dirname(config), ".mlship/runs");
    const dir = readdirSync(runs).find((d) => d.endsWith(".over-budget"));
    expect(dir).toBeDefined();
    const lineage = JSON.parse(readFileSync(path.join(runs, dir!, "lineage.json"), "utf8"));
    expect(lineage.status).toBe("over-budget");
    expect(lineage.budget).toMatchObject({
      maxWallSeconds: 1,
      exceeded: "it ran past train.budget.max-wall-time (1 s)",
    });
    // The command ran about a second, not its 30 (what follows, lineage collection, is not the command).
    expect(lineage.durationSeconds).toBeGreaterThanOrEqual(1);
    expect(lineage.durationSeconds).toBeLessThan(5);
  }, 120_000);

  it("stops a command past max-gpu-hours, counted from nvidia-smi samples", async () => {
    // 0.0002 GPU-hours is 0.72 s of one busy GPU: the stand-in reports one GPU at 87%.
    const config = withBudget({ "max-gpu-hours": 0.0002 });
    const e = await caught(() =>
      trainStep(
        parseInputs(trainSpec, (n) => ({ config, command: sleeper })[n]),
        quietHost,
      ),
    );
    expect(String((e as Error).message)).toMatch(
      /over budget, it used [\d.]+ GPU-hours, past train\.budget\.max-gpu-hours \(0\.0002\)/,
    );
    const runs = path.join(path.dirname(config), ".mlship/runs");
    const lineage = JSON.parse(
      readFileSync(path.join(runs, readdirSync(runs).find((d) => d.endsWith(".over-budget"))!, "lineage.json"), "utf8"),
    );
    expect(lineage.budget.gpuHours).toBeGreaterThan(0.0002);
    expect(lineage.durationSeconds).toBeLessThan(5);
    // One GPU cannot accrue more than the run's wall time, and the run was stopped long before its 30 s.
    expect(lineage.budget.gpuHours).toBeLessThanOrEqual(lineage.durationSeconds / 3600 + 1e-9);
  }, 120_000);

  it("records the GPU-hours of a run in lineage; the evaluation report shows them with the estimated cost", async () => {
    const config = withBudget({ "max-wall-time": "5m", "price-per-gpu-hour": 2.5, currency: "EUR" });
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 3}" })[n]),
      quietHost,
    );
    const lineage = JSON.parse(readFileSync(t.outputs.lineage, "utf8"));
    const hours = lineage.gpu.usage.gpuHours;
    // One GPU busy the whole run: GPU-hours within a sampling interval of the run's wall time.
    expect(hours).toBeGreaterThan(0);
    expect(hours).toBeLessThanOrEqual(lineage.durationSeconds / 3600 + 1e-9);
    expect(hours).toBeGreaterThan((lineage.durationSeconds - 1) / 3600);
    expect(lineage.budget).toMatchObject({ gpuHours: hours, pricePerGpuHour: 2.5, currency: "EUR", exceeded: null });
    expect(lineage.budget.estimatedCost).toBeCloseTo(hours * 2.5, 12);

    const q = await qualityLoadBiasTestStep(
      parseInputs(qualityLoadBiasTestSpec, (n) => ({ config, "run-dir": t.outputs["run-dir"], load: "false" })[n]),
      quietHost,
    );
    const report = JSON.parse(readFileSync(q.outputs.report, "utf8"));
    expect(report.gpu).toEqual({ gpuHours: hours, pricePerGpuHour: 2.5, estimatedCost: hours * 2.5, currency: "EUR" });
    const md = readFileSync(q.outputs.markdown, "utf8");
    expect(md).toContain(
      `GPU: ${Number(hours.toFixed(4))} GPU-hours · est. ${Number((hours * 2.5).toFixed(4))} EUR (at 2.5 EUR per GPU-hour)`,
    );
    const html = readFileSync(q.outputs.html, "utf8");
    expect(html).toContain(`data-gpu-hours="${hours}"`);
  }, 180_000);
});
