import path from "node:path";
import * as z from "zod";
import { gitShaSchema } from "../util/git-sha.js";
import { eventActions } from "../registry/types.js";
import { UserError } from "../errors.js";
import { writeJsonAtomic } from "../util/fs-atomic.js";
import { readJsonChecked } from "../util/state-file.js";
import type { ModelId } from "../model-id.js";

/**
 * This machine's record of what the deploy it ran last in an environment started (the local
 * target's server: pid, port, token, model path; a target's URL), replaced atomically at the
 * moment of the switch. It is not what the environment runs: that is the registry's record
 * (`currentDeployment`); `model` names the model its process loaded, so that record can adopt
 * the process when it names the same model.
 */
const deploymentStateSchema = z.object({
  schema: z.literal("mlship/deployment/v1"),
  environment: z.string(),
  model: z.string(),
  digest: z.string(),
  target: z.enum(["local", "kubernetes", "kserve", "command"]),
  url: z.string().nullable(),
  pid: z.number().int().positive().nullable(),
  port: z.number().int().nullable(),
  /** Random value in the server's environment, so we only ever stop our own process. */
  token: z.string().nullable(),
  modelPath: z.string().nullable(),
  deployedAt: z.string(),
});
export type DeploymentState = z.infer<typeof deploymentStateSchema>;

/**
 * What serves an environment: the registry's record (`id`, read and checked there once), with
 * this machine's process bookkeeping (pid, port, token, model path) when its server runs that model.
 */
export type Deployment = DeploymentState & { id: ModelId };

const historyEntrySchema = z.object({
  at: z.string(),
  environment: z.string(),
  action: z.enum(eventActions),
  from: z.string().nullable(),
  to: z.string(),
  outcome: z.enum(["success", "failure"]),
  reason: z.string().optional(),
  /** On a failure: the model's own checks failed (it was quarantined) or the environment did. */
  cause: z.enum(["model", "serving-code", "environment"]).optional(),
  by: z.string(),
  /** Milliseconds from failure detected to the previous model serving alone again. */
  recoveryMs: z.number().optional(),
  /** From the registry's log: the event's number, the job's commit and workflow run. */
  seq: z.number().int().positive().optional(),
  commit: gitShaSchema.optional(),
  runUrl: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export function deploymentsDir(stateDir: string): string {
  return path.join(stateDir, "deployments");
}

export async function readState(stateDir: string, env: string): Promise<DeploymentState | undefined> {
  const state = await readJsonChecked(
    path.join(deploymentsDir(stateDir), `${env}.json`),
    deploymentStateSchema,
    `the deployment state of '${env}'`,
  );
  if (state && state.environment !== env)
    throw new UserError(
      `the deployment state of '${env}' names environment '${state.environment}': restore or remove it`,
      { file: path.join(deploymentsDir(stateDir), `${env}.json`) },
    );
  return state;
}

export function writeState(stateDir: string, state: DeploymentState): Promise<void> {
  return writeJsonAtomic(path.join(deploymentsDir(stateDir), `${state.environment}.json`), state);
}
