import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";
import { processStartTime, isAlive } from "../util/process.js";
import type { Logger } from "../util/log.js";
import { deploymentsDir } from "./state.js";

/** Who holds a lock: a process, told apart from a later one that reuses its pid by its start time. */
export interface ProcessMark {
  pid: number;
  /** /proc/<pid>/stat start time (clock ticks since boot); null where /proc is not available. */
  start: number | null;
}

export function selfMark(): ProcessMark {
  return { pid: process.pid, start: processStartTime(process.pid) };
}

/** True while the process `mark` names is still running (not a later process with its pid). */
export function markAlive(mark: ProcessMark | undefined): boolean {
  if (!mark || !Number.isInteger(mark.pid) || mark.pid <= 0 || !isAlive(mark.pid)) return false;
  const start = processStartTime(mark.pid);
  return mark.start === null || start === null || start === mark.start;
}

function parseMark(text: string): ProcessMark | undefined {
  try {
    const v = JSON.parse(text) as ProcessMark;
    return typeof v?.pid === "number" ? { pid: v.pid, start: typeof v.start === "number" ? v.start : null } : undefined;
  } catch {
    return undefined; // half-written by a writer killed between open and write: stale once old enough
  }
}

const POLL_MS = 100;

/**
 * Runs `fn` holding the deploy lock of `env` (deployments/<env>.lock, created with O_EXCL and
 * holding pid + start time), so deploys to one environment are serialised. A lock whose process
 * is gone is taken over; a live one is waited for, up to `waitMs`.
 */
export async function withEnvironmentLock<T>(
  stateDir: string,
  env: string,
  log: Logger,
  fn: () => Promise<T>,
  waitMs = 30 * 60_000,
): Promise<T> {
  const file = path.join(deploymentsDir(stateDir), `${env}.lock`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const me = JSON.stringify(selfMark());
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      const fh = await fs.open(file, "wx");
      try {
        await fh.writeFile(me);
      } finally {
        await fh.close();
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const text = await fs.readFile(file, "utf8").catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const holder = parseMark(text);
    const age = Date.now() - ((await fs.stat(file).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (holder ? !markAlive(holder) : age > 5000) {
      // Taken over by renaming it away first: of several waiters, only one gets the stale file.
      const aside = `${file}.stale-${process.pid}`;
      if (
        await fs.rename(file, aside).then(
          () => true,
          () => false,
        )
      ) {
        const moved = await fs.readFile(aside, "utf8").catch(() => "");
        await fs.rm(aside, { force: true });
        if (moved !== text) {
          // Another waiter had already replaced it with its own live lock: put that back.
          await fs.writeFile(file, moved, { flag: "wx" }).catch(() => {});
        } else log.info(`took over the deploy lock of ${env} left by process ${holder?.pid ?? "?"}, which is gone`);
      }
      continue;
    }
    if (Date.now() > deadline)
      throw new UserError(
        `another deploy to '${env}' (process ${holder?.pid}) still holds ${file} after ${waitMs / 1000}s`,
        {},
        1,
      );
    if (!told) log.info(`waiting for the deploy to '${env}' by process ${holder?.pid ?? "?"} to finish`);
    told = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return await fn();
  } finally {
    if ((await fs.readFile(file, "utf8").catch(() => "")) === me) await fs.rm(file, { force: true });
  }
}
