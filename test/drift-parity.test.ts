import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ColumnProfile } from "../packages/core/src/data/profile.js";
import { columnDrift, datasetDrift } from "../packages/core/src/drift/check.js";
import { profileColumnDrift } from "../packages/core/src/drift/column-drift.js";
import { fmt, fmtP } from "../packages/core/src/report/format.js";
import { chi2Sf, chiSquareTest, zTest } from "../packages/core/src/stats/drift-statistics.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { sketchProfile } from "./helpers/profile.js";
import { tempDir } from "./helpers/tmp.js";

// Golden values: test/fixtures/reference/make_drift_parity_reference.py (numpy/scipy, restating
// Evidently's get_binned_data: Jensen–Shannon without zero filling, PSI and KL with per-side filling).
const ref = JSON.parse(readFileSync("test/fixtures/reference/drift_parity_reference.json", "utf8"));
const TESTS = ["jensenshannon", "psi", "kl_div"] as const;
const expand = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([k, n]) => new Array<string>(n).fill(k));

describe("binned distances handle zeros as Evidently does (against numpy/scipy)", () => {
  for (const name of ["numeric_sturges", "numeric_few_values"]) {
    const c = ref[name];
    it(`${name}: ${c.empty_reference_bins} empty reference bins, ${c.empty_current_bins} empty current bins`, () => {
      for (const t of TESTS) expect(columnDrift("x", c.ref, c.cur, { stattest: t }).statistic, t).toBeCloseTo(c[t], 10);
    });
  }
  for (const name of ["categorical_unseen", "categorical_rare"]) {
    const c = ref[name];
    it(`${name}: rows and a saved profile's counts give the same values`, () => {
      const a = expand(c.ref_counts),
        b = expand(c.cur_counts);
      const profile: ColumnProfile = {
        name: "c",
        count: a.length,
        nulls: 0,
        numeric: 0,
        distinct: Object.keys(c.ref_counts).length,
        distinctCapped: false,
        top: [],
        counts: c.ref_counts,
      };
      for (const t of TESTS) {
        expect(columnDrift("c", a, b, { stattest: t }).statistic, t).toBeCloseTo(c[t], 10);
        expect(profileColumnDrift("c", profile, b, { stattest: t }).statistic, `profile ${t}`).toBeCloseTo(c[t], 10);
      }
    });
  }
  it("the rare category's side fills with its smallest share / 1e6: PSI differs from a flat 0.0001 fill", () => {
    // numpy, by hand: a flat 0.0001 fill on the reference side gives PSI 0.7503; Evidently's rule 2.2424.
    const c = ref.categorical_rare;
    expect(c.psi).toBeCloseTo(2.2424, 4);
    expect(columnDrift("c", expand(c.ref_counts), expand(c.cur_counts), { stattest: "psi" }).statistic).toBeCloseTo(
      c.psi,
      10,
    );
  });
  it("a saved profile's numeric column: percentile bins, same zero handling", () => {
    const c = ref.profile_percentile_bins;
    const profile = sketchProfile(c);
    expect(c.empty_current_bins).toBeGreaterThan(0);
    for (const t of TESTS)
      expect(profileColumnDrift("x", profile, c.cur, { stattest: t }).statistic, t).toBeCloseTo(c[t], 10);
  });
});

describe("check-drift never passes a check of nothing", () => {
  const table = (cols: Record<string, (string | number | null)[]>) => ({
    columns: Object.keys(cols),
    data: cols,
    rows: Object.values(cols)[0]?.length ?? 0,
  });
  const a = table({ x: [1, 2, 3], y: ["a", "b", "c"] });
  const b = table({ x: [1, 2, 4], z: ["a", "b", "c"] });

  it("a named column missing from either side is an error naming every such column", () => {
    expect(() => datasetDrift(a, b, { columns: ["x", "y", "z", "w"] })).toThrow(
      'monitored columns missing from the reference: "z", "w"; missing from the current data: "y", "w"',
    );
    expect(() => datasetDrift(a, b, { columns: ["x"], targetColumn: "y" })).toThrow(
      /missing from the current data: "y"/,
    );
  });
  it("with no columns named, the shared ones are checked; none shared is an error", () => {
    expect(datasetDrift(a, b).columns.map((c) => c.column)).toEqual(["x"]);
    expect(() => datasetDrift(table({ p: [1] }), table({ q: [1] }))).toThrow(/no column to compare/);
  });
  it("a check whose columns could none be tested fails (exit 1), never '✅ No dataset drift'", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mlship.yml"), "model: m\n");
    writeFileSync(path.join(dir, "ref.csv"), "x,y\n,a\n,b\n,c\n");
    writeFileSync(path.join(dir, "cur.csv"), "x\n1\n2\n3\n");
    const r = await checkDriftStep(
      parseInputs(
        checkDriftSpec,
        (n) =>
          ({
            config: path.join(dir, "mlship.yml"),
            reference: path.join(dir, "ref.csv"),
            current: path.join(dir, "cur.csv"),
            columns: "x",
          })[n],
      ),
      quietHost,
    );
    expect(r.ok).toBe(false);
    expect(r.failure).toMatch(/none of the 1 column\(s\) could be tested: x \(all values missing in the reference\)/);
    expect(r.summary).toMatch(/Drift not checked/);
    expect(r.summary).not.toMatch(/No dataset drift/);
  });
});

describe("small p-values are computed and printed as numbers that mean something", () => {
  const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
  const counts = (c: Record<string, number>) => new Map(Object.entries(c));
  it("chi-square upper tail equals scipy's chi2.sf, down to 1e-200 (1 − cdf gave 0)", () => {
    for (const c of ref.chi2_sf) expect(relErr(chi2Sf(c.x, c.dof), c.sf), `x=${c.x} dof=${c.dof}`).toBeLessThan(1e-9);
  });
  it("z-test and chi-square p-values far below 1e-16 equal scipy's", () => {
    const z = zTest(counts(ref.z_tiny.ref_counts), counts(ref.z_tiny.cur_counts));
    expect(z.statistic).toBeCloseTo(ref.z_tiny.statistic, 10);
    expect(relErr(z.p_value!, ref.z_tiny.p_value)).toBeLessThan(1e-9);
    const chi = chiSquareTest(counts(ref.chisquare_tiny.ref_counts), counts(ref.chisquare_tiny.cur_counts));
    expect(chi.statistic).toBeCloseTo(ref.chisquare_tiny.statistic, 9);
    expect(relErr(chi.p_value!, ref.chisquare_tiny.p_value)).toBeLessThan(1e-9);
  });
  it("formatting: two significant digits below 0.001, never 0 for a non-zero number", () => {
    expect(fmtP(1.9e-33)).toBe("1.9e-33");
    expect(fmtP(0.00012345)).toBe("0.00012");
    expect(fmtP(0.0123456)).toBe("0.0123");
    expect(fmtP(0)).toBe("0");
    expect(fmt(3.2e-7)).toBe("3.2e-7");
    expect(fmt(0.123456)).toBe("0.1235");
  });
  it("the drift report and the log show them (scipy: z-test p = 1.194e-29)", async () => {
    const dir = tempDir();
    const rows = (c: Record<string, number>) => "flag\n" + expand(c).join("\n") + "\n";
    writeFileSync(path.join(dir, "mlship.yml"), "model: m\n");
    writeFileSync(path.join(dir, "ref.csv"), rows(ref.z_tiny.ref_counts));
    writeFileSync(path.join(dir, "cur.csv"), rows(ref.z_tiny.cur_counts));
    const host = recordingHost();
    const r = await checkDriftStep(
      parseInputs(
        checkDriftSpec,
        (n) =>
          ({
            config: path.join(dir, "mlship.yml"),
            reference: path.join(dir, "ref.csv"),
            current: path.join(dir, "cur.csv"),
          })[n],
      ),
      host,
    );
    expect(r.extra.report!.columns[0].stattest).toBe("z");
    expect(r.summary).toContain("| 1.2e-29 |");
    expect(host.lines.join("\n")).toContain("(p=1.2e-29)");
  });
});

describe("drift.current-command and drift.retrain do what they say", () => {
  const dir = tempDir();
  const cfg = (extra: string) =>
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: m\ndrift:\n  reference: ref.csv\n  current: out/cur.csv\n${extra}`,
    );
  writeFileSync(path.join(dir, "ref.csv"), "x\n" + Array.from({ length: 50 }, (_, i) => i).join("\n") + "\n");
  const run = (inputs: Record<string, string> = {}) =>
    checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ config: path.join(dir, "mlship.yml"), ...inputs })[n]),
      recordingHost(),
    );

  it("current-command runs (no shell) before the current data is read; retrain comes from the config", async () => {
    const fetch = `import os; os.makedirs("out", exist_ok=True); open("out/cur.csv", "w").write("x\\n" + "\\n".join(str(i + 40) for i in range(50)) + "\\n")`;
    cfg(`  current-command: ["python3", "-c", ${JSON.stringify(fetch)}]\n  retrain: true\n`);
    const r = await run();
    expect(r.extra.report!.current_rows).toBe(50);
    expect(r.extra.report!.columns[0]).toMatchObject({ column: "x", stattest: "ks", drifted: true });
    expect(r.extra.retrain).toBe(true);
    expect((await run({ retrain: "false" })).extra.retrain).toBe(false);
  });
  it("a failing command, or one that writes nothing, is an error naming it", async () => {
    cfg(`  current-command: python3 -c "import sys; sys.exit(4)"\n`);
    await expect(run()).rejects.toThrow(
      `drift.current-command 'python3 -c "import sys; sys.exit(4)"' exited with code 4`,
    );
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: m\ndrift:\n  reference: ref.csv\n  current: out/none.csv\n  current-command: python3 -c "print(1)"\n`,
    );
    await expect(run()).rejects.toThrow(/succeeded but wrote no file at .*out\/none\.csv/);
  });
  it("the command's $VARS expand from the child's environment: the registry token is withheld, and never logged", async () => {
    vi.stubEnv("MLSHIP_REGISTRY_TOKEN", "reg_secret_0123456789");
    vi.stubEnv("MLSHIP_DATA_TOKEN", "data_cred_9876543210");
    try {
      // The script writes what it was given; both words are $VARS the command names.
      const fetch = `import os, sys; os.makedirs("out", exist_ok=True); open("out/args.txt", "w").write("|".join(sys.argv[1:])); open("out/cur.csv", "w").write("x\\n1\\n2\\n")`;
      cfg(
        `  current-command: ["python3", "-c", ${JSON.stringify(fetch)}, "$MLSHIP_REGISTRY_TOKEN", "$MLSHIP_DATA_TOKEN"]\n`,
      );
      const host = recordingHost();
      await checkDriftStep(
        parseInputs(checkDriftSpec, (n) => ({ config: path.join(dir, "mlship.yml") })[n]),
        host,
      );
      expect(readFileSync(path.join(dir, "out/args.txt"), "utf8")).toBe("|data_cred_9876543210");
      const logged = host.lines.join("\n");
      expect(logged).toContain("fetch current data: python3 -c");
      expect(logged).toContain("$MLSHIP_DATA_TOKEN");
      expect(logged).not.toContain("data_cred_9876543210");
      expect(logged).not.toContain("reg_secret_0123456789");
    } finally {
      vi.unstubAllEnvs();
    }
  });
  it("shell syntax in the command is refused, not run", async () => {
    writeFileSync(
      path.join(dir, "mlship.yml"),
      `model: m\ndrift:\n  reference: ref.csv\n  current: out/cur.csv\n  current-command: python3 fetch.py > out/cur.csv\n`,
    );
    await expect(run()).rejects.toThrow(/not run through a shell/);
  });
});
