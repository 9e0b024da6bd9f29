import path from "node:path";
import { tryExec } from "../util/process.js";

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

function modelOf(text: string | undefined): string | null {
  const m = text ? /^model:\s*(\S+)/m.exec(text) : null;
  return m ? m[1] : null;
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
    );
    out.push({ sha, at, by, subject, from: previous, to });
    previous = to;
  }
  return out;
}
