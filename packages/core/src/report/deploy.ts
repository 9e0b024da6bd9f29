import type { DeployResult } from "../deploy/deploy.js";

/** The deploy job summary: what serves now, or what failed and what kept serving. */
export function deployMarkdown(env: string, r: DeployResult): string {
  if (r.rolledBack) {
    return `## ❌ Deploy to ${env} rolled back\n\n${r.failure}\n\n${r.previous ? `\`${r.previous}\` kept serving` : "Nothing was serving before"}; recovery took ${r.recoveryMs?.toFixed(0)} ms.\n`;
  }
  if (r.unchanged) return `## ✅ ${env} already runs \`${r.model}\`\n`;
  return `## 🚀 ${env} now runs \`${r.model}\`\n\n${r.previous ? `was \`${r.previous}\` · ` : ""}${r.url ? `serving at ${r.url}` : ""}${r.smoke ? ` · smoke test: ${r.smoke}` : ""}\n`;
}
