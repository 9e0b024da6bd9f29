import { promises as fs } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { actor } from "../util/actor.js";
import { redactDeep } from "../util/secrets.js";
import { readJsonLines } from "../util/state-file.js";

/** One quarantine or release of a model: who, when, why. */
export const modelEventSchema = z.object({
  at: z.string(),
  model: z.string(),
  action: z.enum(["quarantine", "release"]),
  reason: z.string(),
  by: z.string(),
  /** Set when a deploy quarantined the model by itself. */
  environment: z.string().optional(),
});
export type ModelEvent = z.infer<typeof modelEventSchema>;

function logFile(stateDir: string): string {
  return path.join(stateDir, "models.history.jsonl");
}

/**
 * The one place quarantine and release events are written (the registry will keep this log
 * later; callers do not know where it lives). One short O_APPEND write per event.
 */
export async function recordModelEvent(
  stateDir: string,
  event: Omit<ModelEvent, "at" | "by"> & { by?: string },
): Promise<ModelEvent> {
  const entry: ModelEvent = redactDeep({ ...event, at: new Date().toISOString(), by: event.by ?? actor() });
  await fs.mkdir(stateDir, { recursive: true });
  await fs.appendFile(logFile(stateDir), JSON.stringify(entry) + "\n");
  return entry;
}

export function readModelEvents(stateDir: string): Promise<ModelEvent[]> {
  return readJsonLines(logFile(stateDir), modelEventSchema);
}
