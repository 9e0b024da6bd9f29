import path from "node:path";
import type { Readable } from "node:stream";
import type { AsyncBuffer } from "hyparquet";
import { UserError } from "../errors.js";
import { defaultCoreSettings, type RegistrySettings } from "../settings.js";
import { gcsList, gcsMedia, gcsSize, parseGs, useGcsEndpoint } from "./gcs.js";
import { checkedBody, countedStream, httpGet, shown } from "./http-get.js";

/**
 * Data at `s3://bucket/key`, `gs://bucket/object` (gcs.ts) and `https://host/path`: Parquet read
 * by range requests (the footer, then each asked-for column chunk: parquet.ts), CSV, TSV and
 * JSONL streamed (one GET whose body feeds the readers local files use), a glob over an S3 or GCS
 * prefix listed and matched here. The S3 client is the registry's (backends/s3-client.ts:
 * endpoint and region from the host's settings, credentials from the AWS SDK's chain). Every
 * length and range the store answers is checked: a short answer or body is a truncated object,
 * named with its input.
 */

/** Whether a data path is a remote location rather than a local file. */
export function isRemote(p: string): boolean {
  return /^(s3|gs|https):\/\//i.test(p);
}

/** A data path made absolute against `base`, a remote location kept as it is. */
export function resolveData(base: string, p: string): string {
  return isRemote(p) ? p : path.resolve(base, p);
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
 * The S3 endpoint, region and request limit data at s3:// is read with, and the GCS emulator
 * (`STORAGE_EMULATOR_HOST`) data at gs:// is read from: the host's settings (`readCoreSettings`),
 * given once when the host starts. Data is read deep inside the steps' readers (digests, globs,
 * Parquet), which take no host; these are the settings core keeps for the process, and only the
 * hosts (and tests, as hosts) set them.
 */
export function useRemoteDataSettings(settings: RegistrySettings, gcsEmulator?: string): void {
  s3Settings = settings;
  clientOnce = undefined;
  useGcsEndpoint(gcsEmulator);
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
  if (/^gs:/i.test(uri)) {
    const byteLength = await gcsSize(uri, input);
    return {
      byteLength,
      async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
        if (end <= start) return new ArrayBuffer(0);
        const body = await bytesOf(await gcsMedia(uri, input, [start, end]), uri, input, start, end);
        exact(uri, input, start, end, body.byteLength);
        return body;
      },
    };
  }
  // https: a HEAD for the length, then Range requests answered 206.
  checkHttps(uri, input);
  const head = await httpGet(uri, { uri, input, what: "reading the object's length", method: "HEAD" });
  if (!head.ok)
    throw new UserError(`${shown(uri)}: reading the object's length failed: HTTP ${head.status}`, { input });
  const byteLength = Number(head.headers.get("content-length") ?? Number.NaN);
  if (!Number.isSafeInteger(byteLength) || byteLength < 0)
    throw new UserError(`${shown(uri)}: the server gave no Content-Length`, { input });
  return {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      if (end <= start) return new ArrayBuffer(0);
      const what = `reading bytes ${start}–${end}`;
      const r = await httpGet(uri, { uri, input, what, headers: { range: `bytes=${start}-${end - 1}` } });
      if (r.status !== 206 && !(r.status === 200 && start === 0 && end === byteLength)) {
        await r.body?.cancel();
        throw new UserError(`${shown(uri)}: a range request was answered HTTP ${r.status}, not 206`, { input });
      }
      const body = await bytesOf(r, uri, input, start, end);
      exact(uri, input, start, end, body.byteLength);
      return body;
    },
  };
}

/** A range's body, read whole (a column chunk): a connection closed early is a truncated object. */
async function bytesOf(r: Response, uri: string, input: string, start: number, end: number): Promise<ArrayBuffer> {
  try {
    return await r.arrayBuffer();
  } catch (e) {
    throw new UserError(
      `${shown(uri)}: reading bytes ${start}–${end} failed: ${(e as Error).message.slice(0, 100)}: the object is truncated or changed while being read`,
      { input },
    );
  }
}

/** An https:// location, checked: a URL, without credentials in it (locations are printed in reports and logs). */
function checkHttps(uri: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new UserError(`'${shown(uri)}' is not a usable https location: not a URL`, { input });
  }
  if (url.username || url.password)
    throw new UserError(
      `'${url.host}': a user name or password in an https location is refused (locations are shown in reports and logs)`,
      { input },
    );
  return url;
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
  return new RegExp(`^${re}$`, "s");
}

/** Most objects one glob may match (a dataset of more parts is a partitioning problem, not a read). */
const MAX_MATCHES = 100_000;

/**
 * A remote data path as the locations it names: itself, or for an S3 or GCS glob (`*`, `**`, `?`
 * in the key: `s3://bucket/events/date=*\/part-*.parquet`) the objects under the glob's fixed
 * prefix that match it, sorted. A glob matching nothing is bad input, as for local files; so is a
 * glob at https://, which has no listing.
 */
export async function expandRemote(pattern: string, input: string): Promise<string[]> {
  if (/^https:/i.test(pattern)) {
    const url = checkHttps(pattern, input);
    if (/[*]/.test(decodeURIComponent(url.pathname)))
      throw new UserError(
        `'${shown(pattern)}': a glob at https:// cannot be expanded (a web server has no listing): name each file, or read the folder from s3:// or gs://`,
        { input },
      );
    return [pattern];
  }
  const gs = /^gs:/i.test(pattern);
  if (!/[*?]/.test(pattern)) {
    if (gs) parseGs(pattern, input);
    else parseS3(pattern, input);
    return [pattern];
  }
  const { bucket, key } = gs
    ? (({ bucket, object }) => ({ bucket, key: object }))(parseGs(pattern, input))
    : parseS3(pattern, input);
  const prefix = key.slice(0, key.search(/[*?]/));
  const match = globRegExp(key);
  const out: string[] = [];
  const scheme = gs ? "gs" : "s3";
  for await (const name of gs ? gcsList(bucket, prefix, pattern, input) : s3List(bucket, prefix, pattern, input)) {
    if (match.test(name)) out.push(`${scheme}://${bucket}/${name}`);
    if (out.length > MAX_MATCHES)
      throw new UserError(`'${shown(pattern)}' matches more than ${MAX_MATCHES} objects`, { input });
  }
  if (out.length === 0) throw new UserError(`no object matches '${shown(pattern)}'`, { input });
  // Each matched key is checked as any given key is.
  for (const uri of out)
    if (gs) parseGs(uri, input);
    else parseS3(uri, input);
  return out.sort();
}

/** The keys under `prefix` in an S3 bucket, page by page. */
async function* s3List(bucket: string, prefix: string, pattern: string, input: string): AsyncGenerator<string> {
  const { sdk, client } = await s3();
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
    for (const o of page.Contents ?? []) if (o.Key) yield o.Key;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/**
 * A remote object's bytes as a stream, read once, in order (a digest; CSV, TSV and JSONL through
 * the local readers): memory stays flat. The body is checked against the length the store
 * announced: a connection closed early is a truncated object (an error naming it), never a short
 * dataset.
 */
export async function remoteStream(uri: string, input: string): Promise<Readable> {
  if (/^s3:/i.test(uri)) {
    const { bucket, key } = parseS3(uri, input);
    const { sdk, client } = await s3();
    let r: import("@aws-sdk/client-s3").GetObjectCommandOutput;
    try {
      r = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key }));
    } catch (e) {
      throw failure(uri, input, "reading the object", e);
    }
    if (!r.Body) throw new UserError(`${uri}: the store sent no body`, { input });
    return countedStream(r.Body as AsyncIterable<Uint8Array>, r.ContentLength, uri, input);
  }
  if (/^gs:/i.test(uri)) return checkedBody(await gcsMedia(uri, input), uri, input);
  checkHttps(uri, input);
  const r = await httpGet(uri, { uri, input, what: "reading the object" });
  if (!r.ok) {
    await r.body?.cancel();
    throw new UserError(`${shown(uri)}: reading the object failed: HTTP ${r.status}`, { input });
  }
  return checkedBody(r, uri, input);
}
