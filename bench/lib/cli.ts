import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The CLI as users run it: MLSHIP_CLI when it names a built CLI, else a bundle of the current
 * sources built into `dir` (`node scripts/build.mjs --out`) with `env`.
 */
export function bundledCli(dir: string, env: NodeJS.ProcessEnv): string {
  if (process.env.MLSHIP_CLI) return path.resolve(process.env.MLSHIP_CLI);
  const out = path.join(dir, "build");
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", out], { env, stdio: "ignore" });
  return path.join(out, "packages/cli/dist/index.js");
}
