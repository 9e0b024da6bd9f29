import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ks2samp, ksStatistic } from "../packages/core/src/stats/ks.js";
import { zTest } from "../packages/core/src/stats/drift-statistics.js";

// Golden values: test/fixtures/reference/make_ks_reference.py (scipy); the file records its version.
const ks = JSON.parse(readFileSync("test/fixtures/reference/ks_reference.json", "utf8"));

describe("ks2samp takes samples in any order and refuses NaN, as scipy.stats.ks_2samp", () => {
  for (const c of ks.unsorted as { a: number[]; b: number[]; statistic: number; pvalue: number }[]) {
    it(`unsorted ${JSON.stringify(c.a)} vs ${JSON.stringify(c.b)}: scipy D=${c.statistic.toPrecision(4)}`, () => {
      const a = Float64Array.from(c.a),
        b = Float64Array.from(c.b);
      const r = ks2samp(a, b);
      expect(r.statistic).toBeCloseTo(c.statistic, 12);
      expect(r.p_value).toBeCloseTo(c.pvalue, 12);
      expect(ksStatistic(a, b)).toBeCloseTo(c.statistic, 12);
      // The caller's arrays are left as they were.
      expect([...a]).toEqual(c.a);
    });
  }

  it("refuses NaN in either sample, naming where", () => {
    expect(() => ks2samp(Float64Array.from([1, Number.NaN, 3]), Float64Array.from([1, 2]))).toThrow(
      /sample a contains NaN \(at index 1\)/,
    );
    expect(() => ks2samp(Float64Array.from([1, 2]), Float64Array.from([Number.NaN]))).toThrow(/sample b contains NaN/);
    expect(() => ksStatistic(Float64Array.from([1]), Float64Array.from([2, Number.NaN]))).toThrow(/NaN/);
  });
});

describe("the z-test's sign follows Evidently's proportions_diff_z_stat_ind", () => {
  it("coded 0 for the first sorted category: more of it in the current data gives a positive z", () => {
    // Hand-computed with Evidently's coding: ref shares of "b" 10/20 = 0.5, current 5/20 = 0.25,
    // pooled 0.375, se = sqrt(0.375 · 0.625 · (1/20 + 1/20)), z = 0.25 / se = 1.632993…
    const r = zTest(
      new Map([
        ["a", 10],
        ["b", 10],
      ]),
      new Map([
        ["a", 15],
        ["b", 5],
      ]),
    );
    expect(r.statistic).toBeCloseTo(0.25 / Math.sqrt(0.375 * 0.625 * 0.1), 12);
    expect(r.statistic).toBeGreaterThan(0);
    // Two-sided p = 2·(1 − Φ(1.632993)) = 0.102470 (scipy.stats.norm.sf(1.632993) · 2).
    expect(r.p_value).toBeCloseTo(0.10247, 5);
  });
});
