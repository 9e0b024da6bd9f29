import * as core from "@actions/core";
import { deploySpec, deployStep, type StepHost } from "@mlship/core";
import { createDeployment, githubSession, retirePreviousDeployments, runAction, setDeploymentStatus, sideEffect, type GitHubSession } from "@mlship/github";

export function run(): Promise<void> {
  let session: GitHubSession | undefined;
  let deploymentId: number | undefined;
  return runAction(
    deploySpec,
    async (settings, host: StepHost) => {
      session = githubSession(settings["github-token"], "the GitHub deployment record");
      if (session) {
        const s = session;
        deploymentId = await sideEffect("creating the GitHub deployment", async () => {
          const id = await createDeployment(s, settings.environment, settings.model ?? "", `mlship deploy ${settings.model ?? ""} to ${settings.environment}`);
          await setDeploymentStatus(s, id, "in_progress", { description: "deploying" });
          return id;
        });
      }
      try {
        return await deployStep(settings, host);
      } catch (e) {
        if (session && deploymentId) {
          const s = session, id = deploymentId;
          await sideEffect("the deployment status", () => setDeploymentStatus(s, id, "error", { description: (e as Error).message }));
        }
        throw e;
      }
    },
    async (result) => {
      if (!session || !deploymentId) return;
      const s = session, id = deploymentId;
      const r = result.extra.result;
      await sideEffect("the deployment status", () =>
        setDeploymentStatus(s, id, r.rolledBack ? "failure" : "success", { description: r.rolledBack ? r.failure : `${r.model} serving`, environmentUrl: r.url ?? undefined }),
      );
      if (!r.rolledBack && !r.unchanged) await sideEffect("retiring the previous deployment", () => retirePreviousDeployments(s, result.extra.environment, id));
      core.info(`deployment ${id}: ${r.rolledBack ? "failure" : "success"}`);
    },
  );
}
