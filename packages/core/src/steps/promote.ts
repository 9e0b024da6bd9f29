import { escapeMarkdown } from "../report/escape.js";
import { commonInputs, githubTokenInputs, registryAccessInputs, type Settings, type StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";
import { commitPromotion, planPromotion, type PromotionPlan } from "../deploy/promotion.js";
import { loadProject, projectEnvironment, projectRegistry } from "../project.js";

/*
 * The promote step: planned and committed by deploy/promotion.ts; on GitHub the action pushes the
 * branch and opens the pull request.
 */

export const promoteSpec = {
  name: "promote",
  title: "mlship promote",
  description:
    "Propose a registered version for an environment: deploy/<env>.yml naming it, committed on a branch mlship/promote/<env>/<name>-v<N>; on GitHub the branch is pushed and a pull request opened (or updated) whose merge deploys it.",
  inputs: {
    ...commonInputs,
    "model-id": { description: "The version to promote, name@vN (it must have passed its gates)", required: true },
    environment: {
      description:
        "Environment whose deploy file the pull request changes (default: the only one configured); the CLI flag is --env",
    },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccessInputs,
    ...githubTokenInputs,
  },
  outputs: {
    branch: { description: "The branch holding the deploy file's change" },
    commit: { description: "The commit on that branch" },
    from: { description: "What the deploy file named before (empty: no deploy file yet)" },
    to: { description: "The promoted version, name@vN" },
    "pull-request": { description: "On GitHub: the pull request's URL" },
  },
} as const satisfies StepSpec;

type PromoteSettings = Settings<typeof promoteSpec>;

export interface PromoteExtra {
  plan: PromotionPlan;
  commit: string;
  /** The project's git work tree (where the branch is to be pushed from). */
  dir: string;
}

/** The workflow's bot, as actions write commits (GitHub's own `github-actions[bot]` identity). */
const BOT = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };

async function promoteRun(s: PromoteSettings, host: StepHost): Promise<StepResult<PromoteExtra>> {
  const project = await loadProject(s.config);
  const env = projectEnvironment(project, s.environment, "environment");
  const registry = await projectRegistry(project, s.registry, host.registryAccess);
  const plan = await planPromotion(project, registry, env, s["model-id"]);
  const commit = await commitPromotion(project, plan, host.run?.onGitHubActions ? BOT : undefined);
  host.log.info(`committed ${plan.file} on branch ${plan.branch} (${commit.slice(0, 12)}): ${plan.title}`);
  return {
    ok: true,
    outputs: { branch: plan.branch, commit, from: plan.from ?? "", to: plan.to, "pull-request": "" },
    summary: `## ${escapeMarkdown(plan.title)}\n\n${plan.body}`,
    extra: { plan, commit, dir: project.dir },
  };
}

export const promote: Step<typeof promoteSpec, PromoteExtra> = { spec: promoteSpec, run: promoteRun };
