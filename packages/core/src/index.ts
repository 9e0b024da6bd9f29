// The public front of @mlship/core: what its hosts (packages/cli, packages/github) and the build
// scripts use, named one by one (as scipy curates __all__); knip (.ci/run) reports a name here that
// nothing uses. Everything else is internal: tests import it by path (../packages/core/src/...),
// and an action imports its step's module by path (package.json "exports": ./steps/*) to start light.
export { configJsonSchema, configSchema } from "./config/schema.js";
export { buildDashboard } from "./dashboard/build.js";
export { readColumns } from "./data/read-table.js";
export { deliveryStats, type DeliveryStats } from "./deploy/delivery-metrics.js";
export { deployFilePath, deployFileSchema } from "./deploy/deploy-file.js";
export { quarantineModel, releaseModel, stopEnvironment } from "./deploy/deploy.js";
export { environmentHistory } from "./deploy/environment-log.js";
export { type DeployCommit, gitDeployHistory } from "./deploy/git-history.js";
export { columnKinds, featureColumns, projectContract, requestRow } from "./deploy/server-contract.js";
export { type HistoryEntry, listEnvironments, readState } from "./deploy/state.js";
export { describeError, isUserError, UserError } from "./errors.js";
export { initProject } from "./init/init.js";
export { formatModelId, parseModelRef } from "./model-id.js";
export { loadProject, modelName, type Project, projectEnvironment, projectRegistry } from "./project.js";
export { driftCheckSchema, modelMetadataSchema, registryEventSchema, type VersionInfo } from "./registry/types.js";
export type { RegistryAccess } from "./registry/uri.js";
export { deploySpec, deployStep } from "./steps/deploy.js";
export type { StepHost } from "./steps/host.js";
export { describeSettings, parseInputs, type StepSpec } from "./steps/inputs.js";
export { steps, stepSpecs } from "./steps/list.js";
export { qualityLoadBiasTestSpec, qualityLoadBiasTestStep } from "./steps/quality-load-bias-test.js";
export { registerSpec, registerStep } from "./steps/register.js";
export type { StepResult } from "./steps/result.js";
export { rollback } from "./steps/rollback.js";
export type { Step } from "./steps/step.js";
export { trainSpec, trainStep } from "./steps/train.js";
export { validateDataSpec, validateDataStep } from "./steps/validate-data.js";
export { lineageSchema } from "./train/lineage.js";
export { actor } from "./util/actor.js";
export { exists } from "./util/fs-atomic.js";
export { type Logger, terminalSafe } from "./util/log.js";
export { redactDeep } from "./util/secrets.js";
export { tableSchemaSchema } from "./validate/table-schema.js";
