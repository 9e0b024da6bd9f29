import * as z from "zod";
import type { ModelId, ModelRef } from "../model-id.js";
import { gitShaSchema } from "../util/git-sha.js";

const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/**
 * The serving code a model was evaluated with (deploy/serving-code.ts): the serve command's words
 * as configured ($VARS unexpanded) and the sha256 of each project file it names.
 */
export const servingCodeSchema = z.object({
  command: z.array(z.string().max(1000)).min(1).max(200),
  files: z.record(z.string().max(500), digest),
});
export type ServingCode = z.infer<typeof servingCodeSchema>;

/** Media type of a model's tar among the blobs its version record points at. */
export const MODEL_LAYER = "application/vnd.mlship.model.layer.v1.tar";

/** Immutable record of one registered version; schemas/model-metadata.schema.json is generated from this. */
export const versionRecordSchema = z.object({
  schema: z.literal("mlship/model-version/v1"),
  id: z.string().describe("name@vN"),
  name: z.string(),
  version: z.number().int().positive(),
  digest: digest.describe("sha256 of the model's deterministic tar"),
  size: z.number().int().nonnegative().describe("bytes of that tar"),
  files: z.number().int().positive(),
  createdAt: z.string(),
  creator: z.string(),
  gitCommit: gitShaSchema.optional(),
  metrics: z
    .record(z.string(), z.number().nullable())
    .optional()
    .describe("Metric name → value; null where training wrote NaN or Infinity"),
  gates: z
    .array(
      z.object({
        expression: z.string(),
        passed: z.boolean(),
        value: z.number().nullable().optional(),
        /** The value the gate compared with (a baseline gate's resolved), when recorded. */
        threshold: z.number().nullable().optional(),
      }),
    )
    .optional(),
  gatesPassed: z.boolean().optional(),
  report: z.string().optional().describe("Link to (or path of) the evaluation report"),
  lineage: z.record(z.string(), z.unknown()).optional().describe("train's lineage.json (schemas/lineage.schema.json)"),
  dataDigests: z.record(z.string(), digest).optional(),
  reproducibilityKey: z.string().optional(),
  serving: servingCodeSchema
    .optional()
    .describe(
      "The serving code evaluated: the serve command's words and the sha256 of each project file it names; a deploy's failed smoke test quarantines the model only when this is unchanged",
    ),
  attachments: z
    .record(z.string(), digest)
    .optional()
    .describe("Files kept beside the model (predictions on the test set): name → blob digest"),
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

/** Mutable state of a version: stages it ran in and quarantine. */
export const versionStateSchema = z.object({
  stages: z.array(z.string()),
  quarantine: z
    .object({
      reason: z.string(),
      at: z.string(),
      by: z.string().optional().describe("Who (GITHUB_ACTOR or the local user) quarantined it"),
    })
    .optional(),
});
type VersionState = z.infer<typeof versionStateSchema>;

/** That a version ran in an environment: one record per (version, environment), written by the deploy that put it there. */
export interface StageRecord {
  environment: string;
  seq: number;
  at: string;
}

/** What `mlship models show --json` prints: the record with its state. @internal */
export const modelMetadataSchema = versionRecordSchema.extend({ state: versionStateSchema });

export interface VersionInfo extends VersionRecord {
  state: VersionState;
}

export interface PushOptions {
  name: string;
  dir: string;
  metadata: Partial<
    Omit<VersionRecord, "schema" | "id" | "name" | "version" | "digest" | "size" | "files" | "createdAt">
  >;
  /** Small files stored alongside (e.g. predictions.csv); name → local path. */
  attachments?: Record<string, string>;
  forceNewVersion?: boolean;
}

export interface PushResult {
  id: ModelId;
  digest: string;
  /** True when identical content was already registered and that ID is returned. */
  existing: boolean;
}

/** What an event or a quarantine records about who acted and from where (the host's run facts). */
export interface Actor {
  /** GITHUB_ACTOR on GitHub, the login user elsewhere. */
  by: string;
  /** The commit the job ran on. */
  commit?: string;
  /** The workflow run's URL. */
  runUrl?: string;
}

/**
 * "canary" and "promote" (#30) are the steps of a gradual rollout (a KServe canary): traffic
 * shifted to the new model (outcome success), the canary rolled back (failure), the canary
 * promoted to all traffic. They never switch what serves: the deploy's own "deploy" or
 * "auto-rollback" event that follows does. Logs written before them parse unchanged.
 */
export const eventActions = [
  "deploy",
  "rollback",
  "auto-rollback",
  "quarantine",
  "release",
  "canary",
  "promote",
] as const;

/**
 * One event of an environment's log (or of a model's, for quarantines outside any environment):
 * immutable once written, numbered by `seq`, claimed with the backend's create-if-absent, so
 * concurrent writers never lose one. schemas/registry-event.schema.json is generated from this.
 */
export const registryEventSchema = z.object({
  schema: z.literal("mlship/event/v1"),
  seq: z.number().int().positive(),
  at: z.string(),
  /** The model name whose log this is. */
  model: z.string(),
  environment: z.string().nullable(),
  action: z.enum(eventActions),
  from: z.string().nullable(),
  to: z.string().describe("The model ID the event is about (deployed, rolled back to, quarantined...)"),
  digest: digest.optional().describe("Content digest of `to`"),
  outcome: z.enum(["success", "failure"]),
  reason: z.string().optional(),
  /** On a failure: the model's own checks failed (it was quarantined) or the environment did. */
  cause: z.enum(["model", "serving-code", "environment"]).optional(),
  by: z.string(),
  commit: gitShaSchema.optional(),
  runUrl: z.string().optional(),
  /** Milliseconds from failure detected to the previous model serving alone again. */
  recoveryMs: z.number().optional(),
  /** Where the environment serves after a successful deploy, and with which target. */
  url: z.string().nullable().optional(),
  target: z.string().optional(),
});
export type RegistryEvent = z.infer<typeof registryEventSchema>;
/** An event before the registry numbers and stamps it. */
export type NewEvent = Omit<RegistryEvent, "schema" | "seq" | "at" | "model" | "environment" | "by"> &
  Partial<Actor> & { at?: string };

/**
 * One drift check of an environment (what the dashboard draws over time), kept in the registry
 * beside the environment's events: a drift job's workspace is thrown away, the registry stays.
 * Immutable, numbered by `seq`, claimed like events. schemas/drift-check.schema.json is generated from this.
 */
export const driftCheckSchema = z.object({
  schema: z.literal("mlship/drift-check/v1"),
  seq: z.number().int().positive(),
  at: z.string(),
  model: z.string(),
  environment: z.string(),
  drift_share: z.number(),
  dataset_drift: z.boolean(),
  drifted: z.array(z.string()).describe("Columns found drifted"),
  reference: z
    .string()
    .optional()
    .describe("What the current data was compared with (a model's registered profile, a file)"),
  by: z.string(),
  commit: gitShaSchema.optional(),
  runUrl: z.string().optional(),
});
export type DriftCheck = z.infer<typeof driftCheckSchema>;
/** A drift check before the registry numbers and stamps it. */
export type NewDriftCheck = Omit<DriftCheck, "schema" | "seq" | "model" | "environment" | "by" | "at"> &
  Partial<Actor> & { at?: string };

/**
 * One performance check of an environment (check-performance): the version served, how many
 * served rows labels reached, the realised and CBPE-estimated headline metrics and the verdict.
 * Kept beside the drift checks, immutable, numbered by `seq`, claimed like events.
 * schemas/performance-check.schema.json is generated from this.
 */
const interval = z.tuple([z.number(), z.number()]);
export const performanceCheckSchema = z.object({
  schema: z.literal("mlship/performance-check/v1"),
  seq: z.number().int().positive(),
  at: z.string(),
  model: z.string(),
  environment: z.string(),
  version: z.string().describe("The version the environment served (name@vN)"),
  degraded: z.boolean().describe("A gate found production quality significantly worse"),
  served: z.number().int().nonnegative(),
  labelled: z.number().int().nonnegative().describe("Served rows that labels reached"),
  metrics: z
    .record(z.string(), z.number().nullable())
    .describe("Realised on the labelled rows: metric name → value (null where not finite)"),
  estimated: z
    .record(z.string(), z.number().nullable())
    .optional()
    .describe("CBPE's estimate from every served row's score (binary classifiers)"),
  intervals: z
    .record(z.string(), interval.nullable())
    .optional()
    .describe("The realised metrics' 95% intervals: metric name → [low, high] (null where not finite)"),
  estimatedIntervals: z
    .record(z.string(), interval.nullable())
    .optional()
    .describe("CBPE's 95% intervals: metric name → [low, high] (null where not finite)"),
  registered: z
    .record(z.string(), z.number().nullable())
    .optional()
    .describe("The served version's values at registration, the rule the dashboard draws: metric name → value"),
  by: z.string(),
  commit: gitShaSchema.optional(),
  runUrl: z.string().optional(),
});
export type PerformanceCheck = z.infer<typeof performanceCheckSchema>;
/** A performance check before the registry numbers and stamps it. */
export type NewPerformanceCheck = Omit<PerformanceCheck, "schema" | "seq" | "model" | "environment" | "by" | "at"> &
  Partial<Actor> & { at?: string };

/** What an environment runs now (`name@<env>`): written with the event that made it so. */
export const environmentRecordSchema = z.object({
  version: z.number().int().positive(),
  at: z.string(),
  /** The event that set it; later successful deploy events win over a record left behind. */
  seq: z.number().int().nonnegative().optional(),
  digest: digest.optional(),
  url: z.string().nullable().optional(),
  target: z.string().optional(),
  by: z.string().optional(),
});
export type EnvironmentRecord = z.infer<typeof environmentRecordSchema>;

/**
 * An OCI image reference by digest, the one grammar for images mlship records and deploys:
 * `host[:port]/repository@sha256:<64 hex>` (the distribution spec's repository grammar; a host
 * holds a dot or a port, or is localhost). Never a tag: a tag can be moved under a running model.
 */
export const IMAGE_REFERENCE =
  /^(?<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+|localhost|\[[0-9a-f:]+\])(?::[0-9]{1,5})?|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?:[0-9]{1,5})\/(?<repository>[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*)@(?<digest>sha256:[0-9a-f]{64})$/;

/**
 * The OCI image of a version (`mlship package`, or an image the user built and recorded): one
 * record per version beside it, replaced when it is packaged again. Read back as untrusted input:
 * its model, version digest and reference are checked against the version it is read for.
 * schemas/image-record.schema.json is generated from this.
 */
export const imageRecordSchema = z.object({
  schema: z.literal("mlship/image/v1"),
  model: z.string().describe("The version (name@vN) the image serves"),
  digest: digest.describe("The model's content digest: the image holds these bytes"),
  reference: z.string().regex(IMAGE_REFERENCE).describe("host/repository@sha256:…, by digest"),
  imageDigest: digest.describe("The image manifest's digest (the one in `reference`)"),
  built: z.enum(["package", "recorded"]).describe("Built by mlship package, or built elsewhere and recorded"),
  base: z.string().regex(IMAGE_REFERENCE).optional().describe("The base image it was built on (mlship package)"),
  at: z.string(),
  by: z.string(),
  commit: gitShaSchema.optional(),
  runUrl: z.string().optional(),
});
export type ImageRecord = z.infer<typeof imageRecordSchema>;

/** Quarantine by content digest: the same bytes under any version or name stay quarantined. */
export const quarantineRecordSchema = z.object({
  digest,
  quarantined: z.boolean(),
  model: z.string().describe("The ID it was quarantined (or released) as"),
  reason: z.string(),
  at: z.string(),
  by: z.string().optional(),
});
export type QuarantineRecord = z.infer<typeof quarantineRecordSchema>;

export interface Registry {
  readonly uri: string;
  push(opts: PushOptions): Promise<PushResult>;
  /** Extracts the model into `dest` (created; must not exist), verifying its digest. */
  pull(id: ModelId, dest: string): Promise<VersionInfo>;
  /** Copies an attachment to `dest`; undefined when the version has none of that name. */
  pullAttachment(id: ModelId, name: string, dest: string): Promise<string | undefined>;
  list(name: string): Promise<VersionInfo[]>;
  names(): Promise<string[]>;
  show(id: ModelId): Promise<VersionInfo>;
  resolve(ref: ModelRef): Promise<ModelId>;
  /**
   * Appends an event to the log of `env` (null: the model's own log, for quarantines outside any
   * environment), claiming the next sequence number; a successful deploy or rollback also makes
   * its model what `name@env` resolves to.
   */
  appendEvent(name: string, env: string | null, event: NewEvent): Promise<RegistryEvent>;
  /** The log of `env` (null: the model's own), in sequence order. */
  events(name: string, env: string | null): Promise<RegistryEvent[]>;
  /** Appends a drift check to the drift log of `name` in `env`, claiming the next sequence number. */
  appendDriftCheck(name: string, env: string, check: NewDriftCheck): Promise<DriftCheck>;
  /** The drift checks of `name` in `env`, in sequence order. */
  driftChecks(name: string, env: string): Promise<DriftCheck[]>;
  /** Appends a performance check to the performance log of `name` in `env`, claiming the next sequence number. */
  appendPerformanceCheck(name: string, env: string, check: NewPerformanceCheck): Promise<PerformanceCheck>;
  /** The performance checks of `name` in `env`, in sequence order. */
  performanceChecks(name: string, env: string): Promise<PerformanceCheck[]>;
  /** Environments `name` has a record, events or drift checks in. */
  environments(name: string): Promise<string[]>;
  /** What `env` runs now according to the registry, with when and through which event. */
  environmentRecord(name: string, env: string): Promise<(EnvironmentRecord & { id: ModelId }) | undefined>;
  /** Records that `env` now runs `id` (what `name@env` resolves to) with a deploy event. */
  setEnvironment(id: ModelId, env: string, actor?: Partial<Actor>): Promise<void>;
  environment(name: string, env: string): Promise<ModelId | undefined>;
  /** Quarantines the version's content (by digest) and logs it, in `env`'s log when given. */
  quarantine(id: ModelId, reason: string, opts?: Partial<Actor> & { environment?: string }): Promise<void>;
  /** Lifts a quarantine: the version is deployable (and `@latest`) again; logged. */
  release(id: ModelId, reason?: string, opts?: Partial<Actor> & { environment?: string }): Promise<void>;
  /** Records the version's OCI image (replacing an earlier record of it). */
  recordImage(
    id: ModelId,
    image: Pick<ImageRecord, "reference" | "built" | "base">,
    actor?: Partial<Actor>,
  ): Promise<ImageRecord>;
  /** The version's OCI image, as recorded (checked against the version); undefined when it was never packaged. */
  image(id: ModelId): Promise<ImageRecord | undefined>;
  /** Removes blobs no version record points at; returns how many. */
  gc(options?: { graceMs?: number }): Promise<number | undefined>;
}

/** A blob a record points at (OCI keeps them as the manifest's layers, so the registry keeps them). */
export interface BlobRef {
  digest: string;
  size: number;
  title: string;
  mediaType: string;
}

/**
 * What a storage backend provides; the registry's rules (versions, digests, resolution,
 * events, quarantine) live once in ModelRegistry on top of it. Blobs are content-addressed
 * (`sha256:<hex>`); records are small JSON documents under the keys of key-layout.ts.
 */
export interface RegistryBackend {
  readonly uri: string;
  /** A folder for temp files that can be renamed into the store cheaply (same file system where possible). */
  stagingDir(): Promise<string>;
  /** Stores `file` as blob `digest` unless present; `move` lets the backend consume the file. */
  putBlob(name: string, digest: string, size: number, file: string, move: boolean): Promise<void>;
  /** The blob's bytes, or undefined when it is missing. Chunks may be reused once the next is asked for. */
  openBlob(name: string, digest: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /**
   * THE claim primitive: creates record `key` holding `value` unless it exists (false when it is
   * taken). Versions and events are both claimed with it. `blobs` are the blobs it points at.
   */
  createRecord(key: string, value: unknown, blobs?: BlobRef[]): Promise<boolean>;
  /** The record's value, or undefined when there is none. */
  readRecord(key: string): Promise<unknown | undefined>;
  /** Replaces a mutable record (state, environment, quarantine). */
  writeRecord(key: string, value: unknown): Promise<void>;
  /** Keys of the records below folder `dir` of the layout, at any depth. */
  listRecords(dir: string): Promise<string[]>;
  /**
   * Removes stored blobs not in `used` and older than `before` (younger ones may belong to a push
   * still writing its record); returns how many, or undefined when the store collects its own garbage.
   */
  collectGarbage(used: Set<string>, before: Date): Promise<number | undefined>;
}
