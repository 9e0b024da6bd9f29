import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import type { BlobRef, RegistryBackend } from "../types.js";
import { OciClient, type OciClientOptions } from "./oci-client.js";
import { UserError } from "../../errors.js";
import { ModelRegistry } from "../model-registry.js";
import type { Registry } from "../types.js";
import { remoteParts, type RegistryLocation } from "../uri.js";

export const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
export const MODEL_ARTIFACT = "application/vnd.mlship.model.v1";
export const MODEL_CONFIG = "application/vnd.mlship.model.config.v1+json";
export { MODEL_LAYER } from "../types.js";
const TITLE = "org.opencontainers.image.title";
/** The OCI image spec's empty descriptor: the one layer of a record that points at no blob (spec 1.1 asks for at least one). */
const EMPTY = {
  mediaType: "application/vnd.oci.empty.v1+json",
  digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
  size: 2,
};
const EMPTY_BYTES = Buffer.from("{}");

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
 * Each record of key-layout.ts is a tag of one repository for all models (listing works on every
 * registry; ghcr.io has no catalog), an OCI artifact whose config blob is the record's JSON:
 *   <name>.v<N>                 a version: artifactType application/vnd.mlship.model.v1, layers the model tar and attachments
 *   <name>.v<N>.state           the stages it ran in (re-tagged on change)
 *   <name>.env.<env>            what an environment runs
 *   <name>.env.<env>.e<seq>     an event of that environment
 *   <name>.env.<env>.d<seq>     a drift check of that environment
 *   <name>.events.e<seq>        a quarantine or release outside any environment
 *   quarantine.sha256-<hex>     quarantine by content digest
 * Model names ([a-z0-9._-]) cannot make these collide with each other: environment names have no
 * dot, and each kind has its own ending. Tags are never deleted (ghcr.io cannot delete them
 * through the registry API): mutable records are re-tagged, superseded manifests left to the
 * registry's garbage collection.
 */
const KINDS: {
  kind: string;
  key: RegExp;
  tag: RegExp;
  toTag: (m: string[]) => string;
  toKey: (m: string[]) => string;
}[] = [
  {
    kind: "quarantine",
    key: /^quarantine\/sha256\/([0-9a-f]{64})\.json$/,
    tag: /^quarantine\.sha256-([0-9a-f]{64})$/,
    toTag: ([hex]) => `quarantine.sha256-${hex}`,
    toKey: ([hex]) => `quarantine/sha256/${hex}.json`,
  },
  {
    kind: "event",
    key: /^models\/([^/]+)\/environments\/([^/]+)\/events\/([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.env\.([a-z][a-z0-9_-]*)\.e([1-9][0-9]*)$/,
    toTag: ([n, e, seq]) => `${n}.env.${e}.e${seq}`,
    toKey: ([n, e, seq]) => `models/${n}/environments/${e}/events/${seq}.json`,
  },
  {
    kind: "drift-check",
    key: /^models\/([^/]+)\/environments\/([^/]+)\/drift\/([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.env\.([a-z][a-z0-9_-]*)\.d([1-9][0-9]*)$/,
    toTag: ([n, e, seq]) => `${n}.env.${e}.d${seq}`,
    toKey: ([n, e, seq]) => `models/${n}/environments/${e}/drift/${seq}.json`,
  },
  {
    kind: "event",
    key: /^models\/([^/]+)\/events\/([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.events\.e([1-9][0-9]*)$/,
    toTag: ([n, seq]) => `${n}.events.e${seq}`,
    toKey: ([n, seq]) => `models/${n}/events/${seq}.json`,
  },
  {
    kind: "state",
    key: /^models\/([^/]+)\/state\/v([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.v([1-9][0-9]*)\.state$/,
    toTag: ([n, v]) => `${n}.v${v}.state`,
    toKey: ([n, v]) => `models/${n}/state/v${v}.json`,
  },
  {
    kind: "model",
    key: /^models\/([^/]+)\/versions\/v([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.v([1-9][0-9]*)$/,
    toTag: ([n, v]) => `${n}.v${v}`,
    toKey: ([n, v]) => `models/${n}/versions/v${v}.json`,
  },
  {
    kind: "environment",
    key: /^models\/([^/]+)\/environments\/([^/]+)\.json$/,
    tag: /^(.+)\.env\.([a-z][a-z0-9_-]*)$/,
    toTag: ([n, e]) => `${n}.env.${e}`,
    toKey: ([n, e]) => `models/${n}/environments/${e}.json`,
  },
];

/** The tag of a record key, and its artifact kind. */
export function tagOfKey(key: string): { tag: string; kind: string } {
  for (const k of KINDS) {
    const m = k.key.exec(key);
    if (m) return { tag: k.toTag(m.slice(1)), kind: k.kind };
  }
  throw new Error(`no OCI tag for registry key ${key}`);
}

/** The record key a tag holds, or undefined for tags that are not mlship's. */
export function keyOfTag(tag: string): string | undefined {
  for (const k of KINDS) {
    const m = k.tag.exec(tag);
    if (m) return k.toKey(m.slice(1));
  }
  return undefined;
}

function artifactTypes(kind: string): { artifactType: string; config: string } {
  return kind === "model"
    ? { artifactType: MODEL_ARTIFACT, config: MODEL_CONFIG }
    : { artifactType: `application/vnd.mlship.${kind}.v1`, config: `application/vnd.mlship.${kind}.v1+json` };
}

function sha256(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

export interface OciBackendOptions extends OciClientOptions {
  /**
   * How long a writer waits after tagging a record before confirming the tag still names its
   * manifest. Distribution registries have no compare-and-swap on tags, so a record is claimed
   * by check, put and confirm; two writers can only both believe they hold a tag if one took longer
   * than this between its check and its put, and a writer that took over a quarter of it re-checks.
   */
  settleMs?: number;
  /**
   * The repository the registry belongs to (https://github.com/<owner>/<repo>), written as the
   * org.opencontainers.image.source annotation: ghcr.io links the package to it and its access.
   */
  source?: string;
}

/** `oci://<host>/<repository>`: each record an OCI artifact, each version one with artifactType application/vnd.mlship.model.v1. */
export class OciBackend implements RegistryBackend {
  readonly uri: string;
  private readonly client: OciClient;
  private readonly settleMs: number;
  private readonly source: string | undefined;
  private emptyUploaded = false;

  constructor(host: string, repository: string, opts: OciBackendOptions = {}) {
    this.uri = `oci://${host}/${repository}`;
    this.client = new OciClient(host, repository, this.uri, opts);
    this.settleMs = opts.settleMs ?? Number(process.env.MLSHIP_OCI_SETTLE_MS ?? 500);
    this.source = opts.source;
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

  /** The manifest of record `key`: its config blob is `value` as JSON (uploaded here), its layers `blobs`. */
  private async manifestFor(key: string, value: unknown, blobs: BlobRef[], claim: boolean): Promise<Buffer> {
    const { kind } = tagOfKey(key);
    const types = artifactTypes(kind);
    const config = Buffer.from(JSON.stringify(value, null, 2) + "\n");
    const digest = sha256(config);
    await this.client.putSmallBlob(digest, config);
    let layers: Descriptor[] = blobs.map((b) => ({
      mediaType: b.mediaType,
      digest: b.digest,
      size: b.size,
      annotations: { [TITLE]: b.title },
    }));
    if (!layers.length) {
      if (!this.emptyUploaded) await this.client.putSmallBlob(EMPTY.digest, EMPTY_BYTES);
      this.emptyUploaded = true;
      layers = [EMPTY];
    }
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: types.artifactType,
      config: { mediaType: types.config, digest, size: config.length },
      layers,
      annotations: {
        "org.opencontainers.image.created": new Date().toISOString(),
        ...(this.source ? { "org.opencontainers.image.source": this.source } : {}),
        // The claim annotation makes every writer's manifest (and so its digest) unique.
        ...(claim ? { "dev.mlship.claim": randomBytes(8).toString("hex") } : {}),
      },
    };
    return Buffer.from(JSON.stringify(manifest));
  }

  async createRecord(key: string, value: unknown, blobs: BlobRef[] = []): Promise<boolean> {
    const { tag } = tagOfKey(key);
    const manifest = await this.manifestFor(key, value, blobs, true);
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

  async readRecord(key: string): Promise<unknown | undefined> {
    const { tag } = tagOfKey(key);
    const bytes = await this.client.getManifest(tag, OCI_MANIFEST);
    if (!bytes) return undefined;
    const manifest = JSON.parse(bytes.toString("utf8")) as Manifest;
    const config = await this.client.getSmallBlob(manifest.config.digest);
    if (!config) return undefined;
    if (sha256(config) !== manifest.config.digest)
      throw new Error(`${this.uri}: config of ${tag} does not match its digest`);
    return JSON.parse(config.toString("utf8")) as unknown;
  }

  async writeRecord(key: string, value: unknown): Promise<void> {
    await this.client.putManifest(tagOfKey(key).tag, await this.manifestFor(key, value, [], false), OCI_MANIFEST);
  }

  async listRecords(dir: string): Promise<string[]> {
    const keys: string[] = [];
    for (const tag of await this.client.tags()) {
      const key = keyOfTag(tag);
      if (key?.startsWith(`${dir}/`)) keys.push(key);
    }
    return keys;
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
  // The host fills the credentials (the registry-token input, or MLSHIP_REGISTRY_* in the CLI).
  const { token, username } = loc.access;
  return new ModelRegistry(
    new OciBackend(head, tail, {
      ...(token ? { credentials: { username, password: token } } : {}),
      source: loc.access.source,
    }),
  );
}
