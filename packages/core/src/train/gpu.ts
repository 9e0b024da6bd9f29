import { tryExec } from "../util/process.js";

export interface GpuInfo {
  name: string;
  count: number;
  driver: string;
  cuda: string | null;
  memoryMiB: number;
}

/** What `nvidia-smi` sees; null when no NVIDIA GPU (or no driver) is visible. */
export async function detectGpu(nvidiaSmi = process.env.MLSHIP_NVIDIA_SMI ?? "nvidia-smi"): Promise<GpuInfo | null> {
  const out = await tryExec(nvidiaSmi, [
    "--query-gpu=name,memory.total,driver_version",
    "--format=csv,noheader,nounits",
  ]);
  if (!out?.trim()) return null;
  const lines = out
    .trim()
    .split("\n")
    .map((l) => l.split(",").map((s) => s.trim()));
  const header = await tryExec(nvidiaSmi, []);
  const cuda = header ? (/CUDA Version:\s*([\d.]+)/.exec(header)?.[1] ?? null) : null;
  return { name: lines[0][0], count: lines.length, driver: lines[0][2], cuda, memoryMiB: Number(lines[0][1]) };
}

export interface GpuUsage {
  samples: number;
  maxUtilizationPct: number;
  meanUtilizationPct: number;
  peakMemoryMiB: number;
  /** GPU time used: each sampling interval times the GPUs busy (utilisation > 0) at its end. */
  gpuHours: number;
}

/**
 * Samples utilisation and memory every `intervalMs` until stopped; `onSample` sees the GPU-hours
 * so far (the budget check). A busy GPU counts for the whole interval before its sample.
 */
export function sampleGpu(
  intervalMs = Number(process.env.MLSHIP_GPU_SAMPLE_MS) || 1000,
  nvidiaSmi = process.env.MLSHIP_NVIDIA_SMI ?? "nvidia-smi",
  onSample?: (gpuHours: number) => void,
): { stop(): Promise<GpuUsage> } {
  let samples = 0,
    sum = 0,
    maxUtil = 0,
    peakMem = 0,
    gpuHours = 0;
  let running = true;
  let last = performance.now();
  const loop = (async () => {
    while (running) {
      const out = await tryExec(
        nvidiaSmi,
        ["--query-gpu=utilization.gpu,memory.used", "--format=csv,noheader,nounits"],
        { timeoutMs: 5000 },
      );
      const now = performance.now();
      if (out) {
        let util = 0,
          mem = 0,
          busy = 0;
        for (const line of out.trim().split("\n")) {
          const [u, m] = line.split(",").map((s) => Number(s.trim()));
          util = Math.max(util, u || 0);
          mem += m || 0;
          if (u > 0) busy++;
        }
        gpuHours += (busy * (now - last)) / 3_600_000;
        onSample?.(gpuHours);
        samples++;
        sum += util;
        maxUtil = Math.max(maxUtil, util);
        peakMem = Math.max(peakMem, mem);
      }
      last = now;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return {
        samples,
        maxUtilizationPct: maxUtil,
        meanUtilizationPct: samples ? sum / samples : 0,
        peakMemoryMiB: peakMem,
        gpuHours,
      };
    },
  };
}
