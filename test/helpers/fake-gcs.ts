import { createPublicKey, generateKeyPairSync, verify, type KeyObject } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A strict stand-in for Google Cloud Storage's JSON API, written from Google's documentation, for
 * what mlship reads (data/gcs.ts):
 *
 * - objects.get, https://cloud.google.com/storage/docs/json_api/v1/objects/get:
 *   `GET /storage/v1/b/<bucket>/o/<object, percent-encoded, '/' as %2F>` answers the object's
 *   metadata (`size` a decimal string); with `alt=media`, its bytes.
 * - ranged downloads, https://cloud.google.com/storage/docs/json_api/v1/parameters#range and
 *   https://cloud.google.com/storage/docs/downloading-objects#download-byte-range: `Range:
 *   bytes=a-b` is answered 206 with `Content-Range: bytes a-b/<size>`; a range starting past the
 *   end, 416.
 * - objects.list, https://cloud.google.com/storage/docs/json_api/v1/objects/list: `prefix`,
 *   `pageToken` and `maxResults` (at most 1000); names in lexicographic order; `nextPageToken`
 *   while more remain (this fake's pages are `pageSize` long, to make a listing take several).
 * - errors, https://cloud.google.com/storage/docs/json_api/v1/status-codes: 404 for a missing
 *   object or bucket, 401 without valid credentials, a JSON body `{"error": {"code", "message"}}`.
 * - credentials: `Authorization: Bearer <token>` on every request. A service account's key signs
 *   a JWT used as the token itself (https://developers.google.com/identity/protocols/oauth2/service-account#jwt-auth:
 *   RS256, `iss` and `sub` the account's email, `aud` the API's `https://storage.googleapis.com/`,
 *   `iat`/`exp` an hour apart at most, `kid` the key's id), checked here against the account's public key;
 *   this is what google-auth-library sends for a service-account key file when, as Google's
 *   Cloud client libraries do, only default scopes are set (its token exchange would go to
 *   oauth2.googleapis.com whatever the key file's `token_uri` says, which a test cannot serve).
 *
 * Anything else (another method, path or parameter) is a 400, so a request mlship should not make fails the test.
 */

export interface ServiceAccount {
  /** The key file's JSON (what GOOGLE_APPLICATION_CREDENTIALS names). */
  keyFile: Record<string, string>;
  publicKey: KeyObject;
}

/** A service account with a fresh RSA key, as a key file Google's console would give. */
export function serviceAccount(email = "reader@mlship-test.iam.gserviceaccount.com", keyId = "k1"): ServiceAccount {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    keyFile: {
      type: "service_account",
      project_id: "mlship-test",
      private_key_id: keyId,
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      client_email: email,
      client_id: "100000000000000000001",
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
    },
    publicKey: createPublicKey(publicKey.export({ type: "spki", format: "pem" })),
  };
}

export interface FakeGcs {
  url: string;
  /** Objects by bucket, then name. */
  buckets: Map<string, Map<string, Buffer>>;
  /** Every request: method, path and query, and whether its credentials were valid. */
  requests: { method: string; url: string; authorized: boolean }[];
  /** Objects whose media requests are redirected (302) to this URL + the object's name. */
  redirects: Map<string, string>;
  close(): Promise<void>;
}

const API_AUDIENCE = "https://storage.googleapis.com/";

export async function startFakeGcs(opts: { accounts: ServiceAccount[]; pageSize?: number }): Promise<FakeGcs> {
  const pageSize = opts.pageSize ?? 1000;
  const buckets = new Map<string, Map<string, Buffer>>();
  const requests: FakeGcs["requests"] = [];
  const redirects = new Map<string, string>();
  const error = (res: http.ServerResponse, code: number, message: string) => {
    res.writeHead(code, { "content-type": "application/json; charset=UTF-8" });
    res.end(JSON.stringify({ error: { code, message, errors: [{ message, domain: "global" }] } }));
  };
  const authorized = (header: string | undefined): boolean => {
    const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? "");
    if (!m) return false;
    let head: { alg?: string; kid?: string };
    let claims: { iss?: string; sub?: string; aud?: string; iat?: number; exp?: number };
    try {
      head = JSON.parse(Buffer.from(m[1], "base64url").toString("utf8"));
      claims = JSON.parse(Buffer.from(m[2], "base64url").toString("utf8"));
    } catch {
      return false;
    }
    const account = opts.accounts.find((a) => a.keyFile.client_email === claims.iss);
    if (!account || head.alg !== "RS256" || head.kid !== account.keyFile.private_key_id) return false;
    const signed = verify(
      "RSA-SHA256",
      Buffer.from(`${m[1]}.${m[2]}`),
      account.publicKey,
      Buffer.from(m[3], "base64url"),
    );
    const now = Date.now() / 1000;
    return (
      signed &&
      claims.sub === claims.iss &&
      claims.aud === API_AUDIENCE &&
      typeof claims.iat === "number" &&
      typeof claims.exp === "number" &&
      claims.exp > now &&
      claims.exp - claims.iat <= 3600
    );
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const ok = authorized(req.headers.authorization);
    requests.push({ method: req.method ?? "", url: `${url.pathname}${url.search}`, authorized: ok });
    if (req.method !== "GET") return error(res, 400, `${req.method} is not what this fake serves`);
    const m = /^\/storage\/v1\/b\/([^/]+)\/o(?:\/([^/]+))?$/.exec(url.pathname);
    if (!m) return error(res, 404, "Not Found");
    if (!ok) return error(res, 401, "Anonymous caller does not have storage.objects.get access.");
    const bucket = buckets.get(decodeURIComponent(m[1]));
    if (!bucket) return error(res, 404, "The specified bucket does not exist.");
    const params = [...url.searchParams.keys()];
    if (m[2] === undefined) {
      // objects.list
      if (params.some((p) => !["prefix", "pageToken", "maxResults"].includes(p)))
        return error(res, 400, `unexpected parameters ${params.join(",")}`);
      const prefix = url.searchParams.get("prefix") ?? "";
      const max = Math.min(Number(url.searchParams.get("maxResults") ?? 1000), 1000, pageSize);
      const names = [...bucket.keys()].filter((n) => n.startsWith(prefix)).sort();
      const token = url.searchParams.get("pageToken");
      // The token is opaque to the client: here, the last name of the previous page, encoded.
      const after = token === null ? undefined : Buffer.from(token, "base64url").toString("utf8");
      if (token !== null && (after === undefined || !names.includes(after)))
        return error(res, 400, "Invalid pageToken");
      const rest = after === undefined ? names : names.slice(names.indexOf(after) + 1);
      const page = rest.slice(0, max);
      const body: Record<string, unknown> = {
        kind: "storage#objects",
        items: page.map((name) => ({
          kind: "storage#object",
          name,
          bucket: m[1],
          size: String(bucket.get(name)!.length),
        })),
      };
      if (rest.length > page.length) body.nextPageToken = Buffer.from(page.at(-1)!).toString("base64url");
      res.writeHead(200, { "content-type": "application/json; charset=UTF-8" });
      res.end(JSON.stringify(body));
      return;
    }
    const name = decodeURIComponent(m[2]);
    const bytes = bucket.get(name);
    if (!bytes) return error(res, 404, `No such object: ${m[1]}/${name}`);
    if (url.searchParams.get("alt") !== "media") {
      if (params.length) return error(res, 400, `unexpected parameters ${params.join(",")}`);
      res.writeHead(200, { "content-type": "application/json; charset=UTF-8" });
      res.end(JSON.stringify({ kind: "storage#object", name, bucket: m[1], size: String(bytes.length) }));
      return;
    }
    if (params.length !== 1) return error(res, 400, `unexpected parameters ${params.join(",")}`);
    const moved = redirects.get(name);
    if (moved) {
      res.writeHead(302, { location: `${moved}${encodeURIComponent(name)}` });
      res.end();
      return;
    }
    serveBytes(req, res, bytes);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    buckets,
    requests,
    redirects,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** An object's bytes, whole (200) or one range (206 with Content-Range; 416 past the end). */
export function serveBytes(req: http.IncomingMessage, res: http.ServerResponse, bytes: Buffer): void {
  const range = req.headers.range;
  if (range === undefined) {
    res.writeHead(200, { "content-length": bytes.length, "content-type": "application/octet-stream" });
    res.end(bytes);
    return;
  }
  const r = /^bytes=(\d+)-(\d*)$/.exec(range);
  if (!r) {
    res.writeHead(400).end();
    return;
  }
  const start = Number(r[1]);
  const end = Math.min(r[2] === "" ? bytes.length - 1 : Number(r[2]), bytes.length - 1);
  if (start >= bytes.length || end < start) {
    res.writeHead(416, { "content-range": `bytes */${bytes.length}` }).end();
    return;
  }
  res.writeHead(206, { "content-length": end - start + 1, "content-range": `bytes ${start}-${end}/${bytes.length}` });
  res.end(bytes.subarray(start, end + 1));
}
