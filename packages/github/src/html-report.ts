import { existsSync } from "node:fs";
import path from "node:path";
import type { StepResult } from "@mlship/core";
import { uploadFiles } from "./artifacts.js";
import { sideEffect } from "./side-effect.js";
import { readRunContext } from "./context.js";

/**
 * Uploads a step's HTML report as a workflow artifact and links it from the job summary and the
 * markdown that becomes the PR comment or issue (the link goes under the heading, before anything
 * a length cut could drop). Without a runner, or when the upload fails, the step's result is unchanged.
 * `alongside`: files next to the report that go into the same artifact (those that exist).
 */
export async function withHtmlReport<E extends { markdown: string }>(
  result: StepResult<E>,
  artifact: string,
  file: string | undefined,
  what: string,
  alongside: string[] = [],
): Promise<StepResult<E>> {
  if (!file) return result;
  const name = `${artifact}-${process.env.GITHUB_RUN_ATTEMPT ?? "1"}`.replace(/[^A-Za-z0-9._-]/g, "_");
  const files = [file, ...alongside.map((f) => path.join(path.dirname(file), f)).filter((f) => existsSync(f))];
  const id = await sideEffect(`uploading ${path.basename(file)}`, () =>
    uploadFiles(name, path.dirname(file), files, 30),
  );
  const ctx = readRunContext();
  if (id === undefined || !ctx?.runId) return result;
  const url = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${id}`;
  const line = `📊 [${what} (${path.basename(file)}, artifact \`${name}\`)](${url}) — download and open it in a browser; it needs no network.`;
  const add = (md: string) => {
    const lines = md.split("\n");
    const at = lines.findIndex((l) => l.startsWith("# "));
    lines.splice(at < 0 ? 0 : at + 1, 0, "", line);
    return lines.join("\n");
  };
  return { ...result, summary: add(result.summary), extra: { ...result.extra, markdown: add(result.extra.markdown) } };
}
