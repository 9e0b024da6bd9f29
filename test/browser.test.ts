/**
 * The example's evaluation report, drift page and dashboard in a real browser (Debian's chromium,
 * driven by playwright-core): opened from disk, no console error, no request outside the file,
 * every chart drawn with the data points of the JSON it came from, keyboard navigation through the
 * dashboard's models and versions. Screenshots go to test-artifacts/screenshots/ (gitignored).
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildDashboard } from "../packages/core/src/dashboard/build.js";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { loadProject } from "../packages/core/src/project.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { deploySpec, deployStep } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "../packages/core/src/steps/quality-load-bias-test.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";
import { quietHost as quiet } from "./helpers/silent.js";
import { readCoreSettings } from "../packages/core/src/settings.js";

/** The host: nvidia-smi from PATH (the stand-in), sampled every 250 ms. */
const quietHost = { ...quiet, settings: readCoreSettings({ MLSHIP_GPU_SAMPLE_MS: "250" }) };

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = path.resolve("test-artifacts/screenshots");
// Skipped only on a developer machine without Chromium; under CI (which installs it) a missing browser fails.
const hasChromium = existsSync(CHROMIUM) || !!process.env.CI;

/** A chart's data marks as the browser has them: one object per mark, from its ARIA label ("key: value; …"). */
async function marks(page: Page, chart: string): Promise<Record<string, string>[]> {
  const labels = await page
    .locator(`figure[data-chart="${chart}"] svg [role="graphics-symbol"]`)
    .evaluateAll((els) =>
      els
        .filter((e) => ["point", "bar", "rect mark"].includes(e.getAttribute("aria-roledescription") ?? ""))
        .map((e) => e.getAttribute("aria-label") ?? ""),
    );
  return labels.map((l) =>
    Object.fromEntries(l.split("; ").map((kv) => [kv.slice(0, kv.indexOf(": ")), kv.slice(kv.indexOf(": ") + 2)])),
  );
}

/** Boxes of the chart's data marks and of its SVG, as laid out. */
async function markBoxes(page: Page, chart: string) {
  return page.locator(`figure[data-chart="${chart}"] svg`).evaluate((svg) => {
    const r = (e: Element) => {
      const b = e.getBoundingClientRect();
      return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, x: (b.left + b.right) / 2 };
    };
    return {
      svg: r(svg),
      marks: [...svg.querySelectorAll('[role="graphics-symbol"]')]
        .filter((e) => ["point", "bar", "rect mark"].includes(e.getAttribute("aria-roledescription") ?? ""))
        .map((e) => ({ ...r(e), label: e.getAttribute("aria-label") ?? "" })),
      // The plot area: marks outside it are clipped by the view's frame.
      legend: [...svg.querySelectorAll(".role-legend-label text")].map((t) => t.textContent ?? ""),
      xLabels: [...svg.querySelectorAll('g[aria-roledescription="axis"]')]
        .filter((g) => (g.getAttribute("aria-label") ?? "").startsWith("X-axis"))
        .flatMap((g) =>
          [...g.querySelectorAll(".role-axis-label text")]
            .filter((t) => t.getAttribute("opacity") !== "0" && getComputedStyle(t).opacity !== "0")
            .map(r),
        ),
    };
  });
}

/** A full-page screenshot, and the first screenful (small enough for the README). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}-top.png`) });
}

/** The chart's values under `key`, sorted, against the JSON's (both at the 6 significant digits the charts keep). */
async function expectValues(page: Page, chart: string, key: string, expected: number[]): Promise<void> {
  // Vega writes negative numbers with a true minus sign (U+2212).
  const got = (await marks(page, chart)).map((m) => Number(m[key].replace("\u2212", "-"))).sort((a, b) => a - b);
  const want = expected.map((v) => Number(v.toPrecision(6))).sort((a, b) => a - b);
  expect(got, `${chart}: ${key}`).toHaveLength(want.length);
  got.forEach((g, i) => expect(g, `${chart}: ${key}[${i}]`).toBeCloseTo(want[i], 5));
}

describe.skipIf(!hasChromium)("the example's pages in Chromium", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  let ctx: BrowserContext;
  let evaluation = "",
    drift = "",
    site = "";

  beforeAll(async () => {
    // GPU time from the stand-in nvidia-smi on PATH, priced, so the pages show GPU-hours and cost.
    const bin = tempDir("mlship-fake-gpu-");
    copyFileSync("test/fixtures/bin/nvidia-smi", path.join(bin, "nvidia-smi"));
    chmodSync(path.join(bin, "nvidia-smi"), 0o755);
    vi.stubEnv("PATH", `${bin}${path.delimiter}${process.env.PATH}`);
    const cfg = parse(readFileSync(config, "utf8"));
    cfg.train.budget = { "price-per-gpu-hour": 3.2 };
    cfg.evaluate.load.duration = "2s";
    writeFileSync(config, stringify(cfg));
    const inputs = <S extends Parameters<typeof parseInputs>[0]>(spec: S, v: Record<string, string>) =>
      parseInputs(spec, (n) => ({ config, ...v })[n]);
    try {
      for (const epochs of [12, 15]) {
        const t = await trainStep(inputs(trainSpec, { params: `{epochs: ${epochs}}` }), quietHost);
        const q = await qualityLoadBiasTestStep(
          inputs(qualityLoadBiasTestSpec, { "run-dir": t.outputs["run-dir"] }),
          quietHost,
        );
        evaluation = q.outputs.html;
        const reg = await registerStep(inputs(registerSpec, { "model-path": t.outputs["model-path"] }), quietHost);
        // The version just registered, by its ID: on a busy machine its load threshold may fail, and
        // @latest skips a version whose gates failed (#32).
        await deployStep(
          inputs(deploySpec, { environment: "local", model: reg.outputs["model-id"], "allow-failed-gates": "true" }),
          quietHost,
        );
      }
      // Two drift checks a few seconds apart: each at its own x on the dashboard (#32: all fell on one).
      await checkDriftStep(inputs(checkDriftSpec, { environment: "local" }), quietHost);
      await new Promise((r) => setTimeout(r, 3000));
      drift = (await checkDriftStep(inputs(checkDriftSpec, { environment: "local" }), quietHost)).outputs.html;
      site = (await buildDashboard(await loadProject(config), path.join(dir, "site"))).dir;
    } finally {
      await stopEnvironment(path.join(dir, ".mlship"), "local").catch(() => undefined);
    }
    // A fresh profile each run (playwright passes it to chromium as --user-data-dir).
    const profile = tempDir("mlship-chromium-profile-");
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await ctx?.close();
    vi.unstubAllEnvs();
  });

  /** Opens a file and records console errors, page errors and every request; `allowed` says which files may load. */
  async function open(file: string, allowed: (url: string) => boolean = (u) => u === pathToFileURL(file).href) {
    const page = await ctx.newPage();
    const errors: string[] = [];
    const outside: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => !allowed(r.url().split("#")[0]) && outside.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState("load");
    return { page, errors, outside };
  }

  it("evaluation.html: no console error, no request outside the file, every chart with the JSON's data points", async () => {
    const r = JSON.parse(readFileSync(path.join(path.dirname(evaluation), "evaluation.json"), "utf8"));
    const { page, errors, outside } = await open(evaluation);
    console.log(`example evaluation.html: ${statSync(evaluation).size} bytes`);
    expect(statSync(evaluation).size).toBeLessThan(2_000_000);
    // Verdict and gates come first, as in the markdown.
    const headings = await page.locator("h2").allTextContents();
    expect(headings[0]).toBe("Gates");
    expect(await page.locator(".verdict").first().textContent()).toBe(r.passed ? "passes" : "fails");
    expect(r.baseline?.id).toBe("churn@v1");
    expect(r.curves.baseline).toBeDefined(); // v1's recorded predictions: its curves are overlaid
    const c = r.curves;
    await expectValues(
      page,
      "roc",
      "true positive rate",
      [...c.candidate.roc, ...c.baseline.roc].map((p: { tpr: number }) => p.tpr),
    );
    await expectValues(
      page,
      "roc",
      "false positive rate",
      [...c.candidate.roc, ...c.baseline.roc].map((p: { fpr: number }) => p.fpr),
    );
    expect(new Set((await marks(page, "roc")).map((m) => m.series))).toEqual(new Set(["candidate", "churn@v1"]));
    await expectValues(
      page,
      "pr",
      "precision",
      [...c.candidate.pr, ...c.baseline.pr].map((p: { precision: number }) => p.precision),
    );
    await expectValues(
      page,
      "calibration",
      "observed positive rate",
      c.candidate.calibration.map((p: { observed: number }) => p.observed),
    );
    const m = r.quality.confusion;
    await expectValues(page, "confusion", "count", [m.tp, m.fp, m.tn, m.fn]);
    await expectValues(
      page,
      "paired",
      "difference",
      Object.values(r.paired).map((p) => (p as { diff: number }).diff),
    );
    for (const [i, b] of r.bias.entries())
      await expectValues(
        page,
        `bias-${i}`,
        "selection rate",
        b.groups.map((g: { selection_rate: number }) => g.selection_rate),
      );
    await expectValues(
      page,
      "latency",
      "requests",
      r.load.result.histogram.map((h: { count: number }) => h.count),
    );
    // The histogram's x labels: a log scale's ticks, none overlapping the next (30 bin labels overlapped: #32).
    const latency = await markBoxes(page, "latency");
    expect(latency.xLabels.length).toBeGreaterThan(1);
    expect(latency.xLabels.length).toBeLessThan(15);
    const xl = [...latency.xLabels].sort((a, b) => a.left - b.left);
    for (let i = 1; i < xl.length; i++)
      expect(xl[i].left, `latency x label ${i}`).toBeGreaterThanOrEqual(xl[i - 1].right);
    await expectValues(
      page,
      "series-0",
      "loss",
      r.series.loss.map((p: { value: number }) => p.value),
    );
    expect(await page.locator("[data-gpu-hours]").getAttribute("data-gpu-hours")).toBe(String(r.gpu.gpuHours));
    expect(r.gpu.gpuHours).toBeGreaterThan(0);
    // Readable without JavaScript: the charts are SVG already in the file, not drawn by a script.
    expect(readFileSync(evaluation, "utf8")).not.toContain("<script");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await shoot(page, "evaluation");
    await page.close();
  }, 120_000);

  it("drift page: columns sorted by drift, each column's reference and current distributions from the JSON", async () => {
    const r = JSON.parse(readFileSync(drift.replace(/\.html$/, ".json"), "utf8"));
    const { page, errors, outside } = await open(drift);
    console.log(`example drift page: ${statSync(drift).size} bytes`);
    expect(statSync(drift).size).toBeLessThan(2_000_000);
    const order = await page.locator("h3").evaluateAll((hs) => hs.map((h) => h.id));
    const byColumn = new Map(r.columns.map((c: { column: string }) => [c.column, c]));
    const drifted = order.map((id) => (byColumn.get(decodeURIComponent(id.slice(4))) as { drifted: boolean }).drifted);
    expect(drifted.some(Boolean)).toBe(true);
    expect(drifted).toEqual([...drifted].sort((a, b) => Number(b) - Number(a))); // drifted ones first
    for (const [i, d] of r.distributions.entries()) {
      await expectValues(page, `dist-${i}`, "share", [...d.reference, ...d.current]);
      expect(new Set((await marks(page, `dist-${i}`)).map((x) => x.series))).toEqual(new Set(["reference", "current"]));
    }
    // One drift score per tested column (test/browser-drift.test.ts checks what it shows).
    const tested = r.columns.filter((c: { stattest: string | null }) => c.stattest);
    expect(await marks(page, "scores")).toHaveLength(tested.length);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await shoot(page, "drift");
    await page.close();
  }, 120_000);

  it("dashboard: charts from data.json, models and versions reachable with the keyboard, nothing loaded from outside the site", async () => {
    const data = JSON.parse(readFileSync(path.join(site, "data.json"), "utf8"));
    const inSite = (u: string) => u.startsWith(pathToFileURL(site).href + "/");
    const { page, errors, outside } = await open(path.join(site, "index.html"), inSite);
    const local = data.environments.find((e: { name: string }) => e.name === "local");
    expect(local.current.model).toBe("churn@v2");
    // Every event a successful deploy here: "served before -> serves after", as mlship history words it.
    expect(
      local.history.every((h: { action: string; outcome: string }) => h.action === "deploy" && h.outcome === "success"),
    ).toBe(true);
    expect((await marks(page, "deploys")).map((x) => x.label).sort()).toEqual(
      local.history.map((h: { from: string | null; to: string }) => `${h.from ?? "–"} -> ${h.to}`).sort(),
    );
    // No marker clipped at either end; the legend's labels whole (N characters: not cut with "…").
    const deploys = await markBoxes(page, "deploys");
    expect(deploys.marks).toHaveLength(local.history.length);
    for (const m of deploys.marks) {
      expect(m.left, m.label).toBeGreaterThanOrEqual(deploys.svg.left);
      expect(m.right, m.label).toBeLessThanOrEqual(deploys.svg.right);
    }
    expect(deploys.legend).toEqual(["deploy"]);
    for (const l of deploys.legend) expect(l).not.toContain("…");
    // Two drift checks 3 s apart: two x positions, not one.
    const driftMarks = await markBoxes(page, "drift");
    expect(driftMarks.marks).toHaveLength(2);
    expect(Math.abs(driftMarks.marks[0].x - driftMarks.marks[1].x)).toBeGreaterThan(20);
    await expectValues(
      page,
      "drift",
      "drift share",
      local.drift.map((x: { drift_share: number }) => x.drift_share),
    );
    expect(await page.locator("table").nth(1).textContent()).toContain("churn@v2");
    await shoot(page, "dashboard");

    // Keyboard: ↓ from the overview reaches the model, Enter opens it; ↓ ↓ reach its versions.
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-model"))).toBe("churn");
    await Promise.all([page.waitForURL(/models\/churn\/index\.html$/), page.keyboard.press("Enter")]);
    const model = data.models[0];
    // One small chart per metric, each on its own axis, with that metric's value for every version.
    const metricNames = [
      ...new Set(model.versions.flatMap((v: { metrics: Record<string, number> }) => Object.keys(v.metrics))),
    ].filter((k) => !/^(epochs|train_|n_)/.test(k as string)) as string[];
    const metricCharts = await page.locator('figure[data-chart^="metrics-churn-"]').count();
    expect(metricCharts).toBe(metricNames.length);
    for (const [i, k] of metricNames.entries()) {
      await expectValues(
        page,
        `metrics-churn-${i}`,
        k,
        model.versions
          .map((v: { metrics: Record<string, number> }) => v.metrics[k])
          .filter((x: number) => x !== undefined),
      );
      expect(new Set((await marks(page, `metrics-churn-${i}`)).map((x) => x.series))).toEqual(new Set([k]));
      const box = await markBoxes(page, `metrics-churn-${i}`);
      for (const mk of box.marks) expect(mk.right).toBeLessThanOrEqual(box.svg.right);
    }
    await expectValues(
      page,
      "gpu-churn",
      "GPU-hours",
      model.versions.map((v: { gpu: { gpuHours: number } }) => v.gpu.gpuHours),
    );
    await shoot(page, "dashboard-model");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-version"))).toBe("churn@v2");
    await page.keyboard.press("j");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-version"))).toBe("churn@v1");
    await Promise.all([page.waitForURL(/models\/churn\/v1\.html$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("churn@v1");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-version"))).toBe("churn@v2");
    await Promise.all([page.waitForURL(/models\/churn\/v2\.html$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("churn@v2");
    expect(await page.locator("#lineage + table").textContent()).toContain(
      `${model.versions[1].gpu.gpuHours.toFixed(4).replace(/0+$/, "")}`,
    );
    // The lineage table has no empty header row, and links the evaluation report; the gates show their thresholds.
    expect(await page.locator("#lineage + table thead").count()).toBe(0);
    expect(await page.locator("#lineage + table").textContent()).toContain("evaluation report");
    expect(await page.locator("#lineage + table").textContent()).toContain("evaluation.json");
    const gateRows = await page.locator("#gates + table tbody tr").allTextContents();
    expect(gateRows.length).toBe(model.versions[1].gates.length);
    expect(await page.locator("#gates + table thead").textContent()).toContain("threshold");
    for (const [i, g] of model.versions[1].gates.entries())
      if (typeof g.threshold === "number") expect(gateRows[i]).toContain(String(Number(g.threshold.toFixed(4))));
    expect(model.versions[1].gates.some((g: { threshold?: number | null }) => typeof g.threshold === "number")).toBe(
      true,
    );
    await shoot(page, "dashboard-version");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  }, 120_000);
});
