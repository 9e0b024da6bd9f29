// What GitHub needs of the markdown mlship posts: the hidden marker that finds our sticky comment
// or issue again, and GitHub's size limits.

/** Hidden marker that identifies our sticky comment or issue for one model. */
export function marker(kind: string, key: string): string {
  return `<!-- mlship:${kind}:${key.replace(/[^a-z0-9@._-]/gi, "_")} -->`;
}

/** GitHub's comment body limit. */
export const COMMENT_LIMIT = 65_536;

/** A string's size in UTF-8 bytes (the job summary's limit is in bytes, not characters). */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** The longest prefix of `s` whose size is at most `max`, never splitting a surrogate pair. */
function prefixOf(s: string, max: number, size: (s: string) => number): string {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(s.slice(0, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  const code = s.charCodeAt(lo - 1);
  return code >= 0xd800 && code <= 0xdbff ? s.slice(0, lo - 1) : s.slice(0, lo);
}

/**
 * Cuts a markdown document to `limit` (characters, or what `size` measures: utf8Bytes for the job
 * summary) at a section boundary, with a pointer to the full report.
 */
export function fitMarkdown(
  md: string,
  limit: number,
  fullReport: string,
  size: (s: string) => number = (s) => s.length,
): string {
  if (size(md) <= limit) return md;
  const note = `\n\n> The report was shortened to fit GitHub's limit. Full report: ${fullReport}\n`;
  const sections = md.split(/\n(?=## )/);
  let out = "";
  for (const s of sections) {
    if (size(out) + size(s) + 1 + size(note) > limit) break;
    out += (out ? "\n" : "") + s;
  }
  if (!out) out = prefixOf(md, limit - size(note), size);
  return out + note;
}
