import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ContentsBackend } from "../helpers/fake-github.js";

const author = {
  GIT_AUTHOR_NAME: "Ada",
  GIT_AUTHOR_EMAIL: "ada@example.com",
  GIT_COMMITTER_NAME: "Ada",
  GIT_COMMITTER_EMAIL: "ada@example.com",
};

export function git(cwd: string, args: string[], opts: { input?: string; env?: Record<string, string> } = {}): string {
  return execFileSync("git", args, {
    cwd,
    input: opts.input,
    env: { ...process.env, ...author, GIT_CONFIG_NOSYSTEM: "1", ...opts.env },
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
  }).trim();
}

/**
 * GitHub's rules for a push, as the bare repository's pre-receive hook. The pusher's token comes
 * in HARNESS_PUSH_TOKEN (the checkout stand-in sets it, as actions/checkout persists the job's
 * token; none: a person's push). A job's token (ghs_job…), as any GitHub App token without the
 * `workflows` permission, may not bring in a commit that changes .github/workflows/, nor point a
 * ref at a commit whose .github/workflows differs from every branch head ("refusing to allow a
 * GitHub App to create or update workflow … without `workflows` permission"). A protected branch
 * refuses every token's push but those allowed past it (harness.bypass).
 */
const SERVER_RULES = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "pre-receive.sh"), "utf8");

/**
 * The repository on "GitHub": a bare repository (what checkout clones and the contents API
 * commits to) and an author's clone that pushes to it.
 */
export class GitRemote implements ContentsBackend {
  readonly bare: string;
  private readonly work: string;
  constructor(dir: string) {
    this.bare = path.join(dir, "remote.git");
    this.work = path.join(dir, "author");
    mkdirSync(dir, { recursive: true });
    git(dir, ["init", "--bare", "-q", "-b", "main", this.bare]);
    // checkout fetches a commit by SHA, as actions/checkout does.
    git(this.bare, ["config", "uploadpack.allowAnySHA1InWant", "true"]);
    writeFileSync(path.join(this.bare, "hooks", "pre-receive"), SERVER_RULES, { mode: 0o755 });
    git(dir, ["clone", "-q", this.bare, this.work]);
  }

  /** Commits files (null deletes one) as a developer would and pushes; returns the commit SHA. */
  commit(files: Record<string, string | null>, message: string, branch = "main"): string {
    const exists = git(this.bare, ["branch", "--list", branch]) !== "";
    if (exists) {
      git(this.work, ["fetch", "-q", "origin", branch]);
      git(this.work, ["checkout", "-q", "-B", branch, `origin/${branch}`]);
    } else if (git(this.bare, ["branch", "--list", "main"]) !== "") {
      // A new branch starts from main, as a developer's would.
      git(this.work, ["fetch", "-q", "origin", "main"]);
      git(this.work, ["checkout", "-q", "-B", branch, "origin/main"]);
    }
    for (const [f, content] of Object.entries(files)) {
      const p = path.join(this.work, f);
      if (content === null) rmSync(p, { force: true });
      else {
        mkdirSync(path.dirname(p), { recursive: true });
        // A script (#!) is committed executable, as a developer's chmod +x would.
        writeFileSync(p, content, { mode: content.startsWith("#!") ? 0o755 : 0o644 });
        chmodSync(p, content.startsWith("#!") ? 0o755 : 0o644);
      }
    }
    git(this.work, ["add", "-A"]);
    git(this.work, ["commit", "-q", "--allow-empty", "-m", message]);
    git(this.work, ["push", "-q", "origin", `HEAD:refs/heads/${branch}`]);
    return this.head(branch);
  }

  /** Commits a whole folder's files (binary ones included) on main, over what is there. */
  commitDir(src: string, message: string): string {
    git(this.work, ["fetch", "-q", "origin"]);
    if (git(this.bare, ["branch", "--list", "main"]) !== "")
      git(this.work, ["checkout", "-q", "-B", "main", "origin/main"]);
    execFileSync("bash", ["-c", `tar -C "$SRC" -cf - . | tar -C "$DST" -xf -`], {
      env: { ...process.env, SRC: src, DST: this.work },
    });
    git(this.work, ["add", "-A"]);
    git(this.work, ["commit", "-q", "-m", message]);
    git(this.work, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
    return this.head();
  }

  /** Merges a branch into main (a merged pull request); returns the merge commit. */
  merge(branch: string, message: string): string {
    git(this.work, ["fetch", "-q", "origin"]);
    git(this.work, ["checkout", "-q", "-B", "main", "origin/main"]);
    git(this.work, ["merge", "-q", "--no-ff", "-m", message, `origin/${branch}`]);
    git(this.work, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
    return this.head("main");
  }

  /** A branch protection rule: pushes to it are refused, except with a token in `bypass` (a person's own pushes are an admin's). */
  protect(branch: string, bypass: string[] = []): void {
    git(this.bare, ["config", "--add", "harness.protected", branch]);
    for (const t of bypass) git(this.bare, ["config", "--add", "harness.bypass", t]);
  }

  /** A branch's head, or undefined when there is no such branch (pull requests' head and base). */
  branchHead(branch: string): string | undefined {
    try {
      return git(this.bare, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]) || undefined;
    } catch {
      return undefined;
    }
  }

  head(branch = "main"): string {
    return git(this.bare, ["rev-parse", `refs/heads/${branch}`]);
  }
  show(rev: string, file: string): string {
    return execFileSync("git", ["show", `${rev}:${file}`], { cwd: this.bare, encoding: "utf8" });
  }
  log(branch = "main"): string[] {
    return git(this.bare, ["log", "--format=%s", branch]).split("\n");
  }
  /** Files changed from `before` to `after`; with threeDot, since their merge base (a pull request's diff). */
  changed(before: string, after: string, opts: { threeDot?: boolean } = {}): string[] {
    const base = /^0+$/.test(before) ? "4b825dc642cb6eb9a060e54bf8d69288fbee4904" : before; // the empty tree
    const range = opts.threeDot ? [`${base}...${after}`] : [base, after];
    return git(this.bare, ["diff", "--name-only", ...range])
      .split("\n")
      .filter(Boolean);
  }

  // ---- the contents API, on the same repository ---------------------------------------------
  async get(file: string, ref?: string): Promise<{ content: string; sha: string } | undefined> {
    const rev = ref ?? "main";
    try {
      const sha = git(this.bare, ["rev-parse", `${rev}:${file}`]);
      return { content: git(this.bare, ["cat-file", "blob", sha]), sha };
    } catch {
      return undefined;
    }
  }
  async put(file: string, content: string, sha: string | undefined, message: string, branch: string) {
    const parent = this.head(branch);
    const current = await this.get(file, parent);
    if ((current?.sha ?? undefined) !== sha) return { conflict: true as const };
    const blob = git(this.bare, ["hash-object", "-w", "--stdin"], { input: content });
    const index = path.join(this.bare, `index-${process.pid}-${Date.now()}`);
    const env = { GIT_INDEX_FILE: index };
    git(this.bare, ["read-tree", parent], { env });
    git(this.bare, ["update-index", "--add", "--cacheinfo", `100644,${blob},${file}`], { env });
    const tree = git(this.bare, ["write-tree"], { env });
    rmSync(index, { force: true });
    const bot = {
      GIT_AUTHOR_NAME: "github-actions[bot]",
      GIT_AUTHOR_EMAIL: "41898282+github-actions[bot]@users.noreply.github.com",
      GIT_COMMITTER_NAME: "GitHub",
      GIT_COMMITTER_EMAIL: "noreply@github.com",
    };
    const commit = git(this.bare, ["commit-tree", tree, "-p", parent, "-m", message], { env: bot });
    // Compare-and-swap on the branch, as GitHub's ref update is.
    try {
      git(this.bare, ["update-ref", `refs/heads/${branch}`, commit, parent]);
    } catch {
      return { conflict: true as const };
    }
    return { commit, blob, created: !current };
  }
}
