import { createHash } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserError } from "../errors.js";
import { OciClient, ociOptions, type OciClientOptions } from "../registry/backends/oci-client.js";
import type { RegistrySettings } from "../settings.js";
import { IMAGE_REFERENCE, type VersionInfo } from "../registry/types.js";
import { folderFiles, writeLayer, type LayerFile } from "./layer.js";

/*
 * `mlship package`: a registered version as an OCI image, built without a daemon the way
 * `crane append`, ko and Jib do: the base image's manifest and config are read from its registry,
 * two layers are appended (the model's files, the serving code), the config gets the serve command
 * as its entrypoint, the port and the OCI labels, and the blobs and manifest are pushed with the
 * registry backend's OCI client (auth, retries, streaming). Everything that goes into the image is
 * fixed by the version (its files, its record's creation time), so packaging the same version twice
 * gives the same manifest digest. Media types and fields follow the OCI image spec v1.1
 * (image-manifest.md, config.md, image-index.md).
 */

const OCI_INDEX = "application/vnd.oci.image.index.v1+json";
const OCI_IMAGE_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_CONFIG = "application/vnd.oci.image.config.v1+json";
const OCI_LAYER = "application/vnd.oci.image.layer.v1.tar";
const DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
const DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
/** Docker's media types of a base image, as their OCI twins (the same bytes). */
const AS_OCI: Record<string, string> = {
  "application/vnd.docker.container.image.v1+json": OCI_CONFIG,
  "application/vnd.docker.image.rootfs.diff.tar.gzip": "application/vnd.oci.image.layer.v1.tar+gzip",
  "application/vnd.docker.image.rootfs.diff.tar": OCI_LAYER,
};

/** Where in the image the model and the serving code lie. */
const MODEL_DIR = "/mlship/model";
const APP_DIR = "/mlship/app";

/** Label keys beside the org.opencontainers.image.* ones. */
const LABELS = {
  modelId: "dev.mlship.model.id",
  modelDigest: "dev.mlship.model.digest",
  commit: "dev.mlship.lineage.commit",
} as const;

export interface ImageName {
  host: string;
  repository: string;
  digest: string;
}

/** `host/repository@sha256:…` split; a clear error naming `input` for anything else (a tag, a bare name). */
export function parseImageReference(text: string, input: string): ImageName {
  const m = IMAGE_REFERENCE.exec(text);
  if (m?.groups) return { host: m.groups.host, repository: m.groups.repository, digest: m.groups.digest };
  const tagged = /^[^@\s]+:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(text) && !/@/.test(text);
  throw new UserError(
    `${input} ${JSON.stringify(text)} is ${tagged || !text.includes("@") ? "not pinned by digest (a tag can be moved under you)" : "not an image reference"}: name it as <host>/<repository>@sha256:<64 hex>, e.g. docker.io/library/python@sha256:… (\`skopeo inspect docker://<image>\` or \`docker buildx imagetools inspect <image>\` prints the digest)`,
    { input },
  );
}

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:]+\])(?::[0-9]{1,5})?$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

/** `host/repository` (an optional `oci://` before it) split; an error naming `input` otherwise. */
export function parseRepository(text: string, input: string): { host: string; repository: string } {
  const bare = text.replace(/^oci:\/\//, "");
  const slash = bare.indexOf("/");
  const [host, repository] = slash > 0 ? [bare.slice(0, slash), bare.slice(slash + 1)] : ["", ""];
  if (!HOST.test(host) || !REPOSITORY.test(repository))
    throw new UserError(
      `${input} ${JSON.stringify(text)} is not <host>/<repository> (lowercase letters, digits, separators . _ - and /; no tag)`,
      { input },
    );
  return { host, repository };
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** The parts of an image config (config.md) mlship reads and writes; others are kept as they are. */
interface ImageConfig {
  created?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: {
    Env?: string[];
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    ExposedPorts?: Record<string, object>;
    Labels?: Record<string, string>;
    [k: string]: unknown;
  };
  rootfs: { type: "layers"; diff_ids: string[] };
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[];
  [k: string]: unknown;
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function json(bytes: Buffer, what: string): Record<string, unknown> {
  try {
    const v = JSON.parse(bytes.toString("utf8")) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    /* below */
  }
  throw new UserError(`${what} is not a JSON object`, { input: "package.base" }, 1);
}

function isDescriptor(d: unknown): d is Descriptor {
  const o = d as Descriptor | null;
  return (
    !!o &&
    typeof o.mediaType === "string" &&
    typeof o.digest === "string" &&
    DIGEST.test(o.digest) &&
    Number.isSafeInteger(o.size) &&
    o.size >= 0
  );
}

interface BaseImage {
  manifest: ImageManifest;
  config: ImageConfig;
  /** The platform manifest's digest (the base's own, or the one its index names for the platform). */
  digest: string;
}

/**
 * The base image's manifest and config for `platform`, every byte checked against the digest that
 * names it (the registry is not trusted): an index (OCI or Docker's list) is followed to the
 * platform's manifest; Docker's media types are read as their OCI twins.
 */
async function readBaseImage(client: OciClient, digest: string, platform: string, where: string): Promise<BaseImage> {
  const accept = [OCI_INDEX, OCI_IMAGE_MANIFEST, DOCKER_LIST, DOCKER_MANIFEST].join(", ");
  const fetchChecked = async (d: string, what: string) => {
    const bytes = await client.getManifest(d, accept);
    if (!bytes) throw new UserError(`${where}: ${what} ${d} is not in the registry`, { input: "package.base" }, 1);
    if (sha256(bytes) !== d)
      throw new UserError(
        `${where}: the registry's ${what} does not match its digest ${d}`,
        { input: "package.base" },
        1,
      );
    return json(bytes, `${where}: ${what} ${d}`);
  };
  let top = await fetchChecked(digest, "manifest");
  let own = digest;
  const mediaType = String(top.mediaType ?? "");
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST || (!top.config && Array.isArray(top.manifests))) {
    const [os, architecture, variant] = platform.split("/");
    const manifests = (Array.isArray(top.manifests) ? top.manifests : []).filter(isDescriptor);
    const pick = manifests.find(
      (m) =>
        m.platform?.os === os &&
        m.platform?.architecture === architecture &&
        (!variant || m.platform?.variant === variant),
    );
    if (!pick)
      throw new UserError(
        `${where} has no image for ${platform} (it has ${manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).join(", ") || "none"}); set package.platform`,
        { input: "package.base" },
        1,
      );
    own = pick.digest;
    top = await fetchChecked(pick.digest, `${platform} manifest`);
  }
  const layers = Array.isArray(top.layers) ? top.layers : undefined;
  if (!isDescriptor(top.config) || !layers?.every(isDescriptor))
    throw new UserError(
      `${where}: manifest ${own} is not an image manifest (config and layers)`,
      { input: "package.base" },
      1,
    );
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_IMAGE_MANIFEST,
    config: top.config as Descriptor,
    layers: (layers as Descriptor[]).map((l) => ({
      mediaType: AS_OCI[l.mediaType] ?? l.mediaType,
      digest: l.digest,
      size: l.size,
    })),
  };
  const configBytes = await client.getSmallBlob(manifest.config.digest);
  if (!configBytes || sha256(configBytes) !== manifest.config.digest)
    throw new UserError(
      `${where}: the image config ${manifest.config.digest} is ${configBytes ? "not what its digest says" : "missing"}`,
      { input: "package.base" },
      1,
    );
  const config = json(configBytes, `${where}: image config`) as unknown as ImageConfig;
  const diffIds = config.rootfs?.diff_ids;
  if (
    typeof config.architecture !== "string" ||
    typeof config.os !== "string" ||
    !Array.isArray(diffIds) ||
    !diffIds.every((d) => typeof d === "string" && DIGEST.test(d)) ||
    diffIds.length !== manifest.layers.length
  )
    throw new UserError(
      `${where}: the image config has no os/architecture or its rootfs.diff_ids do not match its ${manifest.layers.length} layers`,
      { input: "package.base" },
      1,
    );
  return { manifest, config, digest: own };
}

export interface ImagePlan {
  /** The version packaged. */
  info: VersionInfo;
  /** Its model files, pulled (a folder). */
  modelDir: string;
  /** The serving code's files: image path below APP_DIR → local file. */
  appFiles: Record<string, string>;
  /** The serve command's words, run from APP_DIR. */
  command: string[];
  port: number;
  base: string;
  /** Where the image goes. */
  target: { host: string; repository: string };
  platform: string;
  /** The repository's page, as org.opencontainers.image.source. */
  source?: string;
  baseCredentials?: OciClientOptions["credentials"];
  targetCredentials?: OciClientOptions["credentials"];
  /** The host's registry settings (attempts, timeouts) for both registries (default: unset). */
  settings?: RegistrySettings;
}

export interface BuiltImage {
  /** host/repository@sha256:… */
  reference: string;
  digest: string;
  /** The tag it was also pushed under (v<N>: keeps it from a registry's garbage collection). */
  tag: string;
  manifest: ImageManifest;
  config: ImageConfig;
}

/** The image's labels: OCI's annotation keys (annotations.md) and the model's ID, digest and commit. @internal */
export function imageLabels(info: VersionInfo, source?: string): Record<string, string> {
  return {
    "org.opencontainers.image.title": info.name,
    "org.opencontainers.image.version": `v${info.version}`,
    "org.opencontainers.image.created": info.createdAt,
    "org.opencontainers.image.description": `mlship model ${info.id}`,
    ...(info.gitCommit ? { "org.opencontainers.image.revision": info.gitCommit } : {}),
    ...(source ? { "org.opencontainers.image.source": source } : {}),
    [LABELS.modelId]: info.id,
    [LABELS.modelDigest]: info.digest,
    ...(info.gitCommit ? { [LABELS.commit]: info.gitCommit } : {}),
  };
}

/**
 * The new image's config: the base's, with the serve command as the entrypoint (no Cmd: nothing of
 * the base's entrypoint is assumed), the serving code's folder as the working directory, the port
 * exposed and in $PORT, the model's path, ID and digest in the environment (the server contract's
 * variables, as the local target sets them), the labels, and the two layers' diff IDs and history.
 * @internal
 */
export function imageConfig(
  base: ImageConfig,
  plan: Pick<ImagePlan, "info" | "command" | "port" | "source">,
  layers: { model: string; app: string },
): ImageConfig {
  const { info } = plan;
  const ours: Record<string, string> = {
    MLSHIP_MODEL_PATH: MODEL_DIR,
    MLSHIP_MODEL_ID: info.id,
    MLSHIP_MODEL_DIGEST: info.digest,
    PORT: String(plan.port),
  };
  const env = [
    ...(base.config?.Env ?? []).filter((e) => !Object.hasOwn(ours, e.slice(0, e.indexOf("=")))),
    ...Object.entries(ours).map(([k, v]) => `${k}=${v}`),
  ];
  const { Cmd: _cmd, Entrypoint: _entrypoint, ...kept } = base.config ?? {};
  return {
    ...base,
    created: info.createdAt,
    config: {
      ...kept,
      Env: env,
      Entrypoint: plan.command,
      WorkingDir: APP_DIR,
      ExposedPorts: { ...(base.config?.ExposedPorts ?? {}), [`${plan.port}/tcp`]: {} },
      Labels: { ...(base.config?.Labels ?? {}), ...imageLabels(info, plan.source) },
    },
    rootfs: { type: "layers", diff_ids: [...base.rootfs.diff_ids, layers.model, layers.app] },
    history: [
      ...(base.history ?? []),
      {
        created: info.createdAt,
        created_by: `mlship package ${info.id}: the model (${info.digest})`,
        comment: "mlship",
      },
      { created: info.createdAt, created_by: `mlship package ${info.id}: the serving code`, comment: "mlship" },
    ],
  };
}

/** Copies a base layer into the target repository when it is not there (through a temp file, its digest checked). */
async function copyBlob(from: OciClient, to: OciClient, layer: Descriptor, tmp: string, where: string): Promise<void> {
  if ((await to.blobSize(layer.digest)) !== undefined) return;
  const chunks = await from.getBlob(layer.digest);
  if (!chunks) throw new UserError(`${where}: layer ${layer.digest} is missing`, { input: "package.base" }, 1);
  const file = path.join(tmp, layer.digest.slice(7));
  const hash = createHash("sha256");
  await pipeline(
    Readable.from(chunks),
    async function* (source: AsyncIterable<Uint8Array>) {
      for await (const c of source) {
        hash.update(c);
        yield c;
      }
    },
    createWriteStream(file),
  );
  if (`sha256:${hash.digest("hex")}` !== layer.digest)
    throw new UserError(`${where}: layer ${layer.digest} does not match its digest`, { input: "package.base" }, 1);
  await to.uploadFile(layer.digest, (await fs.stat(file)).size, file);
  await fs.rm(file, { force: true });
}

/** Builds the image of `plan` and pushes it; the same plan gives the same digest. */
export async function buildImage(plan: ImagePlan): Promise<BuiltImage> {
  const base = parseImageReference(plan.base, "package.base");
  const where = `base image ${plan.base}`;
  const from = new OciClient(base.host, base.repository, where, {
    ...ociOptions(plan.settings),
    credentials: plan.baseCredentials,
  });
  const targetName = `${plan.target.host}/${plan.target.repository}`;
  const to = new OciClient(plan.target.host, plan.target.repository, targetName, {
    ...ociOptions(plan.settings),
    credentials: plan.targetCredentials,
  });
  const baseImage = await readBaseImage(from, base.digest, plan.platform, where);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "mlship-package-"));
  try {
    const modelFiles = await folderFiles(plan.modelDir, MODEL_DIR.slice(1));
    const appFiles: LayerFile[] = Object.entries(plan.appFiles).map(([rel, file]) => ({
      path: `${APP_DIR.slice(1)}/${rel}`,
      source: file,
    }));
    const modelLayer = await writeLayer(modelFiles, path.join(tmp, "model.tar"));
    const appLayer = await writeLayer(appFiles, path.join(tmp, "app.tar"));
    const config = imageConfig(baseImage.config, plan, { model: modelLayer.digest, app: appLayer.digest });
    const configBytes = Buffer.from(JSON.stringify(config));
    const configDigest = sha256(configBytes);
    for (const layer of baseImage.manifest.layers) await copyBlob(from, to, layer, tmp, where);
    for (const [layer, file] of [
      [modelLayer, "model.tar"],
      [appLayer, "app.tar"],
    ] as const)
      if ((await to.blobSize(layer.digest)) === undefined)
        await to.uploadFile(layer.digest, layer.size, path.join(tmp, file));
    await to.putSmallBlob(configDigest, configBytes);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: OCI_IMAGE_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: configDigest, size: configBytes.length },
      layers: [
        ...baseImage.manifest.layers,
        { mediaType: OCI_LAYER, digest: modelLayer.digest, size: modelLayer.size },
        { mediaType: OCI_LAYER, digest: appLayer.digest, size: appLayer.size },
      ],
      annotations: {
        ...imageLabels(plan.info, plan.source),
        "org.opencontainers.image.base.name": `${base.host}/${base.repository}`,
        "org.opencontainers.image.base.digest": baseImage.digest,
      },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = sha256(bytes);
    const tag = `v${plan.info.version}`;
    await to.putManifest(tag, bytes, OCI_IMAGE_MANIFEST);
    return { reference: `${targetName}@${digest}`, digest, tag, manifest, config };
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
