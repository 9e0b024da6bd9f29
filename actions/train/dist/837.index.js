export const id = 837;
export const ids = [837];
export const modules = {

/***/ 90837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FileBackend: () => (/* binding */ FileBackend),
/* harmony export */   FileRegistry: () => (/* binding */ FileRegistry),
/* harmony export */   openRegistry: () => (/* binding */ openRegistry),
/* harmony export */   usage: () => (/* binding */ usage)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10161);
/* harmony import */ var _key_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12507);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30974);
/* harmony import */ var _model_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86008);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37638);







/** The embedded registry: a folder (see key-layout.ts). Version records are created with link(2), which is exclusive. */
class FileBackend {
    root;
    uri;
    constructor(root) {
        this.root = root;
        this.uri = `file://${root}`;
    }
    at(key) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, ...key.split("/"));
    }
    async stagingDir() {
        const dir = this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.blobsDir);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
        return dir;
    }
    async putBlob(_name, digest, _size, file, move) {
        const target = this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.blob(digest));
        if (await (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(target))
            return;
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
        // A moved file is already whole (the staging folder is on this file system); a copy goes
        // through a temp name so the blob appears only when complete.
        if (move)
            return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(file, target);
        const tmp = (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .tempPathFor */ .FD)(target);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(file, tmp);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, target);
    }
    async openBlob(_name, digest) {
        const file = this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.blob(digest));
        return (await (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(file)) ? (0,_tar_js__WEBPACK_IMPORTED_MODULE_4__/* .readFileChunks */ .Ng)(file) : undefined;
    }
    createVersion(record) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .createExclusive */ .H0)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.version(record.name, record.version)), JSON.stringify(record, null, 2) + "\n");
    }
    readVersion(name, version) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonIfExists */ .WK)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.version(name, version)));
    }
    async versions(name) {
        return (0,_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .versionNumbers */ .n)(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.versionsDir(name))).catch(() => []));
    }
    async names() {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.models)).catch(() => [])).sort();
    }
    readState(name, version) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonIfExists */ .WK)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.state(name, version)));
    }
    writeState(name, version, state) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.state(name, version)), state);
    }
    readEnvironment(name, env) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonIfExists */ .WK)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.environment(name, env)));
    }
    writeEnvironment(name, env, pointer) {
        return (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.environment(name, env)), pointer);
    }
    async collectGarbage(used, before) {
        const dir = this.at(_key_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .layout */ .Z.blobsDir);
        let removed = 0;
        for (const f of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir).catch(() => [])) {
            // Leftovers of killed pushes (.push.*.tar, *.tmp) are garbage too.
            if (used.has(`sha256:${f}`))
                continue;
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f)).catch(() => undefined);
            if (st && st.mtime < before) {
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, f), { force: true });
                removed++;
            }
        }
        return removed;
    }
}
/** The embedded registry in a folder (`file://<dir>`, the default `.mlship/registry`). */
class FileRegistry extends _model_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .ModelRegistry */ .z {
    constructor(root) {
        super(new FileBackend(root));
    }
}
const usage = "file://<dir>";
/** `file://<dir>`: a folder, relative to mlship.yml's. */
function openRegistry(loc) {
    if (!loc.rest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo("file:// registry needs a folder", { input: "registry" });
    return new FileRegistry(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(loc.baseDir, loc.rest));
}


/***/ }),

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


/***/ })

};
