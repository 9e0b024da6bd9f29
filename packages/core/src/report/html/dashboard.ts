/**
 * The dashboard's pages: an overview (environments, what runs where, deploys and rollbacks over
 * time, drift history, delivery metrics), one page per model (versions, metrics across versions,
 * gates, GPU time) and one per version (lineage). Every page is self-contained and reads without
 * JavaScript; a small inline script adds arrow-key navigation through models and versions.
 */
import type { DashboardData, DashboardModel, DashboardVersion, PerformanceHistoryEntry } from "../../dashboard/data.js";
import { fmt } from "../format.js";
import { eventChange } from "../../deploy/environment-log.js";
import { gpuCostText } from "../gpu-cost.js";
import { barChart, lineChart, qualityChart, timelineChart, type Chart, type QualityPoint, type XY } from "./charts.js";
import { esc, figure, htmlTable, mark, page, safeHref } from "./page.js";

/** Paths inside the site; model names follow the model-ID grammar, so they are safe as file names. */
const sitePaths = {
  index: "index.html",
  model: (m: string) => `models/${m}/index.html`,
  version: (m: string, v: number) => `models/${m}/v${v}.html`,
};

/**
 * Arrow keys (and j/k) move the focus through the side list of models and versions; Enter follows
 * the link as it always does. Without the script the same links are reachable with Tab.
 */
const NAV_SCRIPT = `
document.addEventListener("keydown", function (e) {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  var keys = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: "first", End: "last" };
  var step = keys[e.key];
  if (step === undefined) return;
  var links = Array.prototype.slice.call(document.querySelectorAll("nav.side a[data-nav]"));
  if (!links.length) return;
  var at = links.indexOf(document.activeElement);
  if (at < 0) at = links.findIndex(function (a) { return a.getAttribute("aria-current") === "page"; });
  var next = step === "first" ? 0 : step === "last" ? links.length - 1 : at < 0 ? 0 : Math.max(0, Math.min(links.length - 1, at + step));
  links[next].focus();
  e.preventDefault();
});`;

function rel(from: string, to: string): string {
  const depth = from.split("/").length - 1;
  return "../".repeat(depth) + to;
}

function sideNav(d: DashboardData, here: string, open?: string): string {
  const items: string[] = [
    `<li><a data-nav href="${rel(here, sitePaths.index)}"${here === sitePaths.index ? ' aria-current="page"' : ""}>Overview</a></li>`,
  ];
  for (const m of d.models) {
    const mp = sitePaths.model(m.name);
    items.push(
      `<li><a data-nav data-model="${esc(m.name)}" href="${rel(here, mp)}"${here === mp ? ' aria-current="page"' : ""}>${esc(m.name)}</a>`,
    );
    if (m.name === open) {
      items.push(
        `<ul>${[...m.versions]
          .reverse()
          .map((v) => {
            const vp = sitePaths.version(m.name, v.version);
            return `<li><a data-nav data-version="${esc(v.id)}" href="${rel(here, vp)}"${here === vp ? ' aria-current="page"' : ""}>&nbsp;&nbsp;v${v.version}${v.serving.length ? ` <span class="muted">serves ${esc(v.serving.join(", "))}</span>` : ""}</a></li>`;
          })
          .join("")}</ul>`,
      );
    }
    items.push(`</li>`);
  }
  return `<nav class="side" aria-label="models and versions"><ul>${items.join("")}</ul><p class="muted kbd-hint">↑/↓ or j/k move, Enter opens</p></nav>`;
}

const when = (iso: string) => esc(iso.replace("T", " ").replace(/\.\d+Z$/, "Z"));
const seconds = (s: number | null) =>
  s === null ? "–" : s >= 3600 ? `${fmt(s / 3600, 1)} h` : s >= 60 ? `${fmt(s / 60, 1)} min` : `${fmt(s, 1)} s`;

interface DashboardCharts {
  overview: Chart[];
  models: Record<string, Chart[]>;
  /** Per model: production quality in each environment with performance checks, one chart per metric. */
  quality: Record<string, { environment: string; charts: Chart[] }[]>;
}

/** Metrics drawn first, in this order, when the checks have them; then any other estimated metric. */
const QUALITY_METRICS = [
  "accuracy",
  "precision",
  "recall",
  "f1",
  "roc_auc",
  "precision_macro",
  "recall_macro",
  "f1_macro",
  "rmse",
  "mae",
  "r2",
];

/**
 * One chart per metric of an environment's performance checks of one model: realised and estimated
 * values with their intervals, each line broken where the version changes or a check lacks the value.
 */
async function qualityCharts(idPrefix: string, env: string, checks: PerformanceHistoryEntry[]): Promise<Chart[]> {
  const sorted = [...checks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const has = (k: string) =>
    sorted.some((c) => Number.isFinite(c.metrics[k] ?? NaN) || Number.isFinite(c.estimated?.[k] ?? NaN));
  const estimatedOnly = [...new Set(sorted.flatMap((c) => Object.keys(c.estimated ?? {})))].filter(
    (k) => !QUALITY_METRICS.includes(k),
  );
  const names = [...QUALITY_METRICS, ...estimatedOnly].filter(has);
  // Versions in the order they served, each from its first check to the next version's first check.
  const spans: { version: string; from: number; to: number }[] = [];
  for (const c of sorted) {
    const t = Date.parse(c.at);
    const last = spans[spans.length - 1];
    if (last?.version === c.version) last.to = t;
    else {
      if (last) last.to = t;
      spans.push({ version: c.version, from: t, to: t });
    }
  }
  const whole = spans.length ? spans[spans.length - 1].to - spans[0].from : 0;
  const pad = Math.max(whole / 40, 30 * 60_000);
  const changes = spans.slice(1).map((sp) => ({ x: sp.from, version: sp.version.slice(sp.version.indexOf("@") + 1) }));
  const charts: Chart[] = [];
  for (const [i, k] of names.entries()) {
    const points: QualityPoint[] = [];
    for (const kind of ["realised", "estimated"] as const) {
      let segment = 0;
      let prev: string | undefined;
      for (const c of sorted) {
        const v = kind === "realised" ? c.metrics[k] : c.estimated?.[k];
        const iv = kind === "realised" ? c.intervals?.[k] : c.estimatedIntervals?.[k];
        if (v === null || v === undefined || !Number.isFinite(v)) {
          prev = undefined; // a gap: the next value starts a new line
          continue;
        }
        if (prev !== c.version) segment++;
        prev = c.version;
        points.push({
          kind,
          x: Date.parse(c.at),
          y: v,
          lo: iv?.[0] ?? null,
          hi: iv?.[1] ?? null,
          version: c.version,
          degraded: c.degraded,
          segment: `${kind} ${segment}`,
        });
      }
    }
    const registered = spans.flatMap((sp) => {
      const value = sorted
        .filter((c) => c.version === sp.version)
        .map((c) => c.registered?.[k])
        .filter((v): v is number => typeof v === "number" && Number.isFinite(v))
        .pop();
      if (value === undefined) return [];
      const [from, to] = sp.from === sp.to ? [sp.from - pad, sp.to + pad] : [sp.from, sp.to];
      return [{ version: sp.version, from, to, y: value }];
    });
    charts.push(await qualityChart(`${idPrefix}-${i}`, `${k} in ${env}`, points, registered, changes, { y: k }));
  }
  return charts;
}

/** Every chart of the site, by page (the browser tests check them against data.json). */
async function dashboardCharts(d: DashboardData): Promise<DashboardCharts> {
  const overview: Chart[] = [];
  const events = d.environments.flatMap((e) =>
    e.history.map((h) => ({
      at: h.at,
      lane: e.name,
      kind: h.outcome === "failure" ? `${h.action} (failed)` : h.action,
      label: eventChange(h),
    })),
  );
  if (events.length) overview.push(await timelineChart("deploys", "Deploys and rollbacks", events));
  const drift = d.environments.flatMap((e) =>
    e.drift.map((x) => ({ series: e.name, x: Date.parse(x.at), y: x.drift_share })),
  );
  if (drift.length)
    overview.push(
      await lineChart("drift", "Share of drifted columns per check", drift, {
        x: "checked at",
        y: "drift share",
        xTime: true,
        domain: [0, 1],
      }),
    );
  const models: Record<string, Chart[]> = {};
  for (const m of d.models) {
    const charts: Chart[] = [];
    const names = [...new Set(m.versions.flatMap((v) => Object.keys(v.metrics)))].filter(
      (k) => !/^(epochs|train_|n_)/.test(k),
    );
    // One small chart per metric: each on its own axis (rmse ~54 and r2 ~0.4 on one axis flattened r2).
    for (const [i, k] of names.entries()) {
      const pts: XY[] = m.versions
        .filter((v) => Number.isFinite(v.metrics[k]))
        .map((v) => ({ series: k, x: v.version, y: v.metrics[k] }));
      if (pts.length)
        charts.push(
          await lineChart(`metrics-${m.name}-${i}`, k, pts, {
            x: "version",
            y: k,
            xInteger: true,
            small: true,
          }),
        );
    }
    const gpu = m.versions.filter((v) => v.gpu);
    if (gpu.length)
      charts.push(
        await barChart(
          `gpu-${m.name}`,
          "GPU-hours per version",
          gpu.map((v) => ({ label: `v${v.version}`, value: v.gpu!.gpuHours })),
          { x: "version", y: "GPU-hours" },
        ),
      );
    models[m.name] = charts;
  }
  const quality: DashboardCharts["quality"] = {};
  for (const m of d.models) {
    quality[m.name] = [];
    for (const [e, env] of d.environments.entries()) {
      const checks = env.performance.filter((c) => c.version.startsWith(`${m.name}@`));
      if (checks.length)
        quality[m.name].push({
          environment: env.name,
          charts: await qualityCharts(`quality-${m.name}-${e}`, env.name, checks),
        });
    }
  }
  return { overview, models, quality };
}

function overviewPage(d: DashboardData, charts: Chart[]): string {
  const here = sitePaths.index;
  const s: string[] = [];
  s.push(`<h2 id="models">Models</h2>`);
  s.push(
    htmlTable(
      ["model", "versions", "latest", "checks of latest", "GPU-hours (all versions)", "est. cost"],
      d.models.map((m) => {
        const last = m.versions[m.versions.length - 1];
        return [
          `<a href="${rel(here, sitePaths.model(m.name))}">${esc(m.name)}</a>`,
          String(m.versions.length),
          last ? `<a href="${rel(here, sitePaths.version(m.name, last.version))}">${esc(last.id)}</a>` : "–",
          last?.gatesPassed === null || !last ? "–" : mark(last.gatesPassed),
          fmt(m.gpuHours, 4),
          m.estimatedCost === null ? "–" : `${fmt(m.estimatedCost, 4)} ${esc(m.currency)}`,
        ];
      }),
      [1, 4, 5],
    ),
  );
  s.push(`<h2 id="environments">Environments</h2>`);
  s.push(
    htmlTable(
      [
        "environment",
        "runs now",
        "since",
        "target",
        "deploys",
        "rollbacks",
        "deploys / week (count under a week)",
        "lead time (median)",
        "training time (median)",
        "change failure rate",
        "time to restore (median)",
      ],
      d.environments.map((e) => {
        const [name, v] = e.current?.model.split("@") ?? [];
        const link =
          name && v && d.models.some((m) => m.name === name)
            ? `<a href="${rel(here, sitePaths.version(name, Number(v.slice(1))))}">${esc(e.current!.model)}</a>`
            : esc(e.current?.model ?? "–");
        const st = e.stats;
        return [
          esc(e.name),
          link,
          e.current?.since ? when(e.current.since) : "–",
          esc(e.current?.target ?? "–"),
          String(st.deployments),
          String(st.rollbacks),
          st.deploymentsPerWeek === null
            ? "–"
            : st.spanSeconds < 7 * 86_400
              ? `${st.successfulDeployments} in ${seconds(st.spanSeconds)}`
              : fmt(st.deploymentsPerWeek, 2),
          seconds(st.leadTimeSeconds.median),
          seconds(st.trainingSeconds.median),
          `${fmt(st.changeFailureRate * 100, 1)}%`,
          st.timeToRestoreMs.median === null ? "–" : seconds(st.timeToRestoreMs.median / 1000),
        ];
      }),
      [4, 5, 6, 7, 8, 9, 10],
    ),
  );
  s.push(`<div class="charts">${charts.map(figure).join("\n")}</div>`);
  const recent = d.environments
    .flatMap((e) => e.history.map((h) => ({ ...h, environment: e.name })))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 20);
  if (recent.length) {
    s.push(`<h2 id="history">Recent deploys and rollbacks</h2>`);
    s.push(
      htmlTable(
        ["when", "environment", "action", "what changed (before -> after)", "outcome", "by", "reason"],
        recent.map((h) => [
          when(h.at),
          esc(h.environment),
          esc(h.action),
          esc(eventChange(h)),
          h.outcome === "success" ? mark(true) : mark(false),
          esc(h.by),
          esc(h.reason ?? ""),
        ]),
      ),
    );
  }
  return page({
    title: "mlship dashboard",
    subtitle: `registry <code>${esc(d.registry)}</code> · built ${when(d.generatedAt)}`,
    body: `${sideNav(d, here)}<div class="with-side">${s.join("\n")}</div>`,
    script: NAV_SCRIPT,
  });
}

function modelPage(
  d: DashboardData,
  m: DashboardModel,
  charts: Chart[],
  quality: DashboardCharts["quality"][string],
): string {
  const here = sitePaths.model(m.name);
  const s: string[] = [];
  const running = d.environments.filter((e) => e.current?.model.startsWith(`${m.name}@`));
  s.push(
    `<p>${m.versions.length} versions · runs in ${running.length ? running.map((e) => `${esc(e.name)} (<code>${esc(e.current!.model)}</code>)`).join(", ") : "no environment"} · GPU: ${esc(gpuCostText({ gpuHours: m.gpuHours, estimatedCost: m.estimatedCost, pricePerGpuHour: null, currency: m.currency }))}${m.estimatedCost !== null ? ` · est. ${fmt(m.estimatedCost, 4)} ${esc(m.currency)} in all` : ""}</p>`,
  );
  s.push(`<div class="charts">${charts.map(figure).join("\n")}</div>`);
  if (quality.length) {
    s.push(`<h2 id="production-quality">Production quality</h2>`);
    s.push(
      `<p class="muted">Per check of the served version: realised from the labels that arrived (circles), estimated from the served scores before labels (CBPE, diamonds), each with its 95% interval; the dashed rule is the version's value at registration, a dotted line marks a change of version.</p>`,
    );
    for (const q of quality)
      s.push(`<h3>${esc(q.environment)}</h3><div class="charts">${q.charts.map(figure).join("\n")}</div>`);
  }
  s.push(`<h2 id="versions">Versions</h2>`);
  const metricNames = [...new Set(m.versions.flatMap((v) => Object.keys(v.metrics)))].slice(0, 6);
  s.push(
    htmlTable(
      ["version", "created", "gates", ...metricNames.map(esc), "GPU-hours", "serves now", "ran in", "commit"],
      [...m.versions]
        .reverse()
        .map((v) => [
          `<a href="${rel(here, sitePaths.version(m.name, v.version))}">${esc(v.id)}</a>${v.quarantined ? ' <span class="fail-mark">quarantined</span>' : ""}`,
          when(v.createdAt),
          v.gatesPassed === null
            ? "–"
            : `${mark(v.gatesPassed)} ${v.gates.filter((g) => g.passed).length}/${v.gates.length}`,
          ...metricNames.map((k) => fmt(v.metrics[k])),
          v.gpu ? fmt(v.gpu.gpuHours, 4) : "–",
          esc(v.serving.join(", ") || "–"),
          esc(v.stages.join(", ") || "–"),
          commitCell(v),
        ]),
    ),
  );
  return page({
    title: m.name,
    subtitle: `model · <a href="${rel(here, sitePaths.index)}">overview</a>`,
    body: `${sideNav(d, here, m.name)}<div class="with-side">${s.join("\n")}</div>`,
    script: NAV_SCRIPT,
  });
}

function commitCell(v: DashboardVersion): string {
  if (!v.commit) return "–";
  const short = `<code>${esc(v.commit.slice(0, 12))}</code>`;
  return v.commitUrl ? `<a href="${safeHref(v.commitUrl)}">${short}</a>` : short;
}

/** Rows of name and value, without a header row (an empty one showed above the lineage). */
function keyValueTable(rows: [string, string][]): string {
  return `<table class="kv"><tbody>\n${rows.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`).join("\n")}\n</tbody></table>`;
}

function versionPage(d: DashboardData, m: DashboardModel, v: DashboardVersion): string {
  const here = sitePaths.version(m.name, v.version);
  const s: string[] = [];
  s.push(
    `<p>${v.gatesPassed === null ? "" : `<span class="verdict ${v.gatesPassed ? "pass" : "fail"}">${v.gatesPassed ? "passed its checks" : "failed its checks"}</span> `}created ${when(v.createdAt)} by ${esc(v.creator)}${v.serving.length ? ` · serves ${esc(v.serving.join(", "))} now` : ""}${v.stages.length ? ` · ran in ${esc(v.stages.join(", "))}` : ""}${v.quarantined ? ` · <span class="fail-mark">quarantined: ${esc(v.quarantined)}</span>` : ""}</p>`,
  );
  if (v.gates.length) {
    s.push(`<h2 id="gates">Gates</h2>`);
    s.push(
      htmlTable(
        ["", "gate", "value", "threshold"],
        v.gates.map((g) => [
          mark(g.passed),
          `<code>${esc(g.expression)}</code>`,
          fmt(g.value ?? null),
          g.threshold === undefined ? "– (not recorded)" : fmt(g.threshold),
        ]),
        [2, 3],
      ),
    );
  }
  s.push(`<h2 id="metrics">Metrics</h2>`);
  s.push(
    htmlTable(
      ["metric", "value"],
      Object.entries(v.metrics).map(([k, x]) => [esc(k), fmt(x)]),
      [1],
    ),
  );
  s.push(`<h2 id="lineage">Lineage</h2>`);
  s.push(
    keyValueTable([
      [
        "evaluation report",
        v.report
          ? v.report.href
            ? `<a href="${safeHref(v.report.href)}">${esc(v.report.href)}</a>`
            : `<code>${esc(v.report.text)}</code> (on the machine that registered it)`
          : "– (registered without an evaluation)",
      ],
      ["commit", commitCell(v)],
      ["workflow run", v.runUrl ? `<a href="${safeHref(v.runUrl)}">${esc(v.runUrl)}</a>` : "–"],
      ["data digest", v.dataDigest ? `<code>${esc(v.dataDigest)}</code>` : "–"],
      ["model digest", `<code>${esc(v.digest)}</code> (${fmt(v.size / 1024, 1)} KiB)`],
      ["params", `<code>${esc(JSON.stringify(v.params))}</code>`],
      ["training time", seconds(v.durationSeconds)],
      ["hardware", esc(v.gpuName ?? "CPU")],
      ["GPU", v.gpu ? esc(gpuCostText(v.gpu)) : "–"],
    ]),
  );
  const deploys = d.environments.flatMap((e) =>
    e.history.filter((h) => h.to === v.id || h.from === v.id).map((h) => ({ ...h, environment: e.name })),
  );
  if (deploys.length) {
    s.push(`<h2 id="deploys">Deploys</h2>`);
    s.push(
      htmlTable(
        ["when", "environment", "action", "what changed (before -> after)", "outcome"],
        deploys.map((h) => [
          when(h.at),
          esc(h.environment),
          esc(h.action),
          esc(eventChange(h)),
          mark(h.outcome === "success"),
        ]),
      ),
    );
  }
  return page({
    title: v.id,
    subtitle: `<a href="${rel(here, sitePaths.model(m.name))}">${esc(m.name)}</a> · <a href="${rel(here, sitePaths.index)}">overview</a>`,
    body: `${sideNav(d, here, m.name)}<div class="with-side">${s.join("\n")}</div>`,
    script: NAV_SCRIPT,
  });
}

/** Every page of the site: path inside the site → HTML. */
export async function dashboardPages(d: DashboardData): Promise<Map<string, string>> {
  const charts = await dashboardCharts(d);
  const pages = new Map<string, string>();
  pages.set(sitePaths.index, overviewPage(d, charts.overview));
  for (const m of d.models) {
    pages.set(sitePaths.model(m.name), modelPage(d, m, charts.models[m.name], charts.quality[m.name]));
    for (const v of m.versions) pages.set(sitePaths.version(m.name, v.version), versionPage(d, m, v));
  }
  return pages;
}
