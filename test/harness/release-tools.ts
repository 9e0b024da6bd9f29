import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { git } from "./git.js";
import { nodeModulesFolders } from "./mlship-repo.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The runner image's npm, offline: `npm ci` restores the dependencies this checkout installed
 * (the machines running these tests cannot reach a package registry) as hard links, so that they
 * lie inside the workspace as npm ci leaves them, the workspaces' own included (a symlink would put
 * other paths into the bundles' comments); anything else is npm. Returns the folder to put first on PATH.
 */
export function offlineNpm(dir: string): string {
  const bin = path.join(dir, "bin");
  mkdirSync(bin, { recursive: true });
  const npm = execFileSync("bash", ["-c", "command -v npm"], { encoding: "utf8" }).trim();
  writeFileSync(
    path.join(bin, "npm"),
    `#!/bin/sh\nif [ "$1" = ci ]; then\n${nodeModulesFolders()
      .map((d) => `  mkdir -p ${path.dirname(d)} && cp -al ${root}/${d} ${d} || exit 1\n`)
      .join("")}  echo "restored node_modules"; exit 0\nfi\nexec ${npm} "$@"\n`,
    { mode: 0o755 },
  );
  return bin;
}

/** A maintainer's clone of mlship's repository (their own credentials: a person's push). */
export function maintainerClone(bare: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-maintainer-"));
  git(dir, ["clone", "-q", bare, "."]);
  return dir;
}

/** scripts/release.mjs as the maintainer runs it in their clone. */
export const releaseScript = (clone: string, args: string[]) =>
  execFileSync(process.execPath, ["scripts/release.mjs", ...args], {
    cwd: clone,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Ada",
      GIT_AUTHOR_EMAIL: "ada@example.com",
      GIT_COMMITTER_NAME: "Ada",
      GIT_COMMITTER_EMAIL: "ada@example.com",
    },
  });
