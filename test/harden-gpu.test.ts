import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readCoreSettings, type GpuSettings } from "../packages/core/src/settings.js";
import { detectGpu, sampleGpu, visibleRows } from "../packages/core/src/train/gpu.js";

/** #33 "Crashes and wrong counts": the GPU budget counts what the command may use, and an answer that cannot tell is no idle GPU. */
const SMI = path.resolve("test/fixtures/bin/nvidia-smi");
/** The stand-in's answers (its environment), and the GPU settings a host reads from CUDA_VISIBLE_DEVICES. */
const KEYS = ["FAKE_SMI_GPUS", "FAKE_SMI_UTIL", "FAKE_SMI_SLEEP"] as const;
afterEach(() => {
  vi.unstubAllEnvs();
});
let gpu: GpuSettings;
function set(env: Partial<Record<(typeof KEYS)[number] | "CUDA_VISIBLE_DEVICES", string>>) {
  for (const k of KEYS) vi.stubEnv(k, env[k]);
  gpu = readCoreSettings({
    MLSHIP_NVIDIA_SMI: SMI,
    MLSHIP_GPU_SAMPLE_MS: "20",
    CUDA_VISIBLE_DEVICES: env.CUDA_VISIBLE_DEVICES,
  }).gpu;
}

/** Samples for at least `ms`, returning the usage and the wall time sampled (the upper bound of GPU-hours per GPU). */
async function sample(ms: number, opts: { gpus?: number; timeoutMs?: number } = {}) {
  const started = performance.now();
  const sampler = sampleGpu(gpu, undefined, opts);
  await new Promise((r) => setTimeout(r, ms));
  const usage = await sampler.stop();
  return { usage, hours: (performance.now() - started) / 3_600_000 };
}

describe("#33 GPU budget: MIG, a slow nvidia-smi, CUDA_VISIBLE_DEVICES", () => {
  it("a utilisation of [N/A] (a MIG instance) counts as busy, not idle", async () => {
    set({ FAKE_SMI_UTIL: "[N/A]" });
    const { usage, hours } = await sample(400, { gpus: 1 });
    expect(usage.samples).toBeGreaterThan(0);
    expect(usage.gpuHours).toBeGreaterThan(0);
    expect(usage.gpuHours).toBeLessThanOrEqual(hours);
    expect(usage.meanUtilizationPct).toBe(0); // no number was reported, none is made up
  });

  it("an nvidia-smi that hangs is cut at its timeout and every visible GPU counts as busy meanwhile", async () => {
    set({ FAKE_SMI_SLEEP: "30" });
    const { usage, hours } = await sample(300, { gpus: 2, timeoutMs: 200 });
    expect(usage.samples).toBeGreaterThan(0);
    expect(usage.gpuHours).toBeGreaterThan(0);
    expect(usage.gpuHours).toBeLessThanOrEqual(2 * hours);
  });

  it("CUDA_VISIBLE_DEVICES: 1 of 8 GPUs is counted as 1, by index or UUID; an empty list hides all", async () => {
    set({ FAKE_SMI_GPUS: "8", CUDA_VISIBLE_DEVICES: "3" });
    expect((await detectGpu(gpu))?.count).toBe(1);
    const { usage, hours } = await sample(300, { gpus: 1 });
    expect(usage.gpuHours).toBeGreaterThan(0);
    expect(usage.gpuHours).toBeLessThanOrEqual(hours); // one GPU's time at most, not eight
    set({ FAKE_SMI_GPUS: "8", CUDA_VISIBLE_DEVICES: "GPU-00000005,1" });
    expect((await detectGpu(gpu))?.count).toBe(2);
    set({ FAKE_SMI_GPUS: "8", CUDA_VISIBLE_DEVICES: "" });
    expect(await detectGpu(gpu)).toBeNull();
    set({ FAKE_SMI_GPUS: "8" });
    expect((await detectGpu(gpu))?.count).toBe(8);
  });

  it("visibleRows follows CUDA's rules: its order, and the list ends at the first entry naming no GPU", () => {
    const out = [0, 1, 2, 3].map((i) => `x, y, ${i}, GPU-${i}${i}aa-bb`).join("\n");
    const idx = (v: string) => visibleRows(out, v).map((r) => r[2]);
    expect(idx("2,0")).toEqual(["2", "0"]);
    expect(idx("1,9,2")).toEqual(["1"]);
    expect(idx("GPU-33")).toEqual(["3"]);
    expect(idx("GPU-")).toEqual([]); // a prefix of several UUIDs names none
    expect(idx("-1")).toEqual([]);
  });
});
