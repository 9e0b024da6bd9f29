import { validateData } from "./validate-data.js";
import { train } from "./train.js";
import { qualityLoadBiasTest } from "./quality-load-bias-test.js";
import { compareRuns } from "./compare-runs.js";
import { register } from "./register.js";
import { deploy } from "./deploy.js";
import { packageStep } from "./package.js";
import { checkDrift } from "./check-drift.js";
import { checkPerformance } from "./check-performance.js";
import { promote } from "./promote.js";

/**
 * Every step, in pipeline order: the one list. The CLI's step commands and `npm run generate`
 * (actions/<step>/action.yml and src/index.ts, and for a new step src/main.ts, hence its bundle)
 * derive from it. Adding a step: its module in steps/, one line here, `npm run generate`.
 */
export const steps = [
  validateData,
  train,
  qualityLoadBiasTest,
  compareRuns,
  register,
  packageStep,
  deploy,
  checkDrift,
  checkPerformance,
  promote,
] as const;

/** @internal (tests and scripts import it by path) */
export const stepSpecs = steps.map((s) => s.spec);
