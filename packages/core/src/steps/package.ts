import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UserError } from "../errors.js";
import { loadProject, modelName, projectRegistry, type Project } from "../project.js";
import { formatModelId, parseModelRef } from "../model-id.js";
import type { RegistryAccess } from "../registry/uri.js";
import { registryAccessFor } from "../registry/defaults.js";
import type { ServingCode, VersionInfo } from "../registry/types.js";
import { inlineCode } from "../report/escape.js";
import { sha256File } from "../util/digest.js";
import { buildImage, parseImageReference, parseRepository } from "../package/image.js";
import { servingCode } from "../deploy/serving-code.js";
import { commonInputs, githubTokenInputs, registryAccessInputs, type Settings, type StepSpec } from "./inputs.js";
import type { RunContext, StepHost } from "./host.js";
import type { StepResult } from "./result.js";
import type { Step } from "./step.js";

export const packageSpec = {
  name: "package",
  title: "mlship package",
  description:
    "Build a registered version into an OCI image (no Docker daemon: its files and serving code appended to a base image pinned by digest), push it, and record its digest on the version.",
  inputs: {
    ...commonInputs,
    model: { description: "Model reference (default: <model>@latest)" },
    registry: { description: "Registry URI (default: registry from mlship.yml)" },
    ...registryAccessInputs,
    // The job's token: pushes the image to ghcr.io when the registry is elsewhere (packages: write).
    ...githubTokenInputs,
    record: {
      description:
        "Record an image built elsewhere (host/repository@sha256:…, e.g. docker/build-push-action's digest output) as the version's image instead of building one",
    },
  },
  outputs: {
    "model-id": { description: "The version packaged (name@vN)" },
    image: { description: "The image, by digest: host/repository@sha256:…" },
    digest: { description: "The image manifest's digest (sha256:…)" },
  },
} as const satisfies StepSpec;

type PackageSettings = Settings<typeof packageSpec>;

/** Where the image goes: package.repository, else beside an oci:// registry, else on GitHub ghcr.io/<owner>/<model>. */
function imageRepository(
  project: Project,
  registryUri: string,
  name: string,
  run: RunContext | undefined,
  containerRegistry?: string,
): string {
  const configured = project.config.package.repository;
  if (configured) return configured;
  const oci = /^oci:\/\/(.+)$/.exec(registryUri);
  if (oci) return `${oci[1]}/${name}`;
  if (run?.onGitHubActions && run.repositoryOwner)
    return `${containerRegistry ?? "ghcr.io"}/${run.repositoryOwner.toLowerCase()}/${name}`;
  throw new UserError(
    `no image repository: the registry ${registryUri} is not an OCI registry; set package.repository in mlship.yml (<host>/<repository>)`,
    { input: "package.repository" },
  );
}

/**
 * The serving code's files as the version recorded them at evaluation: each file the record names,
 * read from the project and checked against its recorded sha256 (a file changed since then is
 * refused: the image would serve code the model was never evaluated with).
 */
async function recordedServingFiles(info: VersionInfo, serving: ServingCode, projectDir: string) {
  const files: Record<string, string> = {};
  for (const [rel, digest] of Object.entries(serving.files)) {
    // The record is untrusted: a name must stay inside the project.
    if (!/^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\0\\]+$/.test(rel))
      throw new UserError(`the serving code of ${info.id} names ${JSON.stringify(rel)}, not a project file`, {}, 1);
    const file = path.join(projectDir, rel);
    const now = await sha256File(file).then(
      (h) => `sha256:${h}`,
      () => undefined,
    );
    if (now !== digest)
      throw new UserError(
        `${JSON.stringify(rel)} ${now ? "changed" : "is missing"} since ${info.id} was evaluated (recorded ${digest.slice(0, 19)}…${now ? `, now ${now.slice(0, 19)}…` : ""}): package from the commit it was trained at${info.gitCommit ? ` (${info.gitCommit.slice(0, 12)})` : ""}`,
        { input: "model" },
      );
    files[rel] = file;
  }
  return files;
}

/**
 * Credentials for an image host: the registry's own (registry-token) only on the registry's host,
 * the job's token only on GitHub's container registry, none elsewhere (a token is never sent to a
 * host it was not given for; a public base image needs none).
 */
function credentialsFor(host: string, registryUri: string, access: RegistryAccess | undefined) {
  const registryHost = /^oci:\/\/([^/]+)\//.exec(registryUri)?.[1];
  const github = host === "ghcr.io" || host === access?.run?.containerRegistry;
  if (host !== registryHost && !github) return undefined;
  const a = registryAccessFor(
    host === registryHost ? registryUri : `oci://${host}/`,
    host === registryHost ? access : { ...access, token: undefined },
  );
  return a.token ? { username: a.username, password: a.token } : undefined;
}

/** @internal (the step's run, by name for tests) */
export async function runPackage(s: PackageSettings, host: StepHost): Promise<StepResult> {
  const project = await loadProject(s.config);
  const registry = await projectRegistry(project, s.registry, host.registryAccess);
  const name = modelName(project);
  const ref = parseModelRef(s.model ?? `${name}@latest`, "model");
  const id = await registry.resolve(ref);
  const info = await registry.show(id);
  const who = { by: host.run?.actor, commit: host.run?.commit, runUrl: host.run?.runUrl };
  if (s.record) {
    parseImageReference(s.record, "record");
    const rec = await registry.recordImage(id, { reference: s.record, built: "recorded" }, who);
    return {
      ok: true,
      outputs: { "model-id": info.id, image: rec.reference, digest: rec.imageDigest },
      summary: `Recorded ${inlineCode(rec.reference)} as the image of ${inlineCode(info.id)}.\n`,
      extra: undefined,
    };
  }
  const cfg = project.config.package;
  if (!cfg.base)
    throw new UserError(
      "no base image: set package.base in mlship.yml (<host>/<repository>@sha256:…, an image with the interpreter and libraries the serve command needs)",
      { file: project.file, input: "package.base" },
    );
  let base: ReturnType<typeof parseImageReference>;
  try {
    base = parseImageReference(cfg.base, "package.base");
  } catch (e) {
    // Named where it is written: mlship.yml's package.base.
    throw new UserError((e as Error).message.replace(/^package\.base /, `${project.file}: package.base `), {
      file: project.file,
      input: "package.base",
    });
  }
  const serving =
    info.serving ??
    (await (async () => {
      const cmd = project.config.deploy["serve-command"];
      if (!cmd)
        throw new UserError(
          `${info.id} recorded no serving code and mlship.yml has no deploy.serve-command: nothing to run in the image`,
          { input: "deploy.serve-command" },
        );
      host.log.warning(
        `${info.id} recorded no serving code at evaluation: packaging the project's serve command as it is now`,
      );
      return servingCode(cmd, project.dir, project.config.deploy["serving-code"]);
    })());
  const expanded = serving.command.find((w) => w.includes("$"));
  if (expanded)
    throw new UserError(
      `the serve command of ${info.id} uses ${JSON.stringify(expanded)}: an image's entrypoint runs without a shell, so $VARS are not expanded (the server reads $PORT and $MLSHIP_MODEL_PATH itself)`,
      { input: "deploy.serve-command" },
    );
  const appFiles = await recordedServingFiles(info, serving, project.dir);
  const repoText = imageRepository(
    project,
    registry.uri,
    info.name,
    host.run,
    host.registryAccess?.run?.containerRegistry,
  );
  const target = parseRepository(repoText, "package.repository");
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlship-package-model-"));
  try {
    const modelDir = path.join(tmp, "model");
    await registry.pull(id, modelDir);
    const built = await host.log.group(`packaging ${info.id} onto ${cfg.base}`, () =>
      buildImage({
        info,
        modelDir,
        appFiles,
        command: serving.command,
        port: cfg.port,
        base: cfg.base as string,
        target,
        platform: cfg.platform,
        source: host.registryAccess?.source,
        baseCredentials: credentialsFor(base.host, registry.uri, host.registryAccess),
        targetCredentials: credentialsFor(target.host, registry.uri, host.registryAccess),
        settings: host.settings.registry,
      }),
    );
    const rec = await registry.recordImage(id, { reference: built.reference, built: "package", base: cfg.base }, who);
    host.log.info(`${info.id} → ${rec.reference}`);
    return {
      ok: true,
      outputs: { "model-id": info.id, image: rec.reference, digest: rec.imageDigest },
      summary: `Packaged ${inlineCode(formatModelId(id))} as ${inlineCode(rec.reference)} (tag ${inlineCode(built.tag)}), on ${inlineCode(cfg.base)}.\n`,
      extra: undefined,
    };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** The package step: its spec and its run. */
export const packageStep: Step<typeof packageSpec> = { spec: packageSpec, run: runPackage };
