import { validateDataSpec, validateDataStep } from "@mlship/core";
import { runAction } from "@mlship/github";

export function run(): Promise<void> {
  return runAction(validateDataSpec, validateDataStep);
}
