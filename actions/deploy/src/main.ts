import { readFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { UserError } from "@mlship/core/errors";
import { loadProject, projectEnvironment, projectRegistry } from "@mlship/core/project";
import type { VersionInfo } from "@mlship/core/registry/types";
import { deploySpec, planDeploy, runDeploy } from "@mlship/core/steps/deploy";
import { planRollback } from "@mlship/core/steps/rollback";
import type { StepHost } from "@mlship/core/steps/host";
import { writeFileAtomic } from "@mlship/core/util/fs-atomic";
import type { GitHubSession } from "@mlship/github/client";
import {
  commitFile,
  commitRefusal,
  gitBlobSha,
  createDeployment,
  retirePreviousDeployments,
  setDeploymentStatus,
} from "@mlship/github/deployments";
import { openGitHubSession } from "@mlship/github/open-session";
import { runAction } from "@mlship/github/run-action";
import { sideEffect } from "@mlship/github/side-effect";

export function run(): Promise<void> {
  let session: GitHubSession | undefined;
  let deploymentId: number | undefined;
  return runAction(
    deploySpec,
    async (settings, host: StepHost) => {
      session = await openGitHubSession(settings["github-token"], "the GitHub deployment record");
      // The project is loaded and the registry opened once for the whole step.
      const project = await loadProject(settings.config);
      // No environment input: the only one configured (several: an error naming them).
      const environment = projectEnvironment(project, settings.environment, "environment");
      settings = { ...settings, environment };
      const registry = await projectRegistry(project, settings.registry, host.registryAccess);
      let known: { info?: VersionInfo } = {};
      if (settings.rollback) {
        // A rollback is a commit of the earlier ID to the deploy file (git stays the audit trail),
        // then a deploy of it. A push made with GITHUB_TOKEN starts no workflow, so we deploy here.
        // The one rollback flow (steps/rollback.ts) decides; here it is recorded with a commit.
        const plan = await planRollback(project, registry, environment, settings.to, settings.reason);
        // The commit alone may use another token (rollback-token: one allowed past branch
        // protection); the registry and the deployment record stay on the job's.
        const committer = settings["rollback-token"]
          ? await openGitHubSession(settings["rollback-token"], "the rollback commit")
          : session;
        if (committer) {
          const s = committer;
          const branch = s.context.ref.startsWith("refs/heads/")
            ? s.context.ref.slice("refs/heads/".length)
            : undefined;
          // The contents API takes paths from the repository root (the workspace), not from mlship.yml's folder.
          const file = repositoryPath(plan.absolute);
          // Compare-and-swap against the blob the rollback was planned from (the checkout's file).
          const base = gitBlobSha(await readFile(plan.absolute, "utf8").catch(() => undefined));
          try {
            const sha = await commitFile(s, file, plan.text, plan.message, base, branch);
            core.info(`committed ${file}: ${plan.message.split("\n")[0]} (${sha.slice(0, 12)})`);
          } catch (e) {
            const refusal = commitRefusal(e);
            throw new UserError(
              refusal === "protected"
                ? `${branch ?? "the branch"} is protected: GitHub refused the rollback commit of ${file} (${(e as Error).message.split("\n")[0]}). ` +
                    "The job's GITHUB_TOKEN cannot bypass branch protection or rulesets: give the rollback a GitHub App token " +
                    "(actions/create-github-app-token) or a fine-grained token allowed to push to it, as the MLSHIP_ROLLBACK_TOKEN " +
                    "secret of rollback.yml (the deploy action's rollback-token input). Nothing was deployed."
                : refusal === "changed"
                  ? `${file} changed on ${branch ?? "the branch"} after this rollback was planned from it; nothing was committed or deployed: run the rollback again`
                  : `could not commit ${file}: ${(e as Error).message}`,
              { file: plan.file },
              1,
            );
          }
        } else {
          await writeFileAtomic(plan.absolute, plan.text);
          core.notice(
            `no GitHub session: wrote ${plan.file} locally (${plan.message.split("\n")[0]}); commit it to keep git the audit trail`,
          );
        }
        settings = { ...settings, model: plan.to, reason: plan.reason };
        known = { info: plan.info };
      }
      // The model is resolved once; the deployment record names that concrete ID.
      const plan = await planDeploy(settings, host, { project, registry, ...known });
      settings = { ...settings, model: plan.info.id };
      if (session) {
        const s = session;
        deploymentId = await sideEffect("creating the GitHub deployment", async () => {
          const id = await createDeployment(
            s,
            environment,
            settings.model ?? "",
            `mlship ${settings.rollback ? "rollback" : "deploy"} ${settings.model ?? ""} to ${environment}`,
          );
          await setDeploymentStatus(s, id, "in_progress", { description: "deploying" });
          return id;
        });
      }
      try {
        return await runDeploy(plan, settings, host);
      } catch (e) {
        if (session && deploymentId) {
          const s = session,
            id = deploymentId;
          await sideEffect("the deployment status", () =>
            setDeploymentStatus(s, id, "error", { description: (e as Error).message }),
          );
        }
        throw e;
      }
    },
    async (result) => {
      if (!session || !deploymentId) return;
      const s = session,
        id = deploymentId;
      const r = result.extra.result;
      await sideEffect("the deployment status", () =>
        setDeploymentStatus(s, id, r.rolledBack ? "failure" : "success", {
          description: r.rolledBack ? r.failure : `${r.model} serving`,
          environmentUrl: r.url ?? undefined,
        }),
      );
      if (!r.rolledBack && !r.unchanged)
        await sideEffect("retiring the previous deployment", () =>
          retirePreviousDeployments(s, result.extra.environment, id),
        );
      core.info(`deployment ${id}: ${r.rolledBack ? "failure" : "success"}`);
    },
  );
}

/** A path as the contents API names it: relative to the repository root (GITHUB_WORKSPACE), with /. */
function repositoryPath(absolute: string): string {
  const rel = path.relative(process.env.GITHUB_WORKSPACE ?? process.cwd(), absolute);
  if (rel.startsWith("..") || path.isAbsolute(rel))
    throw new UserError(`${absolute} is outside the repository checkout (${process.env.GITHUB_WORKSPACE})`, {
      file: absolute,
    });
  return rel.split(path.sep).join("/");
}
