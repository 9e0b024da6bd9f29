// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { validateDataSpec, validateDataStep } from "@mlship/core/steps/validate-data";
import { runAction } from "@mlship/github/run-action";

export function run(): Promise<void> {
  return runAction(validateDataSpec, validateDataStep);
}
