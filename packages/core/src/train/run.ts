import { promises as fs, createWriteStream } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { UserError } from "../errors.js";
import type { Command } from "../config/schema.js";
import { commandArgv, killGroup, spawnGroup, groupAlive, stopMarked } from "../util/process.js";
import { childEnv, lineRedacter, REDACT_MARGIN } from "../util/secrets.js";
import { MAX_LINE_BYTES, readBoundedLines } from "./bounded-lines.js";
import { digestFiles } from "../util/digest.js";
import { writeJsonAtomic } from "../util/fs-atomic.js";
import type { Logger } from "../util/log.js";
import type { RunContext } from "../steps/host.js";
import { detectGpu, sampleGpu, type GpuInfo } from "./gpu.js";
import { defaultCoreSettings, type GpuSettings } from "../settings.js";
import { gpuCost } from "../report/gpu-cost.js";
import { overBudget, type TrainBudget } from "./budget.js";
import { parseMetricLine, SeriesCollector } from "./metric-lines.js";
import { readMetricsFile, type Metrics } from "./metrics-file.js";
import { codeDigest, environmentInfo, gitInfo, reproducibilityKey, type Lineage } from "./lineage.js";

export interface TrainOptions {
  command: Command;
  params: Record<string, unknown>;
  /** role → file, e.g. { train: "data/train.csv" }; reaches the command as MLSHIP_DATA_<ROLE>. */
  data: Record<string, string>;
  gpu: "required" | "optional" | "none";
  timeoutMinutes: number;
  cwd: string;
  runsDir: string;
  log: Logger;
  /** Variables withheld from children by default that this command gets anyway (train.pass-env). */
  passEnv?: string[];
  /** Lets a caller (the action) cancel the run, e.g. on SIGTERM. */
  signal?: AbortSignal;
  /** train.budget: the run is stopped once past its wall time or GPU-hours. */
  budget?: TrainBudget;
  /** The host's run context (branch, repository, run page, runner), recorded in lineage. */
  run?: RunContext;
  /** nvidia-smi, its sampling interval and CUDA_VISIBLE_DEVICES, from the host (StepHost.settings; default: unset). */
  gpuSettings?: GpuSettings;
}

export interface TrainResult {
  runId: string;
  runDir: string;
  modelPath: string;
  metrics: Metrics;
  series: Record<string, { step: number; value: number }[]>;
  lineage: Lineage;
  lineagePath: string;
  predictionsPath: string | undefined;
}

const TAIL_LINES = 30;
/** How long the command's output may still arrive after it exited. */
const OUTPUT_GRACE_MS = 2000;

/** The reproducibility key of a run, computable before it starts (code, data, params, command as written). */
export async function trainingKey(
  opts: Pick<TrainOptions, "cwd" | "data" | "params" | "command">,
  dataDigest?: string | null,
): Promise<string> {
  const files = Object.values(opts.data).map((p) => path.resolve(opts.cwd, p));
  // A run passes the digest it already computed, so the data is read once.
  const digests =
    dataDigest !== undefined ? { digest: dataDigest } : files.length ? await digestFiles(files) : undefined;
  const command = Array.isArray(opts.command) ? opts.command : [opts.command];
  return reproducibilityKey({
    code: await codeDigest(opts.cwd),
    dataDigest: digests?.digest ?? null,
    params: opts.params,
    command,
  });
}

/** The first `max` bytes of a UTF-8 text, never half a character. */
function cutUtf8(bytes: Buffer, max: number): string {
  let end = max;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString("utf8");
}

function newRunId(): string {
  const t = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${t}-${randomBytes(3).toString("hex")}`;
}

/**
 * Runs the training command. Everything is written into `<runs>/<id>.partial/` and renamed to
 * `<runs>/<id>/` only when the command succeeded and left a model, so a failed, timed-out or
 * cancelled run never leaves anything `register` would pick up.
 */
export async function runTraining(opts: TrainOptions): Promise<TrainResult> {
  const gpuSettings = opts.gpuSettings ?? defaultCoreSettings.gpu;
  const gpu: GpuInfo | null = opts.gpu === "none" ? null : await detectGpu(gpuSettings);
  if (opts.gpu === "required" && !gpu) {
    throw new UserError(
      "gpu: required, but no NVIDIA GPU is visible (nvidia-smi found none); run on a GPU runner or set gpu: optional",
      { input: "gpu" },
    );
  }
  const runId = newRunId();
  const finalDir = path.join(opts.runsDir, runId);
  const workDir = `${finalDir}.partial`;
  await fs.mkdir(path.join(workDir, "model"), { recursive: true });
  const paramsFile = path.join(workDir, "params.json");
  await writeJsonAtomic(paramsFile, opts.params);

  const dataFiles = Object.entries(opts.data).map(([role, p]) => ({ role, path: path.resolve(opts.cwd, p) }));
  for (const d of dataFiles) {
    try {
      await fs.access(d.path);
    } catch {
      throw new UserError(`data file for '${d.role}' not found: ${d.path}`, { input: "data" });
    }
  }
  const digests = dataFiles.length ? await digestFiles(dataFiles.map((d) => d.path)) : undefined;
  // A per-run marker: the command's descendants inherit it, so those that left its process
  // group (setsid daemons) are still found and stopped when the run ends.
  const marker = randomBytes(12).toString("hex");
  const env: NodeJS.ProcessEnv = childEnv(
    {
      MLSHIP_RUN_MARKER: marker,
      MLSHIP_RUN_ID: runId,
      MLSHIP_PARAMS_FILE: paramsFile,
      MLSHIP_OUTPUT_DIR: path.join(workDir, "model"),
      MLSHIP_METRICS_FILE: path.join(workDir, "metrics.json"),
      MLSHIP_PREDICTIONS_FILE: path.join(workDir, "predictions.csv"),
      PYTHONUNBUFFERED: "1",
    },
    opts.passEnv,
  );
  if (opts.gpu === "none") env.CUDA_VISIBLE_DEVICES = "";
  for (const d of dataFiles) env[`MLSHIP_DATA_${d.role.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`] = d.path;
  const argv = commandArgv(opts.command, env as Record<string, string>, "command");

  const started = new Date();
  const collector = new SeriesCollector();
  const tail: string[] = [];
  const logStream = createWriteStream(path.join(workDir, "train.log"));
  let status = "succeeded" as Lineage["status"];
  let exitCode: number | null = null;
  let exceeded: string | null = null;
  // Set once the command runs; the GPU sampler and the wall-time timer call it when over budget.
  let stopOverBudget = (_why: string) => {};
  const budget = opts.budget;
  const sampler = gpu
    ? sampleGpu(
        gpuSettings,
        budget
          ? (h) => {
              const why = overBudget({ ...budget, maxWallSeconds: null }, 0, h);
              if (why) stopOverBudget(why);
            }
          : undefined,
        { gpus: gpu.count },
      )
    : undefined;

  // The command as configured, never as expanded: a `$GITHUB_TOKEN` in it stays a name in the
  // log, lineage and the registry's version record.
  const configured = commandArgv(
    opts.command,
    new Proxy({} as Record<string, string>, { get: (_, name) => `$${String(name)}` }),
    "command",
  );
  await opts.log.group(`train: ${configured.join(" ")}`, async () => {
    const child = spawnGroup(argv, { cwd: opts.cwd, env });
    const pgid = child.pid;
    const onLine = (text: string, dropped: number) => {
      const line = text + (dropped ? ` … (${dropped} more bytes of this line not kept)` : "");
      logStream.write(line + "\n");
      const p = parseMetricLine(line);
      if (p) collector.add(p);
      opts.log.info(line);
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    };
    // Each stream's lines are redacted (a secret broken across two lines included) before a long
    // one is cut at MAX_LINE_BYTES: a secret straddling the cut never survives in part.
    const flushers: (() => void)[] = [];
    const read = (stream: Readable) => {
      const lines = lineRedacter();
      let dropped = 0;
      const emit = (texts: string[]) => {
        for (const t of texts) {
          const bytes = Buffer.from(t, "utf8");
          if (bytes.length <= MAX_LINE_BYTES) onLine(t, dropped);
          else onLine(cutUtf8(bytes, MAX_LINE_BYTES), dropped + bytes.length - MAX_LINE_BYTES);
          dropped = 0;
        }
      };
      readBoundedLines(
        stream,
        (raw, more) => {
          emit(lines.push(raw));
          dropped += more;
        },
        MAX_LINE_BYTES + REDACT_MARGIN,
      );
      // At its end, or when the run lets go of a stream a leftover process holds open.
      let done = false;
      const finish = () => {
        if (!done) emit(lines.end());
        done = true;
      };
      stream.on("end", finish);
      flushers.push(finish);
    };
    read(child.stdout!);
    read(child.stderr!);

    const kill = (why: Lineage["status"]) => {
      if (status !== "succeeded") return;
      status = why;
      killGroup(pgid, "SIGTERM");
      // Anything still alive after the grace period is killed outright.
      setTimeout(() => pgid && groupAlive(pgid) && killGroup(pgid, "SIGKILL"), 5000).unref();
    };
    const timer = setTimeout(() => kill("timed-out"), opts.timeoutMinutes * 60_000);
    stopOverBudget = (why) => {
      if (status !== "succeeded") return;
      exceeded = why;
      opts.log.warning(`training is over budget: ${why}; stopping it`);
      kill("over-budget");
    };
    const wallLimit = budget?.maxWallSeconds;
    const budgetTimer = wallLimit
      ? setTimeout(() => stopOverBudget(overBudget(budget!, wallLimit + 1e-9, 0)!), wallLimit * 1000)
      : undefined;
    const onAbort = () => kill("cancelled");
    opts.signal?.addEventListener("abort", onAbort);
    // The run ends when the command exits, not when its output closes: a background child that
    // keeps stdout open would otherwise hold a finished run until the timeout.
    exitCode = await new Promise<number | null>((resolve, reject) => {
      child.on("error", (e) =>
        reject(new UserError(`could not start '${argv[0]}': ${e.message}`, { input: "command" })),
      );
      child.on("exit", (code) => resolve(code));
    }).finally(() => {
      clearTimeout(timer);
      clearTimeout(budgetTimer);
      opts.signal?.removeEventListener("abort", onAbort);
    });
    // Its last output still in the pipes gets a short grace, then the streams are let go.
    const closed = new Promise((r) => child.once("close", r));
    await Promise.race([closed, new Promise((r) => setTimeout(r, OUTPUT_GRACE_MS))]);
    // Whatever the command left behind goes too: its group, then daemons that left it (setsid).
    if (pgid && groupAlive(pgid)) killGroup(pgid, "SIGKILL");
    await stopMarked("MLSHIP_RUN_MARKER", marker, 1000);
    child.stdout?.destroy();
    child.stderr?.destroy();
    for (const f of flushers) f();
  });
  await new Promise((r) => logStream.end(r));
  const usage = sampler ? await sampler.stop() : null;
  const ended = new Date();
  if (status === "succeeded" && exitCode !== 0) status = "failed";

  const series = collector.series();
  const params = opts.params;
  const key = await trainingKey(opts, digests?.digest ?? null);
  const lineage: Lineage = {
    schema: "mlship/lineage/v1",
    runId,
    git: await gitInfo(opts.cwd, opts.run),
    data: dataFiles.map((d) => ({
      role: d.role,
      path: path.relative(opts.cwd, d.path),
      sha256: digests!.files.find((f) => f.path === d.path)!.sha256,
    })),
    dataDigest: digests?.digest ?? null,
    params,
    command: configured,
    startedAt: started.toISOString(),
    endedAt: ended.toISOString(),
    durationSeconds: (ended.getTime() - started.getTime()) / 1000,
    exitCode,
    status,
    environment: await environmentInfo(argv, opts.run),
    gpu: gpu ? { ...gpu, usage } : null,
    reproducibilityKey: key,
    budget: budget
      ? {
          maxWallSeconds: budget.maxWallSeconds,
          maxGpuHours: budget.maxGpuHours,
          pricePerGpuHour: budget.pricePerGpuHour,
          currency: budget.currency,
          gpuHours: usage?.gpuHours ?? 0,
          estimatedCost: gpuCost(usage?.gpuHours ?? 0, budget).estimatedCost,
          exceeded,
        }
      : undefined,
  };
  await writeJsonAtomic(path.join(workDir, "lineage.json"), lineage);
  await writeJsonAtomic(path.join(workDir, "series.json"), series);

  if (status !== "succeeded") {
    const failedDir = `${finalDir}.${status}`;
    await fs.rename(workDir, failedDir);
    const what =
      status === "timed-out"
        ? `timed out after ${opts.timeoutMinutes} minutes`
        : status === "cancelled"
          ? "was cancelled"
          : status === "over-budget"
            ? `was stopped: over budget, ${exceeded}`
            : `exited with code ${exitCode}`;
    throw new UserError(
      `training ${what}; last lines:\n${tail.join("\n")}\n(full log: ${path.join(failedDir, "train.log")})`,
      {},
      1,
    );
  }
  const modelFiles = await fs.readdir(path.join(workDir, "model"));
  if (modelFiles.length === 0) {
    await fs.rename(workDir, `${finalDir}.failed`);
    throw new UserError("the training command succeeded but wrote nothing to $MLSHIP_OUTPUT_DIR", {}, 1);
  }
  let metrics: Metrics | undefined;
  try {
    metrics = await readMetricsFile(path.join(workDir, "metrics.json"), opts.log);
  } catch (e) {
    await fs.rename(workDir, `${finalDir}.failed`);
    throw e;
  }
  if (!metrics) opts.log.warning("the training command wrote no metrics to $MLSHIP_METRICS_FILE");
  await fs.rename(workDir, finalDir);
  const hasPreds = await fs.access(path.join(finalDir, "predictions.csv")).then(
    () => true,
    () => false,
  );
  return {
    runId,
    runDir: finalDir,
    modelPath: path.join(finalDir, "model"),
    metrics: metrics ?? {},
    series,
    lineage,
    lineagePath: path.join(finalDir, "lineage.json"),
    predictionsPath: hasPreds ? path.join(finalDir, "predictions.csv") : undefined,
  };
}
