import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "./errors.js";
import { loadConfig, type LoadedConfig } from "./config/read-config.js";
import { DEFAULT_CONFIG } from "./config/default-config.js";
import { assertEnvironment, assertModelName } from "./model-id.js";
import { exists, readTextIfExists, writeJsonAtomic } from "./util/fs-atomic.js";
import { parseChecked } from "./util/state-file.js";
import { lastRunSchema } from "./train/last-run.js";
import { openRegistry, type RegistryAccess } from "./registry/open.js";
import { assertDurableRegistry, defaultRegistry, registryAccessFor } from "./registry/defaults.js";
import type { Registry } from "./registry/types.js";

/** Name of the folder beside mlship.yml where mlship keeps runs, registry and deployments. */
const STATE_DIR_NAME = ".mlship";

/** A loaded mlship.yml plus the folders mlship keeps its state in (.mlship/ beside the config). */
export interface Project extends LoadedConfig {
  stateDir: string;
  /** True when no mlship.yml exists and defaults are used (steps used alone through `uses:`). */
  implicit: boolean;
}

export async function loadProject(configPath: string, opts: { optional?: boolean } = {}): Promise<Project> {
  if (opts.optional && configPath === "mlship.yml" && !(await exists(configPath))) {
    const dir = path.resolve(configPath, "..");
    return {
      // The schema's defaults, generated (configSchema.parse({}) would build every zod schema at start).
      config: structuredClone(DEFAULT_CONFIG),
      file: path.join(dir, "mlship.yml"),
      dir,
      stateDir: path.join(dir, STATE_DIR_NAME),
      implicit: true,
    };
  }
  const loaded = await loadConfig(configPath);
  return { ...loaded, stateDir: path.join(loaded.dir, STATE_DIR_NAME), implicit: false };
}

export function projectPath(project: Project, p: string): string {
  return path.resolve(project.dir, p);
}

export function modelName(project: Project, override?: string, input = "name"): string {
  const name = override ?? project.config.model;
  if (!name)
    throw new UserError(`no model name: set 'model' in ${path.basename(project.file)} or the '${input}' input`, {
      input,
    });
  return assertModelName(name, override ? input : undefined);
}

/**
 * The environment a command acts on: the one given (--env, the `environment` input), else the
 * only one configured; with several and none given, an error that lists them. `fallback` is for
 * commands that name an environment without deploying to it (check-drift's "production").
 */
export function projectEnvironment(
  project: Project,
  given: string | undefined,
  input = "env",
  fallback?: string,
): string {
  if (given) return assertEnvironment(given, input);
  const configured = Object.keys(project.config.deploy.environments);
  if (configured.length === 1) return configured[0];
  if (fallback) return fallback;
  throw new UserError(
    `which environment? ${configured.length} are configured (${configured.join(", ")}): pass --env <name>`,
    { input },
  );
}

/** The project's registry (or `override`), opened with the credentials the host was given. */
/**
 * The project's registry: `override` (an input), else `registry` from mlship.yml, else the
 * default for where the job runs (registry/defaults.ts). A file:// registry that would not outlive
 * a GitHub job is refused, saying what to use instead.
 */
export function projectRegistry(project: Project, override?: string, access?: RegistryAccess): Promise<Registry> {
  const uri = override ?? project.config.registry ?? defaultRegistry(access?.run);
  access?.debug?.(
    `registry ${uri} (${override ? "the registry input" : project.config.registry ? "mlship.yml" : "the default where this runs"})`,
  );
  const file = /^file:\/\/(.+)$/.exec(uri);
  assertDurableRegistry(uri, file ? path.resolve(project.dir, file[1]) : undefined, {
    persistent: project.config["registry-persistent"] === true,
    projectDir: project.dir,
    run: access?.run,
  });
  return openRegistry(uri, project.dir, registryAccessFor(uri, access));
}

export function runsDir(project: Project): string {
  return path.join(project.stateDir, "runs");
}

/** The last finished training run, recorded by train so later steps need no paths. */
export async function lastRunDir(project: Project): Promise<string | undefined> {
  const file = path.join(runsDir(project), "last.json");
  const text = await readTextIfExists(file);
  if (text === undefined) return undefined;
  const shown = path.relative(process.cwd(), file) || file;
  return parseChecked(text, lastRunSchema, "the record of the last training run", shown).runDir;
}

/** The newest training run folder and how it ended (run IDs start with their UTC start time). */
export async function newestRun(
  project: Project,
): Promise<
  { id: string; dir: string; status: "succeeded" | "failed" | "timed-out" | "cancelled" | "unfinished" } | undefined
> {
  const dir = runsDir(project);
  const entries = await fs.readdir(dir).catch(() => [] as string[]);
  const runs: { id: string; name: string; status: string; mtime: number }[] = [];
  for (const name of entries) {
    const m = /^(\d{8}T\d{6}Z-[0-9a-f]+)(?:\.(failed|timed-out|cancelled|partial))?$/.exec(name);
    if (!m) continue;
    const mtime = (await fs.stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0;
    runs.push({ id: m[1], name, status: m[2] === "partial" ? "unfinished" : (m[2] ?? "succeeded"), mtime });
  }
  // Same second: the later-touched folder is the newer run.
  runs.sort((a, b) =>
    a.id.slice(0, 16) < b.id.slice(0, 16) ? -1 : a.id.slice(0, 16) > b.id.slice(0, 16) ? 1 : a.mtime - b.mtime,
  );
  const last = runs.at(-1);
  return last ? { id: last.id, dir: path.join(dir, last.name), status: last.status as "succeeded" } : undefined;
}

export async function setLastRun(project: Project, runDir: string): Promise<void> {
  await writeJsonAtomic(path.join(runsDir(project), "last.json"), { runDir });
}
