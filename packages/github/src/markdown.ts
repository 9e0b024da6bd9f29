// What GitHub needs of the markdown mlship posts: the hidden marker that finds our sticky comment
// or issue again, and GitHub's size limits.

/** Hidden marker that identifies our sticky comment or issue for one model. */
export function marker(kind: string, key: string): string {
  return `<!-- mlship:${kind}:${key.replace(/[^a-z0-9@._-]/gi, "_")} -->`;
}

/** GitHub's comment body limit. */
export const COMMENT_LIMIT = 65_536;

/** Cuts a markdown document to `limit` characters at a section boundary, with a pointer to the full report. */
export function fitMarkdown(md: string, limit: number, fullReport: string): string {
  if (md.length <= limit) return md;
  const note = `\n\n> The report was shortened to fit GitHub's limit. Full report: ${fullReport}\n`;
  const sections = md.split(/\n(?=## )/);
  let out = "";
  for (const s of sections) {
    if (out.length + s.length + 1 + note.length > limit) break;
    out += (out ? "\n" : "") + s;
  }
  if (!out) out = md.slice(0, limit - note.length);
  return out + note;
}
