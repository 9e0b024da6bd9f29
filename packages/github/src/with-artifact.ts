import path from "node:path";
import { UserError } from "@mlship/core/errors";
import { downloadFolder } from "./artifacts.js";

/**
 * When `artifact-name` is set, fetch that run folder (from this run attempt, or an earlier one
 * through the REST API with `github-token`) and point `run-dir` (and `model-path`) at it.
 */
export async function withRunArtifact<
  S extends { "artifact-name"?: string; "run-dir"?: string; "model-path"?: string; "github-token"?: string },
>(settings: S): Promise<S> {
  const name = settings["artifact-name"];
  if (!name) return settings;
  const dest = path.resolve(".mlship", "artifacts", name.replace(/[^A-Za-z0-9._-]/g, "_"));
  try {
    // The token finds the artifact in an earlier attempt of the run (a partial re-run).
    await downloadFolder(name, dest, settings["github-token"]);
  } catch (e) {
    throw new UserError(`artifact '${name}': ${(e as Error).message}`, { input: "artifact-name" });
  }
  return { ...settings, "run-dir": dest, "model-path": settings["model-path"] ?? path.join(dest, "model") };
}
