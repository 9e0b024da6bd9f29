export const id = 8;
export const ids = [8];
export const modules = {

/***/ 86008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ ModelRegistry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/model-id.ts
var model_id = __webpack_require__(18004);
// EXTERNAL MODULE: ./packages/core/src/util/digest.ts
var util_digest = __webpack_require__(15768);
// EXTERNAL MODULE: ./packages/core/src/registry/tar.ts
var tar = __webpack_require__(30974);
;// CONCATENATED MODULE: ./packages/core/src/registry/quarantine-message.ts
/**
 * What a user reads when a quarantined version is in the way: that it is quarantined, why, when,
 * by whom, and the command that releases it (mlship models release, logged with its reason).
 */
function quarantineMessage(info) {
    const q = info.state.quarantine;
    if (!q)
        return `${info.id} is not quarantined`;
    return `${info.id} is quarantined since ${q.at}${q.by ? ` by ${q.by}` : ""}: ${q.reason}. Once its cause is fixed, release it with: mlship models release ${info.id} --reason "<why it is safe now>"`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(16435);
;// CONCATENATED MODULE: ./packages/core/src/util/state-file.ts




function shown(file) {
    return path.relative(process.cwd(), file) || file;
}
function issues(error) {
    return error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
        .join("; ");
}
/**
 * A state file mlship wrote earlier, read back and checked against its schema: a truncated or
 * hand-edited file is a clear error naming it (exit 2), never a stack trace or a wrong value
 * used further. Undefined when the file does not exist.
 */
async function readJsonChecked(file, schema, what) {
    const text = await readTextIfExists(file);
    if (text === undefined)
        return undefined;
    return parseChecked(text, schema, what, shown(file));
}
/** parseChecked for text already read (a registry object): `where` names it in errors. */
function parseChecked(text, schema, what, where, line) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new UserError(`${what} is not valid JSON (${e.message}); it was cut short or edited by hand: restore or remove it`, { file: where, line });
    }
    return checked(value, schema, what, where, line);
}
/** A value read from storage, checked against its schema. */
function checked(value, schema, what, where, line) {
    const r = schema.safeParse(value);
    if (!r.success)
        throw new errors/* UserError */.yo(`${what} does not have the expected shape (${issues(r.error)}): restore or remove it`, {
            file: where,
            line,
        });
    return r.data;
}
/** A JSON Lines state file (a history), every line checked; [] when it does not exist. */
async function readJsonLines(file, schema, what = "history entry") {
    let text;
    try {
        text = await fs.readFile(file, "utf8");
    }
    catch (e) {
        if (e.code === "ENOENT")
            return [];
        throw e;
    }
    const out = [];
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++)
        if (lines[i].trim())
            out.push(parseChecked(lines[i], schema, `this ${what}`, shown(file), i + 1));
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/registry/types.ts

const digest = schemas/* string */.YjP().regex(/^sha256:[0-9a-f]{64}$/);
/** Immutable record of one registered version; schemas/model-metadata.schema.json is generated from this. */
const versionRecordSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz("mlship/model-version/v1"),
    id: schemas/* string */.YjP().describe("name@vN"),
    name: schemas/* string */.YjP(),
    version: schemas/* number */.aig().int().positive(),
    digest: digest.describe("sha256 of the model's deterministic tar"),
    size: schemas/* number */.aig().int().nonnegative().describe("bytes of that tar"),
    files: schemas/* number */.aig().int().positive(),
    createdAt: schemas/* string */.YjP(),
    creator: schemas/* string */.YjP(),
    gitCommit: schemas/* string */.YjP().optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().nullable())
        .optional()
        .describe("Metric name → value; null where training wrote NaN or Infinity"),
    gates: schemas/* array */.YOg(schemas/* object */.Ikc({ expression: schemas/* string */.YjP(), passed: schemas/* boolean */.zMY(), value: schemas/* number */.aig().nullable().optional() }))
        .optional(),
    gatesPassed: schemas/* boolean */.zMY().optional(),
    report: schemas/* string */.YjP().optional().describe("Link to (or path of) the evaluation report"),
    lineage: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional().describe("train's lineage.json (schemas/lineage.schema.json)"),
    dataDigests: schemas/* record */.g1P(schemas/* string */.YjP(), digest).optional(),
    reproducibilityKey: schemas/* string */.YjP().optional(),
    attachments: schemas/* record */.g1P(schemas/* string */.YjP(), digest)
        .optional()
        .describe("Files kept beside the model (predictions on the test set): name → blob digest"),
});
/** Mutable state of a version: stages it ran in and quarantine. */
const versionStateSchema = schemas/* object */.Ikc({
    stages: schemas/* array */.YOg(schemas/* string */.YjP()),
    quarantine: schemas/* object */.Ikc({
        reason: schemas/* string */.YjP(),
        at: schemas/* string */.YjP(),
        by: schemas/* string */.YjP().optional().describe("Who (GITHUB_ACTOR or the local user) quarantined it"),
    })
        .optional(),
});
/** What `mlship models show --json` prints: the record with its state. */
const modelMetadataSchema = versionRecordSchema.extend({ state: versionStateSchema });

;// CONCATENATED MODULE: ./packages/core/src/registry/model-registry.ts












/** How many versions past the highest seen a push tries before giving up (each lost race moves one on). */
const MAX_VERSION_ATTEMPTS = 1000;
/** Blobs younger than this are never collected: a push writes blobs before its version record. */
const GC_GRACE_MS = 60 * 60 * 1000;
const environmentPointerSchema = schemas/* object */.Ikc({ version: schemas/* number */.aig().int().positive(), at: schemas/* string */.YjP() });
/**
 * The registry's rules, once, over any backend: blobs first and the version record last
 * (a killed push leaves no visible half-version), identical content keeps its ID, versions
 * are claimed with the backend's create-if-absent, pulls verify sha256 before they land.
 */
class ModelRegistry {
    backend;
    constructor(backend) {
        this.backend = backend;
    }
    get uri() {
        return this.backend.uri;
    }
    notFound(id) {
        return new errors/* UserError */.yo(`${(0,model_id/* formatModelId */.Kl)(id)} is not in the registry ${this.uri}`, {}, 2);
    }
    async push(opts) {
        const staging = await this.backend.stagingDir();
        const tmp = external_node_path_default().join(staging, `.push.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString("hex")}.tar`);
        let packed;
        try {
            packed = await (0,tar/* packDirectory */.jG)(opts.dir, tmp);
            await this.backend.putBlob(opts.name, packed.digest, packed.size, tmp, true);
        }
        finally {
            await external_node_fs_.promises.rm(tmp, { force: true });
        }
        if (!opts.forceNewVersion) {
            const same = (await this.records(opts.name)).find((v) => v.digest === packed.digest);
            if (same)
                return { id: { name: same.name, version: same.version }, digest: same.digest, existing: true };
        }
        const attachments = {};
        for (const [key, file] of Object.entries(opts.attachments ?? {})) {
            const digest = `sha256:${await (0,util_digest/* sha256File */.Q)(file)}`;
            await this.backend.putBlob(opts.name, digest, (await external_node_fs_.promises.stat(file)).size, file, false);
            attachments[key] = digest;
        }
        let version = Math.max(0, ...(await this.backend.versions(opts.name))) + 1;
        for (let attempt = 0; attempt < MAX_VERSION_ATTEMPTS; attempt++, version++) {
            const record = {
                ...opts.metadata,
                schema: "mlship/model-version/v1",
                id: (0,model_id/* formatModelId */.Kl)({ name: opts.name, version }),
                name: opts.name,
                version,
                digest: packed.digest,
                size: packed.size,
                files: packed.files,
                createdAt: new Date().toISOString(),
                creator: opts.metadata.creator ?? external_node_os_default().userInfo().username,
                attachments,
            };
            if (await this.backend.createVersion(record))
                return { id: { name: opts.name, version }, digest: packed.digest, existing: false };
        }
        throw new Error(`could not claim a version of ${opts.name} in ${this.uri} after ${MAX_VERSION_ATTEMPTS} attempts`);
    }
    /** A version's immutable record, without its state (one read fewer where state does not matter). */
    async record(id) {
        const stored = await this.backend.readVersion(id.name, id.version);
        if (!stored)
            throw this.notFound(id);
        // Records are read back from storage others can write to: check their shape before trusting them.
        const parsed = versionRecordSchema.safeParse(stored);
        // Its id, name and version must all be the ones it was read for: the name becomes a path
        // (the deploy cache, the OCI repository), so "../.." there must never get that far.
        const matches = parsed.success &&
            parsed.data.id === (0,model_id/* formatModelId */.Kl)(id) &&
            parsed.data.name === id.name &&
            parsed.data.version === id.version;
        if (!parsed.success || !matches) {
            const why = parsed.success
                ? `it says it is ${parsed.data.id} (name ${JSON.stringify(parsed.data.name)}, version ${parsed.data.version})`
                : parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
            throw new errors/* UserError */.yo(`the record of ${(0,model_id/* formatModelId */.Kl)(id)} in ${this.uri} is not a valid mlship version record (${why})`, {}, 1);
        }
        // Keys the schema does not name (free-form metadata) are kept.
        return { ...stored, ...parsed.data };
    }
    async records(name) {
        return Promise.all((await this.versionNumbers(name)).map((version) => this.record({ name, version })));
    }
    async versionNumbers(name) {
        return (await this.backend.versions(name)).sort((a, b) => a - b);
    }
    async show(id) {
        const record = await this.record(id);
        const stored = await this.backend.readState(id.name, id.version);
        const state = stored === undefined
            ? { stages: [] }
            : checked(stored, versionStateSchema, `the state of ${(0,model_id/* formatModelId */.Kl)(id)}`, this.uri);
        return { ...record, state };
    }
    async list(name) {
        return Promise.all((await this.versionNumbers(name)).map((version) => this.show({ name, version })));
    }
    names() {
        return this.backend.names();
    }
    async blob(name, digest, what) {
        const stream = await this.backend.openBlob(name, digest);
        if (!stream)
            throw new errors/* UserError */.yo(`${what}: blob ${digest} is missing from ${this.uri}`, {}, 1);
        return stream;
    }
    async pull(id, dest) {
        const info = await this.show(id);
        const source = await this.blob(id.name, info.digest, info.id);
        const tmp = `${dest}.partial-${process.pid}`;
        await external_node_fs_.promises.rm(tmp, { recursive: true, force: true });
        await external_node_fs_.promises.mkdir(tmp, { recursive: true });
        try {
            await (0,tar/* unpackVerified */.n)(source, tmp, info.digest, `${info.id} in ${this.uri}`);
            await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
            await external_node_fs_.promises.rename(tmp, dest);
        }
        catch (e) {
            await external_node_fs_.promises.rm(tmp, { recursive: true, force: true });
            throw e;
        }
        return info;
    }
    async pullAttachment(id, name, dest) {
        const info = await this.show(id);
        const digest = info.attachments?.[name];
        if (!digest)
            return undefined;
        const source = await this.blob(id.name, digest, `${name} of ${info.id}`);
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
        const tmp = `${dest}.partial-${process.pid}`;
        try {
            const hash = (0,external_node_crypto_.createHash)("sha256");
            // Written chunk by chunk and awaited: a source may reuse a chunk's buffer once the next is asked for.
            const out = await external_node_fs_.promises.open(tmp, "w");
            try {
                for await (const c of source) {
                    hash.update(c);
                    await out.write(c);
                }
            }
            finally {
                await out.close();
            }
            const actual = `sha256:${hash.digest("hex")}`;
            if (actual !== digest)
                throw new errors/* UserError */.yo(`integrity check failed for ${name} of ${info.id}: expected ${digest}, got ${actual}`, {}, 1);
            await external_node_fs_.promises.rename(tmp, dest);
        }
        finally {
            await external_node_fs_.promises.rm(tmp, { force: true });
        }
        return dest;
    }
    async resolve(ref) {
        switch (ref.kind) {
            case "version":
                await this.record(ref);
                return { name: ref.name, version: ref.version };
            case "latest": {
                const all = await this.list(ref.name);
                const usable = all.filter((v) => !v.state.quarantine);
                if (usable.length === 0) {
                    const newest = all.at(-1);
                    throw new errors/* UserError */.yo(newest
                        ? `${ref.name}@latest: every version of '${ref.name}' in ${this.uri} is quarantined; the newest, ${quarantineMessage(newest)}`
                        : `${ref.name}@latest: no version of '${ref.name}' in ${this.uri}`);
                }
                const last = usable[usable.length - 1];
                return { name: last.name, version: last.version };
            }
            case "environment": {
                const id = await this.environment(ref.name, ref.environment);
                if (!id)
                    throw new errors/* UserError */.yo(`${ref.name}@${ref.environment}: nothing of '${ref.name}' runs in environment '${ref.environment}'`);
                return id;
            }
            case "digest": {
                for (const name of await this.names()) {
                    const hit = (await this.records(name)).find((v) => v.digest === ref.digest);
                    if (hit)
                        return { name: hit.name, version: hit.version };
                }
                throw new errors/* UserError */.yo(`no model with digest ${ref.digest} in ${this.uri}`);
            }
        }
    }
    async updateState(id, change) {
        const info = await this.show(id);
        await this.backend.writeState(id.name, id.version, change(info.state));
    }
    async setEnvironment(id, env) {
        await this.updateState(id, (s) => ({ ...s, stages: [...new Set([...s.stages, env])] }));
        await this.backend.writeEnvironment(id.name, env, { version: id.version, at: new Date().toISOString() });
    }
    async environment(name, env) {
        const p = await this.backend.readEnvironment(name, env);
        if (p === undefined)
            return undefined;
        const { version } = checked(p, environmentPointerSchema, `the '${env}' pointer of ${name}`, this.uri);
        return { name, version };
    }
    async quarantine(id, reason) {
        await this.updateState(id, (s) => ({
            ...s,
            quarantine: { reason, at: new Date().toISOString(), by: process.env.GITHUB_ACTOR ?? external_node_os_default().userInfo().username },
        }));
    }
    async release(id) {
        await this.updateState(id, ({ quarantine: _, ...rest }) => rest);
    }
    /** Removes blobs no version points at; `graceMs` (default an hour) spares those a running push may still need. */
    async gc(options = {}) {
        const used = new Set();
        for (const name of await this.names()) {
            for (const v of await this.records(name)) {
                used.add(v.digest);
                for (const d of Object.values(v.attachments ?? {}))
                    used.add(d);
            }
        }
        return this.backend.collectGarbage(used, new Date(Date.now() - (options.graceMs ?? GC_GRACE_MS)));
    }
}


/***/ }),

/***/ 30974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ readFileChunks),
/* harmony export */   jG: () => (/* binding */ packDirectory),
/* harmony export */   n: () => (/* binding */ unpackVerified)
/* harmony export */ });
/* unused harmony exports listModelFiles, ustarHeader */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37638);







/** Every regular file under `dir`, as sorted POSIX relative paths. Symlinks and specials are refused. */
async function listModelFiles(dir) {
    const out = [];
    async function walk(rel) {
        const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel), { withFileTypes: true });
        for (const e of entries) {
            const r = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(r);
            else if (e.isFile())
                out.push(r);
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`model folder holds '${r}', which is not a regular file or folder (links are not stored)`, {
                    file: dir,
                });
        }
    }
    await walk("");
    return out.sort();
}
/** tar-stream's packer: for names it must put in pax or prefix headers (long or non-ASCII). */
async function packWithTarStream(dir, entries, target) {
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_5__.pack();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256");
    let size = 0;
    const counter = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, cb) {
            hash.update(chunk);
            size += chunk.length;
            cb(null, chunk);
        },
    });
    const done = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(pack, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target));
    for (const e of entries) {
        const entry = pack.entry({
            name: e.rel,
            size: e.size,
            mode: e.mode,
            mtime: new Date(0),
            uid: 0,
            gid: 0,
            uname: "",
            gname: "",
            type: "file",
        });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.rel)), entry);
    }
    pack.finalize();
    await done;
    return { digest: `sha256:${hash.digest("hex")}`, size, files: entries.length };
}
const BLOCK = 512;
/** Read and write size of the direct packer and reader: few system calls, bounded memory. */
const CHUNK = 4 << 20;
function octal(value, digits) {
    const s = value.toString(8);
    return s.length > digits ? "7".repeat(digits) + " " : "0".repeat(digits - s.length) + s + " ";
}
/**
 * The ustar header tar-stream writes for one of our entries (zero owners and mtime, a regular
 * file), byte for byte, so both packers give one digest for the same files; null where
 * tar-stream would need more than this header (a name that is not ASCII or over 100 bytes).
 */
function ustarHeader(name, size, mode) {
    if (!/^[\x20-\x7e]{1,100}$/.test(name) || size.toString(8).length > 11)
        return null;
    const b = Buffer.alloc(BLOCK);
    b.write(name, 0, "latin1");
    b.write(octal(mode & 0o7777, 6), 100, "latin1");
    b.write(octal(0, 6), 108, "latin1");
    b.write(octal(0, 6), 116, "latin1");
    b.write(octal(size, 11), 124, "latin1");
    b.write(octal(0, 11), 136, "latin1");
    b[156] = 0x30; // regular file
    b.write("ustar\u000000", 257, "latin1");
    b.write(octal(0, 6), 329, "latin1");
    b.write(octal(0, 6), 337, "latin1");
    b.write(octal(headerSum(b), 6), 148, "latin1");
    return b;
}
/** The header checksum: all bytes, with the checksum field itself counted as spaces. */
function headerSum(b) {
    let sum = 8 * 32;
    for (let i = 0; i < 148; i++)
        sum += b[i];
    for (let i = 156; i < BLOCK; i++)
        sum += b[i];
    return sum;
}
/**
 * Writes a deterministic tar of `dir` (sorted names, zero mtimes and owners, modes 0644/0755)
 * to `target`, and returns its sha256 and size. The same files always give the same digest.
 * Written directly (read, hash, write in 4 MiB chunks, the write of one overlapping the read and
 * hash of the next: readFileChunks) because tar-stream's stream machinery took 2.4 s for 1 GiB where cp plus
 * sha256 take 1.2 s; tar-stream still writes the archives whose names need pax headers.
 */
async function packDirectory(dir, target) {
    const files = await listModelFiles(dir);
    if (files.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo("the model folder is empty", { file: dir });
    const entries = await Promise.all(files.map(async (rel) => {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel));
        return { rel, size: st.size, mode: st.mode & 0o111 ? 0o755 : 0o644 };
    }));
    const headers = entries.map((e) => ustarHeader(e.rel, e.size, e.mode));
    if (headers.some((h) => !h))
        return packWithTarStream(dir, entries, target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256");
    let size = 0;
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(target, "w");
    let writing = Promise.resolve();
    // One write in flight: it holds the previous chunk, which readFileChunks leaves alone until the
    // one after next is asked for.
    const emit = async (data) => {
        hash.update(data);
        size += data.length;
        await writing;
        writing = out.write(data);
    };
    try {
        for (const [k, e] of entries.entries()) {
            await emit(headers[k]);
            let copied = 0;
            for await (const chunk of readFileChunks(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, e.rel))) {
                copied += chunk.length;
                await emit(chunk);
            }
            if (copied !== e.size)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`'${e.rel}' changed while it was being registered (${e.size} bytes, then ${copied})`, {
                    file: dir,
                });
            if (e.size % BLOCK)
                await emit(Buffer.alloc(BLOCK - (e.size % BLOCK)));
        }
        await emit(Buffer.alloc(2 * BLOCK)); // end of archive
        await writing;
    }
    finally {
        await out.close();
    }
    return { digest: `sha256:${hash.digest("hex")}`, size, files: files.length };
}
/** A header's text field (NUL-terminated). */
function field(b, start, length) {
    const end = b.indexOf(0, start);
    return b.toString("utf8", start, end < 0 || end > start + length ? start + length : end);
}
/**
 * Extracts a tar stream into `destDir` while hashing it; throws when the digest differs
 * from `expected` (the caller extracts into a temp folder and renames only on success).
 * Reads the headers our packers write (ustar, prefix names, pax paths) directly, writing file
 * data in coalesced chunks; anything else — links, devices, other pax keys — is refused.
 */
async function unpackVerified(source, destDir, expected, where) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256");
    const header = Buffer.alloc(BLOCK);
    let headerFill = 0;
    let remaining = 0; // data bytes left in the current entry
    let padding = 0;
    let paxData; // collecting a pax header's records
    let paxPath;
    let file;
    // Small parts (network chunks) are copied into one buffer and written together; large ones
    // are written at once. Either way no chunk is held after it is consumed, so a source may
    // reuse its buffers (readFileChunks does).
    const gather = Buffer.allocUnsafe(CHUNK);
    let gathered = 0;
    let ended = false;
    // One large write stays in flight while the next chunk is read and hashed (hashing and writing
    // one after the other made a 1 GiB pull 1.5× cp + openssl). Safe with the source's buffers:
    // readFileChunks reuses a buffer three chunks later, and a write is awaited before the next.
    let writing = Promise.resolve();
    const settle = async () => {
        await writing;
        writing = Promise.resolve();
    };
    const flush = async () => {
        await settle();
        if (!gathered)
            return;
        const n = gathered;
        gathered = 0;
        await file.write(gather, 0, n);
    };
    const put = async (part) => {
        if (part.length >= CHUNK >> 2) {
            await flush();
            writing = file.write(part);
            writing.catch(() => { }); // observed by the next settle()
            return;
        }
        if (gathered + part.length > CHUNK)
            await flush();
        part.copy(gather, gathered);
        gathered += part.length;
    };
    const refuse = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`refusing ${why} in ${where}`, {}, 1);
    const seen = new Set();
    const startEntry = async () => {
        if (header.every((x) => x === 0)) {
            ended = true;
            return;
        }
        const stored = parseInt(field(header, 148, 8).trim() || "0", 8);
        if (stored !== headerSum(header))
            throw refuse("a tar header with a bad checksum");
        const type = header[156];
        const size = parseInt(field(header, 124, 12).trim() || "0", 8);
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (type === 0x78) {
            paxData = [];
            return;
        }
        const prefix = field(header, 345, 155);
        const rawName = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
        paxPath = undefined;
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(rawName);
        if ((type !== 0x30 && type !== 0) ||
            name.startsWith("../") ||
            name === ".." ||
            name === "." ||
            name.endsWith("/") ||
            node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(name))
            throw refuse(`tar entry '${rawName}'`);
        const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(destDir, name);
        // A file where a folder must go (`a`, then `a/b`), a folder where a file must go, or the same
        // name twice: not an archive our packers write.
        if (seen.has(name))
            throw refuse(`tar entry '${rawName}' (a second entry of that name)`);
        seen.add(name);
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
            file = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(target, "wx", parseInt(field(header, 100, 8).trim() || "644", 8) & 0o777);
        }
        catch (e) {
            const code = e.code;
            if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR")
                throw refuse(`tar entry '${rawName}' (it clashes with another entry: ${code})`);
            throw e;
        }
        if (remaining === 0)
            await endEntry();
    };
    const endEntry = async () => {
        if (paxData) {
            const records = Buffer.concat(paxData).toString("utf8");
            paxData = undefined;
            for (const m of records.matchAll(/^\d+ ([^=\n]+)=(.*)$/gm)) {
                if (m[1] === "path")
                    paxPath = m[2];
                else if (m[1] !== "mtime")
                    throw refuse(`a pax header with '${m[1]}'`);
            }
            return;
        }
        await flush();
        await file.close();
        file = undefined;
    };
    // A malformed archive is reported as what it is only when its digest is right; otherwise
    // the integrity failure is the real news. So parsing stops at the first problem, hashing not.
    let broken;
    try {
        for await (const raw of source) {
            const chunk = typeof raw === "string"
                ? Buffer.from(raw)
                : Buffer.isBuffer(raw)
                    ? raw
                    : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
            hash.update(chunk);
            if (broken)
                continue;
            try {
                await consume(chunk);
            }
            catch (e) {
                broken = e;
            }
        }
        if (!broken && (remaining > 0 || headerFill > 0 || file))
            broken = refuse("a truncated tar archive (the stored model is incomplete)");
    }
    finally {
        await writing.catch(() => { });
        await file?.close().catch(() => { });
    }
    const actual = `sha256:${hash.digest("hex")}`;
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`integrity check failed for ${where}: expected ${expected}, got ${actual} (the stored model was altered or corrupted)`, {}, 1);
    }
    if (broken)
        throw broken;
    async function consume(chunk) {
        let i = 0;
        while (i < chunk.length) {
            if (ended) {
                i = chunk.length; // trailing zero blocks: hashed, nothing to write
            }
            else if (remaining > 0) {
                const take = Math.min(remaining, chunk.length - i);
                const part = chunk.subarray(i, i + take);
                if (paxData)
                    paxData.push(Buffer.from(part));
                else
                    await put(part);
                remaining -= take;
                i += take;
                if (remaining === 0)
                    await endEntry();
            }
            else if (padding > 0) {
                const take = Math.min(padding, chunk.length - i);
                padding -= take;
                i += take;
            }
            else {
                const take = Math.min(BLOCK - headerFill, chunk.length - i);
                chunk.copy(header, headerFill, i, i + take);
                headerFill += take;
                i += take;
                if (headerFill === BLOCK) {
                    headerFill = 0;
                    await startEntry();
                }
            }
        }
    }
}
/**
 * A file's bytes in 4 MiB chunks read ahead into three rotating buffers: no allocation per chunk
 * (fresh 4 MiB buffers per read cost a 1 GiB pull half a second of garbage collection here). A
 * chunk's buffer is refilled only when the chunk after next is asked for (one read runs ahead):
 * until then the consumer may still be writing it out; after that it must not keep it.
 */
async function* readFileChunks(file) {
    const fh = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, "r");
    try {
        // No bigger than the file: a model of many small files must not cost 12 MiB of buffers each.
        const length = Math.max(1, Math.min(CHUNK, (await fh.stat()).size));
        const buffers = [Buffer.allocUnsafe(length), Buffer.allocUnsafe(length), Buffer.allocUnsafe(length)];
        let turn = 0;
        let reading = fh.read(buffers[0], 0, length, null);
        for (;;) {
            const { bytesRead, buffer } = await reading;
            if (bytesRead === 0)
                return;
            turn++;
            reading = fh.read(buffers[turn % 3], 0, length, null);
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await fh.close();
    }
}


/***/ })

};
