import { z } from "zod";
import type { ModelId, ModelRef } from "../model-id.js";

const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

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
  gitCommit: z.string().optional(),
  metrics: z
    .record(z.string(), z.number().nullable())
    .optional()
    .describe("Metric name → value; null where training wrote NaN or Infinity"),
  gates: z
    .array(z.object({ expression: z.string(), passed: z.boolean(), value: z.number().nullable().optional() }))
    .optional(),
  gatesPassed: z.boolean().optional(),
  report: z.string().optional().describe("Link to (or path of) the evaluation report"),
  lineage: z.record(z.string(), z.unknown()).optional().describe("train's lineage.json (schemas/lineage.schema.json)"),
  dataDigests: z.record(z.string(), digest).optional(),
  reproducibilityKey: z.string().optional(),
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
export type VersionState = z.infer<typeof versionStateSchema>;

/** What `mlship models show --json` prints: the record with its state. */
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
  /** Records that `env` now runs `id` (what `name@env` resolves to). */
  setEnvironment(id: ModelId, env: string): Promise<void>;
  environment(name: string, env: string): Promise<ModelId | undefined>;
  quarantine(id: ModelId, reason: string): Promise<void>;
  /** Lifts a quarantine: the version is deployable (and `@latest`) again. */
  release(id: ModelId): Promise<void>;
  /** Removes blobs no version record points at; returns how many. */
  gc(options?: { graceMs?: number }): Promise<number | undefined>;
}

/** Where an environment's pointer is kept: which version it runs and since when. */
export interface EnvironmentPointer {
  version: number;
  at: string;
}

/**
 * What a storage backend provides; the registry's rules (versions, digests, resolution,
 * quarantine) live once in ModelRegistry on top of it. Blobs are content-addressed
 * (`sha256:<hex>`); `name` tells backends that scope blobs by model (OCI) where they go.
 */
export interface RegistryBackend {
  readonly uri: string;
  /** A folder for temp files that can be renamed into the store cheaply (same file system where possible). */
  stagingDir(): Promise<string>;
  /** Stores `file` as blob `digest` unless present; `move` lets the backend consume the file. */
  putBlob(name: string, digest: string, size: number, file: string, move: boolean): Promise<void>;
  /** The blob's bytes, or undefined when it is missing. Chunks may be reused once the next is asked for. */
  openBlob(name: string, digest: string): Promise<AsyncIterable<Uint8Array> | undefined>;
  /** Creates the immutable record of `record.version` unless that version exists; false when it is taken. */
  createVersion(record: VersionRecord): Promise<boolean>;
  readVersion(name: string, version: number): Promise<VersionRecord | undefined>;
  versions(name: string): Promise<number[]>;
  names(): Promise<string[]>;
  readState(name: string, version: number): Promise<VersionState | undefined>;
  writeState(name: string, version: number, state: VersionState): Promise<void>;
  readEnvironment(name: string, env: string): Promise<EnvironmentPointer | undefined>;
  writeEnvironment(name: string, env: string, pointer: EnvironmentPointer): Promise<void>;
  /**
   * Removes stored blobs not in `used` and older than `before` (younger ones may belong to a push
   * still writing its record); returns how many, or undefined when the store collects its own garbage.
   */
  collectGarbage(used: Set<string>, before: Date): Promise<number | undefined>;
}
