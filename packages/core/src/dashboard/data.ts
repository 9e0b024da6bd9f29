/**
 * What the dashboard shows, gathered from the registry and the project's state folder. The site is
 * rendered from this one object (written beside it as data.json), so the browser tests check each
 * chart against it.
 */
import type { Project } from "../project.js";
import { projectRegistry } from "../project.js";
import type { PerformanceCheck, Registry, VersionInfo } from "../registry/types.js";
import type { HistoryEntry } from "../deploy/state.js";
import type { RegistryAccess } from "../registry/uri.js";
import { environmentHistory } from "../deploy/environment-log.js";
import { formatModelId } from "../model-id.js";
import { deliveryStats, type DeliveryStats } from "../deploy/delivery-metrics.js";
import { readDriftHistory, type DriftHistoryEntry } from "../drift/history.js";
import { lineageGpuCost, type GpuCost } from "../report/gpu-cost.js";

interface EnvironmentRecords {
  /** What runs there now, per the registry (null when nothing was ever deployed there). */
  current: { model: string; since: string | null; url: string | null; target: string | null } | null;
  /** Deploys, rollbacks, quarantines and releases, oldest first. */
  history: HistoryEntry[];
}

/**
 * THE place the dashboard reads an environment's deployment records from: the registry's
 * environment record and event log, so the site built from any clone or job is the same.
 */
async function readEnvironmentRecords(registry: Registry, name: string, env: string): Promise<EnvironmentRecords> {
  const [record, history] = await Promise.all([
    registry.environmentRecord(name, env),
    environmentHistory(registry, name, env),
  ]);
  return {
    current: record
      ? {
          model: formatModelId(record.id),
          since: record.at,
          url: record.url ?? null,
          target: record.target ?? null,
        }
      : null,
    history,
  };
}

export interface DashboardVersion {
  id: string;
  version: number;
  createdAt: string;
  digest: string;
  size: number;
  creator: string;
  metrics: Record<string, number>;
  gates: { expression: string; passed: boolean; value?: number | null; threshold?: number | null }[];
  /** The evaluation report: an https link (the workflow run), else where it was written (a path on the machine that registered). */
  report: { href: string | null; text: string } | null;
  gatesPassed: boolean | null;
  /** Environments where it ever ran (the version's stages). */
  stages: string[];
  /** Environments it serves now, per the registry's record of each environment. */
  serving: string[];
  quarantined: string | null;
  commit: string | null;
  /** Link to the commit on GitHub, when the lineage names the repository. */
  commitUrl: string | null;
  runUrl: string | null;
  dataDigest: string | null;
  params: Record<string, unknown>;
  durationSeconds: number | null;
  gpuName: string | null;
  gpu: GpuCost | null;
}

export interface DashboardModel {
  name: string;
  versions: DashboardVersion[];
  /** Sums over versions with a GPU record. */
  gpuHours: number;
  estimatedCost: number | null;
  currency: string;
}

interface DashboardEnvironment {
  name: string;
  /** From the deployment record; else from the registry's environment pointer (no date, no URL). */
  current: { model: string; since: string | null; url: string | null; target: string | null } | null;
  history: HistoryEntry[];
  stats: DeliveryStats;
  drift: DriftHistoryEntry[];
  /** check-performance's checks of the project's model here, oldest first (realised and estimated quality). */
  performance: PerformanceHistoryEntry[];
}

/** One performance check as the dashboard draws it. */
export type PerformanceHistoryEntry = Pick<
  PerformanceCheck,
  | "at"
  | "version"
  | "degraded"
  | "served"
  | "labelled"
  | "metrics"
  | "intervals"
  | "estimated"
  | "estimatedIntervals"
  | "registered"
>;

export interface DashboardData {
  schema: "mlship/dashboard/v1";
  generatedAt: string;
  registry: string;
  models: DashboardModel[];
  environments: DashboardEnvironment[];
}

const COMMIT = /^[0-9a-f]{7,40}$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

function commitLink(
  git: { commit?: string | null; repository?: string | null; workflowRunUrl?: string | null } | undefined,
): string | null {
  if (!git?.commit || !COMMIT.test(git.commit) || !git.repository || !REPO.test(git.repository)) return null;
  let server = "https://github.com";
  try {
    if (git.workflowRunUrl) server = new URL(git.workflowRunUrl).origin;
  } catch {
    /* keep github.com */
  }
  return `${server}/${git.repository}/commit/${git.commit}`;
}

function version(v: VersionInfo): DashboardVersion {
  const l = (v.lineage ?? {}) as {
    git?: { commit?: string | null; repository?: string | null; workflowRunUrl?: string | null };
    dataDigest?: string | null;
    params?: Record<string, unknown>;
    durationSeconds?: number;
    gpu?: { name?: string } | null;
  };
  const runUrl = l.git?.workflowRunUrl && /^https:\/\//.test(l.git.workflowRunUrl) ? l.git.workflowRunUrl : null;
  return {
    id: v.id,
    version: v.version,
    createdAt: v.createdAt,
    digest: v.digest,
    size: v.size,
    creator: v.creator,
    metrics: Object.fromEntries(
      Object.entries(v.metrics ?? {}).filter((e): e is [string, number] => typeof e[1] === "number"),
    ),
    gates: v.gates ?? [],
    report: v.report ? { href: /^https:\/\//.test(v.report) ? v.report : null, text: v.report } : null,
    gatesPassed: v.gatesPassed ?? null,
    stages: v.state.stages,
    serving: [],
    quarantined: v.state.quarantine?.reason ?? null,
    commit: v.gitCommit ?? l.git?.commit ?? null,
    commitUrl: commitLink({ ...l.git, commit: v.gitCommit ?? l.git?.commit }),
    runUrl,
    dataDigest: l.dataDigest ?? null,
    params: l.params ?? {},
    durationSeconds: typeof l.durationSeconds === "number" ? l.durationSeconds : null,
    gpuName: l.gpu?.name ?? null,
    gpu: lineageGpuCost(v.lineage),
  };
}

/** Environments named in mlship.yml, and any the registry knows (deployed to, or drift-checked). */
async function environmentNames(project: Project, registry: Registry, names: string[]): Promise<string[]> {
  const known = new Set(Object.keys(project.config.deploy.environments ?? {}));
  for (const name of names) for (const env of await registry.environments(name)) known.add(env);
  return [...known].sort();
}

export async function dashboardData(project: Project, access?: RegistryAccess): Promise<DashboardData> {
  const registry = await projectRegistry(project, undefined, access);
  const names = (await registry.names()).sort();
  const models: DashboardModel[] = [];
  for (const name of names) {
    const versions = (await registry.list(name)).map(version).sort((a, b) => a.version - b.version);
    const withGpu = versions.filter((v) => v.gpu);
    const priced = withGpu.filter((v) => v.gpu!.estimatedCost !== null);
    models.push({
      name,
      versions,
      gpuHours: withGpu.reduce((s, v) => s + v.gpu!.gpuHours, 0),
      estimatedCost: priced.length ? priced.reduce((s, v) => s + v.gpu!.estimatedCost!, 0) : null,
      currency: priced[0]?.gpu?.currency ?? "USD",
    });
  }
  const environments: DashboardEnvironment[] = [];
  const model = project.config.model ?? names[0];
  for (const env of await environmentNames(project, registry, names)) {
    const rec = model ? await readEnvironmentRecords(registry, model, env) : { current: null, history: [] };
    let current = rec.current;
    for (const name of current ? [] : names) {
      const other = await registry.environmentRecord(name, env).catch(() => undefined);
      if (other)
        current = {
          model: formatModelId(other.id),
          since: other.at,
          url: other.url ?? null,
          target: other.target ?? project.config.deploy.environments?.[env]?.target ?? null,
        };
    }
    environments.push({
      name: env,
      current,
      history: rec.history,
      stats: await deliveryStats(env, rec.history, registry, project.dir),
      drift: model ? await readDriftHistory(registry, model, env) : [],
      performance: model
        ? (await registry.performanceChecks(model, env)).map((c) => ({
            at: c.at,
            version: c.version,
            degraded: c.degraded,
            served: c.served,
            labelled: c.labelled,
            metrics: c.metrics,
            intervals: c.intervals,
            estimated: c.estimated,
            estimatedIntervals: c.estimatedIntervals,
            registered: c.registered,
          }))
        : [],
    });
  }
  for (const e of environments)
    for (const m of models) for (const v of m.versions) if (e.current?.model === v.id) v.serving.push(e.name);
  return {
    schema: "mlship/dashboard/v1",
    generatedAt: new Date().toISOString(),
    registry: registry.uri,
    models,
    environments,
  };
}
