import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import os from "node:os";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
  S3ServiceException,
  type ListObjectsV2CommandOutput,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { UserError } from "../../errors.js";
import type { RegistryBackend } from "../types.js";
import { layout } from "./key-layout.js";
import { untilStalled } from "./stall.js";
import { redactedTail } from "../../util/secrets.js";
import { ModelRegistry } from "../model-registry.js";
import type { Registry } from "../types.js";
import { remoteParts, type RegistryLocation } from "../uri.js";
import { defaultCoreSettings } from "../../settings.js";
import { s3Client, s3Options, type S3Options } from "./s3-client.js";

class RecordTimeout extends Error {
  override name = "Timeout";
}

/** The key of the conditional-write probe (outside key-layout.ts's folders: no listing sees it). */
const PROBE = "probe/if-none-match";
/** Conditional-write probes, one per store (endpoint, bucket, prefix) and process. */
const probes = new Map<string, Promise<void>>();

/** Part size for blob uploads: memory stays at partSize × queue size whatever the model's size. */
const PART_SIZE = 16 * 1024 * 1024;
const PART_QUEUE = 4;

function statusOf(e: unknown): number | undefined {
  return e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
}

function isMissing(e: unknown): boolean {
  return statusOf(e) === 404 || (e instanceof S3ServiceException && (e.name === "NoSuchKey" || e.name === "NotFound"));
}

/**
 * `s3://<bucket>/<prefix>`: the same keys as the file registry (key-layout.ts) in a bucket.
 * Records (versions, events) are claimed with a conditional put (If-None-Match: *), which S3, MinIO and R2
 * enforce atomically: of racing writers exactly one gets 200, the others 412.
 * Credentials come from the SDK's usual chain (AWS_* variables, profiles, OIDC web identity).
 */
export class S3Backend implements RegistryBackend {
  readonly uri: string;
  private readonly client: S3Client;
  private readonly prefix: string;
  private readonly endpoint: string | undefined;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly bucket: string,
    prefix: string,
    opts: S3Options = {},
  ) {
    this.prefix = prefix.replace(/^\/+|\/+$/g, "");
    this.uri = `s3://${bucket}${this.prefix ? `/${this.prefix}` : ""}`;
    const endpoint = opts.endpoint;
    this.endpoint = endpoint;
    // Per attempt; with the SDK's 5 attempts a record read gives up within about 5 × 30 s.
    this.timeoutMs = opts.requestTimeoutMs ?? defaultCoreSettings.registry.requestTimeoutMs;
    this.maxAttempts = opts.maxAttempts ?? 5;
    this.client = s3Client({ ...opts, endpoint, maxAttempts: this.maxAttempts, requestTimeoutMs: this.timeoutMs });
  }

  private key(rel: string): string {
    return this.prefix ? `${this.prefix}/${rel}` : rel;
  }

  /** Turns SDK failures into errors that name the registry and what was being done (never credentials). */
  private async call<T>(what: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof UserError) throw e;
      const status = statusOf(e);
      const name = (e as Error).name;
      const hint =
        status === 403 ||
        name === "CredentialsProviderError" ||
        name === "InvalidAccessKeyId" ||
        name === "SignatureDoesNotMatch"
          ? " (check the AWS credentials given to this job)"
          : name === "NoSuchBucket"
            ? ` (bucket '${this.bucket}' does not exist)`
            : "";
      const attempts = (e as { $metadata?: { attempts?: number } }).$metadata?.attempts;
      throw new UserError(
        `registry ${this.uri}: ${what} failed: ${name}${status ? ` (HTTP ${status})` : ""}: ${(e as Error).message}${hint}${attempts && attempts > 1 ? `, after ${attempts} attempts` : ""}`,
        {},
        1,
      );
    }
  }

  /**
   * `f` (one request, its answer read whole) within one deadline per attempt, retried as many
   * times as the SDK retries: the SDK's request timeout is a socket idle timeout, which a server
   * sending a byte a second, or its headers and then nothing, never meets. The attempts together
   * end within about attempts × MLSHIP_REQUEST_TIMEOUT_MS.
   */
  private withinDeadline<T>(what: string, f: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    return this.call(what, async () => {
      for (let attempt = 1; ; attempt++) {
        const abort = new AbortController();
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            abort.abort();
            reject(
              new RecordTimeout(
                `no whole answer within ${this.timeoutMs} ms (MLSHIP_REQUEST_TIMEOUT_MS), ${attempt} attempt${attempt > 1 ? "s" : ""}`,
              ),
            );
          }, this.timeoutMs);
        });
        try {
          return await Promise.race([f(abort.signal), deadline]);
        } catch (e) {
          if (!(e instanceof RecordTimeout) || attempt >= this.maxAttempts) throw e;
        } finally {
          clearTimeout(timer);
        }
      }
    });
  }

  /** A record's text (undefined when there is none), its answer and whole body within the deadline. */
  private getText(rel: string): Promise<string | undefined> {
    return this.withinDeadline(`reading ${rel}`, async (abortSignal) => {
      try {
        const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(rel) }), {
          abortSignal,
        });
        return await res.Body!.transformToString("utf8");
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
    });
  }

  private async getJson<T>(rel: string): Promise<T | undefined> {
    const text = await this.getText(rel);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new UserError(
        `registry ${this.uri}: record ${rel} is not JSON (${text.length} bytes${text.length ? `, ending ${JSON.stringify(redactedTail(text, 40))}` : ""}): truncated or damaged`,
        {},
        1,
      );
    }
  }

  /** An unconditional put of the whole record: retried after a deadline, it writes the same bytes again. */
  private putJson(rel: string, value: unknown): Promise<unknown> {
    return this.withinDeadline(`writing ${rel}`, (abortSignal) =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key(rel),
          Body: JSON.stringify(value, null, 2) + "\n",
          ContentType: "application/json",
        }),
        { abortSignal },
      ),
    );
  }

  /** Every object under `rel` (a folder), paginated, with keys relative to it. */
  private async listAll(rel: string): Promise<{ keys: { name: string; modified?: Date }[] }> {
    const prefix = this.key(rel) + "/";
    const keys: { name: string; modified?: Date }[] = [];
    let token: string | undefined;
    do {
      const page: ListObjectsV2CommandOutput = await this.withinDeadline(`listing ${rel}/`, (abortSignal) =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }), {
          abortSignal,
        }),
      );
      for (const o of page.Contents ?? []) keys.push({ name: o.Key!.slice(prefix.length), modified: o.LastModified });
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { keys };
  }

  async stagingDir(): Promise<string> {
    return os.tmpdir();
  }

  async putBlob(_name: string, digest: string, _size: number, file: string): Promise<void> {
    const key = this.key(layout.blob(digest));
    const present = await this.withinDeadline(`checking blob ${digest}`, async (abortSignal) => {
      try {
        await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }), { abortSignal });
        return true;
      } catch (e) {
        if (isMissing(e)) return false;
        throw e;
      }
    });
    if (present) return;
    await this.call(`uploading blob ${digest}`, () =>
      new Upload({
        client: this.client,
        params: {
          Bucket: this.bucket,
          Key: key,
          Body: createReadStream(file),
          ContentType: "application/octet-stream",
        },
        partSize: PART_SIZE,
        queueSize: PART_QUEUE,
        leavePartsOnError: false,
      }).done(),
    );
  }

  /**
   * The blob's bytes: its answer within the deadline, then each chunk within the same time of the
   * one before (a store that stalls mid-download ends the pull with an error naming it).
   */
  async openBlob(_name: string, digest: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const what = `downloading blob ${digest}`;
    const abort = new AbortController();
    const body = await this.withinDeadline(what, async (attemptSignal) => {
      try {
        const res = await this.client.send(
          new GetObjectCommand({ Bucket: this.bucket, Key: this.key(layout.blob(digest)) }),
          { abortSignal: AbortSignal.any([attemptSignal, abort.signal]) },
        );
        return res.Body as AsyncIterable<Uint8Array>;
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
    });
    if (!body) return undefined;
    return untilStalled(
      body,
      this.timeoutMs,
      () => {
        abort.abort();
        (body as { destroy?: () => void }).destroy?.();
      },
      () =>
        new UserError(
          `registry ${this.uri}: ${what} failed: no data for ${this.timeoutMs} ms (MLSHIP_REQUEST_TIMEOUT_MS): the store stopped sending`,
          {},
          1,
        ),
    );
  }

  /**
   * Whether this store enforces `If-None-Match: *`, asked once per process and store: a
   * conditional put of a key just written must be refused. A store that ignores the header
   * (older MinIO, some S3-compatible services) would let racing writers overwrite each other's
   * versions and events, every one of them told it succeeded: such a store is refused.
   */
  private conditionalWrites(): Promise<void> {
    const where = `${this.endpoint ?? "AWS S3"} ${this.bucket}/${this.prefix}`;
    let probe = probes.get(where);
    if (!probe) {
      probe = this.probeConditionalWrites();
      probes.set(where, probe);
      // A failed probe (the store unreachable) is asked again next time.
      probe.catch(() => probes.delete(where));
    }
    return probe;
  }

  private async probeConditionalWrites(): Promise<void> {
    const Key = this.key(PROBE);
    await this.withinDeadline(`writing ${PROBE}`, (abortSignal) =>
      this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: "conditional put probe\n" }), {
        abortSignal,
      }),
    );
    const refused = await this.withinDeadline(`probing conditional writes with ${PROBE}`, async (abortSignal) => {
      try {
        await this.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key, Body: "must not be written\n", IfNoneMatch: "*" }),
          { abortSignal },
        );
        return false;
      } catch (e) {
        if (statusOf(e) === 412 || statusOf(e) === 409) return true;
        throw e;
      }
    });
    if (!refused)
      throw new UserError(
        `registry ${this.uri}: the S3 store at ${this.endpoint ?? "AWS S3"} ignores If-None-Match (a conditional put of an existing key, ${PROBE}, succeeded). mlship claims versions and events with it; on this store concurrent writers would overwrite each other and lose them. Use a store that enforces conditional writes (AWS S3, Cloudflare R2, a MinIO release from 2024 on)`,
        {},
        2,
      );
  }

  /**
   * Creates `key` unless it exists, with `If-None-Match: *`. The body's claim nonce (object
   * metadata) tells a 412 that answers a retry of this writer's own put whose first answer was
   * lost (the object is then ours) from one that answers another writer's. A put whose answer
   * does not come within the deadline is abandoned and sent again, with the same key and nonce:
   * if the first landed, the second gets 412 and the nonce says it is ours (claimed once, never
   * twice under two keys: the caller moves to the next key only on another writer's claim).
   */
  async createRecord(key: string, value: unknown): Promise<boolean> {
    await this.conditionalWrites();
    const body = JSON.stringify(value, null, 2) + "\n";
    const nonce = randomBytes(8).toString("hex");
    // 412: someone else holds this key. 409: a conflicting conditional write was in flight;
    // S3 asks to retry, and the retry then sees the winner (412) or succeeds.
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.withinDeadline(`claiming ${key}`, async (abortSignal) => {
        try {
          await this.client.send(
            new PutObjectCommand({
              Bucket: this.bucket,
              Key: this.key(key),
              Body: body,
              ContentType: "application/json",
              IfNoneMatch: "*",
              Metadata: { "mlship-claim": nonce },
            }),
            { abortSignal },
          );
          return "created" as const;
        } catch (e) {
          if (statusOf(e) === 412) return "taken" as const;
          if (statusOf(e) === 409 && attempt < 10) return "conflict" as const;
          throw e;
        }
      });
      if (outcome === "created") return true;
      if (outcome === "taken") return (await this.claimOf(key)) === nonce;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100 * (attempt + 1)));
    }
  }

  /** The claim nonce the object under `key` was created with. */
  private claimOf(key: string): Promise<string | undefined> {
    return this.withinDeadline(`checking ${key}`, async (abortSignal) => {
      try {
        const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }), {
          abortSignal,
        });
        return head.Metadata?.["mlship-claim"];
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
    });
  }

  readRecord(key: string): Promise<unknown | undefined> {
    return this.getJson<unknown>(key);
  }

  async writeRecord(key: string, value: unknown): Promise<void> {
    await this.putJson(key, value);
  }

  /** A flat listing, not delimiter folders: S3-compatible servers differ on those. */
  async listRecords(dir: string): Promise<string[]> {
    return (await this.listAll(dir)).keys.map((k) => `${dir}/${k.name}`).filter((k) => k.endsWith(".json"));
  }

  async collectGarbage(used: Set<string>, before: Date): Promise<number> {
    let removed = 0;
    for (const k of (await this.listAll(layout.blobsDir)).keys) {
      if (used.has(`sha256:${k.name}`) || !k.modified || k.modified >= before) continue;
      await this.withinDeadline(`deleting blob ${k.name}`, (abortSignal) =>
        this.client.send(
          new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(`${layout.blobsDir}/${k.name}`) }),
          { abortSignal },
        ),
      );
      removed++;
    }
    return removed;
  }
}

export const usage = "s3://<bucket>/<prefix>";
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** `s3://<bucket>/<prefix>`: an S3 bucket (or MinIO, R2...), credentials from the AWS chain. */
export function openRegistry(loc: RegistryLocation): Registry {
  const { head, tail } = remoteParts(loc);
  if (!BUCKET.test(head))
    throw new UserError(`registry '${loc.uri}': '${head}' is not an S3 bucket name`, { input: "registry" });
  return new ModelRegistry(new S3Backend(head, tail, s3Options(loc.access.settings)));
}
