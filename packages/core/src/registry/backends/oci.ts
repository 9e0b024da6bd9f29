import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import type { EnvironmentPointer, RegistryBackend, VersionRecord, VersionState } from "../types.js";
import { OciClient, type OciClientOptions } from "./oci-client.js";
import { UserError } from "../../errors.js";
import { ModelRegistry } from "../model-registry.js";
import type { Registry } from "../types.js";
import { remoteParts, type RegistryLocation } from "../uri.js";

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const MODEL_ARTIFACT = "application/vnd.mlship.model.v1";
export const MODEL_CONFIG = "application/vnd.mlship.model.config.v1+json";
export const MODEL_LAYER = "application/vnd.mlship.model.layer.v1.tar";
const STATE_ARTIFACT = "application/vnd.mlship.model.state.v1";
const STATE_CONFIG = "application/vnd.mlship.model.state.v1+json";
const ENV_ARTIFACT = "application/vnd.mlship.model.environment.v1";
const ENV_CONFIG = "application/vnd.mlship.model.environment.v1+json";
const TITLE = "org.opencontainers.image.title";

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}
interface Manifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/**
 * Tags, one repository for all models (so listing works on every registry; ghcr.io has no catalog):
 *   <name>.v<N>          the version: config = its metadata, layer 1 = the model tar, then attachments
 *   <name>.v<N>.state    stages and quarantine (re-tagged on change)
 *   <name>.env.<env>     which version an environment runs
 * Model names cannot make these collide: versions end in .v<digits>, states in .state, and an
 * environment name is never v<digits>.
 */
const tags = {
  version: (name: string, version: number) => `${name}.v${version}`,
  state: (name: string, version: number) => `${name}.v${version}.state`,
  environment: (name: string, env: string) => `${name}.env.${env}`,
  parseVersion: (tag: string) => /^(.+)\.v([1-9][0-9]*)$/.exec(tag),
};

function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

export interface OciBackendOptions extends OciClientOptions {
  /**
   * How long a writer waits after tagging a version before confirming the tag still names its
   * manifest. Distribution registries have no compare-and-swap on tags, so a version is claimed
   * by check, put and confirm; two writers can only both believe they hold a tag if one took longer
   * than this between its check and its put, and a writer that took over a quarter of it re-checks.
   */
  settleMs?: number;
}

/** `oci://<host>/<repository>`: each version an OCI artifact (artifactType application/vnd.mlship.model.v1). */
export class OciBackend implements RegistryBackend {
  readonly uri: string;
  private readonly client: OciClient;
  private readonly settleMs: number;

  constructor(host: string, repository: string, opts: OciBackendOptions = {}) {
    this.uri = `oci://${host}/${repository}`;
    this.client = new OciClient(host, repository, this.uri, opts);
    this.settleMs = opts.settleMs ?? Number(process.env.MLSHIP_OCI_SETTLE_MS ?? 500);
  }

  async stagingDir(): Promise<string> {
    return os.tmpdir();
  }

  async putBlob(_name: string, digest: string, size: number, file: string): Promise<void> {
    if ((await this.client.blobSize(digest)) === undefined) await this.client.uploadFile(digest, size, file);
  }

  async openBlob(_name: string, digest: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    return this.client.getBlob(digest);
  }

  /** A manifest whose config blob is `value` as JSON; the config is uploaded, the manifest returned. */
  private async manifestFor(
    artifactType: string,
    configType: string,
    value: unknown,
    layers: Descriptor[],
    annotations?: Record<string, string>,
  ): Promise<Buffer> {
    const config = Buffer.from(JSON.stringify(value, null, 2) + "\n");
    const digest = sha256(config);
    await this.client.putSmallBlob(digest, config);
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config: { mediaType: configType, digest, size: config.length },
      layers,
      ...(annotations ? { annotations } : {}),
    };
    return Buffer.from(JSON.stringify(manifest));
  }

  private async readConfig<T>(tag: string): Promise<T | undefined> {
    const bytes = await this.client.getManifest(tag, OCI_MANIFEST);
    if (!bytes) return undefined;
    const manifest = JSON.parse(bytes.toString("utf8")) as Manifest;
    const config = await this.client.getSmallBlob(manifest.config.digest);
    if (!config) return undefined;
    if (sha256(config) !== manifest.config.digest)
      throw new Error(`${this.uri}: config of ${tag} does not match its digest`);
    return JSON.parse(config.toString("utf8")) as T;
  }

  async createVersion(record: VersionRecord): Promise<boolean> {
    const tag = tags.version(record.name, record.version);
    const layers: Descriptor[] = [
      { mediaType: MODEL_LAYER, digest: record.digest, size: record.size, annotations: { [TITLE]: "model.tar" } },
      ...(await Promise.all(
        Object.entries(record.attachments ?? {}).map(async ([name, digest]) => ({
          mediaType: "application/octet-stream",
          digest,
          size: await this.blobSize(digest),
          annotations: { [TITLE]: name },
        })),
      )),
    ];
    // The claim annotation makes every writer's manifest (and so its digest) unique.
    const manifest = await this.manifestFor(MODEL_ARTIFACT, MODEL_CONFIG, record, layers, {
      "org.opencontainers.image.created": record.createdAt,
      "dev.mlship.model.id": record.id,
      "dev.mlship.claim": randomBytes(8).toString("hex"),
    });
    const mine = sha256(manifest);
    for (;;) {
      const checked = Date.now();
      if (await this.client.manifestDigest(tag, OCI_MANIFEST)) return false;
      if (Date.now() - checked > this.settleMs / 4) continue; // too slow to trust the check: check again
      await this.client.putManifest(tag, manifest, OCI_MANIFEST);
      await new Promise((r) => setTimeout(r, this.settleMs));
      // Another writer who checked before our put may have tagged over us: then it is theirs.
      return (await this.client.manifestDigest(tag, OCI_MANIFEST)) === mine;
    }
  }

  private async blobSize(digest: string): Promise<number> {
    const size = await this.client.blobSize(digest);
    if (size === undefined) throw new Error(`${this.uri}: blob ${digest} vanished before its version was tagged`);
    return size;
  }

  readVersion(name: string, version: number): Promise<VersionRecord | undefined> {
    return this.readConfig<VersionRecord>(tags.version(name, version));
  }

  private async versionTags(): Promise<{ name: string; version: number }[]> {
    return (await this.client.tags())
      .map(tags.parseVersion)
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ name: m[1], version: Number(m[2]) }));
  }

  async versions(name: string): Promise<number[]> {
    return (await this.versionTags()).filter((t) => t.name === name).map((t) => t.version);
  }

  async names(): Promise<string[]> {
    return [...new Set((await this.versionTags()).map((t) => t.name))].sort();
  }

  readState(name: string, version: number): Promise<VersionState | undefined> {
    return this.readConfig<VersionState>(tags.state(name, version));
  }

  async writeState(name: string, version: number, state: VersionState): Promise<void> {
    await this.client.putManifest(
      tags.state(name, version),
      await this.manifestFor(STATE_ARTIFACT, STATE_CONFIG, state, []),
      OCI_MANIFEST,
    );
  }

  readEnvironment(name: string, env: string): Promise<EnvironmentPointer | undefined> {
    return this.readConfig<EnvironmentPointer>(tags.environment(name, env));
  }

  async writeEnvironment(name: string, env: string, pointer: EnvironmentPointer): Promise<void> {
    await this.client.putManifest(
      tags.environment(name, env),
      await this.manifestFor(ENV_ARTIFACT, ENV_CONFIG, pointer, []),
      OCI_MANIFEST,
    );
  }

  /** Registries collect their own garbage (untagged manifests of lost claims, unreferenced blobs). */
  async collectGarbage(): Promise<undefined> {
    return undefined;
  }
}

export const usage = "oci://<host>/<repository>";
const HOST = /^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9a-fA-F:]+\](:[0-9]{1,5})?$/;
// The distribution spec's repository name grammar.
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;

/** `oci://<host>[:port]/<repository>`: an OCI distribution registry (ghcr.io, Docker's registry, Harbor...). */
export function openRegistry(loc: RegistryLocation): Registry {
  const { head, tail } = remoteParts(loc);
  if (!HOST.test(head))
    throw new UserError(`registry '${loc.uri}': '${head}' is not a registry host (oci://<host>[:port]/<repository>)`, {
      input: "registry",
    });
  if (!REPOSITORY.test(tail))
    throw new UserError(
      `registry '${loc.uri}': '${tail}' is not a repository name (lowercase letters, digits, separators . _ - and /)`,
      { input: "registry" },
    );
  const token = loc.access.token || process.env.MLSHIP_REGISTRY_TOKEN;
  const username = loc.access.username || process.env.MLSHIP_REGISTRY_USERNAME;
  return new ModelRegistry(new OciBackend(head, tail, token ? { credentials: { username, password: token } } : {}));
}
