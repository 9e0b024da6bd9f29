import path from "node:path";
import { Readable } from "node:stream";
import type { AsyncBuffer } from "hyparquet";
import { UserError } from "../errors.js";
import { defaultCoreSettings, type RegistrySettings } from "../settings.js";

/**
 * Data at `s3://bucket/key` and `https://host/path`: Parquet read by range requests (the footer,
 * then each asked-for column chunk: parquet.ts), a glob over an S3 prefix listed and matched
 * here. The S3 client is the registry's (backends/s3-client.ts: endpoint and region from the
 * host's settings, credentials from the AWS SDK's chain). Every length and range the store answers is checked:
 * a short answer is a truncated object, named with its input.
 */

/** Whether a data path is a remote location rather than a local file. */
export function isRemote(p: string): boolean {
  return /^(s3|https):\/\//i.test(p);
}

/** A data path made absolute against `base`, a remote location kept as it is. */
export function resolveData(base: string, p: string): string {
  return isRemote(p) ? p : path.resolve(base, p);
}

/** CSV, TSV and JSONL at a remote location: not read yet (Parquet is). */
export function notReadRemotely(file: string): UserError {
  return new UserError("only Parquet is read from s3:// and https:// so far (fetch CSV with a command first)", {
    file,
  });
}

interface S3Location {
  bucket: string;
  key: string;
}

/** `s3://bucket/key`, checked: a bucket name as S3 allows, a key without empty, `.` or `..` segments or control characters. */
function parseS3(uri: string, input: string): S3Location {
  const m = /^s3:\/\/([^/]*)\/(.*)$/i.exec(uri);
  const bad = (why: string) => new UserError(`'${uri.slice(0, 300)}' is not a usable S3 location: ${why}`, { input });
  if (!m) throw bad("expected s3://bucket/key");
  const [, bucket, key] = m;
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw bad(`'${bucket}' is not a bucket name`);
  if (key === "") throw bad("no key after the bucket");
  if (/[\u0000-\u001f\u007f\\]/.test(key)) throw bad("the key holds a control character or a backslash");
  if (key.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw bad("the key has an empty, '.' or '..' segment");
  return { bucket, key };
}

type S3Module = typeof import("@aws-sdk/client-s3");
let clientOnce: Promise<{ sdk: S3Module; client: import("@aws-sdk/client-s3").S3Client }> | undefined;
let s3Settings: RegistrySettings = defaultCoreSettings.registry;

/**
 * The S3 endpoint, region and request limit data at s3:// is read with: the host's settings
 * (`readCoreSettings`), given once when the host starts. Data is read deep inside the steps'
 * readers (digests, globs, Parquet), which take no host; this is the one setting core keeps for
 * the process, and only the hosts (and tests, as hosts) set it.
 */
export function useRemoteDataSettings(settings: RegistrySettings): void {
  s3Settings = settings;
  clientOnce = undefined;
}
/** The SDK is loaded when data at s3:// is read, not when a step starts. */
function s3(): NonNullable<typeof clientOnce> {
  clientOnce ??= (async () => {
    const [sdk, { s3Client, s3Options }] = await Promise.all([
      import("@aws-sdk/client-s3"),
      import("../registry/backends/s3-client.js"),
    ]);
    return { sdk, client: s3Client(s3Options(s3Settings)) };
  })();
  return clientOnce;
}

/** An SDK or network failure as bad input naming the location and the input (never credentials). */
function failure(uri: string, input: string, what: string, e: unknown): UserError {
  if (e instanceof UserError) return e;
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (e as Error).name;
  const hint =
    status === 404 || name === "NoSuchKey" || name === "NotFound"
      ? " (no such object)"
      : status === 403 || name === "CredentialsProviderError"
        ? " (check the AWS credentials given to this job)"
        : "";
  return new UserError(
    `${uri.slice(0, 300)}: ${what} failed: ${name}${status ? ` (HTTP ${status})` : ""}${hint}: ${(e as Error).message.slice(0, 300)}`,
    { input },
  );
}

/** Checks that a range read returned exactly the bytes asked for. */
function exact(uri: string, input: string, start: number, end: number, got: number): void {
  if (got !== end - start)
    throw new UserError(
      `${uri.slice(0, 300)}: asked for bytes ${start}–${end} and got ${got}: the object is truncated or changed while being read`,
      { input },
    );
}

/** A remote object as hyparquet's AsyncBuffer: its length first, then each slice one range request. */
export async function remoteBuffer(uri: string, input: string): Promise<AsyncBuffer> {
  // Errors name the input that gave the location and the location itself.
  if (/^s3:/i.test(uri)) {
    const { bucket, key } = parseS3(uri, input);
    const { sdk, client } = await s3();
    let byteLength: number;
    try {
      const head = await client.send(new sdk.HeadObjectCommand({ Bucket: bucket, Key: key }));
      byteLength = Number(head.ContentLength ?? Number.NaN);
    } catch (e) {
      throw failure(uri, input, "reading the object's length", e);
    }
    if (!Number.isSafeInteger(byteLength) || byteLength < 0)
      throw new UserError(`${uri}: the store gave no usable length`, { input });
    return {
      byteLength,
      async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
        if (end <= start) return new ArrayBuffer(0);
        let bytes: Uint8Array;
        try {
          const r = await client.send(
            new sdk.GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${end - 1}` }),
          );
          bytes = (await r.Body?.transformToByteArray()) ?? new Uint8Array(0);
        } catch (e) {
          if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 416)
            exact(uri, input, start, end, 0);
          throw failure(uri, input, `reading bytes ${start}–${end}`, e);
        }
        exact(uri, input, start, end, bytes.byteLength);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    };
  }
  // https: a HEAD for the length, then Range requests answered 206.
  let byteLength: number;
  try {
    const head = await fetch(uri, { method: "HEAD", redirect: "follow" });
    if (!head.ok) throw new UserError(`${uri.slice(0, 300)}: HTTP ${head.status}`, { input });
    byteLength = Number(head.headers.get("content-length") ?? Number.NaN);
  } catch (e) {
    throw failure(uri, input, "reading the object's length", e);
  }
  if (!Number.isSafeInteger(byteLength) || byteLength < 0)
    throw new UserError(`${uri.slice(0, 300)}: the server gave no Content-Length`, { input });
  return {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      if (end <= start) return new ArrayBuffer(0);
      let body: ArrayBuffer;
      try {
        const r = await fetch(uri, { headers: { Range: `bytes=${start}-${end - 1}` }, redirect: "follow" });
        if (r.status !== 206 && !(r.status === 200 && start === 0 && end === byteLength))
          throw new UserError(`${uri.slice(0, 300)}: a range request was answered HTTP ${r.status}, not 206`, {
            input,
          });
        body = await r.arrayBuffer();
      } catch (e) {
        throw failure(uri, input, `reading bytes ${start}–${end}`, e);
      }
      exact(uri, input, start, end, body.byteLength);
      return body;
    },
  };
}

/** A glob's `*` (within a segment), `**` (across segments) and `?` as a regular expression. */
function globRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Most objects one glob may match (a dataset of more parts is a partitioning problem, not a read). */
const MAX_MATCHES = 100_000;

/**
 * A remote data path as the locations it names: itself, or for an S3 glob (`*`, `**`, `?` in the
 * key: `s3://bucket/events/date=*\/part-*.parquet`) the objects under the glob's fixed prefix that
 * match it, sorted. A glob matching nothing is bad input, as for local files.
 */
export async function expandRemote(pattern: string, input: string): Promise<string[]> {
  if (!/^s3:/i.test(pattern) || !/[*?]/.test(pattern)) {
    if (/^s3:/i.test(pattern)) parseS3(pattern, input);
    return [pattern];
  }
  const { bucket, key } = parseS3(pattern, input);
  const prefix = key.slice(0, key.search(/[*?]/));
  const match = globRegExp(key);
  const { sdk, client } = await s3();
  const out: string[] = [];
  let token: string | undefined;
  do {
    let page: import("@aws-sdk/client-s3").ListObjectsV2CommandOutput;
    try {
      page = await client.send(
        new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      );
    } catch (e) {
      throw failure(pattern, input, "listing the objects", e);
    }
    for (const o of page.Contents ?? []) if (o.Key && match.test(o.Key)) out.push(`s3://${bucket}/${o.Key}`);
    if (out.length > MAX_MATCHES)
      throw new UserError(`'${pattern}' matches more than ${MAX_MATCHES} objects`, { input });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  if (out.length === 0) throw new UserError(`no object matches '${pattern}'`, { input });
  // Each matched key is checked as any given key is.
  for (const uri of out) parseS3(uri, input);
  return out.sort();
}

/** A remote object's bytes as a stream (a digest of the dataset reads them once, in order; memory stays flat). */
export async function remoteStream(uri: string, input: string): Promise<NodeJS.ReadableStream> {
  if (/^s3:/i.test(uri)) {
    const { bucket, key } = parseS3(uri, input);
    const { sdk, client } = await s3();
    try {
      const r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key }));
      if (!r.Body) throw new UserError(`${uri}: the store sent no body`, { input });
      return r.Body as NodeJS.ReadableStream;
    } catch (e) {
      throw failure(uri, input, "reading the object", e);
    }
  }
  try {
    const r = await fetch(uri, { redirect: "follow" });
    if (!r.ok || !r.body) throw new UserError(`${uri.slice(0, 300)}: HTTP ${r.status}`, { input });
    return Readable.fromWeb(r.body as import("node:stream/web").ReadableStream);
  } catch (e) {
    throw failure(uri, input, "reading the object", e);
  }
}
