import { promises as fs } from "node:fs";
import path from "node:path";
import { actor } from "../util/actor.js";
import { createHash, randomBytes } from "node:crypto";
import { UserError } from "../errors.js";
import { formatModelId, parseModelId, type ModelId, type ModelRef } from "../model-id.js";
import { sha256File } from "../util/digest.js";
import { packDirectory, unpackVerified } from "./tar.js";
import { quarantineMessage } from "./quarantine-message.js";
import { checked } from "../util/state-file.js";
import type * as z from "zod";
import { layout, sequenceNumbers, versionNumbers } from "./backends/key-layout.js";
import {
  driftCheckSchema,
  performanceCheckSchema,
  environmentRecordSchema,
  MODEL_LAYER,
  quarantineRecordSchema,
  imageRecordSchema,
  type ImageRecord,
  registryEventSchema,
  versionRecordSchema,
  versionStateSchema,
  type Actor,
  type BlobRef,
  type DriftCheck,
  type PerformanceCheck,
  type NewPerformanceCheck,
  type EnvironmentRecord,
  type NewDriftCheck,
  type NewEvent,
  type QuarantineRecord,
  type RegistryEvent,
  type PushOptions,
  type PushResult,
  type Registry,
  type RegistryBackend,
  type VersionInfo,
  type StageRecord,
  type VersionRecord,
} from "./types.js";

/** How many numbers past the highest seen a push or an event tries before giving up (each lost race moves one on). */
const MAX_CLAIM_ATTEMPTS = 1000;
/** Blobs younger than this are never collected: a push writes blobs before its version record. */
const GC_GRACE_MS = 60 * 60 * 1000;

/** The model name of an ID read from a record, or undefined when it is not one. */
function safeModelName(id: string): string | undefined {
  try {
    return parseModelId(id).name;
  } catch {
    return undefined;
  }
}

/** What name@latest means, in words (models list and errors say it). */
export const LATEST_RULE =
  "@latest is the newest version that is not quarantined and whose recorded gates did not fail (a version registered without an evaluation counts, and deploy warns)";

/**
 * The version name@latest resolves to, of `versions` oldest first: the newest not quarantined whose
 * gates did not fail. A failed candidate registered after the good one is never taken for it.
 */
export function latestUsable<T extends Pick<VersionInfo, "gatesPassed" | "state">>(versions: T[]): T | undefined {
  for (let i = versions.length - 1; i >= 0; i--)
    if (!versions[i].state.quarantine && versions[i].gatesPassed !== false) return versions[i];
  return undefined;
}

/** Events that change what an environment runs. */
const SWITCHES = new Set<RegistryEvent["action"]>(["deploy", "rollback"]);

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
    const blobs: BlobRef[] = [{ digest: packed.digest, size: packed.size, title: "model.tar", mediaType: MODEL_LAYER }];
    for (const [key, file] of Object.entries(opts.attachments ?? {})) {
      const digest = `sha256:${await sha256File(file)}`;
      const size = (await fs.stat(file)).size;
      await this.backend.putBlob(opts.name, digest, size, file, false);
      attachments[key] = digest;
      blobs.push({ digest, size, title: key, mediaType: "application/octet-stream" });
    }

    const record = await this.claim(
      layout.versionsDir(opts.name),
      (keys) => versionNumbers(keys.map((k) => k.slice(k.lastIndexOf("/") + 1))),
      (version) => layout.version(opts.name, version),
      (version): VersionRecord => ({
        ...opts.metadata,
        schema: "mlship/model-version/v1",
        id: formatModelId({ name: opts.name, version }),
        name: opts.name,
        version,
        digest: packed.digest,
        size: packed.size,
        files: packed.files,
        createdAt: new Date().toISOString(),
        creator: opts.metadata.creator ?? actor(),
        attachments,
      }),
      `a version of ${opts.name}`,
      { blobs },
    );
    return { id: { name: opts.name, version: record.version }, digest: packed.digest, existing: false };
  }

  /** A version's immutable record, without its state (one read fewer where state does not matter). */
  private async record(id: ModelId): Promise<VersionRecord> {
    const stored = await this.backend.readRecord(layout.version(id.name, id.version));
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
    const keys = await this.backend.listRecords(layout.versionsDir(name));
    return versionNumbers(keys.map((k) => k.slice(k.lastIndexOf("/") + 1))).sort((a, b) => a - b);
  }

  /** The quarantine record of some content, when it was ever quarantined. */
  private async quarantineOf(digest: string): Promise<QuarantineRecord | undefined> {
    const stored = await this.backend.readRecord(layout.quarantine(digest));
    return stored === undefined
      ? undefined
      : checked(stored, quarantineRecordSchema, `the quarantine record of ${digest}`, this.uri);
  }

  async show(id: ModelId): Promise<VersionInfo> {
    return this.withState(await this.record(id));
  }

  /** The environments each version of `name` ran in, from its stage records (`version` alone: one version's). */
  private async stages(name: string, version?: number): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    for (const k of await this.backend.listRecords(layout.stagesDir(name, version))) {
      const m = /\/stages\/v([1-9][0-9]*)\/([a-z][a-z0-9_-]*)\.json$/.exec(k);
      if (!m) continue;
      const v = Number(m[1]);
      out.set(v, [...(out.get(v) ?? []), m[2]]);
    }
    return out;
  }

  private async withState(record: VersionRecord, staged?: Map<number, string[]>): Promise<VersionInfo> {
    const id = { name: record.name, version: record.version };
    const [stored, q, stages] = await Promise.all([
      this.backend.readRecord(layout.state(id.name, id.version)),
      this.quarantineOf(record.digest),
      staged ?? this.stages(id.name, id.version),
    ]);
    const own =
      stored === undefined
        ? { stages: [] }
        : checked(stored, versionStateSchema, `the state of ${formatModelId(id)}`, this.uri);
    // Quarantine belongs to the content: a record by digest decides (one written before digests
    // were the key, in the version's own state, counts until a digest record exists).
    const { quarantine: legacy, stages: legacyStages, ...rest } = own;
    const quarantine = q
      ? q.quarantined
        ? { reason: q.reason, at: q.at, ...(q.by ? { by: q.by } : {}) }
        : undefined
      : legacy;
    // Stages: one record per environment, plus those a state record kept before there were any.
    const all = [...new Set([...legacyStages, ...(stages.get(id.version) ?? []).sort()])];
    return { ...record, state: { ...rest, stages: all, ...(quarantine ? { quarantine } : {}) } };
  }

  async list(name: string): Promise<VersionInfo[]> {
    const [records, staged] = await Promise.all([this.records(name), this.stages(name)]);
    return Promise.all(records.map((r) => this.withState(r, staged)));
  }

  async names(): Promise<string[]> {
    const names = new Set<string>();
    for (const k of await this.backend.listRecords(layout.models)) {
      const m = /^models\/([^/]+)\/versions\/v[1-9][0-9]*\.json$/.exec(k);
      if (m) names.add(m[1]);
    }
    return [...names].sort();
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
        const last = latestUsable(all);
        if (!last) {
          const newest = all.at(-1);
          const quarantined = all.filter((v) => v.state.quarantine).length;
          throw new UserError(
            !newest
              ? `${ref.name}@latest: no version of '${ref.name}' in ${this.uri}`
              : quarantined === all.length
                ? `${ref.name}@latest: every version of '${ref.name}' in ${this.uri} is quarantined; the newest, ${quarantineMessage(newest)}`
                : `${ref.name}@latest: every version of '${ref.name}' in ${this.uri} failed its gates or is quarantined (${LATEST_RULE}); name a version (name@vN) and allow failed gates to deploy one anyway`,
          );
        }
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

  /**
   * Claims the next free number under `dir` with the backend's create-if-absent. After a lost
   * claim it lists again and tries past the highest number seen, after a random pause that grows
   * with each loss (on OCI, writers that lost a number together would otherwise all meet again on
   * the next). `floor`: a number known to be taken whose record may be gone (an environment record's
   * event): never reused.
   */
  private async claim<T extends object>(
    dir: string,
    numbers: (keys: string[]) => number[],
    key: (seq: number) => string,
    make: (seq: number) => T,
    what: string,
    opts: { blobs?: BlobRef[]; floor?: number } = {},
  ): Promise<T> {
    let next = 1;
    for (let attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
      const seq = Math.max(
        next,
        (opts.floor ?? 0) + 1,
        ...numbers(await this.backend.listRecords(dir)).map((n) => n + 1),
      );
      const record = make(seq);
      // Absent optional keys are left out, not written as undefined (JSON drops them, OCI configs too).
      for (const k of Object.keys(record) as (keyof T)[]) if (record[k] === undefined) delete record[k];
      if (await this.backend.createRecord(key(seq), record, opts.blobs)) return record;
      next = seq + 1;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(2000, 50 * 2 ** Math.min(attempt, 6))));
    }
    throw new Error(`could not claim ${what} in ${this.uri} after ${MAX_CLAIM_ATTEMPTS} attempts`);
  }

  async appendEvent(name: string, env: string | null, event: NewEvent): Promise<RegistryEvent> {
    const { by, at, ...rest } = event;
    // The number an environment's record names is taken even when its event is gone: a new event
    // under it would never be taken for newer than the record.
    const floor = env === null ? 0 : ((await this.readEnvironmentRecord(name, env))?.seq ?? 0);
    const full = await this.claim(
      layout.eventsDir(name, env),
      sequenceNumbers,
      (seq) => layout.event(name, env, seq),
      (seq): RegistryEvent => ({
        schema: "mlship/event/v1",
        seq,
        at: at ?? new Date().toISOString(),
        model: name,
        environment: env,
        ...rest,
        by: by ?? actor(),
      }),
      `an event of ${name}@${env ?? "*"}`,
      { floor },
    );
    if (env !== null && full.outcome === "success" && SWITCHES.has(full.action)) await this.switched(full, env);
    return full;
  }

  /**
   * Appends a check (drift, performance) to an environment's log of that kind: numbered, stamped
   * and claimed like events.
   */
  private appendCheck<C extends object>(
    dir: string,
    key: (seq: number) => string,
    what: string,
    make: (seq: number, at: string, by: string) => C,
    check: { at?: string; by?: string },
  ): Promise<C> {
    return this.claim(
      dir,
      sequenceNumbers,
      key,
      (seq) => make(seq, check.at ?? new Date().toISOString(), check.by ?? actor()),
      what,
    );
  }

  /** An environment's checks of one kind, in order, each checked against its schema and its place in the log. */
  private async readChecks<C extends { model: string; environment: string; seq: number }>(
    dir: string,
    key: (seq: number) => string,
    schema: z.ZodType<C>,
    what: (seq: number) => string,
    name: string,
    env: string,
  ): Promise<C[]> {
    const seqs = sequenceNumbers(await this.backend.listRecords(dir)).sort((a, b) => a - b);
    const read: (C | undefined)[] = await Promise.all(
      seqs.map(async (seq): Promise<C | undefined> => {
        const stored = await this.backend.readRecord(key(seq));
        if (stored === undefined) return undefined;
        const check: C = checked(stored, schema, what(seq), this.uri);
        this.bound(what(seq), check, name, env, seq);
        return check;
      }),
    );
    return read.filter((c): c is C => c !== undefined);
  }

  appendDriftCheck(name: string, env: string, check: NewDriftCheck): Promise<DriftCheck> {
    const { by: _by, at: _at, ...rest } = check;
    return this.appendCheck(
      layout.driftDir(name, env),
      (seq) => layout.drift(name, env, seq),
      `a drift check of ${name}@${env}`,
      (seq, at, by): DriftCheck => ({
        schema: "mlship/drift-check/v1",
        seq,
        at,
        model: name,
        environment: env,
        ...rest,
        by,
      }),
      check,
    );
  }

  driftChecks(name: string, env: string): Promise<DriftCheck[]> {
    return this.readChecks(
      layout.driftDir(name, env),
      (seq) => layout.drift(name, env, seq),
      driftCheckSchema,
      (seq) => `drift check ${seq} of ${name}@${env}`,
      name,
      env,
    );
  }

  appendPerformanceCheck(name: string, env: string, check: NewPerformanceCheck): Promise<PerformanceCheck> {
    const { by: _by, at: _at, ...rest } = check;
    return this.appendCheck(
      layout.performanceDir(name, env),
      (seq) => layout.performance(name, env, seq),
      `a performance check of ${name}@${env}`,
      (seq, at, by): PerformanceCheck => ({
        schema: "mlship/performance-check/v1",
        seq,
        at,
        model: name,
        environment: env,
        ...rest,
        by,
      }),
      check,
    );
  }

  performanceChecks(name: string, env: string): Promise<PerformanceCheck[]> {
    return this.readChecks(
      layout.performanceDir(name, env),
      (seq) => layout.performance(name, env, seq),
      performanceCheckSchema,
      (seq) => `performance check ${seq} of ${name}@${env}`,
      name,
      env,
    );
  }

  /**
   * A record of a log must say it is the one it was read as: its model, environment and number
   * are inside the stored content, so one copied into another log or under another number is refused.
   */
  private bound(
    what: string,
    r: { model: string; environment: string | null; seq: number },
    name: string,
    env: string | null,
    seq: number,
  ): void {
    if (r.model !== name || r.environment !== env || r.seq !== seq)
      throw new UserError(
        `${what} in ${this.uri} is not that record: it says it is number ${r.seq} of ${JSON.stringify(r.model)}@${JSON.stringify(r.environment ?? "*")} (refusing a record copied from another log or number)`,
        {},
        1,
      );
  }

  /** After a successful deploy event: the environment's record follows it, and the version's stage record says it ran there. */
  private async switched(event: RegistryEvent, env: string): Promise<void> {
    const id = parseModelId(event.to);
    const record: EnvironmentRecord = {
      version: id.version,
      at: event.at,
      seq: event.seq,
      ...(event.digest ? { digest: event.digest } : {}),
      ...(event.url !== undefined ? { url: event.url } : {}),
      ...(event.target ? { target: event.target } : {}),
      by: event.by,
    };
    // A later event's record already written stays (readers also take later events over it).
    const before = await this.readEnvironmentRecord(event.model, env);
    if (!before || (before.seq ?? 0) < event.seq)
      await this.backend.writeRecord(layout.environment(event.model, env), record);
    // One record per (version, environment), never read-modify-written: concurrent deploys of one
    // version to several environments each add their own.
    await this.backend.writeRecord(layout.stage(id.name, id.version, env), {
      environment: env,
      seq: event.seq,
      at: event.at,
    } satisfies StageRecord);
  }

  private async readEnvironmentRecord(name: string, env: string): Promise<EnvironmentRecord | undefined> {
    const stored = await this.backend.readRecord(layout.environment(name, env));
    return stored === undefined
      ? undefined
      : checked(stored, environmentRecordSchema, `the '${env}' record of ${name}`, this.uri);
  }

  /** Event `seq` of `name`'s log in `env`, checked to belong there (and to be about `name`). */
  private async readEvent(name: string, env: string | null, seq: number): Promise<RegistryEvent | undefined> {
    const what = `event ${seq} of ${name}@${env ?? "*"}`;
    const stored = await this.backend.readRecord(layout.event(name, env, seq));
    if (stored === undefined) return undefined;
    const e = checked(stored, registryEventSchema, what, this.uri);
    this.bound(what, e, name, env, seq);
    if (safeModelName(e.to) !== name)
      throw new UserError(
        `${what} in ${this.uri} is about ${JSON.stringify(e.to)}, not a version of ${name} (refusing an event from another model's log)`,
        {},
        1,
      );
    return e;
  }

  async events(name: string, env: string | null): Promise<RegistryEvent[]> {
    const seqs = sequenceNumbers(await this.backend.listRecords(layout.eventsDir(name, env))).sort((a, b) => a - b);
    const read = await Promise.all(seqs.map((seq) => this.readEvent(name, env, seq)));
    return read.filter((e): e is RegistryEvent => e !== undefined);
  }

  async environments(name: string): Promise<string[]> {
    const envs = new Set<string>();
    for (const k of await this.backend.listRecords(layout.environmentsDir(name))) {
      const m = /^models\/[^/]+\/environments\/([^/.]+)(?:\.json$|\/)/.exec(k);
      if (m) envs.add(m[1]);
    }
    return [...envs].sort();
  }

  async environmentRecord(name: string, env: string): Promise<(EnvironmentRecord & { id: ModelId }) | undefined> {
    const [record, seqs] = await Promise.all([
      this.readEnvironmentRecord(name, env),
      this.backend.listRecords(layout.eventsDir(name, env)).then(sequenceNumbers),
    ]);
    // Events claimed after the record was written (a writer that stopped between the two, or
    // two deploys whose record writes crossed) say what runs now: the newest switch wins.
    const newer = seqs.filter((s) => s > (record?.seq ?? 0)).sort((a, b) => b - a);
    for (const seq of newer) {
      const e = await this.readEvent(name, env, seq);
      if (e && e.outcome === "success" && SWITCHES.has(e.action)) {
        const id = parseModelId(e.to);
        return {
          id,
          version: id.version,
          at: e.at,
          seq: e.seq,
          digest: e.digest,
          url: e.url,
          target: e.target,
          by: e.by,
        };
      }
    }
    return record ? { ...record, id: { name, version: record.version } } : undefined;
  }

  async setEnvironment(id: ModelId, env: string, who: Partial<Actor> = {}): Promise<void> {
    const info = await this.record(id);
    const before = await this.environmentRecord(id.name, env);
    await this.appendEvent(id.name, env, {
      action: "deploy",
      from: before ? formatModelId(before.id) : null,
      to: formatModelId(id),
      digest: info.digest,
      outcome: "success",
      ...who,
    });
  }

  async environment(name: string, env: string): Promise<ModelId | undefined> {
    return (await this.environmentRecord(name, env))?.id;
  }

  private async setQuarantine(
    id: ModelId,
    quarantined: boolean,
    reason: string,
    opts: Partial<Actor> & { environment?: string },
  ): Promise<void> {
    const info = await this.record(id);
    if (!quarantined) {
      // Quarantine follows the bytes under every name, and is logged under the name it was put
      // on: lifting it from another name would be logged where that quarantine's history is not.
      const q = await this.quarantineOf(info.digest);
      const as = q?.quarantined ? safeModelName(q.model) : undefined;
      if (q?.quarantined && as !== id.name)
        throw new UserError(
          `${info.id} holds the same bytes as ${JSON.stringify(q.model)}, quarantined under that name: release it there (its history is in that model's log)`,
          {},
          2,
        );
    }
    const by = opts.by ?? actor();
    const at = new Date().toISOString();
    await this.backend.writeRecord(layout.quarantine(info.digest), {
      digest: info.digest,
      quarantined,
      model: info.id,
      reason,
      at,
      by,
    } satisfies QuarantineRecord);
    await this.appendEvent(id.name, opts.environment ?? null, {
      action: quarantined ? "quarantine" : "release",
      from: null,
      to: info.id,
      digest: info.digest,
      outcome: "success",
      reason,
      at,
      by,
      commit: opts.commit,
      runUrl: opts.runUrl,
    });
  }

  async quarantine(id: ModelId, reason: string, opts: Partial<Actor> & { environment?: string } = {}): Promise<void> {
    await this.setQuarantine(id, true, reason, opts);
  }

  async release(id: ModelId, reason = "released", opts: Partial<Actor> & { environment?: string } = {}): Promise<void> {
    await this.setQuarantine(id, false, reason, opts);
  }

  async recordImage(
    id: ModelId,
    image: Pick<ImageRecord, "reference" | "built" | "base">,
    who: Partial<Actor> = {},
  ): Promise<ImageRecord> {
    const info = await this.record(id);
    const record: ImageRecord = imageRecordSchema.parse({
      schema: "mlship/image/v1",
      model: info.id,
      digest: info.digest,
      reference: image.reference,
      imageDigest: image.reference.slice(image.reference.lastIndexOf("@") + 1),
      built: image.built,
      ...(image.base ? { base: image.base } : {}),
      at: new Date().toISOString(),
      by: who.by ?? actor(),
      ...(who.commit ? { commit: who.commit } : {}),
      ...(who.runUrl ? { runUrl: who.runUrl } : {}),
    } satisfies ImageRecord);
    await this.backend.writeRecord(layout.image(id.name, id.version), record);
    return record;
  }

  /**
   * The version's image record, read back as untrusted input: its shape, and that it is this
   * version's (ID and content digest) with the image digest its reference names, or an error.
   */
  async image(id: ModelId): Promise<ImageRecord | undefined> {
    const stored = await this.backend.readRecord(layout.image(id.name, id.version));
    if (stored === undefined) return undefined;
    const what = `the image record of ${formatModelId(id)} in ${this.uri}`;
    const parsed = imageRecordSchema.safeParse(stored);
    if (!parsed.success)
      throw new UserError(
        `${what} is not a valid mlship image record (${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")})`,
        {},
        1,
      );
    const r = parsed.data;
    const info = await this.record(id);
    const why =
      r.model !== info.id
        ? `it says it is the image of ${JSON.stringify(r.model)}`
        : r.digest !== info.digest
          ? `it holds model content ${r.digest}, the version is ${info.digest}`
          : !r.reference.endsWith(`@${r.imageDigest}`)
            ? `its reference does not name its image digest ${r.imageDigest}`
            : undefined;
    if (why) throw new UserError(`${what} is not that version's image (${why}); refusing it`, {}, 1);
    return r;
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
