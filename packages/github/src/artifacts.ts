import { promises as fs } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";

/** The artifact client (≈ 1.2 MB with the Azure blob client) is loaded when an artifact moves, not at start. */
async function artifactClient() {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  return new DefaultArtifactClient();
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Whether this process runs on a GitHub runner with the artifact service's token and address. */
function onRunner(): boolean {
  return Boolean(process.env.ACTIONS_RUNTIME_TOKEN && process.env.ACTIONS_RESULTS_URL);
}

/** A download needs the runner's artifact service: elsewhere it is an error saying what could not run. */
function requireRunner(what: string): void {
  if (!onRunner()) throw new Error(`cannot ${what}: not running on a GitHub runner (ACTIONS_RUNTIME_TOKEN unset)`);
}

/** Uploads a folder as one workflow artifact; skipped with a notice outside a runner. */
export async function uploadFolder(name: string, dir: string, retentionDays?: number): Promise<number | undefined> {
  return uploadFiles(name, dir, await filesUnder(dir), retentionDays);
}

/** Uploads `files` (under `root`) as one workflow artifact; skipped with a notice outside a runner. */
export async function uploadFiles(
  name: string,
  root: string,
  files: string[],
  retentionDays?: number,
): Promise<number | undefined> {
  if (!onRunner()) {
    core.notice(`artifact '${name}' not uploaded: not running on a GitHub runner (ACTIONS_RUNTIME_TOKEN unset)`);
    return undefined;
  }
  const client = await artifactClient();
  const res = await client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : undefined);
  core.info(`uploaded artifact '${name}' (${res.size ?? "?"} bytes, id ${res.id ?? "?"})`);
  return res.id;
}

/**
 * Downloads an artifact of this workflow run into `dest` (the train step's run folder, uploaded by
 * the train action), so later jobs need no third-party download action.
 *
 * The runner's artifact service answers within the current run attempt only: after "Re-run failed
 * jobs", a re-run job does not find what a job of the first attempt uploaded (the train job that
 * passed is not run again). Then the artifact is looked up through the REST API, which lists the
 * run's artifacts across attempts, and downloaded by id with `token` (a token with `actions: read`,
 * the job's GITHUB_TOKEN when its workflow grants it).
 */
export async function downloadFolder(name: string, dest: string, token?: string): Promise<string> {
  requireRunner(`download artifact '${name}'`);
  const client = await artifactClient();
  const { ArtifactNotFoundError } = await import("@actions/artifact");
  await fs.mkdir(dest, { recursive: true });
  let found: Awaited<ReturnType<typeof client.getArtifact>>["artifact"];
  let findBy: ReturnType<typeof runOfThisJob>;
  try {
    found = (await client.getArtifact(name)).artifact;
  } catch (e) {
    if (!(e instanceof ArtifactNotFoundError)) throw e;
    findBy = runOfThisJob(token);
    if (!findBy) throw e;
    const run = findBy;
    core.info(`artifact '${name}' is not in this run attempt: looking it up in the run's earlier attempts`);
    found = (await acrossAttempts(run, () => client.getArtifact(name, { findBy: run }))).artifact;
  }
  await client.downloadArtifact(found.id, { path: dest, ...(findBy ? { findBy } : {}) });
  core.info(`downloaded artifact '${name}' (${found.size} bytes${findBy ? ", an earlier attempt's" : ""}) to ${dest}`);
  return dest;
}

/** This job's workflow run, for the REST API (`findBy`): undefined without a token or run. */
function runOfThisJob(token: string | undefined) {
  const run = Number(process.env.GITHUB_RUN_ID);
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token || !Number.isSafeInteger(run) || run <= 0 || !owner || !repo) return undefined;
  return { token, workflowRunId: run, repositoryOwner: owner, repositoryName: repo };
}

/**
 * A REST API call over every attempt of this job's run (`findBy`), its error naming the run and,
 * when refused, the permission it needs: shared by the lookups of one artifact and of many.
 */
async function acrossAttempts<T>(findBy: NonNullable<ReturnType<typeof runOfThisJob>>, call: () => Promise<T>) {
  try {
    return await call();
  } catch (e) {
    throw new Error(
      `${(e as Error).message.split("\n")[0]} (in any attempt of run ${findBy.workflowRunId}${/\b403\b|not accessible/i.test(String(e)) ? "; the job's token needs `permissions: actions: read` to read an earlier attempt's artifacts" : ""})`,
    );
  }
}

/**
 * A glob over artifact names: `*` any run of characters, `?` one. Artifact names hold no `/`, so
 * this is all of glob they need (no matcher library in the action bundle for it).
 */
function artifactNameMatcher(glob: string): (name: string) => boolean {
  const re = new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
  return (name) => re.test(name);
}

/**
 * Downloads every artifact of this workflow run whose name matches `glob`, each into its own
 * folder under `destRoot` (the legs of a sweep: one evaluation artifact each); returns the folders.
 *
 * In a re-run attempt (`GITHUB_RUN_ATTEMPT` > 1) the runner's artifact service lists that attempt's
 * artifacts only: after "Re-run failed jobs", the legs that passed in an earlier attempt are not run
 * again and what they uploaded is not among them. Then the run's artifacts are listed through the
 * REST API across attempts with `token` (`actions: read`), as `downloadFolder` finds one; of one
 * name uploaded in several attempts, the newest (`latest`: the highest id). Which of several names
 * belong to one leg is the caller's to decide (it knows what they hold).
 */
export async function downloadMatching(glob: string, destRoot: string, token?: string): Promise<string[]> {
  requireRunner(`list artifacts '${glob}'`);
  const client = await artifactClient();
  const matches = artifactNameMatcher(glob);
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT ?? 1);
  const findBy = attempt > 1 ? runOfThisJob(token) : undefined;
  if (attempt > 1 && !findBy)
    core.warning(
      `run attempt ${attempt}: without a token (github-token) only this attempt's artifacts are listed, not those an earlier attempt's jobs uploaded`,
    );
  const { artifacts } = findBy
    ? await acrossAttempts(findBy, () => client.listArtifacts({ latest: true, findBy }))
    : await client.listArtifacts({ latest: true });
  const dirs: string[] = [];
  for (const a of artifacts.filter((x) => matches(x.name))) {
    const dest = path.join(destRoot, a.name.replace(/[^A-Za-z0-9._-]/g, "_"));
    await fs.mkdir(dest, { recursive: true });
    await client.downloadArtifact(a.id, { path: dest, ...(findBy ? { findBy } : {}) });
    core.info(`downloaded artifact '${a.name}' (${a.size} bytes)`);
    dirs.push(dest);
  }
  return dirs;
}
