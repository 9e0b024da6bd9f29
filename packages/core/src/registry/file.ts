import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import os from "node:os";
import { UserError } from "../errors.js";
import { formatModelId, type ModelId, type ModelRef } from "../model-id.js";
import { createExclusive, exists, readJsonIfExists, tempPathFor, writeJsonAtomic } from "../util/fs-atomic.js";
import { sha256File } from "../util/digest.js";
import { packDirectory, unpackVerified } from "./tar.js";
import type { PushOptions, PushResult, Registry, VersionInfo, VersionRecord, VersionState } from "./types.js";

/**
 * The embedded registry: a folder.
 *   blobs/sha256/<hex>                      model tars and attachments, content-addressed
 *   models/<name>/versions/v<N>.json        immutable version records (created with link(2): exclusive)
 *   models/<name>/state/v<N>.json           stages and quarantine (replaced atomically)
 *   models/<name>/environments/<env>.json   which version an environment runs
 * Blobs are written before the version record, so a killed push leaves at most an orphan blob (gc).
 */
export class FileRegistry implements Registry {
  readonly uri: string;
  constructor(private readonly root: string) {
    this.uri = `file://${root}`;
  }

  private blobPath(digest: string): string {
    return path.join(this.root, "blobs", "sha256", digest.replace(/^sha256:/, ""));
  }
  private modelDir(name: string): string {
    return path.join(this.root, "models", name);
  }
  private versionPath(id: ModelId): string {
    return path.join(this.modelDir(id.name), "versions", `v${id.version}.json`);
  }
  private statePath(id: ModelId): string {
    return path.join(this.modelDir(id.name), "state", `v${id.version}.json`);
  }

  /** Moves a finished temp file into the content-addressed store (idempotent). */
  private async storeBlob(tmp: string, digest: string): Promise<void> {
    const target = this.blobPath(digest);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (await exists(target)) {
      await fs.rm(tmp, { force: true });
      return;
    }
    await fs.rename(tmp, target);
  }

  private async putFileBlob(file: string): Promise<string> {
    const digest = `sha256:${await sha256File(file)}`;
    const tmp = tempPathFor(this.blobPath(digest));
    await fs.mkdir(path.dirname(tmp), { recursive: true });
    await fs.copyFile(file, tmp);
    await this.storeBlob(tmp, digest);
    return digest;
  }

  async push(opts: PushOptions): Promise<PushResult> {
    const blobDir = path.join(this.root, "blobs", "sha256");
    await fs.mkdir(blobDir, { recursive: true });
    const tmp = path.join(blobDir, `.push.${process.pid}.${Date.now()}.tmp`);
    let packed;
    try {
      packed = await packDirectory(opts.dir, tmp);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
    await this.storeBlob(tmp, packed.digest);

    if (!opts.forceNewVersion) {
      const same = (await this.list(opts.name)).find((v) => v.digest === packed.digest);
      if (same) return { id: { name: same.name, version: same.version }, digest: same.digest, existing: true };
    }
    const attachments: Record<string, string> = {};
    for (const [key, file] of Object.entries(opts.attachments ?? {})) attachments[key] = await this.putFileBlob(file);

    // Exclusive create of v<N>.json: concurrent pushers each get their own N.
    let version = (await this.versionNumbers(opts.name)).reduce((a, b) => Math.max(a, b), 0) + 1;
    for (let attempt = 0; attempt < 1000; attempt++, version++) {
      const id = { name: opts.name, version };
      const record: VersionRecord = {
        ...opts.metadata,
        schema: "mlship/model-version/v1",
        id: formatModelId(id),
        name: opts.name,
        version,
        digest: packed.digest,
        size: packed.size,
        files: packed.files,
        createdAt: new Date().toISOString(),
        creator: opts.metadata.creator ?? os.userInfo().username,
        attachments,
      };
      if (await createExclusive(this.versionPath(id), JSON.stringify(record, null, 2) + "\n")) {
        return { id, digest: packed.digest, existing: false };
      }
    }
    throw new Error(`could not allocate a version for ${opts.name} after 1000 attempts`);
  }

  private async versionNumbers(name: string): Promise<number[]> {
    let files: string[];
    try {
      files = await fs.readdir(path.join(this.modelDir(name), "versions"));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
    return files.map((f) => /^v([1-9][0-9]*)\.json$/.exec(f)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  }

  async show(id: ModelId): Promise<VersionInfo> {
    const record = await readJsonIfExists<VersionRecord>(this.versionPath(id));
    if (!record) throw new UserError(`${formatModelId(id)} is not in the registry ${this.uri}`, {}, 2);
    const state = (await readJsonIfExists<VersionState>(this.statePath(id))) ?? { stages: [] };
    return { ...record, state };
  }

  async list(name: string): Promise<VersionInfo[]> {
    const versions = (await this.versionNumbers(name)).sort((a, b) => a - b);
    return Promise.all(versions.map((version) => this.show({ name, version })));
  }

  async names(): Promise<string[]> {
    try {
      return (await fs.readdir(path.join(this.root, "models"))).sort();
    } catch {
      return [];
    }
  }

  async pull(id: ModelId, dest: string): Promise<VersionInfo> {
    const info = await this.show(id);
    const blob = this.blobPath(info.digest);
    if (!(await exists(blob))) throw new UserError(`${info.id}: its model blob ${info.digest} is missing from ${this.uri}`, {}, 1);
    const tmp = `${dest}.partial-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    await fs.mkdir(tmp, { recursive: true });
    try {
      await unpackVerified(createReadStream(blob), tmp, info.digest, `${info.id} in ${this.uri}`);
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
    const blob = this.blobPath(digest);
    const actual = `sha256:${await sha256File(blob)}`;
    if (actual !== digest) throw new UserError(`integrity check failed for ${name} of ${info.id}: expected ${digest}, got ${actual}`, {}, 1);
    await fs.mkdir(path.dirname(dest), { recursive: true });
    await fs.copyFile(blob, dest);
    return dest;
  }

  async resolve(ref: ModelRef): Promise<ModelId> {
    switch (ref.kind) {
      case "version":
        await this.show(ref);
        return { name: ref.name, version: ref.version };
      case "latest": {
        const usable = (await this.list(ref.name)).filter((v) => !v.state.quarantine);
        if (usable.length === 0) throw new UserError(`${ref.name}@latest: no usable version of '${ref.name}' in ${this.uri}`);
        const last = usable[usable.length - 1];
        return { name: last.name, version: last.version };
      }
      case "environment": {
        const id = await this.environment(ref.name, ref.environment);
        if (!id) throw new UserError(`${ref.name}@${ref.environment}: nothing of '${ref.name}' runs in environment '${ref.environment}'`);
        return id;
      }
      case "digest": {
        for (const name of await this.names()) {
          const hit = (await this.list(name)).find((v) => v.digest === ref.digest);
          if (hit) return { name: hit.name, version: hit.version };
        }
        throw new UserError(`no model with digest ${ref.digest} in ${this.uri}`);
      }
    }
  }

  private async updateState(id: ModelId, change: (s: VersionState) => VersionState): Promise<void> {
    const info = await this.show(id);
    await writeJsonAtomic(this.statePath(id), change(info.state));
  }

  async setEnvironment(id: ModelId, env: string): Promise<void> {
    await this.updateState(id, (s) => ({ ...s, stages: [...new Set([...s.stages, env])] }));
    await writeJsonAtomic(path.join(this.modelDir(id.name), "environments", `${env}.json`), { version: id.version, at: new Date().toISOString() });
  }

  async environment(name: string, env: string): Promise<ModelId | undefined> {
    const p = await readJsonIfExists<{ version: number }>(path.join(this.modelDir(name), "environments", `${env}.json`));
    return p ? { name, version: p.version } : undefined;
  }

  async quarantine(id: ModelId, reason: string): Promise<void> {
    await this.updateState(id, (s) => ({ ...s, quarantine: { reason, at: new Date().toISOString() } }));
  }

  async gc(): Promise<number> {
    const used = new Set<string>();
    for (const name of await this.names()) {
      for (const v of await this.list(name)) {
        used.add(v.digest);
        for (const d of Object.values(v.attachments ?? {})) used.add(d);
      }
    }
    const dir = path.join(this.root, "blobs", "sha256");
    let removed = 0;
    for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
      if (!used.has(`sha256:${f}`)) {
        await fs.rm(path.join(dir, f), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
