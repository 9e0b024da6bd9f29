import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { computeQuality, runGates } from "../packages/core/src/evaluate/evaluate.js";
import { deliveryStats } from "../packages/core/src/deploy/delivery-metrics.js";
import { fewOutcomeGroups } from "../packages/core/src/steps/quality-load-bias-test.js";
import { seededRandom } from "../packages/core/src/stats/sampling.js";
import { eventChange } from "../packages/core/src/deploy/environment-log.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { initProject } from "../packages/core/src/init/init.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { parseModelRef } from "../packages/core/src/model-id.js";
import { readDesired, recordDesired } from "../packages/core/src/deploy/desired-state.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { deploySpec, deployStep } from "../packages/core/src/steps/deploy.js";
import { dashboardData } from "../packages/core/src/dashboard/data.js";
import { loadProject } from "../packages/core/src/project.js";
import type { HistoryEntry } from "../packages/core/src/deploy/state.js";
import type { Registry } from "../packages/core/src/registry/types.js";
import { printHistory, printModelList, printStats } from "../packages/cli/src/print.js";
import { caught } from "./helpers/catch.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";
import { evaluationHtml } from "../packages/core/src/report/html/evaluation.js";
import { EVENT_STYLE, lineChart, timelineChart } from "../packages/core/src/report/html/charts.js";
import { esc } from "../packages/core/src/report/html/page.js";
import { evaluationMarkdown, type EvaluationReport } from "../packages/core/src/report/quality-load-bias-test.js";
import { fmt, fmtInterval } from "../packages/core/src/report/format.js";

/** Issue 32, "a new user's second day": the small items, each checked on its own. */

const CSV = "x,y,label\n1,2,0\n2,3,1\n3,1,0\n4,5,1\n";

describe("init (#32)", () => {
  it("ignores node_modules/ and site/ beside .mlship/, adding only what is missing", async () => {
    const dir = tempDir("mlship-init-");
    mkdirSync(path.join(dir, "data"));
    writeFileSync(path.join(dir, "data/train.csv"), CSV);
    writeFileSync(path.join(dir, ".gitignore"), "node_modules\n*.log");
    const r = await initProject({ dir, data: "data/train.csv", force: false });
    const lines = readFileSync(path.join(dir, ".gitignore"), "utf8").split("\n");
    expect(lines.filter((l) => l && !l.startsWith("#"))).toEqual(["node_modules", "*.log", ".mlship/", "site/"]);
    expect(r.written).toContain(".gitignore");
    expect(r.gitRoot).toBeUndefined();
    expect(existsSync(path.join(dir, ".github/workflows/ml.yml"))).toBe(true);
  });

  it("in a subfolder of a git work tree writes the workflow callers at the root, where GitHub reads them, and says so", async () => {
    const root = tempDir("mlship-init-git-");
    execFileSync("git", ["init", "-q"], { cwd: root });
    const dir = path.join(root, "models", "wine");
    mkdirSync(path.join(dir, "data"), { recursive: true });
    writeFileSync(path.join(dir, "data/train.csv"), CSV);
    const r = await initProject({ dir, data: "data/train.csv", force: false });
    expect(existsSync(path.join(root, ".github/workflows/ml.yml"))).toBe(true);
    expect(existsSync(path.join(dir, ".github"))).toBe(false);
    expect(r.written).toContain("../../.github/workflows/ml.yml");
    expect(r.gitRoot).toBe(root);
    expect(r.next.at(-1)).toContain("config: models/wine/mlship.yml");
    // A second init refuses, naming the callers at the root too.
    await expect(initProject({ dir, data: "data/train.csv", force: false })).rejects.toThrow(
      /\.\.\/\.\.\/\.github\/workflows\/ml\.yml/,
    );
  });
});

describe("stats over less than a week (#32)", () => {
  const registry = {
    show: () => Promise.reject(new Error("not needed")),
  } as unknown as Registry;
  // One "now" for every entry: taken per call, the three calls were 70 ms apart once on a loaded
  // machine (a first call's lazy work), and the span 52.07 s missed 52 ± 0.05 (#33).
  const now = Date.now();
  const ago = (s: number) => new Date(now - s * 1000).toISOString();
  const deploy = (at: string, to: string): HistoryEntry => ({
    at,
    environment: "local",
    action: "deploy",
    from: null,
    to,
    outcome: "success",
    by: "ada",
  });

  it("three deploys in 53 s are counted, not extrapolated to 21 a week", async () => {
    const s = await deliveryStats(
      "local",
      [deploy(ago(53), "m@v1"), deploy(ago(30), "m@v2"), deploy(ago(1), "m@v3")],
      registry,
      ".",
    );
    expect(s.successfulDeployments).toBe(3);
    expect(s.spanSeconds).toBeCloseTo(52, 1); // first deploy to last, not to now
    expect(s.deploymentsPerWeek).toBe(3); // the span is taken as one week
    const out: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void out.push(String(m)));
    try {
      printStats(s, false);
    } finally {
      spy.mockRestore();
    }
    const text = out.join("\n");
    expect(text).not.toContain("per week");
    expect(text).toMatch(/frequency +3 successful deploys in \d+ s \(less than a week of history: no weekly rate\)/);
  });

  it("over two weeks, deploys per week are the count over the span from the first deploy to the last", async () => {
    const day = 86_400;
    const s = await deliveryStats(
      "local",
      [deploy(ago(14 * day), "m@v1"), deploy(ago(7 * day), "m@v2"), deploy(ago(day), "m@v3")],
      registry,
      ".",
    );
    expect(s.deploymentsPerWeek).toBeCloseTo((3 * 7) / 13, 3); // 3 deploys over the 13 days from the first to the last
  });
});

describe("rollback's record of what an environment should run (#32)", () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Ada", "-c", "user.email=ada@example.com", ...args], {
      cwd,
      encoding: "utf8",
    });
  const log = { info() {}, warning: vi.fn(), error() {}, debug() {} } as never;
  const project = (dir: string) => ({
    dir,
    stateDir: path.join(dir, ".mlship"),
    config: { deploy: { "deploy-dir": "deploy" } },
  });

  it("in a git work tree with no deploy file, commits a new deploy/<env>.yml, as the README says (it wrote .mlship/deployments/<env>.desired.json and committed nothing)", async () => {
    const dir = tempDir("mlship-desired-git-");
    git(dir, "init", "-q");
    writeFileSync(path.join(dir, "README"), "x\n");
    git(dir, "add", "README");
    git(dir, "commit", "-qm", "first");
    // git, a child, commits as Ada.
    for (const k of ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"]) vi.stubEnv(k, "Ada");
    for (const k of ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"]) vi.stubEnv(k, "ada@example.com");
    let line: string;
    try {
      line = await recordDesired(project(dir), "local", "m@v1", {
        message: "rollback(local): m@v3 -> m@v1",
        log,
      });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(line).toBe("committed deploy/local.yml (new): rollback(local): m@v3 -> m@v1");
    expect(git(dir, "log", "-1", "--format=%s", "--name-only").trim().split("\n")).toEqual([
      "rollback(local): m@v3 -> m@v1",
      "",
      "deploy/local.yml",
    ]);
    expect(git(dir, "status", "--porcelain")).toBe("");
    expect(existsSync(path.join(dir, ".mlship/deployments/local.desired.json"))).toBe(false);
    expect((await readDesired(project(dir), "local"))?.model).toBe("m@v1");
  });

  it("outside git, records locally and says that nothing was committed", async () => {
    const dir = tempDir("mlship-desired-");
    const line = await recordDesired(project(dir), "local", "m@v1", { message: "rollback(local): m@v3 -> m@v1", log });
    expect(line).toBe(
      "recorded m@v1 as what local runs in .mlship/deployments/local.desired.json (not in a git work tree and no deploy/local.yml: nothing committed)",
    );
    expect(existsSync(path.join(dir, "deploy"))).toBe(false);
    expect((await readDesired(project(dir), "local"))?.model).toBe("m@v1");
  });
});

/** A step's raw inputs, as a host reads them. */
const inputs = (o: Record<string, string>) => (name: string) => o[name];

/** What the CLI printed while `fn` ran. */
function printed(fn: () => void): string {
  const out: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void out.push(String(m)));
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out.join("\n");
}

/** A project with evaluated runs as train and quality-load-bias-test leave them (model/, params.json, evaluation.json). */
function projectWithRuns(runs: { name: string; alpha: number; r2: number; passed: boolean; createdAt: string }[]): {
  dir: string;
  config: string;
} {
  const dir = tempDir("mlship-best-");
  const config = path.join(dir, "mlship.yml");
  writeFileSync(config, `model: diabetes\nregistry: file://${path.join(dir, "registry")}\n`);
  for (const r of runs) {
    const d = path.join(dir, ".mlship", "runs", r.name);
    mkdirSync(path.join(d, "model"), { recursive: true });
    writeFileSync(path.join(d, "model", "model.json"), JSON.stringify({ alpha: r.alpha }));
    writeFileSync(path.join(d, "params.json"), JSON.stringify({ alpha: r.alpha }));
    writeFileSync(
      path.join(d, "evaluation.json"),
      JSON.stringify({
        model: "diabetes",
        candidate: r.name,
        values: { r2: r.r2 },
        gates: [{ expression: "r2 >= 0.4", metric: "r2", passed: r.passed, value: r.r2 }],
        passed: r.passed,
        createdAt: r.createdAt,
      }),
    );
  }
  return { dir, config };
}

/** Evaluated runs of diabetes: the first passed its gates. */
const runs32 = [
  { name: "20261201T100000Z-aaaa", alpha: 0.1, r2: 0.45, passed: true, createdAt: "2026-12-01T10:01:00Z" },
];

describe("register --best, and @latest (#32)", () => {
  const runs = [
    { name: "20261201T100000Z-aaaa", alpha: 0.1, r2: 0.45, passed: true, createdAt: "2026-12-01T10:01:00Z" },
    { name: "20261201T100100Z-bbbb", alpha: 1, r2: 0.43, passed: true, createdAt: "2026-12-01T10:02:00Z" },
    { name: "20261201T100200Z-cccc", alpha: 10, r2: 0.2, passed: false, createdAt: "2026-12-01T10:03:00Z" },
  ];

  it("--best registers the run compare-runs ranks first, not the newest (which failed its gates)", async () => {
    const { config } = projectWithRuns(runs);
    const host = recordingHost();
    const r = await registerStep(parseInputs(registerSpec, inputs({ config, best: "true" })), host);
    expect(r.outputs["run-id"]).toBe("20261201T100000Z-aaaa");
    expect(r.outputs["model-id"]).toBe("diabetes@v1");
    expect(host.lines.join("\n")).toContain("best of 3 evaluated runs by r2 (higher is better)");
    // by name, as compare-runs' best-run output gives it
    const byName = await registerStep(
      parseInputs(registerSpec, inputs({ config, run: "20261201T100100Z-bbbb" })),
      quietHost,
    );
    expect(byName.outputs["run-id"]).toBe("20261201T100100Z-bbbb");
    const e = await caught(() =>
      registerStep(parseInputs(registerSpec, inputs({ config, run: "../../etc" })), quietHost),
    );
    expect(e.message).toContain("no training run named '../../etc'");
    expect(e.exitCode).toBe(2);
  });

  it("--best with no run that passed every gate registers nothing and fails (exit 1)", async () => {
    const { config, dir } = projectWithRuns([runs[2]]);
    const e = await caught(() => registerStep(parseInputs(registerSpec, inputs({ config, best: "true" })), quietHost));
    expect(e.message).toContain("none of 1 evaluated runs passed every gate");
    expect(e.exitCode).toBe(1);
    expect(existsSync(path.join(dir, "registry"))).toBe(false);
  });

  it("@latest skips a newer version whose gates failed; models list says which it is and what serves now", async () => {
    const { config, dir } = projectWithRuns(runs);
    for (const run of [runs[0].name, runs[2].name])
      await registerStep(parseInputs(registerSpec, inputs({ config, run })), quietHost);
    const registry = new FileRegistry(path.join(dir, "registry"));
    const versions = await registry.list("diabetes");
    expect(versions.map((v) => [v.id, v.gatesPassed])).toEqual([
      ["diabetes@v1", true],
      ["diabetes@v2", false],
    ]);
    expect(await registry.resolve(parseModelRef("diabetes@latest"))).toEqual({ name: "diabetes", version: 1 });
    const text = printed(() =>
      printModelList(
        "diabetes",
        versions.map((v) => (v.id === "diabetes@v2" ? { ...v, state: { stages: ["local"] } } : v)),
        false,
        { "diabetes@v1": ["local"] },
      ),
    );
    const [header, v1, v2, note] = text.split("\n");
    expect(header).toMatch(/SERVES NOW +RAN IN$/);
    expect(v1).toMatch(/^diabetes@v1 \* .* pass +local +–$/);
    expect(v2).toMatch(/^diabetes@v2 .* FAIL +– +local$/);
    expect(note).toContain(
      "@latest is the newest version that is not quarantined and whose recorded gates did not fail",
    );
  });
});

describe("what serves now, and versions deployed without recorded gates (#32)", () => {
  /** diabetes@v1 (evaluated, passed) and diabetes@v2 (registered without an evaluation), in a file registry. */
  async function twoVersions(deployCommand = "false") {
    const { dir, config } = projectWithRuns([runs32[0]]);
    writeFileSync(
      config,
      `${readFileSync(config, "utf8")}deploy:\n  environments:\n    staging: { target: command, command: "${deployCommand}" }\n`,
    );
    const bare = path.join(dir, ".mlship", "runs", "20261201T100500Z-dddd");
    mkdirSync(path.join(bare, "model"), { recursive: true });
    writeFileSync(path.join(bare, "model", "model.json"), JSON.stringify({ alpha: 3 }));
    for (const run of [runs32[0].name, "20261201T100500Z-dddd"])
      await registerStep(parseInputs(registerSpec, inputs({ config, run })), quietHost);
    return { dir, config, registry: new FileRegistry(path.join(dir, "registry")) };
  }

  it("deploy warns before deploying a version with no recorded gates, not one that passed them", async () => {
    const { config, registry } = await twoVersions();
    expect((await registry.show({ name: "diabetes", version: 2 })).gatesPassed).toBeUndefined();
    const deploy = async (model: string) => {
      const host = recordingHost();
      // The deploy script fails (`false`): what matters is what was said before it ran.
      await deployStep(parseInputs(deploySpec, inputs({ config, model, environment: "staging" })), host).catch(
        () => undefined,
      );
      return host.lines.filter((l) => l.startsWith("warning: ") && l.includes("no recorded gates"));
    };
    expect(await deploy("diabetes@v2")).toEqual([
      "warning: diabetes@v2 has no recorded gates (registered without an evaluation): nothing says it is better than what serves; deploying it anyway",
    ]);
    expect(await deploy("diabetes@v1")).toEqual([]);
  });

  it("the dashboard says which version serves an environment now, apart from every version that ran there", async () => {
    const { config, registry } = await twoVersions();
    await registry.setEnvironment({ name: "diabetes", version: 1 }, "staging");
    await registry.setEnvironment({ name: "diabetes", version: 2 }, "staging");
    const data = await dashboardData(await loadProject(config));
    const [v1, v2] = data.models[0].versions;
    expect([v1.id, v1.stages, v1.serving]).toEqual(["diabetes@v1", ["staging"], []]);
    expect([v2.id, v2.stages, v2.serving]).toEqual(["diabetes@v2", ["staging"], ["staging"]]);
  });
});

describe("events in words (#32)", () => {
  const h = (action: HistoryEntry["action"], from: string | null, to: string, outcome: "success" | "failure") =>
    ({ at: "2026-12-01T10:00:00.000Z", environment: "local", action, from, to, outcome, by: "ada" }) as HistoryEntry;

  it("an automatic rollback reads as what failed and what still serves, never 'v1 -> v3'", () => {
    expect(eventChange(h("auto-rollback", "m@v1", "m@v3", "failure"))).toBe(
      "m@v3 failed its checks and was rolled back: m@v1 still serves",
    );
    expect(eventChange(h("deploy", "m@v1", "m@v2", "success"))).toBe("m@v1 -> m@v2");
    expect(eventChange(h("rollback", "m@v2", "m@v1", "success"))).toBe("m@v2 -> m@v1");
    expect(eventChange(h("deploy", "m@v1", "m@v2", "failure"))).toBe("deploy of m@v2 failed: m@v1 still serves");
    expect(eventChange(h("quarantine", null, "m@v3", "success"))).toBe("m@v3 quarantined (cannot be deployed)");
    const text = printed(() => printHistory([h("auto-rollback", "m@v1", "m@v3", "failure")], [], false));
    expect(text).not.toContain("m@v1 -> m@v3");
    expect(text).toContain("✗ auto-rollback m@v3 failed its checks and was rolled back: m@v1 still serves  by ada");
  });
});

describe("the evaluation report's bias section (#32)", () => {
  /** 200 rows, two groups: 'b' has 2 positives (the case the CLI warned about and the report did not). */
  async function report(): Promise<EvaluationReport> {
    const rnd = seededRandom(32);
    const lines = ["label,prediction,score,group"];
    for (let i = 0; i < 200; i++) {
      const g = i < 150 ? "a" : "b";
      const y = g === "a" ? (rnd() < 0.4 ? 1 : 0) : i < 152 ? 1 : 0;
      const s = Math.min(1, Math.max(0, 0.3 + 0.4 * y + (rnd() - 0.5) * 0.6));
      lines.push(`${y},${s >= 0.5 ? 1 : 0},${s.toFixed(6)},${g}`);
    }
    const file = path.join(tempDir(), "p.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const q = await computeQuality({
      predictions: file,
      label: "label",
      prediction: "prediction",
      score: "score",
      positiveLabel: 1,
      sensitiveFeatures: ["group"],
      minGroupSize: 30,
    });
    const warnings = fewOutcomeGroups(q.bias, 10);
    expect(warnings).toHaveLength(1);
    return {
      schema: "mlship/evaluation/v1",
      model: "m",
      candidate: "run",
      baseline: null,
      quality: q.quality,
      bias: q.bias,
      values: q.values,
      gates: runGates(["demographic_parity_ratio >= 0.1"], q.values, undefined),
      paired: null,
      load: { result: null, thresholds: [], skipped: "load: false" },
      series: {},
      passed: true,
      createdAt: "2026-01-01T00:00:00Z",
    } as unknown as EvaluationReport;
  }

  it("a group with 2 positives is recorded in the JSON and shown in the markdown and the HTML", async () => {
    const r = await report();
    const b = JSON.parse(JSON.stringify(r.bias[0]));
    expect(b.smallGroups).toEqual([]);
    expect(b.fewOutcomes).toEqual({ min: 10, groups: [{ group: "b", positives: 2, negatives: 48 }] });
    const md = evaluationMarkdown(r);
    expect(md).toContain("b (2 positives, 48 negatives): fewer than 10 positives or negatives");
    expect(md).toMatch(/\| b ⚠️ few outcomes \| 50 \|/);
    const html = await evaluationHtml(r);
    expect(html).toContain("b (2 positives, 48 negatives): fewer than 10 positives or negatives");
    expect(html).toContain("b ⚠️ few outcomes");
  });

  it("evaluation.html gives the bias intervals and the parity gate's interval the markdown gives", async () => {
    const r = await report();
    const b = r.bias[0];
    const dp = fmtInterval(b.intervals!.demographic_parity_ratio);
    expect(dp).toMatch(/^\[\d/);
    const md = evaluationMarkdown(r);
    const html = await evaluationHtml(r);
    // the gate row: its interval, not "–"
    expect(md).toContain(`| ✅ | \`demographic_parity_ratio >= 0.1\` | ${fmt(r.gates[0].value)} | ${dp} |`);
    const gateRow = /<td><code>demographic_parity_ratio &gt;= 0\.1<\/code><\/td>(.*?)<\/tr>/.exec(
      html.replace(/\n/g, ""),
    );
    expect(gateRow?.[1]).toContain(esc(dp));
    // the summary line and each group's rates with their Wilson intervals
    for (const k of ["demographic_parity_difference", "equalized_odds_ratio", "equalized_odds_difference"] as const)
      expect(html).toContain(esc(fmtInterval(b.intervals![k])));
    const a = b.groups[0];
    expect(html).toContain(esc(`${fmt(a.tpr)} ${fmtInterval(a.intervals!.tpr)}`));
    // the table is not stretched to the chart's height
    expect(html).toContain('<div class="charts" style="align-items:flex-start"><table');
  });
});

describe("dashboard charts (#32)", () => {
  it("drift checks 85–90 s apart keep their own times (6 significant digits of epoch ms put them on one x)", async () => {
    const t0 = Date.parse("2026-12-07T10:00:40Z");
    const times = [t0, t0 + 85_000, t0 + 175_000];
    const c = await lineChart(
      "drift",
      "drift",
      times.map((x, i) => ({ series: "local", x, y: i / 10 })),
      { x: "checked at", y: "drift share", xTime: true, domain: [0, 1] },
    );
    expect(c.points.map((p) => p.x)).toEqual(times);
    // labelled to the second (the default formats read ":40" and ".500")
    expect(c.svg).toMatch(/>[A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d</); // local time, to the second
    expect(c.svg).not.toMatch(/>\.500</);
  });

  it("the events timeline: every kind's name whole in the legend, a quarantine not hidden under the automatic rollback at its time, first and last markers inside the frame", async () => {
    const kinds = ["deploy", "auto-rollback (failed)", "quarantine", "rollback"];
    const c = await timelineChart("deploys", "t", [
      { at: "2026-12-07T10:00:00Z", lane: "local", kind: "deploy", label: "– -> m@v1" },
      { at: "2026-12-07T10:05:00Z", lane: "local", kind: "auto-rollback (failed)", label: "m@v3 failed" },
      { at: "2026-12-07T10:05:00Z", lane: "local", kind: "quarantine", label: "m@v3 quarantined" },
      { at: "2026-12-07T10:09:00Z", lane: "local", kind: "rollback", label: "m@v1" },
    ]);
    // The legend (Vega cuts a label past its labelLimit with "…": "auto-rollback (fai…").
    const legend = [...c.svg.matchAll(/role-legend-label[\s\S]*?<\/g><\/g>/g)].flatMap((g) =>
      [...g[0].matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]),
    );
    expect(legend.sort()).toEqual([...kinds].sort());
    // Each marker's centre, by kind.
    const at = Object.fromEntries(
      [
        ...c.svg.matchAll(
          /<path aria-label="[^"]*kind: ([^;]+);[^"]*"[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"/g,
        ),
      ].map((m) => [m[1], { x: Number(m[2]), y: Number(m[3]) }]),
    );
    expect(Object.keys(at).sort()).toEqual([...kinds].sort());
    // The same time, the same lane: apart by more than a marker (size 90: radius √(90/π) ≈ 5.4 px).
    expect(at.quarantine.x).toBeCloseTo(at["auto-rollback (failed)"].x, 6);
    expect(Math.abs(at.quarantine.y - at["auto-rollback (failed)"].y)).toBeGreaterThan(2 * 5.4);
    // The plot frame is 520 px wide: the first and last markers whole inside it.
    expect(at.deploy.x - 5.4).toBeGreaterThanOrEqual(0);
    expect(at.rollback.x + 5.4).toBeLessThanOrEqual(520);
  });

  it("an event kind has one colour and shape whichever other kinds a site has", async () => {
    const fill = async (kinds: string[], kind: string) => {
      const c = await timelineChart(
        "deploys",
        "t",
        kinds.map((k, i) => ({ at: `2026-12-07T10:0${i}:00Z`, lane: "local", kind: k, label: k })),
      );
      const mark = [...c.svg.matchAll(/<path[^>]*aria-label="([^"]*)"[^>]*fill="([^"]+)"/g)].find((m) =>
        m[1].includes(`kind: ${kind}`),
      );
      return mark?.[2];
    };
    const a = await fill(["deploy", "auto-rollback (failed)", "quarantine"], "quarantine");
    const b = await fill(["quarantine"], "quarantine");
    expect(a).toBe(EVENT_STYLE.quarantine.color);
    expect(b).toBe(EVENT_STYLE.quarantine.color);
  });
});
