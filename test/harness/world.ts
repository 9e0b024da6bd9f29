import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";
import { tsNode } from "../helpers/proc.js";
import { GitRemote } from "./git.js";
import { type Event, Harness, type HarnessOptions, type RunRecord } from "./runner.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** One of examples/workflows/ as a user copies it into .github/workflows/. */
export const example = (f: string) => readFileSync(path.join(root, "examples/workflows", f), "utf8");

/**
 * A user's repository on a fake GitHub: the bare repository checkout clones, the fake API (its
 * contents API committing to that same repository, job tokens enforced), a registry outside
 * every job's machine, and the harness that runs the repository's workflows.
 */
export function world(opts: Partial<HarnessOptions> = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-world-"));
  const gh = new FakeGitHub();
  const remote = new GitRemote(dir);
  gh.contents = remote;
  const registry = path.join(dir, "registry");
  const h = new Harness({ gh, remote, ...opts });
  let last = "0".repeat(40);
  beforeAll(async () => {
    await gh.start();
  });
  afterAll(async () => {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    gh,
    remote,
    h,
    registry,
    /** Pushes one or more commits to main; returns the push event (before..after as GitHub sends it). */
    push(...commits: [Record<string, string | null>, string][]): Event {
      const before = last;
      for (const [files, message] of commits) last = remote.commit(files, message);
      return {
        name: "push",
        ref: "refs/heads/main",
        sha: last,
        payload: { before, after: last, head_commit: { id: last, message: commits.at(-1)![1] } },
      };
    },
    run(file: string, event: Event, opts?: { wiring?: boolean }): Promise<RunRecord> {
      return h.run(file, event, opts);
    },
    /** Registers a model folder directly with the CLI (a model trained elsewhere). */
    register(projectDir: string, modelDir: string): string {
      const [node, args] = tsNode(path.join(root, "packages/cli/src/index.ts"), ["register", "--model-path", modelDir]);
      const out = execFileSync(node, args, {
        cwd: projectDir,
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "" },
      });
      return /model-id: (\S+)/.exec(out)![1];
    },
  };
}
