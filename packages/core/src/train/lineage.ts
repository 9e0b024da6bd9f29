import os from "node:os";
import { createHash } from "node:crypto";
import { tryExec } from "../util/process.js";
import { canonicalJson } from "../util/canonical-json.js";
import * as z from "zod";
import { gitShaSchema } from "../util/git-sha.js";
import type { RunContext } from "../steps/host.js";

const gpuUsageSchema = z.strictObject({
  samples: z.number().int(),
  maxUtilizationPct: z.number(),
  meanUtilizationPct: z.number(),
  peakMemoryMiB: z.number(),
  gpuHours: z
    .number()
    .nonnegative()
    .describe("Sum over samples of the sampling interval times the GPUs busy (utilisation > 0) at that sample"),
});

/** The lineage document of one training run; schemas/lineage.schema.json is generated from this. */
export const lineageSchema = z.strictObject({
  schema: z.literal("mlship/lineage/v1"),
  runId: z.string(),
  git: z.strictObject({
    commit: gitShaSchema.nullable(),
    branch: z.string().nullable(),
    dirty: z.boolean().nullable(),
    repository: z.string().nullable(),
    workflowRunUrl: z.string().nullable(),
  }),
  data: z.array(z.strictObject({ role: z.string(), path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  dataDigest: z.string().nullable().describe("The digest validate-data prints for the same files"),
  params: z.record(z.string(), z.unknown()),
  command: z.array(z.string()),
  startedAt: z.string(),
  endedAt: z.string(),
  durationSeconds: z.number().nonnegative(),
  exitCode: z.number().int().nullable(),
  status: z.enum(["succeeded", "failed", "timed-out", "cancelled", "over-budget"]),
  environment: z.strictObject({
    os: z.string(),
    cpuModel: z.string(),
    cpuCount: z.number().int(),
    memoryBytes: z.number(),
    runnerName: z.string().nullable(),
    runnerLabels: z.array(z.string()).nullable(),
    node: z.string(),
    python: z.string().nullable(),
    pipFreeze: z.array(z.string()).nullable(),
  }),
  gpu: z
    .strictObject({
      name: z.string(),
      count: z.number().int().positive(),
      driver: z.string(),
      cuda: z.string().nullable(),
      memoryMiB: z.number(),
      usage: gpuUsageSchema.nullable(),
    })
    .nullable()
    .describe("null, explicitly, when trained on CPU"),
  reproducibilityKey: z.string(),
  budget: z
    .strictObject({
      maxWallSeconds: z.number().nullable(),
      maxGpuHours: z.number().nullable(),
      pricePerGpuHour: z.number().nullable(),
      currency: z.string(),
      gpuHours: z.number().nonnegative(),
      estimatedCost: z.number().nullable(),
      exceeded: z.string().nullable().describe("Why the run was stopped, when it went over budget"),
    })
    .optional()
    .describe("GPU-hours used, the estimated cost and the limits of train.budget"),
});

export type Lineage = z.output<typeof lineageSchema>;

/** The code's git state; the branch, repository and run page come from the host's run context when it has one. */
export async function gitInfo(cwd: string, run?: RunContext): Promise<Lineage["git"]> {
  const commit = (await tryExec("git", ["rev-parse", "HEAD"], { cwd }))?.trim() ?? null;
  const branch = run?.branch || (await tryExec("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd }))?.trim() || null;
  const status = await tryExec("git", ["status", "--porcelain", "--untracked-files=no"], { cwd });
  return {
    commit,
    branch,
    dirty: status === undefined ? null : status.trim().length > 0,
    repository: run?.repository ?? null,
    workflowRunUrl: run?.runUrl ?? null,
  };
}

/** Digest of the code: the tracked tree at HEAD plus any uncommitted diff of tracked files. */
export async function codeDigest(cwd: string): Promise<string | null> {
  const files = await tryExec("git", ["ls-files", "-s"], { cwd });
  if (files === undefined) return null;
  const diff = (await tryExec("git", ["diff", "HEAD", "--binary"], { cwd })) ?? "";
  return createHash("sha256").update(files).update("\0").update(diff).digest("hex");
}

export function reproducibilityKey(parts: {
  code: string | null;
  dataDigest: string | null;
  params: Record<string, unknown>;
  command: string[];
}): string {
  const h = createHash("sha256").update(canonicalJson(parts)).digest("hex");
  return `sha256:${h}`;
}

export async function environmentInfo(argv: string[], run?: RunContext): Promise<Lineage["environment"]> {
  const usesPython = /python/.test(argv[0] ?? "");
  const python = (await tryExec("python3", ["--version"]))?.trim() ?? null;
  const freeze = usesPython
    ? await tryExec(argv[0], ["-m", "pip", "freeze", "--disable-pip-version-check"], { timeoutMs: 30_000 })
    : undefined;
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    cpuCount: os.cpus().length,
    memoryBytes: os.totalmem(),
    runnerName: run?.runner?.name ?? null,
    runnerLabels: run?.runner?.labels ?? null,
    node: process.version,
    python,
    pipFreeze: freeze ? freeze.trim().split("\n").filter(Boolean) : null,
  };
}
