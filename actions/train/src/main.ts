import { trainSpec, trainStep } from "@mlship/core";
import { runAction, sideEffect } from "@mlship/github";
import { uploadFolder } from "@mlship/github/artifacts";

export function run(): Promise<void> {
  return runAction(trainSpec, trainStep, async (result, settings) => {
    const name = settings["artifact-name"];
    if (name && result.extra.runDir)
      await sideEffect(`upload of artifact '${name}'`, () => uploadFolder(name, result.extra.runDir));
  });
}
