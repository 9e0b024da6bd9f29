import { appendFile } from "node:fs/promises";
import * as core from "@actions/core";
// Each from its own module, not core's index: an action loads this before its step's code (bench/startup.ts).
import { describeError, isUserError } from "@mlship/core/errors";
import { redact, registerSecret } from "@mlship/core/util/secrets";
import { describeSettings, parseInputs, SECRET_INPUTS, type Settings, type StepSpec } from "@mlship/core/steps/inputs";
import type { StepHost } from "@mlship/core/steps/host";
import type { StepResult } from "@mlship/core/steps/result";
import { actionsLogger } from "./logger.js";
import { fitMarkdown, utf8Bytes } from "./markdown.js";
import { readHostSettings, readRegistryAccess, readStepRunContext } from "./context.js";
import { workspaceRelative } from "./paths.js";

/** GitHub's step summary limit is 1 MiB of bytes (not characters); stay under it. */
const SUMMARY_LIMIT = 1_000_000;

/**
 * The whole life of an action: typed inputs from INPUT_*, the core step, outputs, job summary,
 * then GitHub side effects. A UserError fails the step with a message and an annotation at the
 * file/line it names; anything else is a bug and is shown with its stack.
 */
export async function runAction<S extends StepSpec, E>(
  spec: S,
  step: (settings: Settings<S>, host: StepHost) => Promise<StepResult<E>>,
  effects?: (result: StepResult<E>, settings: Settings<S>) => Promise<void>,
): Promise<void> {
  for (const name of SECRET_INPUTS) {
    const v = core.getInput(name);
    if (v && !v.startsWith("${{")) {
      core.setSecret(v);
      registerSecret(v);
    }
  }
  const ctrl = new AbortController();
  const cancel = (sig: string) => {
    core.warning(`received ${sig}: cancelling`);
    ctrl.abort();
  };
  process.once("SIGINT", () => cancel("SIGINT"));
  process.once("SIGTERM", () => cancel("SIGTERM"));
  try {
    // mlship's settings and the registry credentials reach core through the host object only.
    const coreSettings = readHostSettings();
    const registryAccess = readRegistryAccess(
      {
        token: core.getInput("registry-token"),
        username: core.getInput("registry-username"),
        githubToken: core.getInput("github-token"),
      },
      process.env,
      coreSettings.registry,
    );
    const settings = parseInputs(spec, (name) => core.getInput(name));
    const host: StepHost = {
      log: actionsLogger(),
      signal: ctrl.signal,
      run: readStepRunContext(),
      registryAccess,
      settings: coreSettings,
    };
    host.log.debug(describeSettings(spec, settings));
    registryAccess.debug = (m) => host.log.debug(m);
    const result = await step(settings, host);
    for (const [k, v] of Object.entries(result.outputs)) core.setOutput(k, redact(v));
    // Appended directly (not through core.summary, which caches the file of its first use).
    if (process.env.GITHUB_STEP_SUMMARY)
      await appendFile(
        process.env.GITHUB_STEP_SUMMARY,
        redact(fitMarkdown(result.summary, SUMMARY_LIMIT, "the report file", utf8Bytes)) + "\n",
      );
    if (effects) await effects(result, settings);
    if (!result.ok) core.setFailed(redact(result.failure ?? `${spec.name} failed`));
  } catch (e) {
    if (isUserError(e)) {
      // One error annotation, placed on the file and line at fault when there is one.
      const loc = { ...e.location, file: workspaceRelative(e.location.file) };
      e.location.file = loc.file;
      core.error(redact(describeError(e)), {
        file: loc.file,
        startLine: loc.line,
        startColumn: loc.column,
        title: `mlship ${spec.name}`,
      });
      process.exitCode = core.ExitCode.Failure;
      return;
    }
    core.setFailed(
      redact(`mlship ${spec.name}: internal error (a bug; please report it): ${(e as Error)?.stack ?? String(e)}`),
    );
  }
}
