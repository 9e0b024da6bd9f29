import type { ModelId, ModelRef } from "../model-id.js";

/** Immutable record of one registered version (schemas/model-metadata.schema.json). */
export interface VersionRecord {
  schema: "mlship/model-version/v1";
  id: string;
  name: string;
  version: number;
  digest: string;
  size: number;
  files: number;
  createdAt: string;
  creator: string;
  gitCommit?: string;
  metrics?: Record<string, number>;
  gates?: { expression: string; passed: boolean; value?: number | null }[];
  gatesPassed?: boolean;
  report?: string;
  lineage?: Record<string, unknown>;
  dataDigests?: Record<string, string>;
  reproducibilityKey?: string;
  /** Extra files kept beside the model (predictions on the test set, for baselines and smoke tests). */
  attachments?: Record<string, string>;
}

/** Mutable state of a version: stages it ran in and quarantine. */
export interface VersionState {
  stages: string[];
  quarantine?: { reason: string; at: string };
}

export interface VersionInfo extends VersionRecord {
  state: VersionState;
}

export interface PushOptions {
  name: string;
  dir: string;
  metadata: Partial<Omit<VersionRecord, "schema" | "id" | "name" | "version" | "digest" | "size" | "files" | "createdAt">>;
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
  /** Removes blobs no version record points at; returns how many. */
  gc(): Promise<number>;
}
