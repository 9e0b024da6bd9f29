// Written once by `npm run generate` for packages/core/src/steps/package.ts; edit it to add GitHub side effects.
// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
// The step's export is packageStep: `package` is a reserved word in strict mode.
import { packageStep } from "@mlship/core/steps/package";
import { runAction } from "@mlship/github/run-action";

export function run(): Promise<void> {
  return runAction(packageStep.spec, packageStep.run);
}
