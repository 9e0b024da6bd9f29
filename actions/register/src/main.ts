import { registerSpec, registerStep } from "@mlship/core";
import { runAction } from "@mlship/github";
import { withRunArtifact } from "@mlship/github/with-artifact";

export function run(): Promise<void> {
  return runAction(registerSpec, async (settings, host) => registerStep(await withRunArtifact(settings), host));
}
