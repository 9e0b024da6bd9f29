import { emit } from "./output.js";
import {
  eventChange,
  LATEST_RULE,
  latestUsable,
  terminalSafe,
  type DeliveryStats,
  type DeployCommit,
  type HistoryEntry,
  type VersionInfo,
} from "@mlship/core";

/** Text from the registry and history (reasons, names, commit subjects) may carry ANSI escapes or secrets. */
function say(text: string): void {
  console.log(terminalSafe(text));
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/**
 * The versions of a model: what each environment runs now (SERVES, from the registry's record of
 * each environment), where each ever ran (RAN IN), and which one name@latest resolves to.
 */
export function printModelList(
  name: string,
  versions: VersionInfo[],
  json: boolean,
  serving: Record<string, string[]> = {},
): void {
  if (json) {
    emit(versions);
    return;
  }
  if (versions.length === 0) {
    say(`${name}: no versions`);
    return;
  }
  const latest = latestUsable(versions)?.id;
  say(`${pad("ID", 20)} ${pad("CREATED", 20)} ${pad("DIGEST", 14)} ${pad("GATES", 6)} ${pad("SERVES NOW", 16)} RAN IN`);
  for (const v of versions) {
    const gates = v.gatesPassed === undefined ? "–" : v.gatesPassed ? "pass" : "FAIL";
    const now = serving[v.id]?.join(",") || "–";
    const ran = v.state.quarantine ? `QUARANTINED: ${v.state.quarantine.reason}` : v.state.stages.join(",") || "–";
    say(
      `${pad(v.id + (v.id === latest ? " *" : ""), 20)} ${pad(v.createdAt.slice(0, 19), 20)} ${pad(v.digest.slice(7, 19), 14)} ${pad(gates, 6)} ${pad(now, 16)} ${ran}`,
    );
  }
  say(latest ? `* ${name}@latest: ${LATEST_RULE}` : `${name}@latest resolves to no version (${LATEST_RULE})`);
}

export function printModelShow(v: VersionInfo, json: boolean): void {
  if (json) {
    emit(v);
    return;
  }
  const lines = [
    `${v.id}`,
    `  digest      ${v.digest} (${v.size} bytes, ${v.files} files)`,
    `  created     ${v.createdAt} by ${v.creator}`,
    `  commit      ${v.gitCommit ?? "–"}`,
    `  gates       ${v.gatesPassed === undefined ? "not recorded" : v.gatesPassed ? "passed" : "FAILED"}`,
    ...(v.gates ?? []).map(
      (g) =>
        `    ${g.passed ? "✓" : "✗"} ${g.expression}${g.value !== undefined && g.value !== null ? ` (${g.value.toFixed(4)})` : ""}`,
    ),
    `  metrics     ${
      Object.entries(v.metrics ?? {})
        .map(([k, x]) => `${k}=${x === null ? "null" : Number(x.toFixed(4))}`)
        .join(" ") || "–"
    }`,
    `  repro key   ${v.reproducibilityKey ?? "–"}`,
    `  ran in      ${v.state.stages.join(", ") || "–"}`,
  ];
  if (v.state.quarantine) lines.push(`  QUARANTINED ${v.state.quarantine.reason} (${v.state.quarantine.at})`);
  say(lines.join("\n"));
}

export function printHistory(entries: HistoryEntry[], commits: DeployCommit[], json: boolean): void {
  if (json) {
    emit({ deployments: entries, commits });
    return;
  }
  // One timeline: the desired state committed to git, and what each deploy actually did.
  const rows = [
    ...commits.map((c) => ({
      at: c.at,
      line: `${c.at.slice(0, 19)}  ● commit ${c.sha.slice(0, 8)}  ${c.from ?? "–"} -> ${c.to ?? "–"}  by ${c.by}  "${c.subject}"`,
    })),
    ...entries.map((h) => ({
      at: h.at,
      line: `${h.at.slice(0, 19)}  ${h.outcome === "success" ? "✓" : "✗"} ${pad(h.action, 13)} ${eventChange(h)}  by ${h.by}${h.reason ? `  (${h.reason})` : ""}${h.recoveryMs !== undefined ? `  restored in ${h.recoveryMs.toFixed(0)} ms` : ""}`,
    })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (rows.length === 0) say("no deployments yet");
  for (const r of rows) say(r.line);
}

/** Seconds in the unit that shows them (131 s is "2.2 min", not "0.0 h"). */
function duration(seconds: number | null): string {
  if (seconds === null) return "–";
  const a = Math.abs(seconds);
  return a < 120
    ? `${seconds.toFixed(0)} s`
    : a < 7200
      ? `${(seconds / 60).toFixed(1)} min`
      : a < 172_800
        ? `${(seconds / 3600).toFixed(1)} h`
        : `${(seconds / 86_400).toFixed(1)} d`;
}

/** Deploys per week over a week or more of history; over less, the count and the span (a rate from minutes would mislead). */
function frequency(s: DeliveryStats): string {
  if (s.deploymentsPerWeek === null) return "–";
  const n = `${s.successfulDeployments} successful deploy${s.successfulDeployments === 1 ? "" : "s"}`;
  if (s.spanSeconds < 7 * 86_400)
    return `${n} in ${duration(s.spanSeconds)} (less than a week of history: no weekly rate)`;
  return `${s.deploymentsPerWeek.toFixed(1)} per week (${n} in ${(s.spanSeconds / 86_400).toFixed(1)} days)`;
}

export function printStats(s: DeliveryStats, json: boolean): void {
  if (json) {
    emit(s);
    return;
  }
  const f = (v: number | null, unit: string, scale = 1) => (v === null ? "–" : `${(v / scale).toFixed(1)} ${unit}`);
  say(
    [
      `${s.environment} since ${s.since ?? "–"}`,
      `  deployments          ${s.deployments} (${s.failedDeployments} failed, ${s.rollbacks} rollbacks)`,
      `  frequency            ${frequency(s)}`,
      `  lead time            median ${duration(s.leadTimeSeconds.median)}, p90 ${duration(s.leadTimeSeconds.p90)} (commit → deployed)`,
      `  training time        median ${f(s.trainingSeconds.median, "s")}`,
      `  time to restore      median ${f(s.timeToRestoreMs.median, "ms")} (automatic rollbacks)`,
      `  change failure rate  ${(s.changeFailureRate * 100).toFixed(1)}% (failed deploys and deploys rolled back by hand)`,
    ].join("\n"),
  );
}
