// The public front of @mlship/core: what its hosts (packages/cli, packages/github) use, named one
// by one (as scipy curates __all__); knip (.ci/run) reports a name here that nothing uses.
// Everything else is internal: tests and scripts import it by path (../packages/core/src/...), an
// action imports its step's module by path (package.json "exports": ./steps/*) to start light, and
// an export used only by tests and scripts carries the JSDoc tag "internal" (knip --strict skips it).
export { buildDashboard } from "./dashboard/build.js";
export { readColumns } from "./data/read-table.js";
export { deliveryStats, type DeliveryStats } from "./deploy/delivery-metrics.js";
export { deployFilePath } from "./deploy/deploy-file.js";
export { deploymentStatus, quarantineModel, releaseModel, stopEnvironment } from "./deploy/deploy.js";
export { environmentHistory, eventChange } from "./deploy/environment-log.js";
export { type DeployCommit, gitDeployHistory } from "./deploy/git-history.js";
export { columnKinds, featureColumns, projectContract, requestRow } from "./deploy/server-contract.js";
export type { HistoryEntry } from "./deploy/state.js";
/** @internal this machine's process record of an environment (tests read it through the front) */
export { readState } from "./deploy/state.js";
export { describeError, isUserError, UserError } from "./errors.js";
export { initProject } from "./init/init.js";
export { assertModelName, formatModelId, parseModelRef } from "./model-id.js";
export { loadProject, modelName, type Project, projectEnvironment, projectRegistry } from "./project.js";
export type { VersionInfo } from "./registry/types.js";
export type { RegistryAccess } from "./registry/uri.js";
export { deploySpec, deployStep } from "./steps/deploy.js";
export type { StepHost } from "./steps/host.js";
export { describeSettings, parseInputs } from "./steps/inputs.js";
export { steps } from "./steps/list.js";
export { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "./steps/quality-load-bias-test.js";
export { registerSpec, registerStep } from "./steps/register.js";
export type { StepResult } from "./steps/result.js";
export { rollback } from "./steps/rollback.js";
export { planPromotion, commitPromotion } from "./deploy/promotion.js";
export type { Step } from "./steps/step.js";
export { trainSpec, trainStep } from "./steps/train.js";
export { validateDataSpec, validateDataStep } from "./steps/validate-data.js";
export { actor } from "./util/actor.js";
export { exists } from "./util/fs-atomic.js";
export { type Logger, terminalSafe } from "./util/log.js";
export { redactDeep } from "./util/secrets.js";
export { LATEST_RULE, latestUsable } from "./registry/model-registry.js";
