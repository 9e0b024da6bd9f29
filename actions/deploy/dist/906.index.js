export const id = 906;
export const ids = [906];
export const modules = {

/***/ 8906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dnsLabel: () => (/* binding */ dnsLabel),
/* harmony export */   kubernetesTarget: () => (/* binding */ kubernetesTarget),
/* harmony export */   renderKubernetes: () => (/* binding */ renderKubernetes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var kubernetes_models_apps_v1_Deployment__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7153);
/* harmony import */ var kubernetes_models_v1_Service__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3294);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1623);
/* harmony import */ var _util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(161);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4256);
/* harmony import */ var _util_process_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6015);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2541);










/** A DNS-1123 label from a model and environment name (Kubernetes object names). */
function dnsLabel(text) {
    return (text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 63)
        .replace(/-+$/, "") || "model");
}
/** A label value: at most 63 of [A-Za-z0-9._-], starting and ending alphanumeric. */
function labelValue(text) {
    return (text
        .replace(/[^A-Za-z0-9._-]+/g, "-")
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "") || "x");
}
/**
 * The Deployment and Service for one model in one environment, checked against the Kubernetes
 * OpenAPI schemas (kubernetes-models). The model ID and digest go into the pod's environment and
 * annotations, so a new model always rolls the pods.
 */
function renderKubernetes(ctx) {
    const cfg = ctx.envConfig;
    if (!cfg.image)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`environment '${ctx.environment}' has target: kubernetes but no image`, {
            input: "environment",
        });
    const name = dnsLabel(`${ctx.info.name}-${ctx.environment}`);
    const namespace = cfg.namespace ?? "default";
    const selector = {
        "app.kubernetes.io/name": labelValue(ctx.info.name),
        "mlship.dev/environment": labelValue(ctx.environment),
    };
    const labels = {
        ...selector,
        "app.kubernetes.io/managed-by": "mlship",
        "mlship.dev/version": `v${ctx.info.version}`,
    };
    const annotations = { "mlship.dev/model-id": ctx.idText, "mlship.dev/model-digest": ctx.info.digest };
    const deployment = new kubernetes_models_apps_v1_Deployment__WEBPACK_IMPORTED_MODULE_3__/* .Deployment */ .S({
        metadata: { name, namespace, labels, annotations },
        spec: {
            replicas: ctx.replicas ?? cfg.replicas,
            selector: { matchLabels: selector },
            strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            template: {
                metadata: { labels, annotations },
                spec: {
                    containers: [
                        {
                            name: "model",
                            image: cfg.image,
                            ports: [{ name: "http", containerPort: cfg.port }],
                            env: [
                                { name: "MLSHIP_MODEL_ID", value: ctx.idText },
                                { name: "MLSHIP_MODEL_DIGEST", value: ctx.info.digest },
                                { name: "MLSHIP_REGISTRY", value: ctx.registry.uri },
                                { name: "MLSHIP_ENVIRONMENT", value: ctx.environment },
                                { name: "PORT", value: String(cfg.port) },
                            ],
                            readinessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 5, failureThreshold: 3 },
                            livenessProbe: { httpGet: { path: "/healthz", port: "http" }, periodSeconds: 10, failureThreshold: 6 },
                        },
                    ],
                },
            },
        },
    });
    const service = new kubernetes_models_v1_Service__WEBPACK_IMPORTED_MODULE_4__/* .Service */ .k({
        metadata: { name, namespace, labels },
        spec: { selector, ports: [{ name: "http", port: 80, targetPort: "http" }] },
    });
    deployment.validate();
    service.validate();
    const yaml = [deployment, service].map((o) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(o.toJSON())).join("---\n");
    return { name, namespace, deployment, service, yaml };
}
function kubectl() {
    return process.env.MLSHIP_KUBECTL ?? "kubectl";
}
function baseArgs(ctx, namespace) {
    return [...(ctx.envConfig.context ? ["--context", ctx.envConfig.context] : []), "--namespace", namespace];
}
/** kubectl apply, then wait for the rollout; a failed rollout is undone and waited for again. */
const kubernetesTarget = {
    async deploy(ctx) {
        const m = renderKubernetes(ctx);
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join((0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .deploymentsDir */ .yh)(ctx.stateDir), "kubernetes", `${ctx.environment}.yaml`);
        await (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_6__/* .writeFileAtomic */ .Zf)(file, m.yaml);
        const args = baseArgs(ctx, m.namespace);
        const timeout = `${Math.ceil((0,_config_schema_js__WEBPACK_IMPORTED_MODULE_7__/* .durationMs */ .pc)(ctx.envConfig["health-timeout"]) / 1000)}s`;
        const apply = await ctx.log.group(`kubectl apply (${m.namespace}/${m.name})`, () => (0,_util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .runTool */ .qI)(kubectl(), [...args, "apply", "-f", file]));
        if (apply.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`kubectl apply failed (exit ${apply.code}): ${(apply.stderr || apply.stdout).trim().slice(0, 2000)}`, {}, 1);
        const status = await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .runTool */ .qI)(kubectl(), [
            ...args,
            "rollout",
            "status",
            `deployment/${m.name}`,
            `--timeout=${timeout}`,
        ]);
        if (status.code !== 0) {
            const failure = `rollout of ${ctx.idText} did not become ready: ${(status.stderr || status.stdout).trim().slice(0, 500)}`;
            const detected = performance.now();
            if (ctx.current) {
                await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .runTool */ .qI)(kubectl(), [...args, "rollout", "undo", `deployment/${m.name}`]);
                await (0,_util_process_js__WEBPACK_IMPORTED_MODULE_8__/* .runTool */ .qI)(kubectl(), [...args, "rollout", "status", `deployment/${m.name}`, `--timeout=${timeout}`]);
            }
            return { ok: false, failure, recoveryMs: performance.now() - detected, cause: "environment" };
        }
        const state = (0,_types_js__WEBPACK_IMPORTED_MODULE_9__/* .deployedState */ .q)(ctx, "kubernetes", {
            url: ctx.envConfig.url ?? `http://${m.name}.${m.namespace}.svc.cluster.local`,
        });
        return { ok: true, state };
    },
    async retire() {
        // The Deployment's rolling update already replaced the old pods.
    },
};


/***/ })

};
