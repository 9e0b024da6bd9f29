import * as core from "@actions/core";
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { UserError } from "@mlship/core/errors";
import { formatModelId } from "@mlship/core/model-id";
import { loadProject, projectEnvironment, projectRegistry } from "@mlship/core/project";
import { deploySpec, deployStep, resolveDeployModel } from "@mlship/core/steps/deploy";
import { planRollback } from "@mlship/core/steps/rollback";
import type { StepHost } from "@mlship/core/steps/host";
import { writeFileAtomic } from "@mlship/core/util/fs-atomic";
import type { GitHubSession } from "@mlship/github/client";
import {
  commitFile,
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
      // No environment input: the only one configured (several: an error naming them).
      const environment = projectEnvironment(await loadProject(settings.config), settings.environment, "environment");
      settings = { ...settings, environment };
      if (settings.rollback) {
        // A rollback is a commit of the earlier ID to the deploy file (git stays the audit trail),
        // then a deploy of it. A push made with GITHUB_TOKEN starts no workflow, so we deploy here.
        // The one rollback flow (steps/rollback.ts) decides; here it is recorded with a commit.
        const project = await loadProject(settings.config);
        const registry = await projectRegistry(project, settings.registry, host.registryAccess);
        const plan = await planRollback(project, registry, environment, settings.to, settings.reason);
        if (session) {
          const s = session;
          const branch = s.context.ref.startsWith("refs/heads/")
            ? s.context.ref.slice("refs/heads/".length)
            : undefined;
          try {
            const sha = await commitFile(s, plan.file, plan.text, plan.message, branch);
            core.info(`committed ${plan.file}: ${plan.message.split("\n")[0]} (${sha.slice(0, 12)})`);
          } catch (e) {
            const status = (e as { status?: number }).status;
            throw new UserError(
              status === 409
                ? `${plan.file} changed on GitHub while rolling back; run the rollback again`
                : `could not commit ${plan.file}: ${(e as Error).message}`,
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
      }
      // The deployment record names the concrete ID, whether it came from the input or the deploy file.
      settings = { ...settings, model: formatModelId(await resolveDeployModel(settings, host.registryAccess)) };
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
        return await deployStep(settings, host);
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
