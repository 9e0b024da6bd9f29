import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { columnDrift, datasetDrift } from "../packages/core/src/drift/check.js";
import { profileColumnDrift } from "../packages/core/src/drift/column-drift.js";
import { referenceProfile, skew } from "../packages/core/src/validate/reference.js";
import type { ColumnProfile } from "../packages/core/src/data/profile.js";
import { sketchProfile } from "./helpers/profile.js";
import { tempDir } from "./helpers/tmp.js";

// Golden values: test/fixtures/reference/make_drift_parity_reference.py (numpy/scipy).
const ref = JSON.parse(readFileSync("test/fixtures/reference/drift_parity_reference.json", "utf8"));
const expand = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([k, n]) => new Array<string>(n).fill(k));
const csv = (dir: string, name: string, column: string, values: (string | number)[]) => {
  const file = path.join(dir, name);
  writeFileSync(file, `${column}\n${values.join("\n")}\n`);
  return file;
};

describe("validate-data's skew and check-drift decide a column the same way", () => {
  it("skew's Wasserstein on two small datasets equals scipy's wasserstein_distance / std(reference)", async () => {
    const dir = tempDir();
    const c = ref.skew_small;
    const a = await referenceProfile([csv(dir, "ref.csv", "magnesium", c.ref)]);
    const b = await referenceProfile([csv(dir, "cur.csv", "magnesium", c.cur)]);
    const [s] = skew(a, b);
    expect(s.stattest).toBe("wasserstein");
    // The quantile sketches gave a value lower than scipy's (wine: 0.2093 where scipy has 0.2231).
    expect(s.statistic).toBeCloseTo(c.wasserstein, 12);
    // check-drift on the data itself reports the same number.
    const fromData = columnDrift("magnesium", c.ref, c.cur, { stattest: "wasserstein" });
    expect(fromData.statistic).toBeCloseTo(c.wasserstein, 12);
    expect(s.drifted).toBe(fromData.drifted);
  });

  it("a Wasserstein or KS asked of a string column names the test used (Jensen–Shannon), not the one asked", () => {
    const c = ref.categorical_unseen;
    for (const asked of ["wasserstein", "ks"] as const) {
      const r = columnDrift("c", expand(c.ref_counts), expand(c.cur_counts), { stattest: asked });
      expect(r.stattest).toBe("jensenshannon");
      expect(r.statistic).toBeCloseTo(c.jensenshannon, 10);
      expect(r.p_value).toBeNull();
      expect(r.threshold).toBe(0.1);
      expect(r.note).toContain(`${asked} needs numbers; used jensenshannon`);
    }
  });

  it("a p-value threshold is never applied to the distance that replaced its test", () => {
    const c = ref.profile_percentile_bins;
    const profile = sketchProfile(c);
    const r = profileColumnDrift("x", profile, c.cur, { stattest: "ks", threshold: 0.01 });
    expect(r.stattest).toBe("wasserstein");
    expect(r.threshold).toBe(0.1);
    expect(r.note).toContain("ks needs the reference rows; used wasserstein");
    expect(r.note).toContain("threshold 0.01 is for ks; used wasserstein's default 0.1");
  });

  it("one wording for missing values, the reference first, whatever the reference is", () => {
    const empty: ColumnProfile = {
      name: "x",
      count: 3,
      nulls: 3,
      numeric: 0,
      distinct: 0,
      distinctCapped: false,
      top: [],
    };
    const both = { ref: [null, null, null], cur: [null, ""] };
    expect(columnDrift("x", both.ref, both.cur).note).toBe("all values missing in the reference");
    expect(profileColumnDrift("x", empty, both.cur).note).toBe("all values missing in the reference");
    expect(columnDrift("x", [1, 2], both.cur).note).toBe("all values missing in the current data");
    const table = (x: (number | null | string)[]) => ({ columns: ["x"], data: { x }, rows: x.length });
    const [viaProfile] = datasetDrift(
      { schema: "mlship/profile/v1", rows: 3, columns: [empty] },
      table(both.cur),
    ).columns;
    expect(viaProfile.note).toBe("all values missing in the reference");
  });
});
