import { promises as fs } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import * as z from "zod";
import { parseYamlWith } from "../config/parse-yaml.js";
import { parseModelId, type ModelId } from "../model-id.js";
import { readTextIfExists, writeFileAtomic } from "../util/fs-atomic.js";
import { UserError } from "../errors.js";

/** deploy/<env>.yml: the desired state of one environment, kept in git. @internal (scripts/generate.ts writes its JSON schema) */
export const deployFileSchema = z.strictObject({
  model: z.string().describe("The model ID this environment runs, name@vN"),
  replicas: z.number().int().positive().optional(),
  reason: z.string().optional().describe("Why this model (kept in history)"),
});

/** A deploy file as read: its keys, and `model` parsed once into `id`. */
export type DeployFile = z.output<typeof deployFileSchema> & { id: ModelId };

export function deployFilePath(projectDir: string, deployDir: string, env: string): string {
  return path.join(projectDir, deployDir, `${env}.yml`);
}

export async function readDeployFile(file: string): Promise<DeployFile | undefined> {
  const text = await readTextIfExists(file);
  return text === undefined ? undefined : parseDeployFile(text, file);
}

/**
 * The one reader of a deploy file's text (the file on disk, or a version of it from git): YAML
 * checked by the schema, `model` by the model ID grammar (parsed here once, as `id`); a
 * `UserError` naming `file` otherwise.
 */
export function parseDeployFile(text: string, file: string): DeployFile {
  const shown = path.relative(process.cwd(), file) || file;
  const parsed = parseYamlWith(text, shown, deployFileSchema);
  try {
    return { ...parsed, id: parseModelId(parsed.model) };
  } catch (e) {
    throw new UserError((e as Error).message, { file: shown, line: 1 });
  }
}

/** The deploy file's text with `model:` (and `reason:`) set, its comments and other keys kept. */
function renderDeployFile(text: string, model: string, reason?: string): string {
  const doc = parseDocument(text || "{}");
  doc.set("model", model);
  if (reason) doc.set("reason", reason);
  else doc.delete("reason");
  return doc.toString();
}

/**
 * A change of the deploy file at `absolute` to `to`, as a promotion or a rollback commits it: the
 * commit's title `<verb>(<env>): <from> -> <to>` and the file's new text (comments and other keys
 * kept; `reason` given the title sets `reason:`). The one place both build that commit.
 */
export async function deployFileChange(
  absolute: string,
  verb: "deploy" | "rollback",
  env: string,
  from: string | null,
  to: string,
  reason: (title: string) => string | undefined,
): Promise<{ title: string; text: string }> {
  const title = `${verb}(${env}): ${from ?? "none"} -> ${to}`;
  const before = await fs.readFile(absolute, "utf8").catch(() => "");
  return { title, text: renderDeployFile(before, to, reason(title)) };
}

/** Sets `model:` (and `reason:`) in the deploy file on disk, atomically. */
export async function writeDeployFile(file: string, model: string, reason?: string): Promise<void> {
  let text = "";
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    text = "";
  }
  await writeFileAtomic(file, renderDeployFile(text, model, reason));
}
