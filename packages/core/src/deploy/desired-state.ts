import path from "node:path";
import * as z from "zod";
import { UserError } from "../errors.js";
import { parseModelId, type ModelId } from "../model-id.js";
import { runTool, tryExec } from "../util/process.js";
import { writeJsonAtomic } from "../util/fs-atomic.js";
import { readJsonChecked } from "../util/state-file.js";
import type { Logger } from "../util/log.js";
import { deployFilePath, readDeployFile, writeDeployFile } from "./deploy-file.js";
import { actor } from "../util/actor.js";
import { deploymentsDir } from "./state.js";

/**
 * What an environment should run, which a plain `deploy` (no model given) deploys: deploy/<env>.yml
 * when the project has one (git is then the record), else the environment's local record
 * (.mlship/deployments/<env>.desired.json). The local record lives behind readDesired/recordDesired
 * only, so it can move into the registry (issue 16) without touching the callers.
 */
export interface DesiredState {
  model: string;
  /** `model`, parsed once by the record's reader. */
  id: ModelId;
  reason?: string;
  replicas?: number;
  /** Where it is recorded: the deploy file (path) or "local". */
  source: string;
}

const localDesiredSchema = z.object({
  schema: z.literal("mlship/desired/v1"),
  environment: z.string(),
  model: z.string(),
  reason: z.string().optional(),
  at: z.string(),
  by: z.string(),
});
type LocalDesired = z.infer<typeof localDesiredSchema>;

function localFile(stateDir: string, env: string): string {
  return path.join(deploymentsDir(stateDir), `${env}.desired.json`);
}

export async function readDesired(
  project: { dir: string; stateDir: string; config: { deploy: { "deploy-dir": string } } },
  env: string,
): Promise<DesiredState | undefined> {
  const file = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const fromFile = await readDeployFile(file);
  if (fromFile)
    return {
      model: fromFile.model,
      id: fromFile.id,
      reason: fromFile.reason,
      replicas: fromFile.replicas,
      source: file,
    };
  const where = localFile(project.stateDir, env);
  const local = await readJsonChecked(where, localDesiredSchema, `the desired state of '${env}'`);
  if (!local) return undefined;
  try {
    return { model: local.model, id: parseModelId(local.model), reason: local.reason, source: "local" };
  } catch (e) {
    throw new UserError((e as Error).message, { file: path.relative(process.cwd(), where) || where });
  }
}

/**
 * Records that `env` should run `model`: in a git work tree, in the deploy file — created when the
 * project has none — committed (that file alone), so a rollback leaves no dirty tree and git is the
 * record (README, "Deploying"); outside git, in the deploy file when there is one, else the local
 * record. `onlyIfLocal` (a deploy naming its model) writes the local record only, and only when
 * there is no deploy file. Returns a line saying where it went.
 */
export async function recordDesired(
  project: { dir: string; stateDir: string; config: { deploy: { "deploy-dir": string } } },
  env: string,
  model: string,
  opts: { reason?: string; message: string; log: Logger; onlyIfLocal?: boolean; by?: string },
): Promise<string> {
  const file = deployFilePath(project.dir, project.config.deploy["deploy-dir"], env);
  const hasFile = (await readDeployFile(file)) !== undefined;
  if (hasFile && opts.onlyIfLocal) return "";
  const top = opts.onlyIfLocal
    ? undefined
    : (await tryExec("git", ["rev-parse", "--show-toplevel"], { cwd: project.dir }))?.trim();
  if (hasFile || top) {
    await writeDeployFile(file, model, opts.reason);
    const rel = path.relative(project.dir, file);
    if (!top) return `wrote ${rel} (not in a git work tree: nothing committed)`;
    const committed = await gitCommitFile(project.dir, rel, opts.message);
    if (committed !== true) {
      opts.log.warning(
        `wrote ${rel} but could not commit it (${committed}); commit it yourself to keep git the record`,
      );
      return `wrote ${rel} (uncommitted)`;
    }
    return `committed ${rel}${hasFile ? "" : " (new)"}: ${opts.message.split("\n")[0]}`;
  }
  const record: LocalDesired = {
    schema: "mlship/desired/v1",
    environment: env,
    model,
    reason: opts.reason,
    at: new Date().toISOString(),
    by: opts.by ?? actor(),
  };
  await writeJsonAtomic(localFile(project.stateDir, env), record);
  const where = path.relative(project.dir, localFile(project.stateDir, env));
  return `recorded ${model} as what ${env} runs in ${where}${opts.onlyIfLocal ? "" : ` (not in a git work tree and no ${path.relative(project.dir, file)}: nothing committed)`}`;
}

/** Commits one file with `message` (no shell; other staged changes stay staged, not committed). True, or why not. */
async function gitCommitFile(cwd: string, rel: string, message: string): Promise<true | string> {
  for (const args of [
    ["add", "--", rel],
    ["commit", "--only", "-m", message, "--", rel],
  ]) {
    const r = await runTool("git", args, { cwd, timeoutMs: 30_000 });
    if (r.code !== 0) return r.stderr.trim().split("\n").pop() || `git ${args[0]} exited ${r.code}`;
  }
  return true;
}
