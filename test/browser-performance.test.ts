/**
 * Production quality on the dashboard in a real browser (Debian's chromium, driven by
 * playwright-core), from performance checks recorded in a registry as check-performance records
 * them: two versions of churn in production, v1 registered at accuracy 0.85 and v2 at 0.88; a
 * check of v1 with no labels yet (estimated only: a gap in the realised line), and a degraded
 * window of v2 (realised accuracy 0.80). What the picture must show: one chart per metric; the
 * degraded window's point below v2's registered rule; realised and estimated told apart by shape
 * and colour, named in the legend; every interval drawn; the change of version marked; no line
 * across the gap or the version change; no marker clipped. Screenshots go to
 * test-artifacts/screenshots/ (gitignored; kept as CI artifacts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildDashboard } from "../packages/core/src/dashboard/build.js";
import { loadProject } from "../packages/core/src/project.js";
import { openRegistry } from "../packages/core/src/registry/open.js";
import { tempDir } from "./helpers/tmp.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = path.resolve("test-artifacts/screenshots");
// Skipped only on a developer machine without Chromium; under CI (which installs it) a missing browser fails.
const hasChromium = existsSync(CHROMIUM) || !!process.env.CI;

const HOUR = 3_600_000;
const T0 = Date.parse("2026-12-01T08:00:00Z");
/** [version, realised accuracy (null: no labels yet), estimated accuracy, degraded] per hourly check. */
const CHECKS: [string, number | null, number, boolean][] = [
  ["churn@v1", 0.86, 0.85, false],
  ["churn@v1", 0.84, 0.85, false],
  ["churn@v1", null, 0.84, false],
  ["churn@v1", 0.85, 0.86, false],
  ["churn@v2", 0.87, 0.87, false],
  ["churn@v2", 0.8, 0.86, true],
  ["churn@v2", 0.88, 0.88, false],
];
const REGISTERED: Record<string, number> = { "churn@v1": 0.85, "churn@v2": 0.88 };

describe.skipIf(!hasChromium)("production quality on the dashboard in Chromium: what the picture must show", () => {
  let browser: Browser;
  let page: Page;
  let data: { environments: { name: string; performance: unknown[] }[] };
  const errors: string[] = [];

  beforeAll(async () => {
    const dir = tempDir("mlship-perf-dash-");
    mkdirSync(path.join(dir, "model"));
    writeFileSync(path.join(dir, "model", "m.json"), "{}");
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: churn\nregistry: file://${path.join(dir, "registry")}\nregistry-persistent: true\n` +
        "deploy:\n  environments:\n    production: { target: local }\n",
    );
    const reg = await openRegistry(`file://${path.join(dir, "registry")}`, dir);
    for (const v of ["churn@v1", "churn@v2"]) {
      const pushed = await reg.push({
        name: "churn",
        dir: path.join(dir, "model"),
        metadata: { metrics: { accuracy: REGISTERED[v] } },
      });
      await reg.appendEvent("churn", "production", {
        action: "deploy",
        from: v === "churn@v2" ? "churn@v1" : null,
        to: v,
        digest: pushed.digest,
        outcome: "success",
        by: "ada",
      });
    }
    for (const [i, [version, acc, est, degraded]] of CHECKS.entries()) {
      const f1 = acc === null ? null : acc - 0.05;
      await reg.appendPerformanceCheck("churn", "production", {
        at: new Date(T0 + i * HOUR).toISOString(),
        version,
        degraded,
        served: 1000,
        labelled: acc === null ? 0 : 800,
        metrics: acc === null ? {} : { accuracy: acc, f1 },
        intervals: acc === null ? {} : { accuracy: [acc - 0.03, acc + 0.03], f1: [f1! - 0.04, f1! + 0.04] },
        estimated: { accuracy: est, f1: est - 0.05 },
        estimatedIntervals: { accuracy: [est - 0.02, est + 0.02], f1: [est - 0.08, est - 0.02] },
        registered: { accuracy: REGISTERED[version], f1: REGISTERED[version] - 0.05 },
        by: "ada",
      });
    }
    const site = (await buildDashboard(await loadProject(path.join(dir, "mlship.yml")), path.join(dir, "site"))).dir;
    data = JSON.parse(readFileSync(path.join(site, "data.json"), "utf8"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(path.join(site, "models", "churn", "index.html")).href);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "dashboard-production-quality.png"), fullPage: true });
    const first = page.locator('figure[data-chart^="quality-churn-"]').first();
    await first.screenshot({ path: path.join(SHOTS, "dashboard-production-quality-accuracy.png") });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A quality chart as laid out: its points (from their ARIA labels), rules, interval bars, line pieces and legend. */
  function layout(chart: string) {
    return page.locator(`figure[data-chart="${chart}"] svg`).evaluate((svg) => {
      const box = (e: Element) => {
        const b = e.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, y: (b.top + b.bottom) / 2 };
      };
      const fields = (label: string): Record<string, string> =>
        Object.fromEntries(
          label.split("; ").map((kv) => [kv.slice(0, kv.indexOf(": ")), kv.slice(kv.indexOf(": ") + 2)]),
        );
      const frame = svg.querySelector(".role-frame .background") ?? svg;
      return {
        svg: box(svg),
        plot: box(svg.querySelector("path.background")!),
        frame: box(frame),
        points: [...svg.querySelectorAll('[aria-roledescription="point"]')].map((e) => ({
          ...box(e),
          f: fields(e.getAttribute("aria-label") ?? ""),
          shape: e.getAttribute("d") ?? "",
          fill: e.getAttribute("fill") ?? "",
        })),
        registered: [...svg.querySelectorAll('[aria-roledescription="rule mark"]')].map((e) => ({
          ...box(e),
          f: fields(e.getAttribute("aria-label") ?? ""),
        })),
        intervals: svg.querySelectorAll(".layer_3_marks line").length,
        lines: svg.querySelectorAll(".layer_4_marks path").length,
        changes: [...svg.querySelectorAll(".layer_2_marks text")].map((t) => t.textContent),
        legend: [...svg.querySelectorAll(".role-legend-label text")].map((t) => t.textContent ?? ""),
      };
    });
  }

  it("one chart per metric, each from the checks in data.json", async () => {
    expect(data.environments.find((e) => e.name === "production")!.performance).toHaveLength(CHECKS.length);
    const figures = page.locator('figure[data-chart^="quality-churn-"]');
    expect(await figures.locator("figcaption").allTextContents()).toEqual([
      "accuracy in production",
      "f1 in production",
    ]);
    expect(await page.locator("#production-quality").count()).toBe(1);
    for (const id of await figures.evaluateAll((fs) => fs.map((f) => f.getAttribute("data-chart")!))) {
      const l = await layout(id);
      // 6 realised values (one check had no labels) and 7 estimates, every one with its interval.
      expect(l.points.filter((p) => p.f.kind === "realised")).toHaveLength(6);
      expect(l.points.filter((p) => p.f.kind === "estimated")).toHaveLength(7);
      expect(l.intervals).toBe(13);
    }
    expect(errors).toEqual([]);
  });

  it("the degraded window's point lies below v2's registered rule", async () => {
    const l = await layout("quality-churn-0-0");
    const v2rule = l.registered.find((r) => r.f.version === "churn@v2")!;
    const v1rule = l.registered.find((r) => r.f.version === "churn@v1")!;
    expect(Number(v2rule.f.registered)).toBe(0.88);
    expect(Number(v1rule.f.registered)).toBe(0.85);
    // Screen y grows downwards: v2's rule is drawn higher than v1's.
    expect(v2rule.y).toBeLessThan(v1rule.y);
    const degraded = l.points.find((p) => p.f.kind === "realised" && p.f.check === "degraded")!;
    expect(degraded.f.accuracy).toBe("0.8");
    expect(degraded.top).toBeGreaterThan(v2rule.y + 20);
    // The rule spans the time v2 served, from its first check: the degraded point lies under it.
    expect(degraded.y).toBeGreaterThan(v1rule.y);
    expect(v2rule.left).toBeLessThanOrEqual(degraded.left);
    expect(v2rule.right).toBeGreaterThanOrEqual(degraded.right - 8);
  });

  it("realised and estimated are told apart by shape and colour, and the legend names both", async () => {
    const l = await layout("quality-churn-0-0");
    const shapes = (k: string) => new Set(l.points.filter((p) => p.f.kind === k).map((p) => p.shape));
    const fills = (k: string) => new Set(l.points.filter((p) => p.f.kind === k).map((p) => p.fill));
    expect(shapes("realised").size).toBe(1);
    expect(shapes("estimated").size).toBe(1);
    expect([...shapes("realised")][0]).not.toBe([...shapes("estimated")][0]);
    expect([...fills("realised")][0]).not.toBe([...fills("estimated")][0]);
    expect(l.legend).toEqual(["realised", "estimated"]);
    // Where both agree (v2's first and last checks) the smaller diamond sits inside the circle: both seen.
    const est = l.points.filter((p) => p.f.kind === "estimated");
    const same = l.points
      .filter((p) => p.f.kind === "realised")
      .flatMap((r) =>
        est
          .filter((e) => Math.abs(e.y - r.y) < 0.5 && Math.abs(e.left + e.right - r.left - r.right) < 1)
          .map((e) => [r, e]),
      );
    expect(same).toHaveLength(2);
    for (const [r, e] of same) expect(r.right - r.left, r.f["checked at"]).toBeGreaterThan(e.right - e.left + 2);
  });

  it("the version change is marked, and no line runs across it or across the check without labels", async () => {
    const l = await layout("quality-churn-0-0");
    expect(l.changes).toEqual(["v2"]);
    // Realised: v1's first two checks, v1's last (after the gap), v2's three; estimated: v1's four, v2's three.
    expect(l.lines).toBe(5);
  });

  it("no marker is clipped: every point and the legend inside the picture, points inside the plot", async () => {
    for (const id of ["quality-churn-0-0", "quality-churn-0-1"]) {
      const l = await layout(id);
      for (const p of l.points) {
        expect(p.left, `${id} ${p.f.kind} ${p.f["checked at"]}`).toBeGreaterThanOrEqual(l.plot.left);
        expect(p.right, `${id} ${p.f.kind} ${p.f["checked at"]}`).toBeLessThanOrEqual(l.plot.right);
        expect(p.top, `${id} ${p.f.kind} ${p.f["checked at"]}`).toBeGreaterThanOrEqual(l.plot.top);
        expect(p.bottom, `${id} ${p.f.kind} ${p.f["checked at"]}`).toBeLessThanOrEqual(l.plot.bottom);
      }
      for (const t of l.legend) expect(t).not.toContain("…");
    }
  });
});
