import { promises as fs } from "node:fs";
import path from "node:path";
import { createExclusive, exists, readJsonIfExists, tempPathFor, writeJsonAtomic } from "../../util/fs-atomic.js";
import type { EnvironmentPointer, RegistryBackend, VersionRecord, VersionState } from "../types.js";
import { layout, versionNumbers } from "./key-layout.js";
import { readFileChunks } from "../tar.js";
import { ModelRegistry } from "../model-registry.js";
import { UserError } from "../../errors.js";
import type { Registry } from "../types.js";
import type { RegistryLocation } from "../uri.js";

/** The embedded registry: a folder (see key-layout.ts). Version records are created with link(2), which is exclusive. */
export class FileBackend implements RegistryBackend {
  readonly uri: string;
  constructor(private readonly root: string) {
    this.uri = `file://${root}`;
  }

  private at(key: string): string {
    return path.join(this.root, ...key.split("/"));
  }

  async stagingDir(): Promise<string> {
    const dir = this.at(layout.blobsDir);
    await fs.mkdir(dir, { recursive: true });
    return dir;
  }

  async putBlob(_name: string, digest: string, _size: number, file: string, move: boolean): Promise<void> {
    const target = this.at(layout.blob(digest));
    if (await exists(target)) return;
    await fs.mkdir(path.dirname(target), { recursive: true });
    // A moved file is already whole (the staging folder is on this file system); a copy goes
    // through a temp name so the blob appears only when complete.
    if (move) return fs.rename(file, target);
    const tmp = tempPathFor(target);
    await fs.copyFile(file, tmp);
    await fs.rename(tmp, target);
  }

  async openBlob(_name: string, digest: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const file = this.at(layout.blob(digest));
    return (await exists(file)) ? readFileChunks(file) : undefined;
  }

  createVersion(record: VersionRecord): Promise<boolean> {
    return createExclusive(
      this.at(layout.version(record.name, record.version)),
      JSON.stringify(record, null, 2) + "\n",
    );
  }

  readVersion(name: string, version: number): Promise<VersionRecord | undefined> {
    return readJsonIfExists<VersionRecord>(this.at(layout.version(name, version)));
  }

  async versions(name: string): Promise<number[]> {
    return versionNumbers(await fs.readdir(this.at(layout.versionsDir(name))).catch(() => []));
  }

  async names(): Promise<string[]> {
    return (await fs.readdir(this.at(layout.models)).catch(() => [] as string[])).sort();
  }

  readState(name: string, version: number): Promise<VersionState | undefined> {
    return readJsonIfExists<VersionState>(this.at(layout.state(name, version)));
  }

  writeState(name: string, version: number, state: VersionState): Promise<void> {
    return writeJsonAtomic(this.at(layout.state(name, version)), state);
  }

  readEnvironment(name: string, env: string): Promise<EnvironmentPointer | undefined> {
    return readJsonIfExists<EnvironmentPointer>(this.at(layout.environment(name, env)));
  }

  writeEnvironment(name: string, env: string, pointer: EnvironmentPointer): Promise<void> {
    return writeJsonAtomic(this.at(layout.environment(name, env)), pointer);
  }

  async collectGarbage(used: Set<string>, before: Date): Promise<number> {
    const dir = this.at(layout.blobsDir);
    let removed = 0;
    for (const f of await fs.readdir(dir).catch(() => [] as string[])) {
      // Leftovers of killed pushes (.push.*.tar, *.tmp) are garbage too.
      if (used.has(`sha256:${f}`)) continue;
      const st = await fs.stat(path.join(dir, f)).catch(() => undefined);
      if (st && st.mtime < before) {
        await fs.rm(path.join(dir, f), { force: true });
        removed++;
      }
    }
    return removed;
  }
}

/** The embedded registry in a folder (`file://<dir>`, the default `.mlship/registry`). */
export class FileRegistry extends ModelRegistry {
  constructor(root: string) {
    super(new FileBackend(root));
  }
}

export const usage = "file://<dir>";

/** `file://<dir>`: a folder, relative to mlship.yml's. */
export function openRegistry(loc: RegistryLocation): Registry {
  if (!loc.rest) throw new UserError("file:// registry needs a folder", { input: "registry" });
  return new FileRegistry(path.resolve(loc.baseDir, loc.rest));
}
