export function fmt(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (Math.abs(v) >= 1000) return v.toFixed(0);
  const rounded = Number(v.toFixed(digits));
  // A non-zero number never reads as 0: 1.9e-33, not 0.
  return rounded === 0 && v !== 0 ? Number(v.toPrecision(2)).toString() : rounded.toString();
}

/** A p-value: 4 decimals, two significant digits below 0.001 (0.00012, 1.9e-33); 0 only when it is 0. */
export function fmtP(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return "–";
  return p !== 0 && Math.abs(p) < 0.001 ? Number(p.toPrecision(2)).toString() : fmt(p);
}

export function fmtInterval(i: [number, number] | undefined): string {
  if (!i || Number.isNaN(i[0])) return "–";
  return `[${fmt(i[0])}, ${fmt(i[1])}]`;
}

export function signed(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  return `${v >= 0 ? "+" : "−"}${fmt(Math.abs(v))}`;
}

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
