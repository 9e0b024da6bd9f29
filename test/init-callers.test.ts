import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { initProject } from "../packages/core/src/init/init.js";
import { checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import type { StepHost } from "../packages/core/src/steps/host.js";
import { defaultCoreSettings } from "../packages/core/src/settings.js";
import { tempDir } from "./helpers/tmp.js";

/**
 * #28: the callers `mlship init` writes run as written with the config it writes (they were the
 * examples verbatim: a GPU label no runner answers, a rollback dropdown of environments the config
 * lacks, a drift caller running a fetch script that does not exist, only a local target, which a
 * hosted runner refuses). test/harness/adoption.test.ts runs them through the harness.
 */
async function init(opts: { gpu?: boolean; requirements?: boolean } = {}) {
  const dir = tempDir("mlship-init-callers-");
  mkdirSync(path.join(dir, "data"));
  const rows = Array.from({ length: 60 }, (_, i) => `${i},${(i * 7) % 13},${i % 2 ? "a" : "b"},${i % 3 === 0 ? 1 : 0}`);
  const csv = ["x,y,plan,churned", ...rows].join("\n") + "\n";
  execFileSync("bash", ["-c", 'cat > "$1"', "-", path.join(dir, "data/train.csv")], { input: csv });
  if (opts.requirements) copyFileSync(path.join(dir, "data/train.csv"), path.join(dir, "requirements.txt"));
  const r = await initProject({
    dir,
    data: "data/train.csv",
    label: "churned",
    name: "demo",
    force: false,
    gpu: opts.gpu,
  });
  const wf = (f: string) => parseYaml(readFileSync(path.join(dir, ".github/workflows", f), "utf8"));
  const config = parseYaml(readFileSync(path.join(dir, "mlship.yml"), "utf8"));
  return { dir, wf, config, next: r.next };
}

describe("#28 init: each caller it writes runs as written", () => {
  it("trains on GitHub-hosted ubuntu-latest unless --gpu asks for the self-hosted GPU label", async () => {
    const hosted = await init();
    expect(hosted.wf("ml.yml").jobs.train.with["runs-on"]).toBe('["ubuntu-latest"]');
    expect(hosted.wf("sweep.yml").jobs.train.with["runs-on"]).toBe('["ubuntu-latest"]');
    expect(hosted.config.train.gpu).toBe("optional");
    const gpu = await init({ gpu: true });
    expect(gpu.wf("ml.yml").jobs.train.with["runs-on"]).toBe('["self-hosted","gpu"]');
    expect(gpu.wf("sweep.yml").jobs.train.with["runs-on"]).toBe('["self-hosted","gpu"]');
    expect(gpu.config.train.gpu).toBe("required");
    // A fork's pull request runs its own workflow files: init says what controls a self-hosted runner.
    expect(gpu.next.join("\n")).toMatch(
      /a fork can add a job on that runner — keep the repository private, or limit the runner group to selected workflows/,
    );
    expect(hosted.next.join("\n")).not.toContain("fork");
  });

  it("installs requirements.txt only when the project has one (pip -r of a missing file fails the job)", async () => {
    expect((await init()).wf("ml.yml").jobs.train.with["setup-command"]).toBeUndefined();
    expect((await init({ requirements: true })).wf("ml.yml").jobs.train.with["setup-command"]).toBe(
      "pip install -r requirements.txt",
    );
  });

  it("the rollback dropdown lists the config's environments that a workflow deploys, each with a target a hosted runner runs", async () => {
    const { wf, config } = await init();
    const options: string[] = wf("rollback.yml").on.workflow_dispatch.inputs.environment.options;
    expect(options).toEqual(["production"]);
    for (const e of options) {
      expect(Object.keys(config.deploy.environments)).toContain(e);
      expect(config.deploy.environments[e].target).not.toBe("local"); // refused on GitHub-hosted runners
    }
    expect(config.deploy.environments.local).toEqual({ target: "local" }); // `mlship run --env local` on a laptop
  });

  it("production's deploy.sh is a placeholder that fails saying what to write", async () => {
    const { dir, config } = await init();
    expect(config.deploy.environments.production).toEqual({ target: "command", command: "sh deploy.sh" });
    let err = "";
    try {
      execFileSync("sh", ["deploy.sh"], {
        cwd: dir,
        env: { ...process.env, MLSHIP_MODEL_ID: "demo@v1", MLSHIP_ENVIRONMENT: "production" },
        stdio: "pipe",
      });
    } catch (e) {
      err = String((e as { stderr: Buffer }).stderr);
      expect((e as { status: number }).status).toBe(1);
    }
    expect(err).toContain("deploy.sh is mlship init's placeholder: write how demo@v1 reaches production");
  });

  it("the drift caller runs no fetch command of its own; with no drift.current a scheduled check skips with a notice, by hand it still fails naming the setting", async () => {
    const { dir, wf, config } = await init();
    expect(wf("drift.yml").jobs.drift.with.command).toBeUndefined();
    expect(config.drift.current).toBeUndefined();
    const notices: string[] = [];
    const host = (eventName?: string): StepHost => ({
      log: {
        debug() {},
        info() {},
        notice: (m: string) => void notices.push(m),
        warning() {},
        error() {},
        group: (_t, fn) => fn(),
      },
      run: { onGitHubActions: true, eventName },
      settings: defaultCoreSettings,
    });
    const settings = { config: path.join(dir, "mlship.yml") } as Parameters<typeof checkDriftStep>[0];
    const r = await checkDriftStep(settings, host("schedule"));
    expect(r.ok).toBe(true);
    expect(r.outputs.drifted).toBe("false");
    expect(r.extra.report).toBeUndefined();
    expect(notices).toEqual([
      expect.stringMatching(/^drift is not configured yet: set drift\.current in .*mlship\.yml/),
    ]);
    await expect(checkDriftStep(settings, host("workflow_dispatch"))).rejects.toThrow(
      "no current data: pass 'current' or set drift.current",
    );
  });
});
