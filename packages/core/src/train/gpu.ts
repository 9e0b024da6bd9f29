import { tryExec } from "../util/process.js";
import type { GpuSettings } from "../settings.js";

export interface GpuInfo {
  name: string;
  count: number;
  driver: string;
  cuda: string | null;
  memoryMiB: number;
}

/** How long one nvidia-smi query may take; past it the sample is unknown (see sampleGpu). */
const NVIDIA_SMI_TIMEOUT_MS = 5000;

/**
 * The rows of a `--query-gpu=...,index,uuid` answer that the training command can use: all of
 * them, or those CUDA_VISIBLE_DEVICES names (by index or UUID, a unique UUID prefix too), in its
 * order; as CUDA does, the list ends at the first entry naming no GPU, and an empty list hides all.
 @internal */
export function visibleRows(out: string, visible: string | undefined): string[][] {
  const rows = out
    .trim()
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.split(",").map((s) => s.trim()));
  if (visible === undefined) return rows;
  const picked: string[][] = [];
  for (const entry of visible.split(",").map((s) => s.trim())) {
    const uuidOf = (r: string[]) => r[r.length - 1];
    const indexOf = (r: string[]) => r[r.length - 2];
    const hit = /^\d+$/.test(entry)
      ? rows.find((r) => indexOf(r) === entry)
      : entry.startsWith("GPU-")
        ? rows.filter((r) => uuidOf(r).startsWith(entry)).length === 1
          ? rows.find((r) => uuidOf(r).startsWith(entry))
          : undefined
        : undefined;
    if (!hit) break;
    if (!picked.includes(hit)) picked.push(hit);
  }
  return picked;
}

/** What `nvidia-smi` sees of the GPUs this process may use; null when none (or no driver) is visible. */
export async function detectGpu({ nvidiaSmi, visibleDevices }: GpuSettings): Promise<GpuInfo | null> {
  const out = await tryExec(
    nvidiaSmi,
    ["--query-gpu=name,memory.total,driver_version,index,uuid", "--format=csv,noheader,nounits"],
    { timeoutMs: NVIDIA_SMI_TIMEOUT_MS },
  );
  if (!out?.trim()) return null;
  const lines = visibleRows(out, visibleDevices);
  if (lines.length === 0) return null;
  const header = await tryExec(nvidiaSmi, [], { timeoutMs: NVIDIA_SMI_TIMEOUT_MS });
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
 * Samples utilisation and memory every `sampleMs` until stopped; `onSample` sees the GPU-hours
 * so far (the budget check). A busy GPU counts for the whole interval before its sample. Where
 * the answer cannot tell, the GPU counts as busy, so the budget is never left unenforced: a
 * utilisation of `[N/A]` (MIG instances report none), and every visible GPU (`gpus`) when
 * nvidia-smi fails or takes longer than `timeoutMs`.
 */
export function sampleGpu(
  { sampleMs: intervalMs, nvidiaSmi, visibleDevices }: GpuSettings,
  onSample?: (gpuHours: number) => void,
  opts: { gpus?: number; timeoutMs?: number } = {},
): { stop(): Promise<GpuUsage> } {
  let samples = 0,
    sum = 0,
    measured = 0,
    maxUtil = 0,
    peakMem = 0,
    gpuHours = 0;
  let gpus = opts.gpus ?? 1;
  let running = true;
  let last = performance.now();
  const loop = (async () => {
    while (running) {
      const out = await tryExec(
        nvidiaSmi,
        ["--query-gpu=utilization.gpu,memory.used,index,uuid", "--format=csv,noheader,nounits"],
        { timeoutMs: opts.timeoutMs ?? NVIDIA_SMI_TIMEOUT_MS },
      );
      const now = performance.now();
      const rows = out?.trim() ? visibleRows(out, visibleDevices) : undefined;
      let busy = gpus;
      if (rows) {
        let util: number | undefined,
          mem = 0;
        busy = 0;
        for (const [u, m] of rows) {
          const pct = Number(u);
          if (u !== "" && Number.isFinite(pct)) util = Math.max(util ?? 0, pct);
          mem += Number(m) || 0;
          // [N/A] (or anything not a number) is no evidence of an idle GPU.
          if (!Number.isFinite(pct) || u === "" || pct > 0) busy++;
        }
        gpus = rows.length;
        if (util !== undefined) {
          measured++;
          sum += util;
          maxUtil = Math.max(maxUtil, util);
        }
        peakMem = Math.max(peakMem, mem);
      }
      gpuHours += (busy * (now - last)) / 3_600_000;
      samples++;
      onSample?.(gpuHours);
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
        meanUtilizationPct: measured ? sum / measured : 0,
        peakMemoryMiB: peakMem,
        gpuHours,
      };
    },
  };
}
