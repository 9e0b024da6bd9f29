export const id = 61;
export const ids = [61];
export const modules = {

/***/ 90061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandTarget: () => (/* binding */ commandTarget)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48885);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32675);
/* harmony import */ var _pull_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94193);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6015);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2541);






async function healthy(url, timeoutMs) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
        try {
            if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok)
                return true;
        }
        catch {
            /* retry */
        }
        await new Promise((r) => setTimeout(r, 250));
    }
    return false;
}
/**
 * The team's own deploy script: run without a shell, given MLSHIP_MODEL_ID, MLSHIP_MODEL_PATH,
 * MLSHIP_MODEL_DIGEST, MLSHIP_ENVIRONMENT and MLSHIP_PREVIOUS_MODEL_ID. Exit 0 means deployed;
 * when the environment has a url, its /healthz must answer too. On failure the script runs again
 * with the previous model.
 */
const commandTarget = {
    async deploy(ctx) {
        const cmd = ctx.envConfig.command;
        if (!cmd)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`environment '${ctx.environment}' has target: command but no command`, {
                input: "environment",
            });
        const { modelPath } = await (0,_pull_js__WEBPACK_IMPORTED_MODULE_1__/* .pullForDeploy */ .c)(ctx);
        const run = async (model, path, digest) => {
            const env = (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnv */ .gf)({
                MLSHIP_MODEL_ID: model,
                MLSHIP_MODEL_PATH: path,
                MLSHIP_MODEL_DIGEST: digest,
                MLSHIP_ENVIRONMENT: ctx.environment,
                MLSHIP_PREVIOUS_MODEL_ID: ctx.current?.model ?? "",
            }, ctx.envConfig["pass-env"]);
            const argv = (0,_util_process_js__WEBPACK_IMPORTED_MODULE_3__/* .commandArgv */ .GE)(cmd, env, "command");
            return (0,_util_process_js__WEBPACK_IMPORTED_MODULE_3__/* .runTool */ .qI)(argv[0], argv.slice(1), { env, cwd: ctx.projectDir });
        };
        const res = await ctx.log.group(`deploy command for ${ctx.idText}`, () => run(ctx.idText, modelPath, ctx.info.digest));
        if (res.stdout.trim())
            ctx.log.info((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(res.stdout.trim()));
        let failure;
        if (res.code !== 0)
            failure = `deploy command exited with code ${res.code}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(res.stderr.trim()).slice(-500)}`;
        else if (ctx.envConfig.url && !(await healthy(ctx.envConfig.url, (0,_config_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .durationMs */ .pc)(ctx.envConfig["health-timeout"]))))
            failure = `${ctx.envConfig.url}/healthz did not answer after the deploy command`;
        if (failure) {
            const detected = performance.now();
            if (ctx.current?.modelPath)
                await run(ctx.current.model, ctx.current.modelPath, ctx.current.digest);
            return { ok: false, failure, recoveryMs: performance.now() - detected, cause: "environment" };
        }
        const state = (0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .deployedState */ .q)(ctx, "command", { url: ctx.envConfig.url ?? null, modelPath });
        return { ok: true, state };
    },
    async retire() {
        // The user's script replaced the previous model itself.
    },
};


/***/ })

};
