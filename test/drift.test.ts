import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { columnDrift, datasetDrift } from "../packages/core/src/drift/check.js";
import {
  categoricalShares,
  fillZeroes,
  jensenShannon,
  klDiv,
  numericShares,
  psi,
  zTest,
} from "../packages/core/src/stats/drift-statistics.js";
import { ks2samp, kstwoSf, smirnovSf } from "../packages/core/src/stats/ks.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { runInProcess } from "./helpers/actions.js";
import { fakeGitHubOnExample } from "./helpers/fake-github.js";
import { exampleCopy } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";

// Golden values: test/fixtures/reference/make_ks_reference.py (scipy); the file records its version.
const ks = JSON.parse(readFileSync("test/fixtures/reference/ks_reference.json", "utf8"));
const binned = JSON.parse(readFileSync("test/fixtures/reference/binned_reference.json", "utf8"));
const relErr = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.abs(b));
const seq = (n: number, start: number, step: number) => Float64Array.from({ length: n }, (_, i) => start + i * step);

describe(`two-sample KS equals scipy ${ks.scipy} ks_2samp(method="auto")`, () => {
  for (const c of ks.ks_2samp) {
    it(`n=${c.n1} vs ${c.n2}: D to 1e-12, p-value to 1e-9 relative (scipy p=${c.pvalue.toPrecision(4)})`, () => {
      const r = ks2samp(seq(c.n1, c.start1, c.step1), seq(c.n2, c.start2, c.step2));
      expect(r.method).toBe(Math.max(c.n1, c.n2) <= 10_000 ? "exact" : "asymp");
      expect(Math.abs(r.statistic - c.statistic)).toBeLessThanOrEqual(1e-12);
      expect(relErr(r.p_value, c.pvalue)).toBeLessThanOrEqual(1e-9);
    });
  }

  it("kstwo.sf over every region scipy distinguishes (Ruben–Gambino, Durbin, Pomeranz, Pelz–Good, Smirnov)", () => {
    for (const k of ks.kstwo_sf) expect(relErr(kstwoSf(k.n, k.x), k.sf), `n=${k.n} x=${k.x}`).toBeLessThanOrEqual(1e-9);
  });

  it("one-sided Smirnov distribution", () => {
    for (const s of ks.smirnov)
      expect(relErr(smirnovSf(s.n, s.d), s.sf), `n=${s.n} d=${s.d}`).toBeLessThanOrEqual(1e-9);
  });

  it("ties count as scipy counts them", () => {
    const r = ks2samp(Float64Array.from([1, 1, 2, 2, 3]), Float64Array.from([1, 2, 2, 2, 4]));
    // F1 - F2 at 1: 2/5-1/5, at 2: 4/5-4/5, at 3: 1-4/5, at 4: 0 → D = 0.2 (hand-computed)
    expect(r.statistic).toBeCloseTo(0.2, 15);
  });
});

describe("binned distances and the z-test with Evidently's definitions", () => {
  const sorted = (a: number[]) => Float64Array.from(a).sort();
  it("PSI, KL divergence and Jensen–Shannon on Sturges bins equal numpy/scipy", () => {
    const { p, q } = numericShares(sorted(binned.ref), sorted(binned.cur));
    expect(psi(p, q)).toBeCloseTo(binned.psi, 12);
    expect(klDiv(p, q)).toBeCloseTo(binned.kl_div, 12);
    expect(jensenShannon(p, q)).toBeCloseTo(binned.jensenshannon, 12);
  });
  it("z-test for a binary column", () => {
    const count = (a: string[]) => a.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const r = zTest(count(binned.z_ref), count(binned.z_cur));
    expect(r.statistic).toBeCloseTo(binned.z_statistic, 12);
    expect(relErr(r.p_value!, binned.z_pvalue)).toBeLessThan(1e-9);
  });
  it("categorical shares are raw; Evidently's zero filling is per side (0.0001, or the smallest share / 1e6)", () => {
    const { keys, p, q } = categoricalShares(
      new Map([
        ["a", 3],
        ["b", 1],
      ]),
      new Map([
        ["a", 2],
        ["c", 2],
      ]),
    );
    expect(keys).toEqual(["a", "b", "c"]);
    expect(p).toEqual([0.75, 0.25, 0]);
    expect(q).toEqual([0.5, 0, 0.5]);
    expect(fillZeroes(p)).toEqual([0.75, 0.25, 0.0001]);
    // hand-computed: smallest non-zero share 0.00005 <= 0.0001, so zeros become 0.00005 / 1e6
    expect(fillZeroes([0.99995, 0.00005, 0])).toEqual([0.99995, 0.00005, 0.00005 / 1e6]);
  });
});

describe("dataset drift and edge cases", () => {
  const table = (cols: Record<string, (string | number | null)[]>) => ({
    columns: Object.keys(cols),
    data: cols,
    rows: Object.values(cols)[0].length,
  });
  it("named tests and per-column thresholds; drift share decides dataset drift", () => {
    const ref = table({
      x: Array.from({ length: 400 }, (_, i) => i / 400),
      c: Array.from({ length: 400 }, (_, i) => ["a", "b", "c"][i % 3]),
    });
    const cur = table({
      x: Array.from({ length: 300 }, (_, i) => 0.2 + i / 300),
      c: Array.from({ length: 300 }, (_, i) => ["a", "b", "c"][i % 3]),
    });
    const r = datasetDrift(ref, cur, { driftShare: 0.5 });
    expect(r.columns.find((c) => c.column === "x")).toMatchObject({ stattest: "ks", drifted: true });
    expect(r.columns.find((c) => c.column === "c")).toMatchObject({ stattest: "chisquare", drifted: false });
    expect(r).toMatchObject({ drift_share: 0.5, dataset_drift: true });
    expect(columnDrift("x", ref.data.x, cur.data.x, { stattest: "psi", threshold: 5 }).drifted).toBe(false);
  });
  it("missing, new, all-null, constant and unseen-category columns are reported, never a crash", () => {
    const ref = table({
      a: [1, 2, 3, 4, 5, 6, 7],
      k: [5, 5, 5, 5, 5, 5, 5],
      n: [null, null, null, null, null, null, null],
      g: ["x", "y", "x", "y", "x", "y", "x"],
    });
    const cur = table({
      k: [5, 5, 6, 5, 5, 5, 5],
      n: [1, 2, 3, 4, 5, 6, 7],
      g: ["x", "z", "z", "y", "x", "z", "y"],
      extra: [1, 2, 3, 4, 5, 6, 7],
    });
    const r = datasetDrift(ref, cur);
    expect(r.missing_columns).toEqual(["a"]);
    expect(r.new_columns).toEqual(["extra"]);
    const by = Object.fromEntries(r.columns.map((c) => [c.column, c]));
    expect(by.a).toBeUndefined(); // not named: only the shared columns are checked
    expect(by.n.note).toBe("all values missing in the reference");
    expect(by.k.note).toContain("constant in the reference");
    expect(by.g.note).toContain("unseen in the reference");
  });
});

describe("check-drift on the example, and its GitHub issue against the fake GitHub", () => {
  const { dir, gh, event } = fakeGitHubOnExample({ schedule: "17 6 * * *" });
  beforeAll(() => process.chdir(dir));
  const env = () => gh.runnerEnv("schedule", event, { GITHUB_REF: "refs/heads/main", GITHUB_RUN_ID: "77" });
  const drift = (current: string, extra: Record<string, string> = {}) =>
    runInProcess(
      () => import("../actions/check-drift/src/main.js"),
      {
        config: "mlship.yml",
        current,
        environment: "production",
        issue: "true",
        "close-issue": "true",
        "github-token": "ghs_fake",
        "retrain-workflow": "ml.yml",
        ...extra,
      },
      env(),
    );

  it("finds the shifted columns the example's current data carries (numbers from the statistics)", async () => {
    const r = await checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config: "mlship.yml" })[n]),
      quietHost,
    );
    const cols = Object.fromEntries(r.extra.report!.columns.map((c) => [c.column, c]));
    expect(cols.monthly_charges).toMatchObject({ stattest: "wasserstein", drifted: true });
    expect(cols.support_calls.drifted).toBe(true);
    expect(cols.contract).toMatchObject({ stattest: "jensenshannon", drifted: true });
    expect(cols.region.drifted).toBe(false);
    expect(cols.age_band.drifted).toBe(false);
    expect(r.outputs.drifted).toBe("true");
    expect(r.summary).toMatch(/xychart-beta/);
  });

  it("drift opens one labelled issue; the next check comments on it; no drift comments and closes it", async () => {
    const first = await drift("data/current.csv");
    expect(first.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({
      title: "Data drift: churn in production",
      state: "open",
      labels: [{ name: "mlship:drift" }],
    });
    expect(gh.issues[0].body).toContain("<!-- mlship:drift:churn@production -->");
    expect(gh.labels.has("mlship:drift")).toBe(true);
    const second = await drift("data/current.csv");
    expect(second.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.comments.filter((c) => c.issue_number === 1)).toHaveLength(1);
    const calm = await drift("data/test.csv");
    expect(calm.outputs.drifted).toBe("false");
    expect(gh.comments.filter((c) => c.issue_number === 1)).toHaveLength(2);
    expect(gh.comments.at(-1)!.body).toContain("No dataset drift");
    expect(gh.issues[0].state).toBe("closed");
  });

  it("every request and response fits GitHub's published description", () => {
    expect(gh.violations).toEqual([]);
    expect(gh.requests.length).toBeGreaterThan(0);
  });

  it("retrain: true dispatches the training workflow on drift", async () => {
    const r = await drift("data/current.csv", { retrain: "true", issue: "false" });
    expect(r.code).toBe(0);
    expect(gh.dispatches).toEqual([{ workflow: "ml.yml", ref: "refs/heads/main", inputs: {} }]);
  });
});

describe("a saved profile as the reference", () => {
  const dir = exampleCopy();
  it("validate-data's profile stands in for the training data: categorical tests exact, numeric close", async () => {
    const { validateDataStep, validateDataSpec } = await import("../packages/core/src/steps/validate-data.js");
    const v = await validateDataStep(
      parseInputs(
        validateDataSpec,
        (n) => ({ config: path.join(dir, "mlship.yml"), data: path.join(dir, "data/train.csv") })[n],
      ),
      quietHost,
    );
    const profile = v.outputs.profile;
    const fromData = await checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config: path.join(dir, "mlship.yml") })[n]),
      quietHost,
    );
    const fromProfile = await checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config: path.join(dir, "mlship.yml"), reference: profile })[n]),
      quietHost,
    );
    const a = Object.fromEntries(fromData.extra.report!.columns.map((c) => [c.column, c]));
    const b = Object.fromEntries(fromProfile.extra.report!.columns.map((c) => [c.column, c]));
    expect(fromProfile.extra.report!.reference_kind).toBe("profile");
    for (const col of ["contract", "region", "age_band"]) {
      expect(b[col].stattest).toBe("jensenshannon");
      expect(b[col].statistic).toBeCloseTo(a[col].statistic!, 12);
    }
    for (const col of ["monthly_charges", "tenure_months"]) {
      expect(b[col].stattest).toBe("wasserstein");
      expect(Math.abs(b[col].statistic! - a[col].statistic!)).toBeLessThan(0.02);
      expect(b[col].drifted).toBe(a[col].drifted);
    }
    expect(fromProfile.outputs.drifted).toBe(fromData.outputs.drifted);
  });

  it("prediction and target drift are reported apart from the dataset share; per-column thresholds apply", async () => {
    const cfg = path.join(dir, "mlship.yml");
    writeFileSync(
      cfg,
      readFileSync(cfg, "utf8").replace(
        "  drift-share: 0.5",
        "  drift-share: 0.5\n  target-column: churned\n  per-column: { monthly_charges: { stattest: psi, threshold: 10 } }",
      ),
    );
    const r = await checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config: cfg })[n]),
      quietHost,
    );
    // 4000 reference rows: Evidently picks Jensen–Shannon for a binary column (z only up to 1000).
    expect(r.extra.report!.target_drift).toMatchObject({ column: "churned", stattest: "jensenshannon" });
    expect(r.extra.report!.columns.map((c) => c.column)).not.toContain("churned");
    const mc = r.extra.report!.columns.find((c) => c.column === "monthly_charges")!;
    expect(mc).toMatchObject({ stattest: "psi", threshold: 10, drifted: false });
    expect(r.summary).toContain("**Target drift** (churned)");
  });
});
