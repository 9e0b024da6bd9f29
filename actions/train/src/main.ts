// Imports name modules, not the packages' indexes: an action loads only what its step uses (bench/startup.ts).
import { trainSpec, trainStep } from "@mlship/core/steps/train";
import { uploadFolder } from "@mlship/github/artifacts";
import { runAction } from "@mlship/github/run-action";
import { sideEffect } from "@mlship/github/side-effect";

export function run(): Promise<void> {
  return runAction(trainSpec, trainStep, async (result, settings) => {
    const name = settings["artifact-name"];
    if (name && result.extra.runDir)
      await sideEffect(`upload of artifact '${name}'`, () => uploadFolder(name, result.extra.runDir));
  });
}
