import path from "node:path";
import { UserError } from "../errors.js";
import { tryExec } from "../util/process.js";
import { parseDeployFile } from "./deploy-file.js";

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

/** The model a version of the deploy file names, read as the file itself is; none when that version is not valid. */
function modelOf(text: string | undefined, file: string): string | null {
  if (text === undefined) return null;
  try {
    return parseDeployFile(text, file).model;
  } catch (e) {
    if (e instanceof UserError) return null;
    throw e;
  }
}

/** Commits of a deploy file, oldest first, each with the model it set and the one before. */
export async function gitDeployHistory(projectDir: string, deployFile: string, limit = 200): Promise<DeployCommit[]> {
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
  const out: DeployCommit[] = [];
  let previous: string | null = null;
  for (const [sha, at, by, subject] of rows) {
    const to = modelOf(
      await tryExec("git", ["show", "--end-of-options", `${sha}:${prefix}${rel}`], { cwd: projectDir }),
      deployFile,
    );
    out.push({ sha, at, by, subject, from: previous, to });
    previous = to;
  }
  return out;
}
