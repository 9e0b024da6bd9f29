// Written once by `npm run generate` for packages/core/src/steps/check-performance.ts; edit it to add GitHub side effects.
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { checkPerformance } from "@mlship/core/steps/check-performance";
import { runAction } from "@mlship/github/run-action";

export function run(): Promise<void> {
  return runAction(checkPerformance.spec, checkPerformance.run);
}
