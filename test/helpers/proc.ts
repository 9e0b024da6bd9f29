import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { inject } from "vitest";

/** True when `pid` is gone or a zombie (killed, waiting to be reaped by init). */
export function processGone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return true;
  }
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const TSX_LOADER = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;

/**
 * Node running a TypeScript entry of this repository in one process. The test run's global setup
 * bundles the current sources once (test/global-setup.ts: the CLI, every action and the test
 * workers), so a spawned step starts in a fraction of tsx's time: the suite spawns hundreds of
 * them, and on two cores tsx's start-up was most of its run time. An entry not in that build, or
 * every entry with MLSHIP_TEST_FROM_SOURCE=1 (stack traces naming .ts lines), runs through tsx.
 * The tsx binary would run the script in a child process, so a SIGKILL sent to it would leave the
 * script itself running on: the loader is imported instead.
 */
export function tsNode(script: string, args: string[] = []): [string, string[]] {
  const bundled = bundledEntry(script);
  return [process.execPath, bundled ? [bundled, ...args] : ["--import", TSX_LOADER, path.resolve(script), ...args]];
}

/** The fresh bundle of a source entry (`packages/cli/src/index.ts`, `actions/<step>/src/index.ts`, `test/helpers/<x>-worker.ts`). */
function bundledEntry(script: string): string | undefined {
  if (process.env.MLSHIP_TEST_FROM_SOURCE === "1") return undefined;
  let dir: string | undefined;
  try {
    dir = inject("bundleDir");
  } catch {
    return undefined; // not inside a vitest worker
  }
  if (!dir) return undefined;
  const rel = path.relative(process.cwd(), path.resolve(script)).split(path.sep).join("/");
  const m = /^(packages\/cli|actions\/[^/]+)\/src\/index\.ts$/.exec(rel);
  const w = /^test\/helpers\/([^/]+-worker)\.ts$/.exec(rel);
  const out = m ? path.join(dir, m[1], "dist/index.js") : w ? path.join(dir, "test-workers", `${w[1]}.js`) : undefined;
  return out && existsSync(out) ? out : undefined;
}
