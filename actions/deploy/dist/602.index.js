export const id = 602;
export const ids = [602];
export const modules = {

/***/ 1602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MODEL_ARTIFACT: () => (/* binding */ MODEL_ARTIFACT),
  MODEL_CONFIG: () => (/* binding */ MODEL_CONFIG),
  MODEL_LAYER: () => (/* binding */ MODEL_LAYER),
  OCI_MANIFEST: () => (/* binding */ OCI_MANIFEST),
  OciBackend: () => (/* binding */ OciBackend),
  openRegistry: () => (/* binding */ openRegistry),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
;// CONCATENATED MODULE: ./packages/core/src/registry/backends/oci-client.ts





const RETRIABLE = new Set([408, 429, 500, 502, 503, 504]);
/**
 * Sends a stream body with node:http, which keeps to the pipe's backpressure: measured here,
 * fetch with a file stream held a 1 GiB upload in memory (1.1 GB RSS).
 */
function streamRequest(url, method, headers, body, timeoutMs) {
    return new Promise((resolve, reject) => {
        const u = new URL(url);
        const req = (u.protocol === "https:" ? (external_node_https_default()) : (external_node_http_default())).request(u, { method, headers, timeout: timeoutMs }, (res) => {
            const h = new Headers();
            for (const [k, v] of Object.entries(res.headers))
                if (v !== undefined)
                    h.set(k, Array.isArray(v) ? v.join(", ") : v);
            const status = res.statusCode ?? 502;
            const empty = status === 204 || status === 205 || status === 304;
            if (empty)
                res.resume();
            resolve(new Response(empty ? null : external_node_stream_.Readable.toWeb(res), { status, headers: h }));
        });
        req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on("error", reject);
        body.on("error", (e) => req.destroy(e));
        body.pipe(req);
    });
}
class OciClient {
    host;
    repository;
    where;
    opts;
    base;
    tokens = new Map();
    authHeader;
    maxAttempts;
    retryBaseMs;
    timeoutMs;
    constructor(host, repository, where, opts = {}) {
        this.host = host;
        this.repository = repository;
        this.where = where;
        this.opts = opts;
        const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(host);
        this.base = `${(opts.plainHttp ?? loopback) ? "http" : "https"}://${host}`;
        this.maxAttempts = opts.maxAttempts ?? Number(process.env.MLSHIP_REGISTRY_ATTEMPTS ?? 5);
        this.retryBaseMs = opts.retryBaseMs ?? Number(process.env.MLSHIP_REGISTRY_RETRY_BASE_MS ?? 250);
        this.timeoutMs = opts.requestTimeoutMs ?? 60_000;
    }
    fail(what, detail) {
        return new errors/* UserError */.yo(`registry ${this.where}: ${what} failed: ${detail}`, {}, 1);
    }
    /** One request with auth and retries; returns the response of an `ok` status. */
    async request(what, spec) {
        const url = spec.url.startsWith("http") ? spec.url : `${this.base}${spec.url}`;
        let lastError = "";
        let authTried = false;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            let res;
            try {
                const body = spec.body?.();
                const headers = { ...spec.headers, ...(this.authHeader ? { authorization: this.authHeader } : {}) };
                const timeoutMs = spec.timeoutMs ?? this.timeoutMs;
                res =
                    body instanceof external_node_stream_.Readable
                        ? await streamRequest(url, spec.method, headers, body, timeoutMs)
                        : await fetch(url, {
                            method: spec.method,
                            headers,
                            body: body,
                            signal: AbortSignal.timeout(timeoutMs),
                        });
            }
            catch (e) {
                const cause = e.cause;
                lastError = `${cause?.code ?? e.name}: ${cause?.message ?? e.message}`;
                await this.backoff(attempt);
                continue;
            }
            if (res.status === 401 && !authTried) {
                authTried = true;
                await res.body?.cancel();
                await this.authenticate(res.headers.get("www-authenticate"), what);
                attempt--; // the authenticated retry is not a fault retry
                continue;
            }
            if (spec.ok.includes(res.status))
                return res;
            const detail = await this.describe(res);
            if (!RETRIABLE.has(res.status)) {
                const hint = res.status === 401 || res.status === 403 ? " (check the registry credentials: the registry-token input)" : "";
                throw this.fail(what, `${detail}${hint}`);
            }
            lastError = detail;
            await this.backoff(attempt, res.headers.get("retry-after"));
        }
        throw this.fail(what, `${lastError}, after ${this.maxAttempts} attempts`);
    }
    async backoff(attempt, retryAfter) {
        if (attempt >= this.maxAttempts)
            return;
        const hinted = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : 0;
        const ms = Math.max(hinted, this.retryBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
        await new Promise((r) => setTimeout(r, Math.min(ms, 30_000)));
    }
    /** "HTTP 404 MANIFEST_UNKNOWN: manifest unknown", from the registry's error JSON when there is one. */
    async describe(res) {
        const text = (await res.text().catch(() => "")).slice(0, 2000);
        try {
            const errors = JSON.parse(text).errors ?? [];
            if (errors.length)
                return `HTTP ${res.status} ${errors.map((e) => `${e.code ?? ""}: ${e.message ?? ""}`).join("; ")}`;
        }
        catch {
            /* not JSON */
        }
        return `HTTP ${res.status}${text ? ` ${text.replace(/\s+/g, " ").slice(0, 200)}` : ""}`;
    }
    /** Answers a 401 challenge: Basic with the credentials, or a Bearer token from the realm. */
    async authenticate(challenge, what) {
        const creds = this.opts.credentials ?? {};
        const basic = creds.password
            ? `Basic ${Buffer.from(`${creds.username || "mlship"}:${creds.password}`).toString("base64")}`
            : undefined;
        if (!challenge)
            throw this.fail(what, "HTTP 401 without a WWW-Authenticate challenge");
        const [scheme, ...rest] = challenge.split(" ");
        if (scheme.toLowerCase() === "basic") {
            if (!basic)
                throw this.fail(what, "HTTP 401: the registry wants credentials (set the registry-token input)");
            this.authHeader = basic;
            return;
        }
        if (scheme.toLowerCase() !== "bearer")
            throw this.fail(what, `HTTP 401 with an unsupported auth scheme '${scheme}'`);
        const params = Object.fromEntries([...rest.join(" ").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (!params.realm)
            throw this.fail(what, "HTTP 401: Bearer challenge without a realm");
        const key = `${params.service ?? ""} ${params.scope ?? ""}`;
        let token = this.tokens.get(key);
        if (!token) {
            const realm = new URL(params.realm);
            if (params.service)
                realm.searchParams.set("service", params.service);
            if (params.scope)
                realm.searchParams.set("scope", params.scope);
            const res = await fetch(realm, {
                headers: basic ? { authorization: basic } : {},
                signal: AbortSignal.timeout(this.timeoutMs),
            }).catch((e) => {
                throw this.fail(what, `token request to ${realm.host} failed: ${e.message}`);
            });
            if (!res.ok)
                throw this.fail(what, `token request to ${realm.host} was refused (HTTP ${res.status}); check the registry-token input`);
            const json = (await res.json());
            token = json.token ?? json.access_token;
            if (!token)
                throw this.fail(what, `token response from ${realm.host} holds no token`);
            this.tokens.set(key, token);
        }
        this.authHeader = `Bearer ${token}`;
    }
    path(kind, ref = "") {
        return `/v2/${this.repository}/${kind}/${ref}`;
    }
    /** The blob's size, or undefined when the repository does not hold it. */
    async blobSize(digest) {
        const res = await this.request(`checking blob ${digest}`, {
            method: "HEAD",
            url: this.path("blobs", digest),
            ok: [200, 404],
        });
        return res.status === 200 ? Number(res.headers.get("content-length")) : undefined;
    }
    /** Monolithic upload (POST for a session, then PUT with the digest), streamed; a failed PUT ends the session, so the pair is retried. */
    async uploadBlob(digest, size, body) {
        const what = `uploading blob ${digest}`;
        for (let attempt = 1;; attempt++) {
            const session = await this.request(what, { method: "POST", url: this.path("blobs", "uploads/"), ok: [202] });
            await session.body?.cancel();
            const location = session.headers.get("location");
            if (!location)
                throw this.fail(what, "the registry gave no upload location");
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
            }
            catch (e) {
                if (attempt >= 3)
                    throw e;
            }
        }
    }
    async uploadFile(digest, size, file) {
        await this.uploadBlob(digest, size, () => (0,external_node_fs_.createReadStream)(file));
    }
    async putSmallBlob(digest, bytes) {
        if ((await this.blobSize(digest)) === undefined)
            await this.uploadBlob(digest, bytes.length, () => bytes);
    }
    async getBlob(digest) {
        const res = await this.request(`downloading blob ${digest}`, {
            method: "GET",
            url: this.path("blobs", digest),
            ok: [200, 404],
            timeoutMs: 3_600_000,
        });
        if (res.status === 404 || !res.body) {
            await res.body?.cancel();
            return undefined;
        }
        return external_node_stream_.Readable.fromWeb(res.body);
    }
    async getSmallBlob(digest) {
        const res = await this.request(`downloading blob ${digest}`, {
            method: "GET",
            url: this.path("blobs", digest),
            ok: [200, 404],
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        return Buffer.from(await res.arrayBuffer());
    }
    /** The manifest's digest under `ref` (tag or digest), or undefined. */
    async manifestDigest(ref, mediaType) {
        const res = await this.request(`looking up ${ref}`, {
            method: "HEAD",
            url: this.path("manifests", ref),
            headers: { accept: mediaType },
            ok: [200, 404],
        });
        return res.status === 200 ? (res.headers.get("docker-content-digest") ?? undefined) : undefined;
    }
    async getManifest(ref, mediaType) {
        const res = await this.request(`reading ${ref}`, {
            method: "GET",
            url: this.path("manifests", ref),
            headers: { accept: mediaType },
            ok: [200, 404],
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        return Buffer.from(await res.arrayBuffer());
    }
    async putManifest(ref, bytes, mediaType) {
        const res = await this.request(`writing ${ref}`, {
            method: "PUT",
            url: this.path("manifests", ref),
            headers: { "content-type": mediaType },
            body: () => bytes,
            ok: [201],
        });
        await res.body?.cancel();
    }
    /** Every tag of the repository (following Link pagination); none when the repository does not exist yet. */
    async tags() {
        const out = [];
        let url = `${this.path("tags", "list")}?n=1000`;
        while (url) {
            const res = await this.request("listing tags", { method: "GET", url, ok: [200, 404] });
            if (res.status === 404) {
                await res.body?.cancel();
                return out;
            }
            out.push(...((await res.json()).tags ?? []));
            const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "");
            url = next ? new URL(next[1], this.base).toString() : undefined;
        }
        return out;
    }
}

// EXTERNAL MODULE: ./packages/core/src/registry/model-registry.ts + 2 modules
var model_registry = __webpack_require__(7257);
// EXTERNAL MODULE: ./packages/core/src/registry/uri.ts
var uri = __webpack_require__(3355);
;// CONCATENATED MODULE: ./packages/core/src/registry/backends/oci.ts






const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const MODEL_ARTIFACT = "application/vnd.mlship.model.v1";
const MODEL_CONFIG = "application/vnd.mlship.model.config.v1+json";
const MODEL_LAYER = "application/vnd.mlship.model.layer.v1.tar";
const STATE_ARTIFACT = "application/vnd.mlship.model.state.v1";
const STATE_CONFIG = "application/vnd.mlship.model.state.v1+json";
const ENV_ARTIFACT = "application/vnd.mlship.model.environment.v1";
const ENV_CONFIG = "application/vnd.mlship.model.environment.v1+json";
const TITLE = "org.opencontainers.image.title";
/**
 * Tags, one repository for all models (so listing works on every registry; ghcr.io has no catalog):
 *   <name>.v<N>          the version: config = its metadata, layer 1 = the model tar, then attachments
 *   <name>.v<N>.state    stages and quarantine (re-tagged on change)
 *   <name>.env.<env>     which version an environment runs
 * Model names cannot make these collide: versions end in .v<digits>, states in .state, and an
 * environment name is never v<digits>.
 */
const tags = {
    version: (name, version) => `${name}.v${version}`,
    state: (name, version) => `${name}.v${version}.state`,
    environment: (name, env) => `${name}.env.${env}`,
    parseVersion: (tag) => /^(.+)\.v([1-9][0-9]*)$/.exec(tag),
};
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)("sha256").update(bytes).digest("hex")}`;
}
/** `oci://<host>/<repository>`: each version an OCI artifact (artifactType application/vnd.mlship.model.v1). */
class OciBackend {
    uri;
    client;
    settleMs;
    constructor(host, repository, opts = {}) {
        this.uri = `oci://${host}/${repository}`;
        this.client = new OciClient(host, repository, this.uri, opts);
        this.settleMs = opts.settleMs ?? Number(process.env.MLSHIP_OCI_SETTLE_MS ?? 500);
    }
    async stagingDir() {
        return external_node_os_default().tmpdir();
    }
    async putBlob(_name, digest, size, file) {
        if ((await this.client.blobSize(digest)) === undefined)
            await this.client.uploadFile(digest, size, file);
    }
    async openBlob(_name, digest) {
        return this.client.getBlob(digest);
    }
    /** A manifest whose config blob is `value` as JSON; the config is uploaded, the manifest returned. */
    async manifestFor(artifactType, configType, value, layers, annotations) {
        const config = Buffer.from(JSON.stringify(value, null, 2) + "\n");
        const digest = sha256(config);
        await this.client.putSmallBlob(digest, config);
        const manifest = {
            schemaVersion: 2,
            mediaType: OCI_MANIFEST,
            artifactType,
            config: { mediaType: configType, digest, size: config.length },
            layers,
            ...(annotations ? { annotations } : {}),
        };
        return Buffer.from(JSON.stringify(manifest));
    }
    async readConfig(tag) {
        const bytes = await this.client.getManifest(tag, OCI_MANIFEST);
        if (!bytes)
            return undefined;
        const manifest = JSON.parse(bytes.toString("utf8"));
        const config = await this.client.getSmallBlob(manifest.config.digest);
        if (!config)
            return undefined;
        if (sha256(config) !== manifest.config.digest)
            throw new Error(`${this.uri}: config of ${tag} does not match its digest`);
        return JSON.parse(config.toString("utf8"));
    }
    async createVersion(record) {
        const tag = tags.version(record.name, record.version);
        const layers = [
            { mediaType: MODEL_LAYER, digest: record.digest, size: record.size, annotations: { [TITLE]: "model.tar" } },
            ...(await Promise.all(Object.entries(record.attachments ?? {}).map(async ([name, digest]) => ({
                mediaType: "application/octet-stream",
                digest,
                size: await this.blobSize(digest),
                annotations: { [TITLE]: name },
            })))),
        ];
        // The claim annotation makes every writer's manifest (and so its digest) unique.
        const manifest = await this.manifestFor(MODEL_ARTIFACT, MODEL_CONFIG, record, layers, {
            "org.opencontainers.image.created": record.createdAt,
            "dev.mlship.model.id": record.id,
            "dev.mlship.claim": (0,external_node_crypto_.randomBytes)(8).toString("hex"),
        });
        const mine = sha256(manifest);
        for (;;) {
            const checked = Date.now();
            if (await this.client.manifestDigest(tag, OCI_MANIFEST))
                return false;
            if (Date.now() - checked > this.settleMs / 4)
                continue; // too slow to trust the check: check again
            await this.client.putManifest(tag, manifest, OCI_MANIFEST);
            await new Promise((r) => setTimeout(r, this.settleMs));
            // Another writer who checked before our put may have tagged over us: then it is theirs.
            return (await this.client.manifestDigest(tag, OCI_MANIFEST)) === mine;
        }
    }
    async blobSize(digest) {
        const size = await this.client.blobSize(digest);
        if (size === undefined)
            throw new Error(`${this.uri}: blob ${digest} vanished before its version was tagged`);
        return size;
    }
    readVersion(name, version) {
        return this.readConfig(tags.version(name, version));
    }
    async versionTags() {
        return (await this.client.tags())
            .map(tags.parseVersion)
            .filter((m) => !!m)
            .map((m) => ({ name: m[1], version: Number(m[2]) }));
    }
    async versions(name) {
        return (await this.versionTags()).filter((t) => t.name === name).map((t) => t.version);
    }
    async names() {
        return [...new Set((await this.versionTags()).map((t) => t.name))].sort();
    }
    readState(name, version) {
        return this.readConfig(tags.state(name, version));
    }
    async writeState(name, version, state) {
        await this.client.putManifest(tags.state(name, version), await this.manifestFor(STATE_ARTIFACT, STATE_CONFIG, state, []), OCI_MANIFEST);
    }
    readEnvironment(name, env) {
        return this.readConfig(tags.environment(name, env));
    }
    async writeEnvironment(name, env, pointer) {
        await this.client.putManifest(tags.environment(name, env), await this.manifestFor(ENV_ARTIFACT, ENV_CONFIG, pointer, []), OCI_MANIFEST);
    }
    /** Registries collect their own garbage (untagged manifests of lost claims, unreferenced blobs). */
    async collectGarbage() {
        return undefined;
    }
}
const usage = "oci://<host>/<repository>";
const HOST = /^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9a-fA-F:]+\](:[0-9]{1,5})?$/;
// The distribution spec's repository name grammar.
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
/** `oci://<host>[:port]/<repository>`: an OCI distribution registry (ghcr.io, Docker's registry, Harbor...). */
function openRegistry(loc) {
    const { head, tail } = (0,uri/* remoteParts */.D)(loc);
    if (!HOST.test(head))
        throw new errors/* UserError */.yo(`registry '${loc.uri}': '${head}' is not a registry host (oci://<host>[:port]/<repository>)`, {
            input: "registry",
        });
    if (!REPOSITORY.test(tail))
        throw new errors/* UserError */.yo(`registry '${loc.uri}': '${tail}' is not a repository name (lowercase letters, digits, separators . _ - and /)`, { input: "registry" });
    const token = loc.access.token || process.env.MLSHIP_REGISTRY_TOKEN;
    const username = loc.access.username || process.env.MLSHIP_REGISTRY_USERNAME;
    return new model_registry/* ModelRegistry */.z(new OciBackend(head, tail, token ? { credentials: { username, password: token } } : {}));
}


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ remoteParts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** Splits `<authority>/<path>` of a remote registry URI, refusing credentials in it (URIs are printed). */
function remoteParts(loc) {
    if (/^[^/]*@/.test(loc.rest))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`registry URI must not hold credentials: pass them as the registry-token input or in the environment`, { input: "registry" });
    const slash = loc.rest.indexOf("/");
    return {
        head: slash < 0 ? loc.rest : loc.rest.slice(0, slash),
        tail: slash < 0 ? "" : loc.rest.slice(slash + 1).replace(/\/+$/, ""),
    };
}


/***/ })

};
