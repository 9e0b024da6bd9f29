import { promises as fs } from "node:fs";
import path from "node:path";
import { createExclusive, exists, readJsonIfExists, tempPathFor, writeJsonAtomic } from "../../util/fs-atomic.js";
import type { RegistryBackend } from "../types.js";
import { layout } from "./key-layout.js";
import { readFileChunks } from "../tar.js";
import { ModelRegistry } from "../model-registry.js";
import { UserError } from "../../errors.js";
import type { Registry } from "../types.js";
import type { RegistryLocation } from "../uri.js";

/** The embedded registry: a folder (see key-layout.ts). Records are claimed with link(2), which is exclusive. */
export class FileBackend implements RegistryBackend {
  readonly uri: string;
  constructor(private readonly root: string) {
    this.uri = `file://${root}`;
  }

  /** The file of a key; a key with an empty, `.` or `..` segment (one that could leave the root) is refused. */
  private at(key: string): string {
    const parts = key.split("/");
    if (parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\") || p.includes("\0")))
      throw new UserError(`registry key ${JSON.stringify(key)} leaves the registry folder ${this.root}; refused`);
    return path.join(this.root, ...parts);
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

  createRecord(key: string, value: unknown): Promise<boolean> {
    return createExclusive(this.at(key), JSON.stringify(value, null, 2) + "\n");
  }

  readRecord(key: string): Promise<unknown | undefined> {
    return readJsonIfExists<unknown>(this.at(key));
  }

  writeRecord(key: string, value: unknown): Promise<void> {
    return writeJsonAtomic(this.at(key), value);
  }

  async listRecords(dir: string): Promise<string[]> {
    const entries = await fs.readdir(this.at(dir), { recursive: true }).catch(() => [] as string[]);
    // Temp files of writers in flight start with a dot; folders have no .json ending.
    return entries
      .map((e) => e.split(path.sep).join("/"))
      .filter((e) => e.endsWith(".json") && !e.split("/").some((part) => part.startsWith(".")))
      .map((e) => `${dir}/${e}`);
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
