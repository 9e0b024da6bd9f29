import { registerSpec, registerStep } from "@mlship/core";
import { runAction } from "@mlship/github";

export function run(): Promise<void> {
  return runAction(registerSpec, registerStep);
}
