import type { PushResult } from "../registry/types.js";
import type { EvaluationReport } from "./quality-load-bias-test.js";

/** The register job summary: the ID, digest, registry (a local folder shown relative) and the recorded gates. */
export function registeredMarkdown(
  id: string,
  res: Pick<PushResult, "existing" | "digest">,
  registryUri: string,
  evaluation: Pick<EvaluationReport, "passed"> | undefined,
  runId?: string,
): string {
  const summary = [
    `## 📦 ${res.existing ? "Already registered" : "Registered"} \`${id}\`${runId ? ` from training run \`${runId}\`` : ""}`,
    `digest \`${res.digest}\` · registry \`${registryUri.replace(/^file:\/\/.*\/(\.mlship\/registry)$/, "file://$1")}\`` +
      (evaluation ? ` · gates ${evaluation.passed ? "passed" : "failed"}` : ""),
  ].join("\n\n");
  return summary + "\n";
}
