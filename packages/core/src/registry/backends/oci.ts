import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import type { BlobRef, RegistryBackend } from "../types.js";
import { OciClient, ociOptions, type OciClientOptions } from "./oci-client.js";
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
 *   <name>.v<N>.c<nonce>        a writer's claim of version N (see createRecord); events and drift checks likewise
 *   <name>.v<N>.state           the stages it ran in before stages had their own records (read, never written)
 *   <name>.v<N>.stage.<env>     that version ran in <env>: one tag per environment, so no write loses another
 *   <name>.v<N>.image           the version's OCI image (mlship package)
 *   <name>.env.<env>            what an environment runs
 *   <name>.env.<env>.e<seq>     an event of that environment
 *   <name>.env.<env>.d<seq>     a drift check of that environment
 *   <name>.env.<env>.p<seq>     a performance check of that environment
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
    kind: "performance-check",
    key: /^models\/([^/]+)\/environments\/([^/]+)\/performance\/([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.env\.([a-z][a-z0-9_-]*)\.p([1-9][0-9]*)$/,
    toTag: ([n, e, seq]) => `${n}.env.${e}.p${seq}`,
    toKey: ([n, e, seq]) => `models/${n}/environments/${e}/performance/${seq}.json`,
  },
  {
    kind: "event",
    key: /^models\/([^/]+)\/events\/([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.events\.e([1-9][0-9]*)$/,
    toTag: ([n, seq]) => `${n}.events.e${seq}`,
    toKey: ([n, seq]) => `models/${n}/events/${seq}.json`,
  },
  {
    kind: "stage",
    key: /^models\/([^/]+)\/stages\/v([1-9][0-9]*)\/([a-z][a-z0-9_-]*)\.json$/,
    tag: /^(.+)\.v([1-9][0-9]*)\.stage\.([a-z][a-z0-9_-]*)$/,
    toTag: ([n, v, e]) => `${n}.v${v}.stage.${e}`,
    toKey: ([n, v, e]) => `models/${n}/stages/v${v}/${e}.json`,
  },
  {
    kind: "state",
    key: /^models\/([^/]+)\/state\/v([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.v([1-9][0-9]*)\.state$/,
    toTag: ([n, v]) => `${n}.v${v}.state`,
    toKey: ([n, v]) => `models/${n}/state/v${v}.json`,
  },
  {
    kind: "image",
    key: /^models\/([^/]+)\/images\/v([1-9][0-9]*)\.json$/,
    tag: /^(.+)\.v([1-9][0-9]*)\.image$/,
    toTag: ([n, v]) => `${n}.v${v}.image`,
    toKey: ([n, v]) => `models/${n}/images/v${v}.json`,
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
   * The repository the registry belongs to (https://github.com/<owner>/<repo>), written as the
   * org.opencontainers.image.source annotation: ghcr.io links the package to it and its access.
   */
  source?: string;
}

/** Annotation holding the nonce of the claim a record was written under. */
const CLAIM = "dev.mlship.claim";
const NONCE = /^[0-9a-f]{12}$/;
/** A numbered record's tag: the family (`churn.v`, `churn.env.production.e`, `…d`) and the number. */
const NUMBERED = /^(.*\.[ved])([1-9][0-9]*)$/;

/** The claim tags of record tag `tag` among `tags`. */
function claimsOf(tag: string, tags: string[]): string[] {
  return tags.filter((t) => t.startsWith(`${tag}.c`) && NONCE.test(t.slice(tag.length + 2)));
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    return undefined;
  }
}

/** `oci://<host>/<repository>`: each record an OCI artifact, each version one with artifactType application/vnd.mlship.model.v1. */
export class OciBackend implements RegistryBackend {
  readonly uri: string;
  private readonly client: OciClient;
  private readonly source: string | undefined;
  private emptyUploaded = false;

  constructor(host: string, repository: string, opts: OciBackendOptions = {}) {
    this.uri = `oci://${host}/${repository}`;
    this.client = new OciClient(host, repository, this.uri, opts);
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
  private async manifestFor(key: string, value: unknown, blobs: BlobRef[], nonce?: string): Promise<Buffer> {
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
        // The claim's nonce makes every writer's manifest (and so its digest) unique.
        ...(nonce ? { [CLAIM]: nonce } : {}),
      },
    };
    return Buffer.from(JSON.stringify(manifest));
  }

  /**
   * Claims record tag T with no timing assumption. A distribution registry has no compare-and-swap
   * on tags, so no tag that two writers could both want is ever put by more than one:
   *   1. the writer puts its manifest under a claim tag of its own, `T.c<nonce>` (12 random hex);
   *   2. it lists the repository's tags, after that put was answered;
   *   3. it wins only if its claim is T's only claim, T is not there, and no record of the same
   *      family has a higher number; then it puts the same manifest under T. Anything else: it
   *      lost, T is left alone (a contested number is skipped by everyone) and it tries the next.
   * Two writers cannot both win: each listed after its own claim was stored, so whichever listed
   * second saw the other's claim, as long as a tag list shows every tag whose put was answered
   * before the listing began (read-after-write of the tag list; docker distribution's storage
   * gives it). No writer but the winner ever puts T, so no delayed or retried put overwrites it.
   * The "no higher record" rule keeps numbers in the order appends finished: an append that
   * completed (its record written) before another began always has the lower number.
   * A winner that dies before step 3 leaves a number that stays empty: numbers are unique and
   * increasing, not always consecutive.
   */
  async createRecord(key: string, value: unknown, blobs: BlobRef[] = []): Promise<boolean> {
    const { tag } = tagOfKey(key);
    const nonce = randomBytes(6).toString("hex");
    const manifest = await this.manifestFor(key, value, blobs, nonce);
    const claim = `${tag}.c${nonce}`;
    await this.client.putManifest(claim, manifest, OCI_MANIFEST);
    const tags = await this.client.tags();
    const claims = claimsOf(tag, tags);
    const slot = NUMBERED.exec(tag);
    const higher =
      slot !== null &&
      tags.some((t) => {
        const m = NUMBERED.exec(t);
        return m !== null && m[1] === slot[1] && Number(m[2]) > Number(slot[2]);
      });
    if (tags.includes(tag) || higher || claims.length !== 1 || claims[0] !== claim) return false;
    await this.client.putManifest(tag, manifest, OCI_MANIFEST);
    return true;
  }

  /** The manifest under `tag` checked for shape; an error naming the registry and the record when it is not one. */
  private async manifest(tag: string): Promise<{ bytes: Buffer; manifest: Manifest } | undefined> {
    const bytes = await this.client.getManifest(tag, OCI_MANIFEST);
    if (!bytes) return undefined;
    const m = parseJson(bytes) as Partial<Manifest> | null | undefined;
    const digest = m?.config?.digest;
    if (!m || typeof m !== "object" || typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest))
      throw new UserError(
        `registry ${this.uri}: record ${tag} is not an OCI manifest with a config digest (${bytes.length} bytes starting ${JSON.stringify(bytes.subarray(0, 40).toString("utf8"))})`,
        {},
        1,
      );
    return { bytes, manifest: m as Manifest };
  }

  async readRecord(key: string): Promise<unknown | undefined> {
    const { tag, kind } = tagOfKey(key);
    const found = await this.manifest(tag);
    if (!found) return undefined;
    const { bytes, manifest } = found;
    if (kind === "model" || kind === "event" || kind === "drift-check" || kind === "performance-check") {
      // Only the writer that won T's claim puts T, with the manifest it claimed with: a record
      // whose claim tag is missing or holds other bytes was not written that way and is not trusted.
      const nonce = manifest.annotations?.[CLAIM];
      const claimed =
        nonce && NONCE.test(nonce) ? await this.client.manifestDigest(`${tag}.c${nonce}`, OCI_MANIFEST) : undefined;
      if (claimed !== sha256(bytes))
        throw new UserError(
          `registry ${this.uri}: record ${tag} has no matching claim (${nonce ? `tag ${tag}.c${nonce} ${claimed ? "holds another manifest" : "is missing"}` : "no claim annotation"}); refusing a record not written by the writer that claimed it`,
          {},
          1,
        );
    }
    const config = await this.client.getSmallBlob(manifest.config.digest);
    if (!config) return undefined;
    if (sha256(config) !== manifest.config.digest)
      throw new UserError(
        `registry ${this.uri}: the config blob of record ${tag} does not match its digest ${manifest.config.digest}`,
        {},
        1,
      );
    const value = parseJson(config);
    if (value === undefined)
      throw new UserError(`registry ${this.uri}: the config blob of record ${tag} is not JSON`, {}, 1);
    return value;
  }

  async writeRecord(key: string, value: unknown): Promise<void> {
    await this.client.putManifest(tagOfKey(key).tag, await this.manifestFor(key, value, []), OCI_MANIFEST);
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
  const { token, username, settings } = loc.access;
  return new ModelRegistry(
    new OciBackend(head, tail, {
      ...ociOptions(settings),
      ...(token ? { credentials: { username, password: token } } : {}),
      source: loc.access.source,
    }),
  );
}
