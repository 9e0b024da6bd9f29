import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../packages/cli/src/main.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { quietHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * `mlship promote` on a laptop: the deploy file's change committed on a branch (the work tree,
 * the index and the checked-out branch untouched), what it would open printed; versions that did
 * not pass their gates, of another model or quarantined are refused; merging the branch and
 * deploying ships the promoted version.
 */
describe("mlship promote (no GitHub: a branch and what it would open)", () => {
  const dir = tempDir();
  const config = path.join(dir, "mlship.yml");
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Ada",
        GIT_AUTHOR_EMAIL: "ada@example.com",
        GIT_COMMITTER_NAME: "Ada",
        GIT_COMMITTER_EMAIL: "ada@example.com",
      },
    }).trim();
  const out: string[] = [];
  const err: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  afterAll(() => {
    for (const s of [write, log, error]) s.mockRestore();
    vi.unstubAllEnvs();
  });

  async function register(tag: string, evaluation?: object): Promise<string> {
    const model = path.join(dir, "models", tag);
    mkdirSync(model, { recursive: true });
    writeFileSync(path.join(model, "model.txt"), `${tag}\n`);
    const values: Record<string, string> = { config, "model-path": model };
    if (evaluation) {
      values.evaluation = path.join(model, "..", `${tag}.evaluation.json`);
      writeFileSync(values.evaluation, JSON.stringify(evaluation));
    }
    const r = await registerStep(
      parseInputs(registerSpec, (n) => values[n]),
      quietHost,
    );
    return r.outputs["model-id"];
  }
  const passing = (accuracy: number, baseline: number) => ({
    values: { accuracy, roc_auc: 0.81 },
    gates: [
      { expression: "accuracy >= 0.72", passed: accuracy >= 0.72, value: accuracy, threshold: 0.72 },
      {
        expression: "accuracy >= baseline.accuracy - 0.02",
        passed: accuracy >= baseline - 0.02,
        value: accuracy,
        threshold: baseline - 0.02,
      },
    ],
    passed: accuracy >= 0.72 && accuracy >= baseline - 0.02,
  });
  const cli = async (...args: string[]) => {
    out.length = 0;
    err.length = 0;
    const code = await main([...args, "--config", config]);
    return { code, stdout: out.join(""), stderr: err.join("\n") };
  };

  beforeAll(async () => {
    // git, a child, commits as Ada.
    vi.stubEnv("GIT_AUTHOR_NAME", "Ada");
    vi.stubEnv("GIT_AUTHOR_EMAIL", "ada@example.com");
    vi.stubEnv("GIT_COMMITTER_NAME", "Ada");
    vi.stubEnv("GIT_COMMITTER_EMAIL", "ada@example.com");
    writeFileSync(
      config,
      [
        "model: churn",
        "registry: file://.mlship/registry",
        "deploy:",
        "  environments:",
        "    production: { target: command, command: sh deploy.sh }",
        "",
      ].join("\n"),
    );
    writeFileSync(path.join(dir, "deploy.sh"), 'echo "deployed $MLSHIP_MODEL_ID to $MLSHIP_ENVIRONMENT"\n');
    writeFileSync(path.join(dir, ".gitignore"), ".mlship/\nmodels/\n");
    mkdirSync(path.join(dir, "deploy"));
    writeFileSync(path.join(dir, "deploy", "production.yml"), "# what production runs\nmodel: churn@v1\n");
    expect(await register("v1", passing(0.8, 0.8))).toBe("churn@v1");
    expect(await register("v2", passing(0.83, 0.8))).toBe("churn@v2");
    expect(await register("v3", passing(0.74, 0.83))).toBe("churn@v3"); // worse than production: its gate failed
    expect(await register("v4", passing(0.9, 0.83))).toBe("churn@v4");
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "churn project");
  }, 120_000);

  it("commits deploy/production.yml naming the version on a branch, leaves the checkout alone, and prints the pull request", async () => {
    const head = git("rev-parse", "HEAD");
    const r = await cli("promote", "churn@v2", "--env", "production", "--json");
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, string>;
    expect(doc).toMatchObject({
      ok: true,
      from: "churn@v1",
      to: "churn@v2",
      file: "deploy/production.yml",
      branch: "mlship/promote/production/churn-v2",
      title: "deploy(production): churn@v1 -> churn@v2",
    });
    // the checkout is untouched: same HEAD, same branch, clean tree
    expect([git("rev-parse", "HEAD"), git("branch", "--show-current"), git("status", "--porcelain")]).toEqual([
      head,
      "main",
      "",
    ]);
    // the branch: one commit on HEAD changing only the deploy file, its comment kept
    expect(git("rev-parse", `${doc.branch}^`)).toBe(head);
    expect(git("rev-parse", doc.branch)).toBe(doc.commit);
    expect(git("diff", "--name-only", head, doc.branch)).toBe("deploy/production.yml");
    expect(git("show", `${doc.branch}:deploy/production.yml`)).toBe(
      '# what production runs\nmodel: churn@v2\nreason: "promote: deploy(production): churn@v1 -> churn@v2"',
    );
    expect(git("log", "-1", "--format=%s", doc.branch)).toBe("deploy(production): churn@v1 -> churn@v2");
    // the body carries the evaluation recorded with v2: each gate with its value and what it was compared with
    expect(doc.body).toContain("2/2 gates passed");
    expect(doc.body).toContain("| ✅ | `accuracy >= baseline.accuracy - 0.02` | 0.83 | 0.78 |");
    expect(doc.body).toContain("| accuracy | 0.83 |");
  });

  it("refuses a version whose gates failed, one of another model, a quarantined one, a reference, and a second promotion of one", async () => {
    const refused = async (id: string, pattern: RegExp) => {
      const r = await cli("promote", id, "--env", "production");
      expect(r.code, `${id}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(pattern);
    };
    await refused(
      "churn@v3",
      /cannot promote churn@v3: churn@v3 failed its gates \(accuracy >= baseline\.accuracy - 0\.02\)/,
    );
    await refused("fraud@v1", /fraud@v1 is a version of 'fraud', but mlship\.yml declares model: churn/);
    await refused("churn@latest", /a concrete model ID name@vN is required/);
    await refused("churn@v1", /already names churn@v1: nothing to promote/);
    await refused("churn@v2", /branch mlship\/promote\/production\/churn-v2 exists already/);
    const q = await cli("models", "quarantine", "churn@v4", "--reason", "leaks the label");
    expect(q.code, q.stderr).toBe(0);
    await refused("churn@v4", /cannot promote churn@v4: .*quarantined.*leaks the label/);
    expect(git("branch", "--list", "mlship/*")).toBe("mlship/promote/production/churn-v2");
  });

  it("merged, the branch deploys the promoted version", async () => {
    git("merge", "-q", "--ff-only", "mlship/promote/production/churn-v2");
    const r = await cli("deploy", "--env", "production", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, outputs: { "model-id": "churn@v2" } });
  });
});
