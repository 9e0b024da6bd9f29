export const id = 585;
export const ids = [585];
export const modules = {

/***/ 12507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ layout),
/* harmony export */   n: () => (/* binding */ versionNumbers)
/* harmony export */ });
/**
 * Object keys shared by the file and S3 backends (relative to the registry's root or prefix):
 *   blobs/sha256/<hex>                      model tars and attachments, content-addressed
 *   models/<name>/versions/v<N>.json        immutable version records, created only if absent
 *   models/<name>/state/v<N>.json           stages and quarantine (replaced whole)
 *   models/<name>/environments/<env>.json   which version an environment runs
 */
const layout = {
    blob: (digest) => `blobs/sha256/${digest.replace(/^sha256:/, "")}`,
    blobsDir: "blobs/sha256",
    models: "models",
    versionsDir: (name) => `models/${name}/versions`,
    version: (name, version) => `models/${name}/versions/v${version}.json`,
    state: (name, version) => `models/${name}/state/v${version}.json`,
    environment: (name, env) => `models/${name}/environments/${env}.json`,
};
/** Version numbers from the file names of a versions folder (others ignored). */
function versionNumbers(fileNames) {
    return fileNames
        .map((f) => /^v([1-9][0-9]*)\.json$/.exec(f))
        .filter((m) => !!m)
        .map((m) => Number(m[1]));
}


/***/ }),

/***/ 59585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Backend: () => (/* binding */ S3Backend),
/* harmony export */   openRegistry: () => (/* binding */ openRegistry),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22358);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37638);
/* harmony import */ var _key_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12507);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86008);
/* harmony import */ var _uri_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(43355);








/** Part size for blob uploads: memory stays at partSize × queue size whatever the model's size. */
const PART_SIZE = 16 * 1024 * 1024;
const PART_QUEUE = 4;
function statusOf(e) {
    return e instanceof _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3ServiceException ? e.$metadata.httpStatusCode : undefined;
}
function isMissing(e) {
    return statusOf(e) === 404 || (e instanceof _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3ServiceException && (e.name === "NoSuchKey" || e.name === "NotFound"));
}
/**
 * `s3://<bucket>/<prefix>`: the same keys as the file registry (key-layout.ts) in a bucket.
 * Version records are claimed with a conditional put (If-None-Match: *), which S3, MinIO and R2
 * enforce atomically: of racing writers exactly one gets 200, the others 412.
 * Credentials come from the SDK's usual chain (AWS_* variables, profiles, OIDC web identity).
 */
class S3Backend {
    bucket;
    uri;
    client;
    prefix;
    constructor(bucket, prefix, opts = {}) {
        this.bucket = bucket;
        this.prefix = prefix.replace(/^\/+|\/+$/g, "");
        this.uri = `s3://${bucket}${this.prefix ? `/${this.prefix}` : ""}`;
        const endpoint = opts.endpoint ??
            process.env.MLSHIP_S3_ENDPOINT ??
            process.env.AWS_ENDPOINT_URL_S3 ??
            process.env.AWS_ENDPOINT_URL;
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.S3Client({
            region: opts.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1",
            ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
            maxAttempts: opts.maxAttempts ?? 5,
            retryMode: "standard",
            requestHandler: { connectionTimeout: 10_000, requestTimeout: opts.requestTimeoutMs ?? 120_000 },
        });
    }
    key(rel) {
        return this.prefix ? `${this.prefix}/${rel}` : rel;
    }
    /** Turns SDK failures into errors that name the registry and what was being done (never credentials). */
    async call(what, f) {
        try {
            return await f();
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo)
                throw e;
            const status = statusOf(e);
            const name = e.name;
            const hint = status === 403 ||
                name === "CredentialsProviderError" ||
                name === "InvalidAccessKeyId" ||
                name === "SignatureDoesNotMatch"
                ? " (check the AWS credentials given to this job)"
                : name === "NoSuchBucket"
                    ? ` (bucket '${this.bucket}' does not exist)`
                    : "";
            const attempts = e.$metadata?.attempts;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`registry ${this.uri}: ${what} failed: ${name}${status ? ` (HTTP ${status})` : ""}: ${e.message}${hint}${attempts && attempts > 1 ? `, after ${attempts} attempts` : ""}`, {}, 1);
        }
    }
    async getText(rel) {
        return this.call(`reading ${rel}`, async () => {
            try {
                const res = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetObjectCommand({ Bucket: this.bucket, Key: this.key(rel) }));
                return await res.Body.transformToString("utf8");
            }
            catch (e) {
                if (isMissing(e))
                    return undefined;
                throw e;
            }
        });
    }
    async getJson(rel) {
        const text = await this.getText(rel);
        return text === undefined ? undefined : JSON.parse(text);
    }
    putJson(rel, value) {
        return this.call(`writing ${rel}`, () => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.PutObjectCommand({
            Bucket: this.bucket,
            Key: this.key(rel),
            Body: JSON.stringify(value, null, 2) + "\n",
            ContentType: "application/json",
        })));
    }
    /** Every object under `rel` (a folder), paginated, with keys relative to it. */
    async listAll(rel) {
        const prefix = this.key(rel) + "/";
        const keys = [];
        let token;
        do {
            const page = await this.call(`listing ${rel}/`, () => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token })));
            for (const o of page.Contents ?? [])
                keys.push({ name: o.Key.slice(prefix.length), modified: o.LastModified });
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        return { keys };
    }
    async stagingDir() {
        return node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir();
    }
    async putBlob(_name, digest, _size, file) {
        const key = this.key(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.blob(digest));
        const present = await this.call(`checking blob ${digest}`, async () => {
            try {
                await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.HeadObjectCommand({ Bucket: this.bucket, Key: key }));
                return true;
            }
            catch (e) {
                if (isMissing(e))
                    return false;
                throw e;
            }
        });
        if (present)
            return;
        await this.call(`uploading blob ${digest}`, () => new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__/* .Upload */ ._({
            client: this.client,
            params: {
                Bucket: this.bucket,
                Key: key,
                Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file),
                ContentType: "application/octet-stream",
            },
            partSize: PART_SIZE,
            queueSize: PART_QUEUE,
            leavePartsOnError: false,
        }).done());
    }
    async openBlob(_name, digest) {
        return this.call(`downloading blob ${digest}`, async () => {
            try {
                const res = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.GetObjectCommand({ Bucket: this.bucket, Key: this.key(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.blob(digest)) }));
                return res.Body;
            }
            catch (e) {
                if (isMissing(e))
                    return undefined;
                throw e;
            }
        });
    }
    async createVersion(record) {
        const rel = _key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.version(record.name, record.version);
        const body = JSON.stringify(record, null, 2) + "\n";
        // 412: someone else holds this version. 409: a conflicting conditional write was in flight;
        // S3 asks to retry, and the retry then sees the winner (412) or succeeds.
        for (let attempt = 0;; attempt++) {
            const outcome = await this.call(`claiming ${record.id}`, async () => {
                try {
                    await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.PutObjectCommand({
                        Bucket: this.bucket,
                        Key: this.key(rel),
                        Body: body,
                        ContentType: "application/json",
                        IfNoneMatch: "*",
                    }));
                    return "created";
                }
                catch (e) {
                    if (statusOf(e) === 412)
                        return "taken";
                    if (statusOf(e) === 409 && attempt < 10)
                        return "conflict";
                    throw e;
                }
            });
            if (outcome !== "conflict")
                return outcome === "created";
            await new Promise((r) => setTimeout(r, 50 + Math.random() * 100 * (attempt + 1)));
        }
    }
    readVersion(name, version) {
        return this.getJson(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.version(name, version));
    }
    async versions(name) {
        return (0,_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .versionNumbers */ .n)((await this.listAll(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.versionsDir(name))).keys.map((k) => k.name));
    }
    /** Names with at least one version. A flat listing, not delimiter folders: S3-compatible servers differ on those. */
    async names() {
        const names = new Set();
        for (const k of (await this.listAll(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.models)).keys) {
            const m = /^([^/]+)\/versions\/v[1-9][0-9]*\.json$/.exec(k.name);
            if (m)
                names.add(m[1]);
        }
        return [...names].sort();
    }
    readState(name, version) {
        return this.getJson(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.state(name, version));
    }
    async writeState(name, version, state) {
        await this.putJson(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.state(name, version), state);
    }
    readEnvironment(name, env) {
        return this.getJson(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.environment(name, env));
    }
    async writeEnvironment(name, env, pointer) {
        await this.putJson(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.environment(name, env), pointer);
    }
    async collectGarbage(used, before) {
        let removed = 0;
        for (const k of (await this.listAll(_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.blobsDir)).keys) {
            if (used.has(`sha256:${k.name}`) || !k.modified || k.modified >= before)
                continue;
            await this.call(`deleting blob ${k.name}`, () => this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__.DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(`${_key_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layout */ .Z.blobsDir}/${k.name}`) })));
            removed++;
        }
        return removed;
    }
}
const usage = "s3://<bucket>/<prefix>";
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** `s3://<bucket>/<prefix>`: an S3 bucket (or MinIO, R2...), credentials from the AWS chain. */
function openRegistry(loc) {
    const { head, tail } = (0,_uri_js__WEBPACK_IMPORTED_MODULE_6__/* .remoteParts */ .D)(loc);
    if (!BUCKET.test(head))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`registry '${loc.uri}': '${head}' is not an S3 bucket name`, { input: "registry" });
    return new _model_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .ModelRegistry */ .z(new S3Backend(head, tail));
}


/***/ }),

/***/ 43355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ remoteParts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);

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
