import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";
import { assertEnvironment, formatModelId, parseModelId } from "../model-id.js";
import { escapeMarkdown, inlineCode, table } from "../report/escape.js";
import { fmt } from "../report/format.js";
import type { Registry, VersionInfo } from "../registry/types.js";
import { LATEST_RULE } from "../registry/model-registry.js";
import { assertDeployable } from "./deploy.js";
import { deployFileChange, deployFilePath, readDeployFile } from "./deploy-file.js";
import { runTool } from "../util/process.js";
import { childEnv } from "../util/secrets.js";
import { assertProjectModel, environmentConfig } from "../steps/deploy.js";
import type { Project } from "../project.js";

/*
 * Promotion closes the loop: a version that registered and passed its gates (which compare it
 * with what production runs: `baseline.` gates) is proposed for an environment as a pull request
 * that changes deploy/<env>.yml; merging it deploys (deploy.yml on pushes to deploy/*.yml). The
 * plan is made here; a host opens the pull request (GitHub), or commits on a branch and says what
 * it would open (a laptop).
 */

export interface PromotionPlan {
  environment: string;
  /** The deploy file, relative to the project (posix) and absolute. */
  file: string;
  absolute: string;
  /** What the deploy file names now (null: no deploy file yet). */
  from: string | null;
  to: string;
  /** The deploy file's new text (comments and other keys kept). */
  text: string;
  /** `deploy(<env>): <from> -> <to>`: the pull request's title and the commit's first line. */
  title: string;
  /** The pull request's body: the version's evaluation as its record holds it. */
  body: string;
  /** The branch the change is committed on: mlship/promote/<env>/<name>-v<N>. */
  branch: string;
  info: VersionInfo;
}

/**
 * The pull request's body: the version's recorded gates (value, what it was compared with, passed)
 * and metrics, with a link to its evaluation report. Everything from the record is untrusted
 * (another writer of the registry): escaped for markdown.
 */
function promotionBody(info: VersionInfo, env: string, from: string | null): string {
  const out: string[] = [];
  const id = inlineCode(info.id);
  out.push(
    `Promotes ${id} to **${escapeMarkdown(env)}**${from ? ` (now ${inlineCode(from)})` : ""}. Merging this pull request deploys it.`,
  );
  const gates = info.gates ?? [];
  const failed = gates.filter((g) => !g.passed).length;
  out.push(
    `## ${info.gatesPassed === false ? "❌" : "✅"} Evaluation at registration: ${gates.length - failed}/${gates.length} gates passed`,
  );
  if (gates.length)
    out.push(
      table(
        ["", "gate", "value", "compared with"],
        gates.map((g) => [
          g.passed ? "✅" : "❌",
          inlineCode(g.expression),
          fmt(g.value ?? null),
          g.threshold === undefined ? "" : fmt(g.threshold),
        ]),
      ),
    );
  else out.push("No gates recorded: the version was registered without an evaluation.");
  const metrics = Object.entries(info.metrics ?? {}).slice(0, 40);
  if (metrics.length)
    out.push(
      "### Metrics",
      table(
        ["metric", "value"],
        metrics.map(([k, v]) => [escapeMarkdown(k), fmt(v)]),
      ),
    );
  const facts = [
    `digest ${inlineCode(info.digest)}`,
    info.gitCommit ? `trained from commit ${inlineCode(info.gitCommit)}` : undefined,
    info.report && /^https:\/\/[^\s()<>]+$/.test(info.report)
      ? `[evaluation report](${info.report})`
      : info.report
        ? `evaluation report ${inlineCode(info.report)}`
        : undefined,
  ].filter(Boolean);
  out.push(facts.join(" · "));
  out.push("<!-- mlship:promote -->");
  return `${out.join("\n\n")}\n`;
}

/**
 * Decides a promotion without doing it. Refused (bad input, exit 2): an ID that is not name@vN, a
 * version of another model, an unknown environment, an ID not in the registry, a quarantined
 * version, and one whose recorded gates failed (the `@latest` rule: such a version never serves
 * by promotion; a deploy with allow-failed-gates still can). A version registered without an
 * evaluation is promoted with a warning in the body. Promoting what the deploy file names already
 * is refused too: the pull request would change nothing.
 */
export async function planPromotion(
  project: Project,
  registry: Registry,
  env: string,
  modelId: string,
): Promise<PromotionPlan> {
  assertEnvironment(env, "environment");
  environmentConfig(project, env);
  const id = parseModelId(modelId, "model-id");
  assertProjectModel(project, id, { input: "model-id" });
  const info = await registry.show(id);
  try {
    assertDeployable(info, false);
  } catch (e) {
    throw new UserError(
      `cannot promote ${formatModelId(id)}: ${(e as Error).message.replace(/^cannot deploy: /, "").replace(/; set allow-failed-gates.*$/, "")} (${LATEST_RULE})`,
      { input: "model-id" },
    );
  }
  const absolute = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const current = await readDeployFile(absolute);
  const from = current?.model ?? null;
  const to = formatModelId(id);
  if (from === to)
    throw new UserError(
      `${path.relative(process.cwd(), absolute) || absolute} already names ${to}: nothing to promote`,
      {
        input: "model-id",
      },
    );
  const { title, text } = await deployFileChange(absolute, "deploy", env, from, to, (t) => `promote: ${t}`);
  return {
    environment: env,
    file: path.relative(project.dir, absolute).split(path.sep).join("/"),
    absolute,
    from,
    to,
    text,
    title,
    body: promotionBody(info, env, from),
    branch: `mlship/promote/${env}/${id.name}-v${id.version}`,
    info,
  };
}

async function git(cwd: string, args: string[], o: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<string> {
  const r = await runTool("git", args, { cwd, timeoutMs: 30_000, ...o });
  if (r.code !== 0)
    throw new UserError(`git ${args[0]} failed: ${r.stderr.trim().split("\n").pop() || `exit ${r.code}`}`, {}, 1);
  return r.stdout.trim();
}

/**
 * The laptop's half of a promotion: the deploy file's change committed on the plan's branch, made
 * from HEAD without touching the work tree, the index or the branch checked out (a temporary
 * index; `update-ref` creates the branch only if it does not exist). Returns the commit.
 */
export async function commitPromotion(
  project: Project,
  plan: PromotionPlan,
  identity?: { name: string; email: string },
): Promise<string> {
  const top = (
    await runTool("git", ["rev-parse", "--show-toplevel"], { cwd: project.dir, timeoutMs: 15_000 })
  ).stdout.trim();
  if (!top)
    throw new UserError(
      `${project.dir} is not in a git work tree: a promotion is a commit of ${plan.file} on a branch`,
      { input: "environment" },
    );
  const rel = path.relative(top, plan.absolute).split(path.sep).join("/");
  const base = await git(top, ["rev-parse", "--verify", "HEAD^{commit}"]);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlship-promote-"));
  try {
    // A runner's git has no user configured: the host names who commits (the workflow's bot).
    const who = identity
      ? {
          GIT_AUTHOR_NAME: identity.name,
          GIT_AUTHOR_EMAIL: identity.email,
          GIT_COMMITTER_NAME: identity.name,
          GIT_COMMITTER_EMAIL: identity.email,
        }
      : {};
    const env = childEnv({ GIT_INDEX_FILE: path.join(tmp, "index"), ...who });
    const blob = await git(top, ["hash-object", "-w", "--stdin"], { input: plan.text });
    await git(top, ["read-tree", base], { env });
    await git(top, ["update-index", "--add", "--cacheinfo", `100644,${blob},${rel}`], { env });
    const tree = await git(top, ["write-tree"], { env });
    const commit = await git(top, ["commit-tree", tree, "-p", base, "-F", "-"], {
      env,
      input: `${plan.title}\n\nPromoted by mlship: ${plan.to} passed its gates.\n`,
    });
    const exists = await runTool("git", ["rev-parse", "--verify", "--quiet", `refs/heads/${plan.branch}`], {
      cwd: top,
    });
    if (exists.code === 0)
      throw new UserError(
        `branch ${plan.branch} exists already (an earlier promotion of ${plan.to}?); delete it (git branch -D ${plan.branch}) to promote again`,
        { input: "model-id" },
      );
    await git(top, ["update-ref", `refs/heads/${plan.branch}`, commit, ""]);
    return commit;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
