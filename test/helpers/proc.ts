import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

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
 * Node running a TypeScript file in one process. The tsx binary runs the script in a child
 * process, so a SIGKILL sent to it would leave the script itself running on.
 */
export function tsNode(script: string, args: string[] = []): [string, string[]] {
  return [process.execPath, ["--import", TSX_LOADER, path.resolve(script), ...args]];
}
