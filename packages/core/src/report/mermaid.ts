/** Labels inside mermaid charts: only safe characters survive (untrusted group names, metric names). */
export function mermaidLabel(text: unknown, max = 24): string {
  const s = String(text)
    .replace(/[^A-Za-z0-9 _.+\-=/]/g, "_")
    .slice(0, max);
  return `"${s || "_"}"`;
}

function num(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(6)).toString() : "0";
}

/** A line chart of one series (at most `maxPoints`, evenly thinned). */
export function lineChart(title: string, points: { step: number; value: number }[], maxPoints = 60): string {
  const stride = Math.max(1, Math.ceil(points.length / maxPoints));
  const pts = points.filter((_, i) => i % stride === 0 || i === points.length - 1);
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${mermaidLabel(title, 60)}`,
    `  x-axis "step" [${pts.map((p) => num(p.step)).join(", ")}]`,
    `  y-axis ${mermaidLabel(title)}`,
    `  line [${pts.map((p) => num(p.value)).join(", ")}]`,
    "```",
  ].join("\n");
}

/** A bar chart; with `second`, a second bar series drawn over the first (reference vs current). */
export function barChart(title: string, labels: string[], values: number[], yLabel: string, second?: number[]): string {
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${mermaidLabel(title, 60)}`,
    `  x-axis [${labels.map((l) => mermaidLabel(l)).join(", ")}]`,
    `  y-axis ${mermaidLabel(yLabel)}`,
    `  bar [${values.map(num).join(", ")}]`,
    ...(second ? [`  bar [${second.map(num).join(", ")}]`] : []),
    "```",
  ].join("\n");
}
