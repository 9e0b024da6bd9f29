/**
 * A runner for tests that executes this repository's workflow files as GitHub does, job by job,
 * each job on a "fresh machine" (a new temporary workspace, home and runner temp, a token of its
 * own that expires with the job), so that wiring mistakes in `needs`, `if`, `with`, `secrets`,
 * `outputs`, `permissions`, `strategy.matrix` and `concurrency` fail a test.
 *
 * Why not `act` (nektos/act), the off-the-shelf runner: it runs each job in a Docker container
 * and is a Go binary downloaded from GitHub releases; the machines these tests run on have no
 * Docker and cannot download binaries. This harness needs neither: it reads the files with
 * GitHub's own parser (@actions/workflow-parser) and evaluates every `${{ }}` with GitHub's own
 * evaluator (@actions/expressions); the rest (job order, matrix, reusable workflows, permission
 * intersection, runner environment) is written here after GitHub's documentation.
 *
 * What each `uses:` runs:
 * - `mlship/mlship/actions/<step>@<ref>` (any ref): this checkout's action as this test run bundled
 *   it from the current sources (test/helpers/proc.ts: never a stale bundle), through tsx with
 *   MLSHIP_TEST_FROM_SOURCE=1, or the committed bundle (`actions/<step>/dist/index.js`) with
 *   MLSHIP_HARNESS_ACTIONS=committed.
 * - `mlship/mlship/.github/workflows/<file>@<ref>`: this checkout's reusable workflow, in another
 *   owner's repository than the caller's (unless the test's repository is mlship/mlship):
 *   `secrets: inherit` passes it nothing, as GitHub across organisations.
 * - `./.github/workflows/<file>`: the file at the event's commit in the test's repository.
 * - third-party actions: the stand-ins in standins.ts (checkout clones the local bare repo), once
 *   the ref resolves through the recorded tag → SHA table (action-pins.json), as GitHub resolves
 *   it in the action's repository.
 *
 * What each job reaches: the fake GitHub (test/helpers/fake-github.ts) with the job's token and
 * its permissions; the artifact service fake; and the registry (world.ts): the real one,
 * docker-registry behind a token realm that stands in for ghcr.io and holds the job's token to its
 * `packages:` permission. Each job's requests to GitHub are counted (JobRecord.requests).
 *
 * Server rules (test/harness/pre-receive.sh, every bare repository's hook): a job's token may not
 * push a commit changing .github/workflows/ nor a ref onto a commit whose workflow files differ
 * from every branch head; protected branches refuse tokens not allowed past them.
 *
 * Attempts: `rerunFailed(run)` is "Re-run failed jobs" (the same run id, the next run_attempt; the
 * jobs that passed keep their result and outputs and are not run again). The run's artifact service
 * serves the current attempt only, as the runner's does; the fake GitHub's REST API lists the run's
 * artifacts of every attempt and redirects a download by id (`actions: read`, else 403).
 *
 * Concurrency: a job-level group with `cancel-in-progress: false` runs one job at a time and keeps
 * one pending (a newer one cancels it), as GitHub's default queue does, across runs in flight at
 * once. Not modelled: workflow-level groups and `cancel-in-progress: true` (computed and recorded
 * so tests assert them), service containers, caches, job timeouts.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { minimatch } from "minimatch";
import { parse as parseYaml } from "yaml";
import { FakeArtifactService } from "../helpers/fake-artifacts.js";
import { tsNode } from "../helpers/proc.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { asString, condition, Expr, interpolate, resolve } from "./expressions.js";
import { type GitRemote, git } from "./git.js";
import { beyond, expand, granted, intersect, readOnly, restrictedDefault } from "./permissions.js";
import { shaPolicyRefusal, unresolvedPin } from "./pins.js";
import { standIns } from "./standins.js";
import { loadWorkflow, type JobDef, type Permissions, type StepDef, type WorkflowFile } from "./workflow.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type Result = "success" | "failure" | "skipped" | "cancelled";

interface JobRecord {
  /** caller job / called job, with the matrix values in parentheses, as GitHub names checks. */
  name: string;
  workflow: string;
  result: Result;
  outputs: Record<string, string>;
  runsOn: string[];
  /** The token's permissions (scopes granted). */
  permissions: Record<string, string>;
  concurrency?: { group: string; cancelInProgress: boolean; queue?: "max" };
  environment?: string;
  matrix?: Record<string, unknown>;
  /** REST requests made with this job's token. */
  requests: number;
  log: string;
  summary: string;
  annotations: { level: string; message: string }[];
  /** Names of the secrets the job could read. */
  secrets: string[];
  /** Each step that ran: what it used and the inputs and step env it was given (unmasked, for asserts). */
  steps: { uses?: string; inputs: Record<string, string>; env: Record<string, string>; outcome: string }[];
}

export interface RunRecord {
  id: number;
  workflow: string;
  event: string;
  /** false when the workflow's `on` filters did not match the event (no run). */
  triggered: boolean;
  /** Set when GitHub would refuse to start the run (invalid call, permissions beyond the caller's). */
  startupFailure?: string;
  result: Result | "startup_failure";
  jobs: JobRecord[];
  concurrency: { workflow: string; job?: string; group: string; cancelInProgress: boolean; queue?: "max" }[];
  artifacts: string[];
  job(name: string): JobRecord;
}

export interface Event {
  name: string;
  payload?: Record<string, unknown>;
  /** refs/heads/main, refs/pull/7/merge… */
  ref: string;
  sha: string;
  actor?: string;
  /** workflow_dispatch inputs */
  inputs?: Record<string, unknown>;
}

export interface HarnessOptions {
  gh: FakeGitHub;
  remote: GitRemote;
  repository?: string;
  /** Repository and organization secrets (names as GitHub allows them). */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Environment for every step (the registry's location, say): what the machine image provides. */
  machineEnv?: Record<string, string>;
  /**
   * Other repositories on this "GitHub" (owner/name → its repository): with "mlship/mlship", a
   * `mlship/mlship/...@ref` resolves only through a tag, branch or commit of that repository
   * (reusable workflows are read from it there; an action's ref must exist in it), and checkout
   * serves it.
   */
  repos?: Record<string, GitRemote>;
  /** Version of the self-hosted runners (hosted ones are always current). */
  selfHostedRunnerVersion?: string;
  /** The repository's visibility (default public): in the event's repository object, and what stand-ins check. */
  visibility?: "public" | "private" | "internal";
  /**
   * The owner's plan (default free). Below Enterprise Cloud, attestations and Pages need a public
   * repository (Pages on Free: public repositories only; on Pro and Team a private repository's
   * site is public); the attest and Pages stand-ins refuse as GitHub does.
   */
  plan?: "free" | "pro" | "team" | "enterprise";
  /** The owner's "Require actions to be pinned to a full-length commit SHA" policy (pins.ts). */
  requireShaPins?: boolean;
}

interface Scope {
  file: string;
  wf: WorkflowFile;
  github: Record<string, unknown>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** What the caller's job granted (top level: the repository's maximum). */
  ceiling?: Permissions;
  /** The owner of the repository the workflow file lives in (secrets: inherit stays within one). */
  owner: string;
  prefix: string;
  /** In a re-run of failed jobs: the earlier attempt's successful jobs by name, not run again. */
  reuse?: Map<string, JobRecord>;
}

class StartupFailure extends Error {}

/** A job's result and outputs; `rerun`: in a re-run of failed jobs, it (or a job it needs) ran again. */
type JobOutcome = { result: Result; outputs: Record<string, string>; rerun?: boolean };

const secretName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const statusOf = (r: Result[]): Result =>
  r.includes("failure") ? "failure" : r.includes("cancelled") ? "cancelled" : "success";

export class Harness {
  /** Called before each step runs: a test makes something happen meanwhile on "GitHub". */
  beforeStep?: (job: string, step: StepDef) => void | Promise<void>;
  /** Called when a job waits (pending) for its concurrency group, which a job of another run holds. */
  onPending?: (job: string, group: string) => void;
  /** Job-level concurrency groups of runs in flight (see enter()). */
  private groups = new Map<string, { busy: boolean; pending: ((admitted: boolean) => void)[] }>();
  private runs = 0;
  private wiringOnly = false;
  private jobCount = 0;
  readonly repository: string;
  constructor(readonly opts: HarnessOptions) {
    this.repository = opts.repository ?? "acme/churn";
    for (const k of Object.keys(opts.secrets ?? {}))
      if (!secretName.test(k) || k.startsWith("GITHUB_"))
        throw new Error(`GitHub refuses a secret named '${k}' (letters, digits and _ only, not GITHUB_)`);
  }

  /** Runs `.github/workflows/<file>` of the repository at the event's commit. */
  /**
   * With `wiring: true` no step runs (each counts as a success with no outputs): what GitHub
   * decides before and around the steps — which jobs run, where, with what token, concurrency
   * groups, matrix legs, job outputs that do not come from steps — at no cost.
   */
  async run(file: string, event: Event, opts: { wiring?: boolean } = {}): Promise<RunRecord> {
    return this.execute(file, event, opts);
  }

  /**
   * "Re-run failed jobs" on a finished run: a new attempt (github.run_attempt + 1) of the same run
   * id, in which the jobs that succeeded are not run again (they keep their result and outputs,
   * as GitHub carries them over) and the failed, cancelled and skipped ones, with what depends on
   * them, run. The artifact service is the run's, now serving the new attempt: what the first
   * attempt uploaded is found only through the REST API (actions: read), as on GitHub.
   */
  async rerunFailed(run: RunRecord): Promise<RunRecord> {
    const prior = this.history.get(run.id);
    if (!prior) throw new Error(`run ${run.id} is not one of this harness's finished runs`);
    return this.execute(prior.file, prior.event, {}, prior);
  }

  /** Finished runs by id: what a re-run of one needs. */
  private history = new Map<
    number,
    {
      id: number;
      file: string;
      event: Event;
      runNumber: number;
      attempt: number;
      artifacts: FakeArtifactService;
      jobs: Map<string, JobRecord>;
    }
  >();

  private async execute(
    file: string,
    event: Event,
    opts: { wiring?: boolean },
    prior?: Harness["history"] extends Map<number, infer H> ? H : never,
  ): Promise<RunRecord> {
    this.wiringOnly = opts.wiring ?? false;
    const id = prior?.id ?? ++this.runs + 1000;
    const runNumber = prior?.runNumber ?? this.runs;
    const attempt = (prior?.attempt ?? 0) + 1;
    const wfPath = file.includes("/") ? file : `.github/workflows/${file}`;
    const wf = await loadWorkflow(wfPath, this.opts.remote.show(event.sha, wfPath));
    const record: RunRecord = {
      id,
      workflow: wfPath,
      event: event.name,
      triggered: this.triggers(wf, event),
      result: "skipped",
      jobs: [],
      concurrency: [],
      artifacts: [],
      job(name) {
        const j = this.jobs.find((x) => x.name === name);
        if (!j) throw new Error(`no job '${name}' in ${this.workflow}: ${this.jobs.map((x) => x.name).join(", ")}`);
        return j;
      },
    };
    if (!record.triggered) return record;
    const [owner, name] = this.repository.split("/");
    const payload: Record<string, unknown> = {
      ...event.payload,
      // A schedule's payload carries no repository object (no default_branch to compare with).
      ...(event.name === "schedule"
        ? {}
        : {
            repository: {
              full_name: this.repository,
              name,
              owner: { login: owner },
              default_branch: "main",
              visibility: this.opts.visibility ?? "public",
              private: (this.opts.visibility ?? "public") !== "public",
              ...((event.payload?.repository as object) ?? {}),
            },
          }),
      ...(event.inputs ? { inputs: event.inputs } : {}),
    };
    const pr = payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
    const github: Record<string, unknown> = {
      event_name: event.name,
      event: payload,
      ref: event.ref,
      ref_name: event.ref.replace(/^refs\/(heads|tags)\//, ""),
      ref_type: event.ref.startsWith("refs/tags/") ? "tag" : "branch",
      sha: event.sha,
      repository: this.repository,
      repository_owner: owner,
      actor: event.actor ?? "ada",
      triggering_actor: event.actor ?? "ada",
      run_id: String(id),
      run_number: String(runNumber),
      run_attempt: String(attempt),
      workflow: wf.name ?? wfPath,
      workflow_ref: `${this.repository}/${wfPath}@${event.ref}`,
      head_ref: pr?.head?.ref ?? "",
      base_ref: pr?.base?.ref ?? "",
      server_url: "https://github.com",
      api_url: this.opts.gh.url,
      graphql_url: `${this.opts.gh.url}/graphql`,
      retention_days: "90",
    };
    const dispatchInputs = event.name === "workflow_dispatch" ? this.dispatchInputs(wf, event.inputs ?? {}) : {};
    const artifacts = prior?.artifacts ?? new FakeArtifactService();
    artifacts.attempt = attempt;
    await artifacts.start();
    this.opts.gh.runArtifacts.set(id, artifacts);
    try {
      const scope: Scope = {
        file: wfPath,
        wf,
        github,
        inputs: dispatchInputs,
        secrets: { ...this.opts.secrets },
        owner,
        prefix: "",
        reuse: prior && new Map([...prior.jobs].filter(([, j]) => j.result === "success")),
      };
      const { results } = await this.workflow(scope, record, artifacts);
      record.result = statusOf([...results.values()].map((r) => r.result));
    } catch (e) {
      if (!(e instanceof StartupFailure)) throw e;
      record.startupFailure = e.message;
      record.result = "startup_failure";
    } finally {
      record.artifacts = [...artifacts.artifacts.keys()];
      await artifacts.stop();
      if (record.triggered)
        this.history.set(id, {
          id,
          file,
          event,
          runNumber,
          attempt,
          artifacts,
          jobs: new Map(record.jobs.map((j) => [j.name, j])),
        });
    }
    return record;
  }

  // ---- triggering ---------------------------------------------------------------------------
  private triggers(wf: WorkflowFile, event: Event): boolean {
    if (!(event.name in wf.on)) return false;
    const f = (wf.on[event.name] ?? {}) as Record<string, string[] | undefined>;
    const branch = event.ref.replace(/^refs\/heads\//, "");
    // Both run only the workflow file of the default branch, at its last commit.
    if ((event.name === "schedule" || event.name === "repository_dispatch") && event.ref !== "refs/heads/main")
      throw new Error(`a ${event.name} event runs on the default branch only (refs/heads/main), not ${event.ref}`);
    // repository_dispatch: the request's event_type arrives as the payload's action; `types` filters on it.
    if (event.name === "repository_dispatch" && f.types && !f.types.includes(String(event.payload?.action)))
      return false;
    if (event.name === "push" || event.name === "pull_request") {
      const pr = event.payload?.pull_request as { base?: { ref?: string; sha?: string } } | undefined;
      const target = event.name === "pull_request" ? String(pr?.base?.ref ?? "main") : branch;
      if (f.branches && !f.branches.some((b) => minimatch(target, b))) return false;
      // A pull_request event runs only for its activity types (default: opened, synchronize,
      // reopened); an event given without an `action` is taken as one that matches.
      const action = event.payload?.action;
      const types = f.types ?? ["opened", "synchronize", "reopened"];
      if (event.name === "pull_request" && typeof action === "string" && !types.includes(action)) return false;
      if (f.paths || f["paths-ignore"]) {
        // GitHub compares a push's before..after (two dots) and a pull request's head with the
        // commit it forked from on the base branch (three dots: the base's later commits do not count).
        const changed =
          event.name === "pull_request"
            ? this.opts.remote.changed(pr?.base?.sha ?? `refs/heads/${target}`, event.sha, { threeDot: true })
            : this.opts.remote.changed(String(event.payload?.before ?? "0".repeat(40)), event.sha);
        if (f.paths && !changed.some((c) => pathFilterMatches(c, f.paths!))) return false;
        const ignored = f["paths-ignore"];
        if (ignored && changed.every((c) => ignored.some((p) => minimatch(c, p, { dot: true })))) return false;
      }
    }
    return true;
  }

  private dispatchInputs(wf: WorkflowFile, given: Record<string, unknown>): Record<string, unknown> {
    const defs =
      (
        (wf.on.workflow_dispatch ?? {}) as {
          inputs?: Record<string, { type?: string; default?: unknown; required?: boolean; options?: string[] }>;
        }
      ).inputs ?? {};
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(given))
      if (!(k in defs)) throw new Error(`workflow_dispatch: unexpected input '${k}' (GitHub answers 422)`);
    for (const [k, d] of Object.entries(defs)) {
      const v = given[k] ?? d.default ?? (d.type === "boolean" ? false : "");
      if (d.required && (v === "" || v === undefined)) throw new Error(`workflow_dispatch: input '${k}' is required`);
      if (d.type === "choice" && v !== "" && !d.options?.includes(String(v)))
        throw new Error(`workflow_dispatch: '${String(v)}' is not one of ${d.options?.join(", ")} for '${k}'`);
      out[k] = d.type === "boolean" ? v === true || v === "true" : d.type === "number" ? Number(v) : String(v);
    }
    return out;
  }

  // ---- reusable workflows ------------------------------------------------------------------
  private readCalled(uses: string, scope: Scope): { file: string; owner: string; wf: Promise<WorkflowFile> } {
    const own = /^mlship\/mlship\/(\.github\/workflows\/[\w.-]+\.ya?ml)@(.+)$/.exec(uses);
    if (own) {
      const mlship = this.opts.repos?.["mlship/mlship"];
      if (!mlship)
        return {
          file: own[1],
          owner: "mlship",
          wf: loadWorkflow(own[1], readFileSync(path.join(root, own[1]), "utf8")),
        };
      const commit = this.resolveMlshipRef(own[2]);
      if (!commit)
        throw new StartupFailure(`${scope.file}: Unable to resolve '${uses}': no ref ${own[2]} in mlship/mlship`);
      return { file: own[1], owner: "mlship", wf: loadWorkflow(own[1], mlship.show(commit, own[1])) };
    }
    const local = /^\.\/(\.github\/workflows\/[\w.-]+\.ya?ml)$/.exec(uses);
    if (local)
      return {
        file: local[1],
        owner: scope.owner,
        wf: loadWorkflow(local[1], this.opts.remote.show(String(scope.github.sha), local[1])),
      };
    throw new StartupFailure(`${scope.file}: cannot resolve the reusable workflow '${uses}'`);
  }

  /** A ref of mlship/mlship's repository (tag, branch or full SHA) → its commit, or undefined. */
  private resolveMlshipRef(ref: string): string | undefined {
    const mlship = this.opts.repos?.["mlship/mlship"];
    if (!mlship) return undefined;
    for (const r of /^[0-9a-f]{40}$/.test(ref) ? [ref] : [`refs/tags/${ref}`, `refs/heads/${ref}`])
      try {
        return git(mlship.bare, ["rev-parse", "--verify", "-q", `${r}^{commit}`]);
      } catch {
        /* not this one */
      }
    return undefined;
  }

  private async workflow(
    scope: Scope,
    record: RunRecord,
    artifacts: FakeArtifactService,
  ): Promise<{ results: Map<string, JobOutcome> }> {
    const { wf } = scope;
    if (wf.concurrency) {
      const c = this.concurrency(wf.concurrency, { github: scope.github, inputs: scope.inputs, vars: this.vars() });
      record.concurrency.push({ workflow: scope.file, ...c });
    }
    const results = new Map<string, JobOutcome>();
    const pending = Object.keys(wf.jobs);
    while (pending.length) {
      const ready = pending.find((j) => needsOf(wf.jobs[j]).every((n) => results.has(n)));
      if (!ready) throw new StartupFailure(`${scope.file}: a cycle or unknown job in needs`);
      pending.splice(pending.indexOf(ready), 1);
      results.set(ready, await this.job(ready, wf.jobs[ready], scope, results, record, artifacts));
    }
    return { results };
  }

  private vars(): Record<string, string> {
    return { ...this.opts.vars };
  }

  private concurrency(
    raw: unknown,
    ctx: Record<string, unknown>,
  ): { group: string; cancelInProgress: boolean; queue?: "max" } {
    const v = resolve(raw, ctx);
    if (typeof v === "string") return { group: v, cancelInProgress: false };
    const o = v as { group: unknown; "cancel-in-progress"?: unknown; queue?: unknown };
    return {
      group: asString(o.group),
      cancelInProgress: o["cancel-in-progress"] === true || o["cancel-in-progress"] === "true",
      ...(o.queue === "max" ? { queue: "max" as const } : {}),
    };
  }

  private async job(
    id: string,
    def: JobDef,
    scope: Scope,
    results: Map<string, JobOutcome>,
    record: RunRecord,
    artifacts: FakeArtifactService,
  ): Promise<JobOutcome> {
    const needs = Object.fromEntries(needsOf(def).map((n) => [n, results.get(n)!]));
    const ok = Object.values(needs).every((n) => n.result === "success");
    // "Re-run failed jobs" runs the failed jobs and every job that depends on them, even one that
    // succeeded in the earlier attempt (a compare job after every leg, `if: !cancelled()`).
    const rerun = Object.values(needs).some((n) => n.rerun);
    const legScope = rerun ? { ...scope, reuse: undefined } : scope;
    const base = { github: scope.github, inputs: scope.inputs, vars: this.vars(), needs };
    // The check's name: the job's `name:` (GitHub evaluates it with the matrix) or its id.
    const label = (c: Record<string, unknown>) => (def.name === undefined ? id : asString(resolve(def.name, c)));
    const namesMatrix = def.name !== undefined && /\bmatrix\b/.test(JSON.stringify(def.name));
    const name = `${scope.prefix}${namesMatrix ? id : label(base)}`;
    if (!condition(def.if, base, { ok })) {
      record.jobs.push(skipped(name, scope.file));
      return { result: "skipped", outputs: {}, rerun };
    }
    const strategy = (resolve(def.strategy ?? {}, base) ?? {}) as { matrix?: unknown };
    const legs = expandMatrix(strategy.matrix);
    const legResults: Result[] = [];
    let legsRerun = false;
    const outputs: Record<string, string> = {};
    for (const [i, matrix] of legs.entries()) {
      const ctx = {
        ...base,
        matrix: matrix ?? {},
        strategy: { "fail-fast": true, "job-index": i, "job-total": legs.length, "max-parallel": legs.length },
      };
      // A matrix leg's values follow the name, unless the name itself uses the matrix.
      const legName = namesMatrix
        ? `${scope.prefix}${label(ctx)}`
        : matrix
          ? `${name} (${Object.values(matrix).map(asString).join(", ")})`
          : name;
      const r = def.uses
        ? await this.call(legName, def, legScope, ctx, record, artifacts)
        : await this.steps(legName, id, def, legScope, ctx, record, artifacts, matrix);
      legResults.push(r.result);
      legsRerun ||= r.rerun ?? false;
      // A matrix job's outputs: each leg writes them, the last one to finish wins (GitHub's rule).
      for (const [k, v] of Object.entries(r.outputs)) if (v !== "") outputs[k] = v;
    }
    return { result: statusOf(legResults), outputs, rerun: rerun || legsRerun };
  }

  /** A job that calls a reusable workflow: inputs, secrets, permissions, then its jobs. */
  private async call(
    name: string,
    def: JobDef,
    scope: Scope,
    ctx: Record<string, unknown>,
    record: RunRecord,
    artifacts: FakeArtifactService,
  ): Promise<JobOutcome> {
    const called = this.readCalled(def.uses!, scope);
    const wf = await called.wf;
    const decl = (wf.on.workflow_call ?? {}) as {
      inputs?: Record<string, { type: string; default?: unknown; required?: boolean }>;
      secrets?: Record<string, { required?: boolean }>;
      outputs?: Record<string, { value: unknown }>;
    };
    if (!decl) throw new StartupFailure(`${called.file} has no 'on: workflow_call'`);
    const given = (resolve(def.with ?? {}, ctx) ?? {}) as Record<string, unknown>;
    const inputs: Record<string, unknown> = {};
    for (const k of Object.keys(given))
      if (!decl.inputs?.[k])
        throw new StartupFailure(`${scope.file}: Invalid input, ${k} is not defined in the referenced workflow.`);
    for (const [k, d] of Object.entries(decl.inputs ?? {})) {
      let v = k in given ? given[k] : resolve(d.default, { github: scope.github, inputs: {}, vars: this.vars() });
      if (v === undefined || v === null) {
        if (d.required)
          throw new StartupFailure(`${scope.file}: Input ${k} is required, but not provided while calling.`);
        v = d.type === "boolean" ? false : d.type === "number" ? 0 : "";
      }
      if (d.type === "boolean") {
        if (typeof v !== "boolean" && v !== "true" && v !== "false")
          throw new StartupFailure(
            `${scope.file}: input ${k} of ${called.file}: expected a boolean, got '${asString(v)}'`,
          );
        v = v === true || v === "true";
      } else if (d.type === "number") v = Number(v);
      else v = asString(v);
      inputs[k] = v;
    }
    let secrets: Record<string, string> = {};
    // `secrets: inherit` passes the caller's secrets only within one organisation or enterprise:
    // a user's caller of mlship/mlship's workflows gets nothing across, with no warning.
    if (def.secrets === "inherit") secrets = called.owner === scope.owner ? { ...scope.secrets } : {};
    else if (def.secrets) {
      const mapped = resolve(def.secrets, { ...ctx, secrets: scope.secrets }) as Record<string, unknown>;
      for (const [k, v] of Object.entries(mapped)) {
        if (!decl.secrets?.[k])
          throw new StartupFailure(`${scope.file}: Invalid secret, ${k} is not defined in the referenced workflow.`);
        secrets[k] = asString(v);
      }
    }
    for (const [k, d] of Object.entries(decl.secrets ?? {}))
      if (d.required && !secrets[k])
        throw new StartupFailure(`${scope.file}: Secret ${k} is required, but not provided while calling.`);
    // The grant, not a fork's token: GitHub makes a fork PR's token read-only when it issues it,
    // and does not refuse to start a called workflow that asks for write.
    const ceiling = this.permissionsOf(def.permissions ?? scope.wf.permissions, scope, false);
    // GitHub checks every called job's permissions against the caller's grant before the run
    // starts, whether or not the job would run.
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (job.uses) continue;
      const asked = expand(job.permissions ?? wf.permissions, ceiling);
      const over = beyond(asked, ceiling);
      if (over.length)
        throw new StartupFailure(`${called.file}: The nested job '${id}' is requesting ${over.join("; ")}`);
    }
    const inner: Scope = {
      file: called.file,
      wf,
      github: scope.github,
      inputs,
      secrets,
      ceiling,
      owner: called.owner,
      prefix: `${name} / `,
      reuse: scope.reuse,
    };
    const { results } = await this.workflow(inner, record, artifacts);
    const jobs = Object.fromEntries([...results.entries()].map(([k, v]) => [k, v]));
    const outputs: Record<string, string> = {};
    for (const [k, o] of Object.entries(decl.outputs ?? {}))
      outputs[k] = asString(resolve(o.value, { github: scope.github, inputs, vars: this.vars(), jobs }));
    return {
      result: statusOf([...results.values()].map((r) => r.result)),
      outputs,
      rerun: [...results.values()].some((r) => r.rerun),
    };
  }

  /** The token a job gets: asked ∩ caller's grant (more than granted: GitHub refuses to start). */
  private permissionsOf(asked: Permissions | string | undefined, scope: Scope, asIssued = true): Permissions {
    const fallback = scope.ceiling ?? restrictedDefault;
    let p = expand(asked, expand(fallback, fallback));
    if (scope.ceiling) {
      const over = beyond(p, expand(scope.ceiling, scope.ceiling));
      if (over.length) throw new StartupFailure(`${scope.file}: a nested job is requesting ${over.join("; ")}`);
      p = intersect(p, expand(scope.ceiling, scope.ceiling));
    }
    const ev = scope.github.event as { pull_request?: { head?: { repo?: { full_name?: string } | null } } };
    const fork =
      scope.github.event_name === "pull_request" && ev.pull_request?.head?.repo?.full_name !== this.repository;
    return fork && asIssued ? readOnly(p) : p;
  }

  // ---- a job on a fresh machine ------------------------------------------------------------
  private async steps(
    name: string,
    jobId: string,
    def: JobDef,
    scope: Scope,
    ctx: Record<string, unknown>,
    record: RunRecord,
    artifacts: FakeArtifactService,
    matrix: Record<string, unknown> | undefined,
  ): Promise<JobOutcome> {
    const { gh } = this.opts;
    const earlier = scope.reuse?.get(name);
    if (earlier) {
      // Passed in an earlier attempt: a partial re-run keeps it, its outputs and what it uploaded.
      record.jobs.push(earlier);
      return { result: earlier.result, outputs: earlier.outputs, rerun: false };
    }
    const machine = mkdtempSync(path.join(os.tmpdir(), "mlship-runner-"));
    const workspace = path.join(machine, "work");
    const temp = path.join(machine, "temp");
    const home = path.join(machine, "home");
    for (const d of [workspace, temp, home]) mkdirSync(d);
    const permissions = this.permissionsOf(def.permissions ?? scope.wf.permissions, scope);
    const token = `ghs_job${++this.jobCount}${"x".repeat(20)}`;
    gh.tokens.set(token, granted({ ...permissions, metadata: "read" }));
    const secrets = { ...scope.secrets, GITHUB_TOKEN: token };
    const github: Record<string, unknown> = {
      ...scope.github,
      job: jobId,
      token,
    };
    const runsOn = [resolve(def["runs-on"], ctx)].flat().map(asString);
    const selfHosted = runsOn.includes("self-hosted") || !runsOn.some((l) => /^(ubuntu|windows|macos)-/.test(l));
    const trackingId = `harness-${this.jobCount}-${Date.now()}`;
    const runner = {
      os: "Linux",
      arch: "X64",
      name: selfHosted ? "gpu-runner-1" : "GitHub Actions 1",
      temp,
      tool_cache: path.join(machine, "toolcache"),
      environment: selfHosted ? "self-hosted" : "github-hosted",
      debug: "",
    };
    const checkRunId = 51_000_000_000 + this.jobCount;
    const jobCtx = { ...ctx, github, secrets, runner, job: { status: "success", check_run_id: checkRunId } };
    const rec: JobRecord = {
      name,
      workflow: scope.file,
      result: "success",
      outputs: {},
      runsOn,
      permissions: granted(permissions),
      matrix,
      requests: 0,
      log: "",
      summary: "",
      annotations: [],
      secrets: Object.keys(scope.secrets),
      steps: [],
    };
    if (def.concurrency) {
      rec.concurrency = this.concurrency(def.concurrency, {
        github,
        inputs: scope.inputs,
        vars: this.vars(),
        needs: ctx.needs,
        matrix: ctx.matrix,
        strategy: ctx.strategy,
      });
      record.concurrency.push({ workflow: scope.file, job: name, ...rec.concurrency });
    }
    const group = rec.concurrency && !rec.concurrency.cancelInProgress && !this.wiringOnly ? rec.concurrency.group : "";
    if (group && !(await this.enter(group, name, rec.concurrency?.queue === "max" ? 100 : 1))) {
      // A newer job of the group took this one's place while it was pending.
      rec.result = "cancelled";
      gh.tokens.delete(token);
      record.jobs.push(rec);
      rmSync(machine, { recursive: true, force: true });
      return { result: rec.result, outputs: {}, rerun: true };
    }
    try {
      // `environment:` on a job: GitHub creates the deployment record itself (unless deployment: false).
      let deployment: { id: number; statuses: { state: string }[] } | undefined;
      if (def.environment) {
        // The name is known before the steps; `url:` may name step outputs (GitHub reads it after the job).
        const env = resolve(def.environment, { ...jobCtx, steps: {} });
        const envName = typeof env === "string" ? env : asString((env as { name?: unknown }).name);
        rec.environment = envName;
        if (envName && !(typeof env === "object" && (env as { deployment?: unknown }).deployment === false)) {
          const d = {
            id: 90000 + this.jobCount,
            environment: envName,
            payload: {},
            ref: String(github.ref).replace(/^refs\/heads\//, ""),
            sha: String(github.sha),
            description: null,
            statuses: [{ state: "in_progress" }],
          };
          gh.deployments.push(d);
          deployment = d;
        }
      }
      const runnerEnv: Record<string, string> = {
        ...machineImage(),
        ...this.opts.machineEnv,
        CI: "true",
        GITHUB_ACTIONS: "true",
        HOME: home,
        GITHUB_ACTOR: String(github.actor),
        GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor),
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: "https://github.com",
        GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
        GITHUB_BASE_REF: String(github.base_ref),
        GITHUB_HEAD_REF: String(github.head_ref),
        GITHUB_EVENT_NAME: String(github.event_name),
        GITHUB_EVENT_PATH: path.join(temp, "event.json"),
        GITHUB_JOB: String(github.job),
        GITHUB_REF: String(github.ref),
        GITHUB_REF_NAME: String(github.ref_name),
        GITHUB_REF_TYPE: String(github.ref_type),
        GITHUB_REPOSITORY: this.repository,
        GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
        GITHUB_RUN_ID: String(github.run_id),
        GITHUB_RUN_NUMBER: String(github.run_number),
        GITHUB_RUN_ATTEMPT: String(github.run_attempt),
        GITHUB_RETENTION_DAYS: "90",
        GITHUB_SHA: String(github.sha),
        GITHUB_WORKFLOW: String(github.workflow),
        GITHUB_WORKFLOW_REF: String(github.workflow_ref),
        GITHUB_WORKSPACE: workspace,
        RUNNER_OS: runner.os,
        RUNNER_ARCH: runner.arch,
        RUNNER_NAME: runner.name,
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: runner.tool_cache,
        RUNNER_ENVIRONMENT: runner.environment,
        RUNNER_TRACKING_ID: trackingId,
        ACTIONS_RUNTIME_TOKEN: FakeArtifactService.token(),
        ACTIONS_RESULTS_URL: artifacts.url,
        ACTIONS_RUNTIME_URL: artifacts.url,
        MLSHIP_GITHUB_RETRY_BASE_MS: "20",
      };
      writeFileSync(runnerEnv.GITHUB_EVENT_PATH, JSON.stringify(github.event));
      const extraEnv: Record<string, string> = {};
      const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
      const masks = Object.values(secrets).filter((s) => s.length >= 4);
      let failed = false;
      // "Set up job": a self-hosted runner older than 2.327.1 refuses a job that uses a node24 action.
      // "Set up job" also downloads every action first: an owner's SHA-pinning policy refuses a tag ref.
      const refused =
        (this.opts.requireShaPins
          ? (def.steps ?? [])
              .map((st) => (st.uses ? shaPolicyRefusal(st.uses, this.repository) : undefined))
              .find(Boolean)
          : undefined) ?? (selfHosted ? this.node24Refusal(def.steps ?? []) : undefined);
      if (refused) {
        failed = true;
        rec.log += `##[error]${refused}\n`;
        rec.annotations.push({ level: "error", message: refused });
      }
      for (const [i, step] of (this.wiringOnly || refused ? [] : (def.steps ?? [])).entries()) {
        const stepId = step.id ?? `__step${i}`;
        const sctx = {
          ...jobCtx,
          steps: stepsCtx,
          env: { ...extraEnv },
          job: { status: failed ? "failure" : "success", check_run_id: checkRunId },
        };
        if (!condition(step.if, sctx, { ok: !failed })) {
          stepsCtx[stepId] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
          continue;
        }
        const env: Record<string, string> = { ...runnerEnv };
        for (const layer of [scope.wf.env, def.env])
          for (const [k, v] of Object.entries((resolve(layer ?? {}, sctx) ?? {}) as object)) env[k] = asString(v);
        Object.assign(env, extraEnv);
        for (const [k, v] of Object.entries((resolve(step.env ?? {}, sctx) ?? {}) as object)) env[k] = asString(v);
        const files = {
          GITHUB_OUTPUT: "output",
          GITHUB_ENV: "env",
          GITHUB_STEP_SUMMARY: "summary",
          GITHUB_PATH: "path",
          GITHUB_STATE: "state",
        };
        for (const [k, f] of Object.entries(files)) {
          env[k] = path.join(temp, `_runner_file_commands_${f}_${i}`);
          writeFileSync(env[k], "");
        }
        await this.beforeStep?.(name, step);
        let code = 0;
        let output = "";
        let outputs: Record<string, string> = {};
        const stepEnv = Object.fromEntries(
          Object.entries((resolve(step.env ?? {}, sctx) ?? {}) as object).map(([k, v]) => [k, asString(v)]),
        );
        const stepRec = { uses: step.uses, inputs: {} as Record<string, string>, env: stepEnv, outcome: "" };
        rec.steps.push(stepRec);
        try {
          if (step.run !== undefined) {
            const wd = resolve(step["working-directory"] ?? def.defaults?.run?.["working-directory"] ?? "", sctx);
            const script = path.join(temp, `step${i}.sh`);
            writeFileSync(script, asString(resolve(step.run, sctx)));
            ({ code, output } = await exec(
              "bash",
              ["--noprofile", "--norc", "-eo", "pipefail", script],
              path.resolve(workspace, asString(wd)),
              env,
            ));
          } else {
            const inputs = Object.fromEntries(
              Object.entries((resolve(step.with ?? {}, sctx) ?? {}) as object).map(([k, v]) => [k, asString(v)]),
            );
            stepRec.inputs = inputs;
            ({ code, output, outputs } = await this.action(step, inputs, {
              workspace,
              env,
              permissions: granted(permissions),
              github,
              runner,
            }));
          }
        } catch (e) {
          code = 1;
          output += `##[error]${(e as Error).message}\n`;
        }
        for (const m of masks) output = output.split(m).join("***");
        rec.log += `── ${stepLabel(step)}\n${output}`;
        for (const line of output.split("\n")) {
          const a = /^::(error|warning|notice)[^:]*::(.*)$/.exec(line) ?? /^##\[(error)\](.*)$/.exec(line);
          if (a) rec.annotations.push({ level: a[1], message: a[2].replace(/%0A/g, "\n").replace(/%25/g, "%") });
        }
        outputs = { ...outputs, ...parseFileCommand(readFileSync(env.GITHUB_OUTPUT, "utf8")) };
        Object.assign(extraEnv, parseFileCommand(readFileSync(env.GITHUB_ENV, "utf8")));
        rec.summary += readFileSync(env.GITHUB_STEP_SUMMARY, "utf8");
        const continueOnError = resolve(step["continue-on-error"] ?? false, sctx) === true;
        const outcome = code === 0 ? "success" : "failure";
        stepRec.outcome = outcome;
        stepsCtx[stepId] = { outputs, outcome, conclusion: code !== 0 && continueOnError ? "success" : outcome };
        if (code !== 0 && !continueOnError) failed = true;
      }
      rec.result = failed ? "failure" : "success";
      const outCtx = { ...jobCtx, steps: stepsCtx, job: { status: rec.result, check_run_id: checkRunId } };
      for (const [k, v] of Object.entries(def.outputs ?? {})) rec.outputs[k] = asString(resolve(v, outCtx));
      await killOrphans(trackingId);
      gh.tokens.delete(token); // the job's token expires with the job
      rec.requests = gh.countFor(token);
      if (deployment) deployment.statuses.push({ state: failed ? "failure" : "success" });
      record.jobs.push(rec);
      rmSync(machine, { recursive: true, force: true }); // the machine is decommissioned
      return { result: rec.result, outputs: rec.outputs, rerun: true };
    } finally {
      if (group) this.leave(group);
    }
  }

  /**
   * GitHub's concurrency rule for a job with `cancel-in-progress: false` ("Control the concurrency
   * of workflows and jobs"): one job of a group runs; `queue: single` (the default) keeps one
   * pending, and a newer job cancels the pending one and takes its place; `queue: max` keeps up to
   * 100 pending, in order (when full, a newer one cancels the oldest pending, as here). Resolves
   * true when the job may run, false when it was cancelled while pending. (`cancel-in-progress:
   * true` and workflow-level groups are recorded, not enforced.)
   */
  private enter(group: string, job: string, room: number): Promise<boolean> {
    const g = this.groups.get(group) ?? { busy: false, pending: [] };
    this.groups.set(group, g);
    if (!g.busy) {
      g.busy = true;
      return Promise.resolve(true);
    }
    const admitted = new Promise<boolean>((resolve) => g.pending.push(resolve));
    while (g.pending.length > room) g.pending.shift()!(false);
    this.onPending?.(job, group);
    return admitted;
  }

  private leave(group: string): void {
    const g = this.groups.get(group)!;
    const next = g.pending.shift();
    if (next) next(true);
    else g.busy = false;
  }

  private node24Refusal(steps: StepDef[]): string | undefined {
    const version = this.opts.selfHostedRunnerVersion ?? "2.329.0";
    if (compareVersions(version, "2.327.1") >= 0) return undefined;
    for (const step of steps) {
      const own = /^mlship\/mlship\/actions\/([\w-]+)@/.exec(step.uses ?? "");
      if (!own) continue;
      const spec = parseYaml(readFileSync(path.join(root, "actions", own[1], "action.yml"), "utf8")) as {
        runs: { using: string };
      };
      if (spec.runs.using === "node24")
        return `runner ${version} cannot run ${step.uses}: it uses node24, which needs runner 2.327.1 or later`;
    }
    return undefined;
  }

  private async action(
    step: StepDef,
    inputs: Record<string, string>,
    m: {
      workspace: string;
      env: Record<string, string>;
      permissions: Record<string, string>;
      github: Record<string, unknown>;
      runner: Record<string, unknown>;
    },
  ): Promise<{ code: number; output: string; outputs: Record<string, string> }> {
    const uses = step.uses!;
    const own = /^mlship\/mlship\/actions\/([\w-]+)@(.+)$/.exec(uses);
    if (!own) {
      // "Set up job" downloads the action at its ref: a tag or a commit of its repository.
      const unresolved = unresolvedPin(uses);
      if (unresolved) return { code: 1, output: `##[error]${unresolved}\n`, outputs: {} };
      const standIn = standIns[uses.split("@")[0]];
      if (!standIn) return { code: 1, output: `##[error]the harness has no stand-in for ${uses}\n`, outputs: {} };
      const lines: string[] = [];
      const outputs = await standIn({
        inputs,
        workspace: m.workspace,
        env: m.env,
        bare: this.opts.remote.bare,
        repos: Object.fromEntries(Object.entries(this.opts.repos ?? {}).map(([k, r]) => [k, r.bare])),
        permissions: m.permissions,
        visibility: this.opts.visibility ?? "public",
        plan: this.opts.plan ?? "free",
        token: String(m.github.token),
        log: (l) => lines.push(l),
      });
      return { code: 0, output: lines.map((l) => `${l}\n`).join(""), outputs };
    }
    // With mlship's repository in this world, the ref must exist there ("Set up job" downloads
    // the repository at it); the code run is this checkout's, which that repository holds.
    if (this.opts.repos?.["mlship/mlship"] && !this.resolveMlshipRef(own[2]))
      return {
        code: 1,
        output: `##[error]Unable to resolve action \`${uses}\`, unable to find version \`${own[2]}\`\n`,
        outputs: {},
      };
    const dir = path.join(root, "actions", own[1]);
    const spec = parseYaml(readFileSync(path.join(dir, "action.yml"), "utf8")) as {
      inputs?: Record<string, { default?: string; required?: boolean }>;
      runs: { using: string };
    };
    const env: Record<string, string> = {
      ...m.env,
      GITHUB_ACTION: own[1],
      GITHUB_ACTION_PATH: dir,
      GITHUB_ACTION_REPOSITORY: "mlship/mlship",
      GITHUB_ACTION_REF: own[2],
    };
    let warn = "";
    for (const k of Object.keys(inputs))
      if (!spec.inputs?.[k])
        warn += `::warning::Unexpected input(s) '${k}', valid inputs are [${Object.keys(spec.inputs ?? {}).join(", ")}]\n`;
    for (const [k, d] of Object.entries(spec.inputs ?? {})) {
      const v =
        k in inputs
          ? inputs[k]
          : d.default !== undefined
            ? interpolate(String(d.default), { github: m.github, runner: m.runner })
            : "";
      env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
    }
    const committed = process.env.MLSHIP_HARNESS_ACTIONS === "committed";
    const args = committed ? [path.join(dir, "dist/index.js")] : tsNode(path.join(dir, "src/index.ts"))[1];
    const r = await exec(process.execPath, args, m.workspace, env);
    return { code: r.code, output: warn + r.output, outputs: {} };
  }
}

/** What the machine image provides every job (tools on PATH), never this process's own variables. */
function machineImage(): Record<string, string> {
  const keep = ["PATH", "LANG", "TMPDIR", "PYENV_ROOT", "PYENV_VERSION"];
  const env = Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]!]));
  // pyenv's shims find their root from HOME, which each job gets fresh.
  if (!env.PYENV_ROOT && process.env.HOME) env.PYENV_ROOT = path.join(process.env.HOME, ".pyenv");
  return env;
}

function needsOf(def: JobDef): string[] {
  return def.needs === undefined ? [] : [def.needs].flat();
}

function skipped(name: string, workflow: string): JobRecord {
  return {
    name,
    workflow,
    result: "skipped",
    outputs: {},
    runsOn: [],
    permissions: {},
    requests: 0,
    log: "",
    summary: "",
    annotations: [],
    secrets: [],
    steps: [],
  };
}

function stepLabel(s: StepDef): string {
  return s.uses ?? (s.run instanceof Expr ? `run ${s.run.source}` : `run ${String(s.run).split("\n")[0]}`);
}

/** strategy.matrix → legs: the cross product of the keys, then `include` and `exclude` as GitHub documents. */
function expandMatrix(matrix: unknown): (Record<string, unknown> | undefined)[] {
  if (!matrix || typeof matrix !== "object") return [undefined];
  const { include, exclude, ...axes } = matrix as Record<string, unknown>;
  let legs: Record<string, unknown>[] = [{}];
  for (const [k, values] of Object.entries(axes)) {
    if (!Array.isArray(values)) throw new Error(`matrix.${k} is not a list`);
    legs = legs.flatMap((l) => values.map((v) => ({ ...l, [k]: v })));
  }
  if (!Object.keys(axes).length) legs = [];
  const matches = (l: Record<string, unknown>, p: Record<string, unknown>) =>
    Object.entries(p).every(([k, v]) => JSON.stringify(l[k]) === JSON.stringify(v));
  legs = legs.filter((l) => !((exclude as Record<string, unknown>[]) ?? []).some((e) => matches(l, e)));
  for (const inc of (include as Record<string, unknown>[]) ?? []) {
    const hit = legs.filter((l) => matches(l, Object.fromEntries(Object.entries(inc).filter(([k]) => k in axes))));
    if (hit.length && Object.keys(inc).some((k) => k in axes)) for (const h of hit) Object.assign(h, inc);
    else legs.push({ ...inc });
  }
  if (!legs.length) throw new Error("the matrix has no legs (GitHub fails such a job)");
  return legs;
}

/** GITHUB_OUTPUT / GITHUB_ENV file commands: `name=value` and `name<<DELIM` blocks. */
function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]);
      out[heredoc[1]] = value.join("\n");
    } else if (lines[i].includes("="))
      out[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
  }
  return out;
}

/**
 * A changed file against `paths` patterns as GitHub applies them: in order, a `!pattern` after a
 * match excludes the file again and a later positive match includes it; `*` stops at `/`, `**`
 * does not, and names starting with `.` match (`.github/**` is a common filter).
 */
function pathFilterMatches(file: string, patterns: string[]): boolean {
  let hit = false;
  for (const p of patterns)
    if (p.startsWith("!")) hit &&= !minimatch(file, p.slice(1), { dot: true });
    else hit ||= minimatch(file, p, { dot: true });
  return hit;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function exec(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => done({ code: 127, output: `${output}${e.message}\n` }));
    child.on("close", (code) => done({ code: code ?? 1, output }));
  });
}

/** "Cleaning up orphan processes": the runner kills what the job left running, found by RUNNER_TRACKING_ID. */
async function killOrphans(trackingId: string): Promise<void> {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, "utf8").includes(`RUNNER_TRACKING_ID=${trackingId}\0`))
        process.kill(Number(pid), "SIGKILL");
    } catch {
      /* gone, or not ours */
    }
  }
}
