import type { DeployResult } from "../deploy/deploy.js";
import { escapeMarkdown, inlineCode } from "./escape.js";

/**
 * The deploy job summary: what serves now, or what failed and what kept serving. The failure
 * and smoke texts carry model servers' answers and deploy scripts' output: they are escaped.
 */
export function deployMarkdown(env: string, r: DeployResult): string {
  if (r.rolledBack) {
    const verdict = r.quarantined
      ? "The model's own checks failed: it is quarantined."
      : r.cause === "serving-code"
        ? "The serving code changed since the model was evaluated, not the model: the model is not quarantined."
        : "The environment failed, not the model's checks: the model is not quarantined.";
    return `## ❌ Deploy to ${env} rolled back\n\n${escapeMarkdown(r.failure)}\n\n${verdict}\n\n${r.previous ? `${inlineCode(r.previous)} kept serving` : "Nothing was serving before"}; recovery took ${r.recoveryMs?.toFixed(0)} ms.\n`;
  }
  if (r.unchanged) return `## ✅ ${env} already runs ${inlineCode(r.model)}\n`;
  return `## 🚀 ${env} now runs ${inlineCode(r.model)}\n\n${r.previous ? `was ${inlineCode(r.previous)} · ` : ""}${r.url ? `serving at ${escapeMarkdown(r.url)}` : ""}${r.smoke ? ` · smoke test: ${escapeMarkdown(r.smoke)}` : ""}\n`;
}
