/**
 * The drift page in a real browser (Debian's chromium, driven by playwright-core), on a made-up
 * wine-like dataset whose every column's fate is known: 4 of 11 columns drifted (p-values far
 * below 1e-10, which a p-value axis draws as nothing), long column names, and age bands that sort
 * wrongly as text. What the picture must show: the count of drifted columns before the verdict,
 * each drifted column visible past the threshold on the drift-score axis, every column name in
 * full, the reference drawn before the current data, bands in their order. Screenshots go to
 * test-artifacts/screenshots/ (gitignored; kept as CI artifacts).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { datasetDrift, type Table } from "../packages/core/src/drift/check.js";
import { distributions } from "../packages/core/src/drift/distributions.js";
import { driftMarkdown } from "../packages/core/src/report/check-drift.js";
import { driftHtml } from "../packages/core/src/report/html/drift.js";
import { tempDir } from "./helpers/tmp.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = path.resolve("test-artifacts/screenshots");
// Skipped only on a developer machine without Chromium; under CI (which installs it) a missing browser fails.
const hasChromium = existsSync(CHROMIUM) || !!process.env.CI;

/** Names as long as wine's longest (28 characters): none may be cut. */
const LONG = "od280/od315_of_diluted_wines";
const NUMERIC = ["alcohol", "malic_acid", "ash", "magnesium", "total_phenols", "flavanoids", "color_intensity", "hue"];
const DRIFTED = new Set(["color_intensity", "flavanoids", LONG, "age_band"]);
const BANDS = ["<40", "40-55", "55+"];

/** 300 evenly spread values in [0, 10) (a golden-ratio sequence), shifted by `shift`. */
const spread = (n: number, shift: number, seed: number) =>
  Array.from({ length: n }, (_, i) => Number(((((i + seed) * 0.6180339887) % 1) * 10 + shift).toFixed(3)));

function table(current: boolean): Table {
  const n = 300;
  const data: Record<string, (string | number)[]> = {};
  for (const [k, c] of [...NUMERIC, LONG, "proline"].entries())
    data[c] = spread(n, current && DRIFTED.has(c) ? 5 : 0, k + (current ? 7 : 0));
  // Reference mostly young, current mostly old: a drifted category column (chi-square).
  const shares = current ? [0.15, 0.25, 0.6] : [0.5, 0.3, 0.2];
  data.age_band = Array.from({ length: n }, (_, i) => {
    const u = (i * 0.6180339887) % 1;
    return u < shares[0] ? BANDS[0] : u < shares[0] + shares[1] ? BANDS[1] : BANDS[2];
  });
  return { columns: Object.keys(data), data, rows: n };
}

describe.skipIf(!hasChromium)("the drift page in Chromium: what the picture must show", () => {
  let browser: Browser;
  let page: Page;
  let file = "";
  let markdown = "";
  const errors: string[] = [];

  beforeAll(async () => {
    const ref = table(false),
      cur = table(true);
    const report = datasetDrift(ref, cur);
    const dists = distributions(report, ref, cur);
    markdown = driftMarkdown(report, "wine", "production", dists);
    file = path.join(tempDir("mlship-drift-page-"), "production.html");
    writeFileSync(
      file,
      await driftHtml({ ...report, model: "wine", environment: "production", distributions: dists, createdAt: "t" }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(file).href);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, "drift-page.png"), fullPage: true });
    const scores = page.locator('figure[data-chart="scores"]');
    if (await scores.count()) await scores.screenshot({ path: path.join(SHOTS, "drift-scores.png") });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A chart's bars: the ARIA label's fields and where the bar is drawn. */
  const bars = (chart: string) =>
    page.locator(`figure[data-chart="${chart}"] svg [aria-roledescription="bar"]`).evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        const label = e.getAttribute("aria-label") ?? "";
        const f = Object.fromEntries(
          label.split("; ").map((kv) => [kv.slice(0, kv.indexOf(": ")), kv.slice(kv.indexOf(": ") + 2)]),
        );
        return { f, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );

  it("says how many columns drifted before the dataset verdict and its threshold", async () => {
    const verdicts = await page.locator(".verdict").allTextContents();
    expect(verdicts).toEqual(["4 of 11 columns drifted", "no dataset drift"]);
    expect(await page.locator("p").first().textContent()).toMatch(
      /share 0\.3636 is below the dataset-drift threshold 0\.5/,
    );
    expect(await page.title()).toBe("4 of 11 columns drifted · No dataset drift: wine in production");
    expect(markdown.split("\n")[0]).toBe("# ⚠️ 4 of 11 columns drifted · No dataset drift: wine in production");
    expect(errors).toEqual([]);
  });

  it("every drifted column is visible past the threshold on the drift-score axis", async () => {
    const b = await bars("scores");
    expect(b.map((x) => x.f.column).sort()).toEqual([...NUMERIC, LONG, "proline", "age_band"].sort());
    // The threshold: the rule at score 1, drawn across the plot.
    const rule = await page.locator('figure[data-chart="scores"] svg g.mark-rule.role-mark line').first().boundingBox();
    const left = Math.min(...b.map((x) => x.x));
    expect(rule).not.toBeNull();
    const threshold = rule!.x - left;
    expect(threshold).toBeGreaterThan(10);
    for (const x of b) {
      if (DRIFTED.has(x.f.column)) {
        expect(x.width, x.f.column).toBeGreaterThanOrEqual(threshold);
        expect(x.width, x.f.column).toBeGreaterThan(40);
      } else expect(x.width, x.f.column).toBeLessThan(threshold);
    }
    // Drifted columns first, top to bottom.
    const order = [...b].sort((p, q) => p.y - q.y).map((x) => DRIFTED.has(x.f.column));
    expect(order).toEqual([true, true, true, true, ...new Array(7).fill(false)]);
  });

  it("writes every column name in full (no label cut below 28 characters)", async () => {
    const axis = 'figure[data-chart="scores"] svg g.role-axis[aria-label^="Y-axis"] g.role-axis-label text';
    const labels = await page.locator(axis).allTextContents();
    expect(labels.sort()).toEqual([...NUMERIC, LONG, "proline", "age_band"].sort());
    expect(labels.some((l) => l.includes("…"))).toBe(false);
    // And drawn inside the figure: the longest label's left edge is on the page.
    const boxes = await page.locator(axis).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
    expect(Math.min(...boxes)).toBeGreaterThanOrEqual(0);
  });

  it("draws the reference before the current data, and age bands in their order", async () => {
    const charts = await page
      .locator("figure[data-chart^='dist-']")
      .evaluateAll((fs) => fs.map((f) => [f.getAttribute("data-chart"), f.textContent ?? ""]));
    const age = charts.find(([, t]) => t?.includes("age_band: reference vs current"))![0]!;
    const b = await bars(age);
    const x = (band: string, series: string) => b.find((m) => m.f.label === band && m.f.series === series)!.x;
    for (const band of BANDS) expect(x(band, "reference"), band).toBeLessThan(x(band, "current"));
    expect(x("<40", "reference")).toBeLessThan(x("40-55", "reference"));
    expect(x("40-55", "reference")).toBeLessThan(x("55+", "reference"));
    // Every distribution chart: reference bars left of the current ones, bin by bin.
    for (const [id] of charts) {
      const d = await bars(id!);
      for (const r of d.filter((m) => m.f.series === "reference")) {
        const c = d.find((m) => m.f.series === "current" && m.f.label === r.f.label)!;
        expect(r.x, `${id} ${r.f.label}`).toBeLessThan(c.x);
      }
    }
  });
});
