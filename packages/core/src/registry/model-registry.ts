import { promises as fs } from "node:fs";
import path from "node:path";
import os from "node:os";
import { createHash, randomBytes } from "node:crypto";
import { UserError } from "../errors.js";
import { formatModelId, type ModelId, type ModelRef } from "../model-id.js";
import { sha256File } from "../util/digest.js";
import { packDirectory, unpackVerified } from "./tar.js";
import { quarantineMessage } from "./quarantine-message.js";
import { z } from "zod";
import { checked } from "../util/state-file.js";
import {
  versionRecordSchema,
  versionStateSchema,
  type PushOptions,
  type PushResult,
  type Registry,
  type RegistryBackend,
  type VersionInfo,
  type VersionRecord,
  type VersionState,
} from "./types.js";

/** How many versions past the highest seen a push tries before giving up (each lost race moves one on). */
const MAX_VERSION_ATTEMPTS = 1000;
/** Blobs younger than this are never collected: a push writes blobs before its version record. */
const GC_GRACE_MS = 60 * 60 * 1000;

const environmentPointerSchema = z.object({ version: z.number().int().positive(), at: z.string() });

/**
 * The registry's rules, once, over any backend: blobs first and the version record last
 * (a killed push leaves no visible half-version), identical content keeps its ID, versions
 * are claimed with the backend's create-if-absent, pulls verify sha256 before they land.
 */
export class ModelRegistry implements Registry {
  constructor(protected readonly backend: RegistryBackend) {}

  get uri(): string {
    return this.backend.uri;
  }

  private notFound(id: ModelId): UserError {
    return new UserError(`${formatModelId(id)} is not in the registry ${this.uri}`, {}, 2);
  }

  async push(opts: PushOptions): Promise<PushResult> {
    const staging = await this.backend.stagingDir();
    const tmp = path.join(staging, `.push.${process.pid}.${randomBytes(4).toString("hex")}.tar`);
    let packed;
    try {
      packed = await packDirectory(opts.dir, tmp);
      await this.backend.putBlob(opts.name, packed.digest, packed.size, tmp, true);
    } finally {
      await fs.rm(tmp, { force: true });
    }

    if (!opts.forceNewVersion) {
      const same = (await this.records(opts.name)).find((v) => v.digest === packed.digest);
      if (same) return { id: { name: same.name, version: same.version }, digest: same.digest, existing: true };
    }
    const attachments: Record<string, string> = {};
    for (const [key, file] of Object.entries(opts.attachments ?? {})) {
      const digest = `sha256:${await sha256File(file)}`;
      await this.backend.putBlob(opts.name, digest, (await fs.stat(file)).size, file, false);
      attachments[key] = digest;
    }

    let version = Math.max(0, ...(await this.backend.versions(opts.name))) + 1;
    for (let attempt = 0; attempt < MAX_VERSION_ATTEMPTS; attempt++, version++) {
      const record: VersionRecord = {
        ...opts.metadata,
        schema: "mlship/model-version/v1",
        id: formatModelId({ name: opts.name, version }),
        name: opts.name,
        version,
        digest: packed.digest,
        size: packed.size,
        files: packed.files,
        createdAt: new Date().toISOString(),
        creator: opts.metadata.creator ?? os.userInfo().username,
        attachments,
      };
      if (await this.backend.createVersion(record))
        return { id: { name: opts.name, version }, digest: packed.digest, existing: false };
    }
    throw new Error(`could not claim a version of ${opts.name} in ${this.uri} after ${MAX_VERSION_ATTEMPTS} attempts`);
  }

  /** A version's immutable record, without its state (one read fewer where state does not matter). */
  private async record(id: ModelId): Promise<VersionRecord> {
    const stored = await this.backend.readVersion(id.name, id.version);
    if (!stored) throw this.notFound(id);
    // Records are read back from storage others can write to: check their shape before trusting them.
    const parsed = versionRecordSchema.safeParse(stored);
    // Its id, name and version must all be the ones it was read for: the name becomes a path
    // (the deploy cache, the OCI repository), so "../.." there must never get that far.
    const matches =
      parsed.success &&
      parsed.data.id === formatModelId(id) &&
      parsed.data.name === id.name &&
      parsed.data.version === id.version;
    if (!parsed.success || !matches) {
      const why = parsed.success
        ? `it says it is ${parsed.data.id} (name ${JSON.stringify(parsed.data.name)}, version ${parsed.data.version})`
        : parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
      throw new UserError(
        `the record of ${formatModelId(id)} in ${this.uri} is not a valid mlship version record (${why})`,
        {},
        1,
      );
    }
    // Keys the schema does not name (free-form metadata) are kept.
    return { ...(stored as VersionRecord), ...parsed.data };
  }

  private async records(name: string): Promise<VersionRecord[]> {
    return Promise.all((await this.versionNumbers(name)).map((version) => this.record({ name, version })));
  }

  private async versionNumbers(name: string): Promise<number[]> {
    return (await this.backend.versions(name)).sort((a, b) => a - b);
  }

  async show(id: ModelId): Promise<VersionInfo> {
    const record = await this.record(id);
    const stored = await this.backend.readState(id.name, id.version);
    const state =
      stored === undefined
        ? { stages: [] }
        : checked(stored, versionStateSchema, `the state of ${formatModelId(id)}`, this.uri);
    return { ...record, state };
  }

  async list(name: string): Promise<VersionInfo[]> {
    return Promise.all((await this.versionNumbers(name)).map((version) => this.show({ name, version })));
  }

  names(): Promise<string[]> {
    return this.backend.names();
  }

  private async blob(name: string, digest: string, what: string): Promise<AsyncIterable<Uint8Array>> {
    const stream = await this.backend.openBlob(name, digest);
    if (!stream) throw new UserError(`${what}: blob ${digest} is missing from ${this.uri}`, {}, 1);
    return stream;
  }

  async pull(id: ModelId, dest: string): Promise<VersionInfo> {
    const info = await this.show(id);
    const source = await this.blob(id.name, info.digest, info.id);
    const tmp = `${dest}.partial-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    await fs.mkdir(tmp, { recursive: true });
    try {
      await unpackVerified(source, tmp, info.digest, `${info.id} in ${this.uri}`);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await fs.rename(tmp, dest);
    } catch (e) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw e;
    }
    return info;
  }

  async pullAttachment(id: ModelId, name: string, dest: string): Promise<string | undefined> {
    const info = await this.show(id);
    const digest = info.attachments?.[name];
    if (!digest) return undefined;
    const source = await this.blob(id.name, digest, `${name} of ${info.id}`);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    const tmp = `${dest}.partial-${process.pid}`;
    try {
      const hash = createHash("sha256");
      // Written chunk by chunk and awaited: a source may reuse a chunk's buffer once the next is asked for.
      const out = await fs.open(tmp, "w");
      try {
        for await (const c of source) {
          hash.update(c);
          await out.write(c);
        }
      } finally {
        await out.close();
      }
      const actual = `sha256:${hash.digest("hex")}`;
      if (actual !== digest)
        throw new UserError(
          `integrity check failed for ${name} of ${info.id}: expected ${digest}, got ${actual}`,
          {},
          1,
        );
      await fs.rename(tmp, dest);
    } finally {
      await fs.rm(tmp, { force: true });
    }
    return dest;
  }

  async resolve(ref: ModelRef): Promise<ModelId> {
    switch (ref.kind) {
      case "version":
        await this.record(ref);
        return { name: ref.name, version: ref.version };
      case "latest": {
        const all = await this.list(ref.name);
        const usable = all.filter((v) => !v.state.quarantine);
        if (usable.length === 0) {
          const newest = all.at(-1);
          throw new UserError(
            newest
              ? `${ref.name}@latest: every version of '${ref.name}' in ${this.uri} is quarantined; the newest, ${quarantineMessage(newest)}`
              : `${ref.name}@latest: no version of '${ref.name}' in ${this.uri}`,
          );
        }
        const last = usable[usable.length - 1];
        return { name: last.name, version: last.version };
      }
      case "environment": {
        const id = await this.environment(ref.name, ref.environment);
        if (!id)
          throw new UserError(
            `${ref.name}@${ref.environment}: nothing of '${ref.name}' runs in environment '${ref.environment}'`,
          );
        return id;
      }
      case "digest": {
        for (const name of await this.names()) {
          const hit = (await this.records(name)).find((v) => v.digest === ref.digest);
          if (hit) return { name: hit.name, version: hit.version };
        }
        throw new UserError(`no model with digest ${ref.digest} in ${this.uri}`);
      }
    }
  }

  private async updateState(id: ModelId, change: (s: VersionState) => VersionState): Promise<void> {
    const info = await this.show(id);
    await this.backend.writeState(id.name, id.version, change(info.state));
  }

  async setEnvironment(id: ModelId, env: string): Promise<void> {
    await this.updateState(id, (s) => ({ ...s, stages: [...new Set([...s.stages, env])] }));
    await this.backend.writeEnvironment(id.name, env, { version: id.version, at: new Date().toISOString() });
  }

  async environment(name: string, env: string): Promise<ModelId | undefined> {
    const p = await this.backend.readEnvironment(name, env);
    if (p === undefined) return undefined;
    const { version } = checked(p, environmentPointerSchema, `the '${env}' pointer of ${name}`, this.uri);
    return { name, version };
  }

  async quarantine(id: ModelId, reason: string): Promise<void> {
    await this.updateState(id, (s) => ({
      ...s,
      quarantine: { reason, at: new Date().toISOString(), by: process.env.GITHUB_ACTOR ?? os.userInfo().username },
    }));
  }

  async release(id: ModelId): Promise<void> {
    await this.updateState(id, ({ quarantine: _, ...rest }) => rest);
  }

  /** Removes blobs no version points at; `graceMs` (default an hour) spares those a running push may still need. */
  async gc(options: { graceMs?: number } = {}): Promise<number | undefined> {
    const used = new Set<string>();
    for (const name of await this.names()) {
      for (const v of await this.records(name)) {
        used.add(v.digest);
        for (const d of Object.values(v.attachments ?? {})) used.add(d);
      }
    }
    return this.backend.collectGarbage(used, new Date(Date.now() - (options.graceMs ?? GC_GRACE_MS)));
  }
}
