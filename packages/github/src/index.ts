export * from "./context.js";
export * from "./client.js";
export * from "./comments.js";
export * from "./deployments.js";
export * from "./issues.js";
export * from "./logger.js";
export * from "./run-action.js";
export * from "./tags.js";
