import { tryExec } from "../util/process.js";
import { GIT_SHA } from "../util/git-sha.js";
import { parseModelId } from "../model-id.js";
import { quantileSorted } from "../stats/sampling.js";
import type { Registry } from "../registry/types.js";
import type { HistoryEntry } from "./state.js";

interface Summary {
  count: number;
  median: number | null;
  p90: number | null;
}

function summarize(values: number[]): Summary {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return {
    count: v.length,
    median: v.length ? quantileSorted(v, 0.5) : null,
    p90: v.length ? quantileSorted(v, 0.9) : null,
  };
}

const WEEK_MS = 7 * 86_400_000;

/** The delivery measures of one environment: how often, how fast, how safely models ship. */
export interface DeliveryStats {
  environment: string;
  since: string | null;
  deployments: number;
  failedDeployments: number;
  rollbacks: number;
  /** Successful deploys, rollbacks included (what deploymentsPerWeek counts). */
  successfulDeployments: number;
  /** From the first event to the last, in seconds (the history's own span: the same answer on every machine and at any time). */
  spanSeconds: number;
  /**
   * Successful deploys per week: the count × 7 days ÷ the span of the history, the span taken as
   * at least one week (null with no history). Over less than a week this is the count itself,
   * not a rate extrapolated from minutes (3 deploys in 53 s were "21.0 per week").
   */
  deploymentsPerWeek: number | null;
  /** Commit of the model's code → deployed, in seconds. */
  leadTimeSeconds: Summary;
  trainingSeconds: Summary;
  /** Failure detected → previous model serving alone again, for automatic rollbacks. */
  timeToRestoreMs: Summary;
  changeFailureRate: number;
}

export async function deliveryStats(
  env: string,
  history: HistoryEntry[],
  registry: Registry,
  gitDir: string,
): Promise<DeliveryStats> {
  // Quarantines and releases are no deploys.
  history = history.filter((h) => h.action === "deploy" || h.action === "rollback" || h.action === "auto-rollback");
  const ok = history.filter((h) => h.outcome === "success");
  const first = history[0]?.at;
  const last = history.at(-1)?.at;
  const spanMs = first && last ? Math.max(0, Date.parse(last) - Date.parse(first)) : 0;
  const lead: number[] = [];
  const training: number[] = [];
  const seen = new Set<string>();
  for (const h of ok) {
    let info;
    try {
      info = await registry.show(parseModelId(h.to));
    } catch {
      continue;
    }
    const lineage = info.lineage as { durationSeconds?: number } | undefined;
    if (!seen.has(h.to) && typeof lineage?.durationSeconds === "number") training.push(lineage.durationSeconds);
    seen.add(h.to);
    // A record is untrusted: only a hex SHA reaches git, and after --end-of-options (never as an option).
    if (info.gitCommit && GIT_SHA.test(info.gitCommit)) {
      const committed = (
        await tryExec("git", ["show", "-s", "--format=%cI", "--end-of-options", info.gitCommit], { cwd: gitDir })
      )?.trim();
      if (committed) lead.push((Date.parse(h.at) - Date.parse(committed)) / 1000);
    }
  }
  const attempts = history.filter((h) => h.action !== "rollback");
  const failed = history.filter((h) => h.outcome === "failure").length;
  // A change that was rolled back by hand failed too (DORA's change failure rate): the last
  // successful deploy of the model a manual rollback left.
  const rolledBack = new Set<number>();
  history.forEach((h, i) => {
    if (h.action !== "rollback" || h.outcome !== "success" || !h.from) return;
    for (let j = i - 1; j >= 0; j--) {
      const d = history[j];
      if (d.action === "deploy" && d.outcome === "success" && d.to === h.from) {
        rolledBack.add(j);
        break;
      }
    }
  });
  return {
    environment: env,
    since: first ?? null,
    deployments: history.length,
    failedDeployments: failed,
    rollbacks: history.filter((h) => h.action === "rollback" || h.action === "auto-rollback").length,
    successfulDeployments: ok.length,
    spanSeconds: spanMs / 1000,
    deploymentsPerWeek: first ? (ok.length * WEEK_MS) / Math.max(WEEK_MS, spanMs) : null,
    leadTimeSeconds: summarize(lead),
    trainingSeconds: summarize(training),
    timeToRestoreMs: summarize(history.filter((h) => h.recoveryMs !== undefined).map((h) => h.recoveryMs!)),
    changeFailureRate: attempts.length ? (failed + rolledBack.size) / attempts.length : 0,
  };
}
