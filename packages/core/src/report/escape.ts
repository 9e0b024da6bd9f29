import { showControls } from "../util/log.js";

/**
 * Escapes untrusted text (column names, group values, model names, commit messages)
 * for GitHub-flavoured markdown, inside table cells too: HTML is neutralised,
 * pipes and markdown punctuation are backslash-escaped, newlines flattened.
 */
export function escapeMarkdown(text: unknown): string {
  return showControls(String(text).replace(/[\r\n]+/g, " "))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1")
    .replace(/@/g, "@\u200b"); // no @-mentions from data
}

/** A markdown table row from already-escaped or trusted cells. */
function tableRow(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

export function table(header: string[], rows: string[][]): string {
  return [tableRow(header), tableRow(header.map(() => "---")), ...rows.map(tableRow)].join("\n");
}

/** Inline code from untrusted text: no HTML is interpreted inside, so only backticks and table pipes matter. */
export function inlineCode(text: unknown): string {
  const s = showControls(String(text).replace(/[\r\n]+/g, " "))
    .replace(/`/g, "'")
    .replace(/\|/g, "\\|");
  return `\`${s}\``;
}
