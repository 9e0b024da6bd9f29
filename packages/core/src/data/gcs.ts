import { UserError } from "../errors.js";
import { httpGet, shown } from "./http-get.js";

/**
 * Data at `gs://bucket/object`: Google Cloud Storage through its JSON API
 * (https://cloud.google.com/storage/docs/json_api/v1): an object's metadata for its size
 * (objects.get), its bytes with `alt=media` and a `Range` header (answered 206), a listing by
 * prefix, page by page (objects.list, `pageToken`/`nextPageToken`). Credentials are Application
 * Default Credentials as Google's SDKs find them (google-auth-library, loaded with import() when a
 * gs:// input is read: `GOOGLE_APPLICATION_CREDENTIALS`, gcloud's application-default file, the
 * metadata server of a Google machine), sent as `Authorization: Bearer` to the API's origin only.
 * `STORAGE_EMULATOR_HOST` (the host's settings) points it at an emulator, as the SDKs do; there,
 * with no credentials to be found, requests go unauthenticated (emulators take none).
 */

const API = "https://storage.googleapis.com";
/** Reading objects is all mlship does with GCS. */
const SCOPE = "https://www.googleapis.com/auth/devstorage.read_only";

export interface GcsLocation {
  bucket: string;
  object: string;
}

/**
 * `gs://bucket/object`, checked: a bucket name as GCS allows (lowercase letters, digits, `-`, `_`,
 * `.`; 3–222 characters, a letter or digit at each end), an object name without empty, `.` or
 * `..` segments or control characters.
 */
export function parseGs(uri: string, input: string): GcsLocation {
  const m = /^gs:\/\/([^/]*)\/(.*)$/is.exec(uri);
  const bad = (why: string) => new UserError(`'${uri.slice(0, 300)}' is not a usable GCS location: ${why}`, { input });
  if (!m) throw bad("expected gs://bucket/object");
  const [, bucket, object] = m;
  if (!/^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/.test(bucket) || bucket.split(".").some((p) => p.length > 63))
    throw bad(`'${bucket.slice(0, 230)}' is not a bucket name`);
  if (object === "") throw bad("no object name after the bucket");
  if (Buffer.byteLength(object) > 1024) throw bad("the object name is longer than 1024 bytes");
  if (/[\u0000-\u001f\u007f\\]/.test(object)) throw bad("the object name holds a control character or a backslash");
  if (object.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw bad("the object name has an empty, '.' or '..' segment");
  return { bucket, object };
}

let endpoint: string | undefined;
type Authorizer = (url: string) => Promise<string | undefined>;
let authorizer: Promise<Authorizer | undefined> | undefined;

/** The JSON API's origin: `STORAGE_EMULATOR_HOST` as the host read it (readCoreSettings), else Google's. */
export function useGcsEndpoint(emulator: string | undefined): void {
  endpoint = emulator;
  authorizer = undefined;
}

/**
 * What gives a request's `Authorization`, once per process: google-auth-library's Application
 * Default Credentials, set up as Google's Cloud client libraries set them up (default scopes and
 * the service's path): a service account's key signs a JWT for the API itself (a self-signed JWT,
 * https://developers.google.com/identity/protocols/oauth2/service-account#jwt-auth), a user's
 * or a workload identity's credentials and the metadata server give an access token, cached and
 * refreshed by the library. None found: undefined with an emulator (requests go without), else
 * bad input saying where credentials are looked for.
 */
function authorize(uri: string, input: string): Promise<Authorizer | undefined> {
  const emulated = endpoint !== undefined;
  authorizer ??= (async () => {
    // A CommonJS package: in the bundles its exports are the namespace's default.
    const loaded = await import("google-auth-library");
    const { GoogleAuth } = loaded.default ?? loaded;
    const auth = new GoogleAuth();
    auth.defaultScopes = [SCOPE];
    auth.defaultServicePath = "storage.googleapis.com";
    try {
      await auth.getClient();
    } catch (e) {
      if (emulated) return undefined;
      authorizer = undefined; // the next input looks again
      throw new UserError(
        `${shown(uri)}: no Google credentials found (${(e as Error).message.slice(0, 120)}): set GOOGLE_APPLICATION_CREDENTIALS to a credentials file, run \`gcloud auth application-default login\`, or on GitHub authenticate with google-github-actions/auth first`,
        { input },
      );
    }
    return async (url: string) => {
      const headers: unknown = await auth.getRequestHeaders(url);
      const value =
        headers instanceof Headers
          ? headers.get("authorization")
          : (headers as Record<string, string> | undefined)?.authorization;
      return value ?? undefined;
    };
  })();
  return authorizer;
}

/** The headers of a request to `url`: its credentials, when there are any. */
async function authorization(url: string, uri: string, input: string): Promise<Record<string, string>> {
  const source = await authorize(uri, input);
  if (!source) return {};
  let value: string | undefined;
  try {
    value = await source(url);
  } catch (e) {
    throw new UserError(
      `${shown(uri)}: getting Google credentials for the request failed: ${(e as Error).message.slice(0, 200)} (check the credentials given to this job)`,
      { input },
    );
  }
  return value ? { authorization: value } : {};
}

const objectUrl = (loc: GcsLocation) =>
  `${endpoint ?? API}/storage/v1/b/${encodeURIComponent(loc.bucket)}/o/${encodeURIComponent(loc.object)}`;

/** An answer that is not a success, as bad input naming the location (GCS's own text is not shown: untrusted). */
function refused(uri: string, input: string, what: string, status: number): UserError {
  const hint =
    status === 404
      ? " (no such object or bucket)"
      : status === 401 || status === 403
        ? " (check the Google credentials given to this job and their access to the bucket)"
        : "";
  return new UserError(`${shown(uri)}: ${what} failed: HTTP ${status}${hint}`, { input });
}

async function json(r: Response, uri: string, input: string, what: string): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await r.json();
  } catch {
    throw new UserError(`${shown(uri)}: ${what}: the answer is not JSON`, { input });
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new UserError(`${shown(uri)}: ${what}: the answer is not a JSON object`, { input });
  return body as Record<string, unknown>;
}

/** The object's size in bytes (objects.get: `size`, a decimal string). */
export async function gcsSize(uri: string, input: string): Promise<number> {
  const loc = parseGs(uri, input);
  const what = "reading the object's metadata";
  const url = objectUrl(loc);
  const r = await httpGet(url, { uri, input, what, headers: await authorization(url, uri, input) });
  if (r.status !== 200) {
    await r.body?.cancel();
    throw refused(uri, input, what, r.status);
  }
  const size = (await json(r, uri, input, what)).size;
  if (typeof size !== "string" || !/^\d{1,15}$/.test(size))
    throw new UserError(`${shown(uri)}: the store gave no usable size`, { input });
  return Number(size);
}

/**
 * The object's bytes (`alt=media`): all of them, or `range` ([start, end), answered 206 with a
 * Content-Range that says so). The caller checks the body's length (http-get.ts).
 */
export async function gcsMedia(uri: string, input: string, range?: [number, number]): Promise<Response> {
  const loc = parseGs(uri, input);
  const what = range ? `reading bytes ${range[0]}–${range[1]}` : "reading the object";
  const url = `${objectUrl(loc)}?alt=media`;
  const headers = await authorization(url, uri, input);
  if (range) headers.range = `bytes=${range[0]}-${range[1] - 1}`;
  const r = await httpGet(url, { uri, input, what, headers });
  const ok = range ? r.status === 206 && contentRangeIs(r, range) : r.status === 200;
  if (!ok) {
    await r.body?.cancel();
    if (range && (r.status === 206 || r.status === 200))
      throw new UserError(`${shown(uri)}: ${what}: the store answered another range (${r.status})`, { input });
    throw refused(uri, input, what, r.status);
  }
  return r;
}

function contentRangeIs(r: Response, [start, end]: [number, number]): boolean {
  const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(r.headers.get("content-range") ?? "");
  return !!m && Number(m[1]) === start && Number(m[2]) === end - 1;
}

/** Most pages one listing reads (1,000 names a page: a million objects). */
const MAX_PAGES = 1000;

/** The names of the objects under `prefix` in `bucket`, page by page (objects.list). */
export async function* gcsList(bucket: string, prefix: string, uri: string, input: string): AsyncGenerator<string> {
  const what = "listing the objects";
  let pageToken: string | undefined;
  for (let page = 0; ; page++) {
    if (page >= MAX_PAGES) throw new UserError(`${shown(uri)}: more than ${MAX_PAGES} pages of objects`, { input });
    const q = new URLSearchParams({ prefix });
    if (pageToken) q.set("pageToken", pageToken);
    const url = `${endpoint ?? API}/storage/v1/b/${encodeURIComponent(bucket)}/o?${q}`;
    const r = await httpGet(url, { uri, input, what, headers: await authorization(url, uri, input) });
    if (r.status !== 200) {
      await r.body?.cancel();
      throw refused(uri, input, what, r.status);
    }
    const body = await json(r, uri, input, what);
    const items = body.items ?? [];
    if (!Array.isArray(items)) throw new UserError(`${shown(uri)}: ${what}: 'items' is not a list`, { input });
    for (const item of items) {
      const name = (item as { name?: unknown } | null)?.name;
      if (typeof name !== "string") throw new UserError(`${shown(uri)}: ${what}: an item without a name`, { input });
      // A listing by prefix names objects under it: anything else is not the store's answer.
      if (!name.startsWith(prefix)) continue;
      yield name;
    }
    const next = body.nextPageToken;
    if (next === undefined || next === null || next === "") return;
    if (typeof next !== "string") throw new UserError(`${shown(uri)}: ${what}: 'nextPageToken' is not text`, { input });
    pageToken = next;
  }
}
