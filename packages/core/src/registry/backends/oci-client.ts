import { createReadStream } from "node:fs";
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import { UserError } from "../../errors.js";
import { untilStalled } from "./stall.js";
import { redactedHead } from "../../util/secrets.js";
import { defaultCoreSettings, type RegistrySettings } from "../../settings.js";

/**
 * A small client for the OCI distribution API (blobs, manifests, tags), hand-written because
 * the Node packages for it either pull a container runtime's worth of code or lack
 * streaming uploads and token auth. It handles:
 * - auth: Bearer token challenges (ghcr.io, Docker Hub, Harbor…) with the given credentials, and Basic;
 * - retries with exponential backoff and jitter on 5xx, 429 and connection failures;
 * - streaming: blobs go up and down as streams, never whole in memory.
 * Credentials are sent only to the registry and its token realm, and never appear in errors.
 */
interface OciCredentials {
  username?: string;
  password?: string;
}

export interface OciClientOptions {
  credentials?: OciCredentials;
  /** Plain HTTP (default only for loopback hosts). */
  plainHttp?: boolean;
  maxAttempts?: number;
  retryBaseMs?: number;
  requestTimeoutMs?: number;
}

/** The client options the host's settings give (attempts, the first retry's pause, the request limit). */
export function ociOptions(settings: RegistrySettings = defaultCoreSettings.registry): OciClientOptions {
  return {
    maxAttempts: settings.ociAttempts,
    retryBaseMs: settings.ociRetryBaseMs,
    requestTimeoutMs: settings.requestTimeoutMs,
  };
}

type BodyFactory = () => BodyInit | Buffer | Readable | undefined;

interface RequestSpec {
  method: string;
  /** Path below the registry root (starting with /v2/), or an absolute upload URL. */
  url: string;
  headers?: Record<string, string>;
  body?: BodyFactory;
  /** Statuses that are answers, not failures. */
  ok: number[];
  timeoutMs?: number;
  /** Read the whole (small) body within the attempt: a body that stalls or breaks is retried like a failed request. */
  buffer?: boolean;
  /**
   * Only the answer (status and headers) within the timeout: a large body is read later under
   * the caller's own watch, which stops it with the attempt's controller, handed to `control`.
   */
  control?: (attempt: AbortController) => void;
}

/** Pages of a tag list followed at most (1000 tags a page asked for). */
const MAX_PAGES = 1000;

const RETRIABLE = new Set([408, 429, 500, 502, 503, 504]);

/** What a request needs of a token: reads pull, everything else pushes. */
type Need = "pull" | "pull,push";
function needOf(method: string): Need {
  return method === "GET" || method === "HEAD" ? "pull" : "pull,push";
}

/**
 * Sends a stream body with node:http, which keeps to the pipe's backpressure: measured here,
 * fetch with a file stream held a 1 GiB upload in memory (1.1 GB RSS).
 */
function streamRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Readable,
  timeoutMs: number,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = (u.protocol === "https:" ? https : http).request(u, { method, headers, timeout: timeoutMs }, (res) => {
      const h = new Headers();
      for (const [k, v] of Object.entries(res.headers))
        if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
      const status = res.statusCode ?? 502;
      const empty = status === 204 || status === 205 || status === 304;
      if (empty) res.resume();
      resolve(new Response(empty ? null : (Readable.toWeb(res) as unknown as ReadableStream), { status, headers: h }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    body.on("error", (e) => req.destroy(e));
    body.pipe(req);
  });
}

export class OciClient {
  private readonly base: string;
  private tokens = new Map<string, string>();
  /** Authorization per access need: a pull token must not be sent for a push (ghcr.io answers 403 DENIED). */
  private authHeaders: Partial<Record<Need, string>> = {};
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly timeoutMs: number;

  constructor(
    readonly host: string,
    readonly repository: string,
    private readonly where: string,
    private readonly opts: OciClientOptions = {},
  ) {
    const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host);
    this.base = `${(opts.plainHttp ?? loopback) ? "http" : "https"}://${host}`;
    const defaults = defaultCoreSettings.registry;
    this.maxAttempts = opts.maxAttempts ?? defaults.ociAttempts;
    this.retryBaseMs = opts.retryBaseMs ?? defaults.ociRetryBaseMs;
    // Each attempt of a request (its answer and, for records, its whole body) within this; with
    // 5 attempts and their backoff a record read gives up within about 5 × 30 s + 8 s.
    this.timeoutMs = opts.requestTimeoutMs ?? defaults.requestTimeoutMs;
  }

  private fail(what: string, detail: string): UserError {
    return new UserError(`registry ${this.where}: ${what} failed: ${detail}`, {}, 1);
  }

  /** One request with auth and retries; returns the response of an `ok` status. */
  async request(what: string, spec: RequestSpec): Promise<Response> {
    const url = spec.url.startsWith("http") ? spec.url : `${this.base}${spec.url}`;
    // Credentials go to the registry's own origin only (as Docker's clients do): an upload
    // Location or a Link on another host gets the request without them.
    const own = new URL(url).origin === new URL(this.base).origin;
    let lastError = "";
    let authTried = false;
    const need = needOf(spec.method);
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      let res: Response;
      try {
        const body = spec.body?.();
        const auth = own ? this.authHeaders[need] : undefined;
        const headers = { ...spec.headers, ...(auth ? { authorization: auth } : {}) };
        const timeoutMs = spec.timeoutMs ?? this.timeoutMs;
        let signal = AbortSignal.timeout(timeoutMs);
        let answered = () => {};
        if (spec.control) {
          const ctrl = new AbortController();
          const timer = setTimeout(() => ctrl.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          answered = () => clearTimeout(timer);
          spec.control(ctrl);
          signal = ctrl.signal;
        }
        try {
          res =
            body instanceof Readable
              ? await streamRequest(url, spec.method, headers, body, timeoutMs)
              : await fetch(url, { method: spec.method, headers, body: body as BodyInit | undefined, signal });
        } finally {
          answered();
        }
        if (spec.buffer && spec.ok.includes(res.status) && res.status !== 204 && res.status !== 304)
          res = new Response(Buffer.from(await res.arrayBuffer()), { status: res.status, headers: res.headers });
      } catch (e) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        lastError = `${cause?.code ?? (e as Error).name}: ${cause?.message ?? (e as Error).message}`;
        await this.backoff(attempt);
        continue;
      }
      if (res.status === 401 && !authTried && own) {
        authTried = true;
        await res.body?.cancel();
        await this.authenticate(res.headers.get("www-authenticate"), what, need);
        attempt--; // the authenticated retry is not a fault retry
        continue;
      }
      if (spec.ok.includes(res.status)) return res;
      const detail = await this.describe(res);
      if (!RETRIABLE.has(res.status)) {
        const hint =
          res.status === 403 && need === "pull,push"
            ? " (the token may not write here: on GitHub the job needs `permissions: packages: write`; elsewhere check the registry-token input)"
            : res.status === 401 || res.status === 403
              ? " (check the registry credentials: the registry-token input)"
              : "";
        throw this.fail(what, `${detail}${hint}`);
      }
      lastError = detail;
      await this.backoff(attempt, res.headers.get("retry-after"));
    }
    throw this.fail(what, `${lastError}, after ${this.maxAttempts} attempts`);
  }

  private async backoff(attempt: number, retryAfter?: string | null): Promise<void> {
    if (attempt >= this.maxAttempts) return;
    const hinted = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : 0;
    const ms = Math.max(hinted, this.retryBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
    await new Promise((r) => setTimeout(r, Math.min(ms, 30_000)));
  }

  /** "HTTP 404 MANIFEST_UNKNOWN: manifest unknown", from the registry's error JSON when there is one. */
  private async describe(res: Response): Promise<string> {
    // The answer is untrusted text: redacted before it is cut (a token cut in two would survive in part).
    const text = redactedHead(await res.text().catch(() => ""), 2000);
    try {
      const errors = (JSON.parse(text) as { errors?: { code?: string; message?: string }[] }).errors ?? [];
      if (errors.length)
        return `HTTP ${res.status} ${errors.map((e) => `${e.code ?? ""}: ${e.message ?? ""}`).join("; ")}`;
    } catch {
      /* not JSON */
    }
    return `HTTP ${res.status}${text ? ` ${text.replace(/\s+/g, " ").slice(0, 200)}` : ""}`;
  }

  /**
   * Answers a 401 challenge: Basic with the credentials, or a Bearer token from the realm. The
   * token is asked for this repository with the actions the request needs, not the challenge's
   * scope: ghcr.io's challenge names `pull` even for a push.
   */
  private async authenticate(challenge: string | null, what: string, need: Need): Promise<void> {
    const creds = this.opts.credentials ?? {};
    const basic = creds.password
      ? `Basic ${Buffer.from(`${creds.username || "mlship"}:${creds.password}`).toString("base64")}`
      : undefined;
    if (!challenge) throw this.fail(what, "HTTP 401 without a WWW-Authenticate challenge");
    const [scheme, ...rest] = challenge.split(" ");
    if (scheme.toLowerCase() === "basic") {
      if (!basic) throw this.fail(what, "HTTP 401: the registry wants credentials (set the registry-token input)");
      this.authHeaders = { pull: basic, "pull,push": basic };
      return;
    }
    if (scheme.toLowerCase() !== "bearer")
      throw this.fail(what, `HTTP 401 with an unsupported auth scheme '${scheme}'`);
    const params = Object.fromEntries([...rest.join(" ").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm) throw this.fail(what, "HTTP 401: Bearer challenge without a realm");
    const scope = `repository:${this.repository}:${need}`;
    const key = `${params.service ?? ""} ${scope}`;
    let token = this.tokens.get(key);
    if (!token) {
      const realm = new URL(params.realm);
      if (params.service) realm.searchParams.set("service", params.service);
      realm.searchParams.set("scope", scope);
      const res = await fetch(realm, {
        headers: basic ? { authorization: basic } : {},
        signal: AbortSignal.timeout(this.timeoutMs),
      }).catch((e: Error) => {
        throw this.fail(what, `token request to ${realm.host} failed: ${e.message}`);
      });
      if (!res.ok)
        throw this.fail(
          what,
          `token request to ${realm.host} was refused (HTTP ${res.status}); check the registry-token input`,
        );
      const json = (await res.json()) as { token?: string; access_token?: string };
      token = json.token ?? json.access_token;
      if (!token) throw this.fail(what, `token response from ${realm.host} holds no token`);
      this.tokens.set(key, token);
    }
    this.authHeaders[need] = `Bearer ${token}`;
  }

  private path(kind: "blobs" | "manifests" | "tags", ref = ""): string {
    return `/v2/${this.repository}/${kind}/${ref}`;
  }

  /** The blob's size, or undefined when the repository does not hold it. */
  async blobSize(digest: string): Promise<number | undefined> {
    const res = await this.request(`checking blob ${digest}`, {
      method: "HEAD",
      url: this.path("blobs", digest),
      ok: [200, 404],
    });
    return res.status === 200 ? Number(res.headers.get("content-length")) : undefined;
  }

  /** Monolithic upload (POST for a session, then PUT with the digest), streamed; a failed PUT ends the session, so the pair is retried. */
  async uploadBlob(digest: string, size: number, body: BodyFactory): Promise<void> {
    const what = `uploading blob ${digest}`;
    for (let attempt = 1; ; attempt++) {
      const session = await this.request(what, { method: "POST", url: this.path("blobs", "uploads/"), ok: [202] });
      await session.body?.cancel();
      const location = session.headers.get("location");
      if (!location) throw this.fail(what, "the registry gave no upload location");
      const target = new URL(location, this.base);
      target.searchParams.set("digest", digest);
      try {
        const res = await this.request(what, {
          method: "PUT",
          url: target.toString(),
          headers: { "content-type": "application/octet-stream", "content-length": String(size) },
          body,
          ok: [201],
          timeoutMs: Math.max(this.timeoutMs, 3_600_000),
        });
        await res.body?.cancel();
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  async uploadFile(digest: string, size: number, file: string): Promise<void> {
    await this.uploadBlob(digest, size, () => createReadStream(file));
  }

  async putSmallBlob(digest: string, bytes: Buffer): Promise<void> {
    if ((await this.blobSize(digest)) === undefined) await this.uploadBlob(digest, bytes.length, () => bytes);
  }

  /**
   * The blob's bytes: the answer within the request timeout, then each chunk within the same time
   * of the one before (a registry that stalls mid-download ends the pull with an error naming it,
   * a slow one that keeps sending does not).
   */
  async getBlob(digest: string): Promise<AsyncIterable<Uint8Array> | undefined> {
    const what = `downloading blob ${digest}`;
    let attempt: AbortController | undefined;
    const res = await this.request(what, {
      method: "GET",
      url: this.path("blobs", digest),
      ok: [200, 404],
      control: (c) => {
        attempt = c;
      },
    });
    if (res.status === 404 || !res.body) {
      await res.body?.cancel();
      return undefined;
    }
    return untilStalled(
      res.body as AsyncIterable<Uint8Array>,
      this.timeoutMs,
      () => attempt?.abort(),
      () =>
        this.fail(what, `no data for ${this.timeoutMs} ms (MLSHIP_REQUEST_TIMEOUT_MS): the registry stopped sending`),
    );
  }

  async getSmallBlob(digest: string): Promise<Buffer | undefined> {
    const res = await this.request(`downloading blob ${digest}`, {
      method: "GET",
      url: this.path("blobs", digest),
      ok: [200, 404],
      buffer: true,
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    return Buffer.from(await res.arrayBuffer());
  }

  /** The manifest's digest under `ref` (tag or digest), or undefined. */
  async manifestDigest(ref: string, mediaType: string): Promise<string | undefined> {
    const res = await this.request(`looking up ${ref}`, {
      method: "HEAD",
      url: this.path("manifests", ref),
      headers: { accept: mediaType },
      ok: [200, 404],
    });
    return res.status === 200 ? (res.headers.get("docker-content-digest") ?? undefined) : undefined;
  }

  async getManifest(ref: string, mediaType: string): Promise<Buffer | undefined> {
    const res = await this.request(`reading ${ref}`, {
      method: "GET",
      url: this.path("manifests", ref),
      headers: { accept: mediaType },
      ok: [200, 404],
      buffer: true,
    });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    return Buffer.from(await res.arrayBuffer());
  }

  async putManifest(ref: string, bytes: Buffer, mediaType: string): Promise<void> {
    const res = await this.request(`writing ${ref}`, {
      method: "PUT",
      url: this.path("manifests", ref),
      headers: { "content-type": mediaType },
      body: () => bytes,
      ok: [201],
    });
    await res.body?.cancel();
  }

  /**
   * Every tag of the repository (following Link pagination); none when the repository does not
   * exist yet. Pages are followed on the registry's own origin only, each once, at most MAX_PAGES.
   */
  async tags(): Promise<string[]> {
    const out: string[] = [];
    const seen = new Set<string>();
    let url: string | undefined = `${this.base}${this.path("tags", "list")}?n=1000`;
    while (url) {
      if (seen.has(url))
        throw this.fail("listing tags", `the tag list's Link header points back at a page already read (${url})`);
      if (seen.size >= MAX_PAGES) throw this.fail("listing tags", `more than ${MAX_PAGES} pages of tags`);
      seen.add(url);
      const res: Response = await this.request("listing tags", { method: "GET", url, ok: [200, 404], buffer: true });
      if (res.status === 404) {
        await res.body?.cancel();
        return out;
      }
      const text = await res.text();
      let page: unknown;
      try {
        page = JSON.parse(text);
      } catch {
        page = undefined;
      }
      const tags = (page as { tags?: unknown } | null | undefined)?.tags;
      if (
        !page ||
        typeof page !== "object" ||
        !(tags == null || (Array.isArray(tags) && tags.every((t) => typeof t === "string")))
      )
        throw this.fail(
          "listing tags",
          `the answer is not a tag list (${text.length} bytes starting ${JSON.stringify(redactedHead(text, 40))})`,
        );
      out.push(...((tags as string[] | null | undefined) ?? []));
      const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "");
      url = next ? new URL(next[1], this.base).toString() : undefined;
      if (url && new URL(url).origin !== new URL(this.base).origin)
        throw this.fail(
          "listing tags",
          `the tag list's next page is on another host (${new URL(url).host}); not followed`,
        );
    }
    return out;
  }
}
