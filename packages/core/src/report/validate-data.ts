import path from "node:path";
import type { DatasetProfile, ColumnProfile } from "../data/profile.js";
import type { TableSchema } from "../validate/table-schema.js";
import type { Finding } from "../validate/validate.js";
import { escapeMarkdown, table } from "./escape.js";
import { barChart } from "./mermaid.js";

/** Per column: pass or fail, what was checked, and what the profile saw (in a fold when the table is long). */
function columnOverview(columns: ColumnProfile[], findings: Finding[], schema: TableSchema | undefined): string {
  const num = (v: number | undefined) => (v === undefined ? "" : String(Number(v.toPrecision(6))));
  // Looked up by name, not searched per column: a file may have 10,000 columns and as many findings.
  const worst = new Map<string | undefined, Finding["severity"]>();
  for (const f of findings) if (worst.get(f.column) !== "error") worst.set(f.column, f.severity);
  const fields = new Map(schema?.fields.map((f) => [f.name, f]));
  const rows = columns.map((c) => {
    const seen = worst.get(c.name);
    const status = seen === "error" ? "❌" : seen ? "⚠️" : "✅";
    const field = fields.get(c.name);
    const checks = field ? [field.type, ...Object.keys(field.constraints)].join(" · ") : "not in the schema";
    const missing = c.count ? `${((100 * c.nulls) / c.count).toFixed(1)}%` : "–";
    const range = c.min !== undefined ? `${num(c.min)} … ${num(c.max)}` : "–";
    return [
      status,
      escapeMarkdown(c.name),
      escapeMarkdown(checks),
      missing,
      `${c.distinctCapped ? "≈" : ""}${c.distinct}`,
      range,
    ];
  });
  const t = table(["", "column", "checked", "missing", "distinct", "range"], rows);
  return columns.length > 12 ? `<details><summary>${columns.length} columns</summary>\n\n${t}\n\n</details>` : t;
}

/** The share of missing values of the columns that have any (the 30 with most), as a bar chart. */
function missingChart(columns: ColumnProfile[]): string | undefined {
  const gaps = columns
    .filter((c) => c.nulls > 0 && c.count > 0)
    .sort((a, b) => b.nulls / b.count - a.nulls / a.count)
    .slice(0, 30);
  if (gaps.length === 0) return undefined;
  return barChart(
    "missing values per column (%)",
    gaps.map((c) => c.name),
    gaps.map((c) => (100 * c.nulls) / c.count),
    "%",
  );
}

/** The validate-data job summary: verdict, findings with their first examples, one row per column, missing values. */
export function validationMarkdown(m: {
  passed: boolean;
  rows: number;
  files: string[];
  digest: string;
  findings: Finding[];
  profile: DatasetProfile;
  schema: TableSchema | undefined;
}): string {
  const lines = [
    `## ${m.passed ? "✅" : "❌"} Data validation`,
    `${m.rows} rows · ${m.profile.columns.length} columns · ${m.files.length} file(s) · digest \`${m.digest.slice(0, 19)}…\``,
  ];
  if (m.findings.length) {
    lines.push(
      table(
        ["", "check", "column", "count", "first examples"],
        m.findings.map((f) => [
          f.severity === "error" ? "❌" : "⚠️",
          escapeMarkdown(f.check),
          escapeMarkdown(f.column ?? "–"),
          String(f.count),
          f.examples
            .map(
              (e) =>
                `${escapeMarkdown(path.basename(e.file))}:${e.line}${e.value !== undefined ? ` \`${escapeMarkdown(e.value).replace(/`/g, "'")}\`` : ""}`,
            )
            .join(", ") || "–",
        ]),
      ),
    );
  } else lines.push("Every check passed.");
  lines.push(columnOverview(m.profile.columns, m.findings, m.schema));
  const gaps = missingChart(m.profile.columns);
  if (gaps) lines.push(gaps);
  return lines.join("\n\n") + "\n";
}
