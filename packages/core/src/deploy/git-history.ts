import path from "node:path";
import { UserError } from "../errors.js";
import { tryExec } from "../util/process.js";
import { parseDeployFile, type DeployFile } from "./deploy-file.js";

/** One commit that changed deploy/<env>.yml: the desired-state history kept in git. */
export interface DeployCommit {
  sha: string;
  at: string;
  by: string;
  subject: string;
  from: string | null;
  to: string | null;
}

const SEP = "\u001f";

/** One commit of a deploy file and the file as that commit left it (undefined: deleted or not valid). */
export interface DeployFileVersion {
  sha: string;
  at: string;
  by: string;
  subject: string;
  file: DeployFile | undefined;
}

/** A version of the deploy file, read as the file itself is; none when that version is not valid. */
function readVersion(text: string | undefined, file: string): DeployFile | undefined {
  if (text === undefined) return undefined;
  try {
    return parseDeployFile(text, file);
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
}

/** The commits of a deploy file, oldest first, each with the file that commit left (git history). */
export async function deployFileVersions(
  projectDir: string,
  deployFile: string,
  limit = 200,
): Promise<DeployFileVersion[]> {
  const rel = path.relative(projectDir, deployFile);
  const log = await tryExec("git", ["log", `-n${limit}`, `--format=%H${SEP}%aI${SEP}%an${SEP}%s`, "--", rel], {
    cwd: projectDir,
  });
  if (!log?.trim()) return [];
  const prefix = ((await tryExec("git", ["rev-parse", "--show-prefix"], { cwd: projectDir })) ?? "").trim();
  const rows = log
    .trim()
    .split("\n")
    .map((l) => l.split(SEP))
    .reverse();
  const out: DeployFileVersion[] = [];
  for (const [sha, at, by, subject] of rows) {
    const text = await tryExec("git", ["show", "--end-of-options", `${sha}:${prefix}${rel}`], { cwd: projectDir });
    out.push({ sha, at, by, subject, file: readVersion(text, deployFile) });
  }
  return out;
}

/** Commits of a deploy file, oldest first, each with the model it set and the one before. */
export async function gitDeployHistory(projectDir: string, deployFile: string, limit = 200): Promise<DeployCommit[]> {
  let previous: string | null = null;
  return (await deployFileVersions(projectDir, deployFile, limit)).map(({ sha, at, by, subject, file }) => {
    const to = file?.model ?? null;
    const commit = { sha, at, by, subject, from: previous, to };
    previous = to;
    return commit;
  });
}
