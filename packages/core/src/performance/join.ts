import path from "node:path";
import { UserError } from "../errors.js";
import { readRows, type Cell } from "../data/read-table.js";
import { writeFileAtomic } from "../util/fs-atomic.js";

/** What was served and what was labelled, and how much of each met the other. */
export interface Coverage {
  /** Rows served (in the window, when one is set). */
  served: number;
  /** Label rows read. */
  labelled: number;
  /** Rows with both a prediction and a label: the rows the metrics are computed on. */
  joined: number;
  /** Labels whose id was never served (or was served outside the window). */
  labels_without_prediction: number;
  /** Predictions no label has reached yet. */
  predictions_without_label: number;
  /** joined / served. */
  labelled_share: number;
}

/** One side of the join: its rows by id, the column names in file order. */
export interface Keyed {
  columns: string[];
  rows: Map<string, Record<string, Cell>>;
}

/**
 * A served prediction's time: ISO 8601 text, or a number of seconds since 1970 (what a JSONL
 * capture writes); NaN when the cell holds neither.
 */
function timeOf(cell: Cell): number {
  if (typeof cell === "number") return cell * 1000;
  if (typeof cell === "string" && cell.trim() !== "") {
    const t = /^\d+(\.\d+)?$/.test(cell.trim()) ? Number(cell) * 1000 : Date.parse(cell);
    return t;
  }
  return NaN;
}

/**
 * Reads files (predictions or labels) into rows keyed by the id column. A missing id column, an
 * empty id and an id that comes twice are bad input naming the file, the line and the id (a
 * duplicate makes the join ambiguous: which prediction did the label grade?). With `since`, rows
 * whose `timestampColumn` is older are left out (the window), and a row without a readable time
 * is bad input.
 */
export async function readKeyed(
  files: string[],
  o: { idColumn: string; input: string; what: string; timestampColumn?: string; since?: number },
): Promise<Keyed> {
  const rows = new Map<string, Record<string, Cell>>();
  const where = new Map<string, string>();
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    let first = true;
    for await (const row of readRows(file)) {
      if (first) {
        first = false;
        if (!(o.idColumn in row.values))
          throw new UserError(
            `the ${o.what} have no id column '${o.idColumn}' (columns: ${Object.keys(row.values).join(", ")}); set id-column`,
            { input: o.input, file },
          );
        if (o.since !== undefined && !(o.timestampColumn! in row.values))
          throw new UserError(
            `a window needs the time each prediction was served: no column '${o.timestampColumn}' in the ${o.what} (columns: ${Object.keys(row.values).join(", ")})`,
            { input: "timestamp-column", file },
          );
      }
      for (const c of Object.keys(row.values))
        if (!seen.has(c)) {
          seen.add(c);
          columns.push(c);
        }
      const cell = row.values[o.idColumn];
      const id = cell === null || cell === undefined ? "" : String(cell);
      if (id === "")
        throw new UserError(`a row of the ${o.what} has no id (column '${o.idColumn}')`, {
          input: o.input,
          file,
          line: row.line,
        });
      if (o.since !== undefined) {
        const t = timeOf(row.values[o.timestampColumn!]);
        if (Number.isNaN(t))
          throw new UserError(
            `'${String(row.values[o.timestampColumn!]).slice(0, 40)}' in column '${o.timestampColumn}' is no time (ISO 8601, or seconds since 1970)`,
            { input: "timestamp-column", file, line: row.line },
          );
        if (t < o.since) continue;
      }
      const at = `${path.basename(file)}:${row.line}`;
      const before = where.get(id);
      if (before !== undefined)
        throw new UserError(
          `duplicate id '${id.slice(0, 80)}' in the ${o.what} (first at ${before}): each id must name one row`,
          { input: o.input, file, line: row.line },
        );
      where.set(id, at);
      rows.set(id, row.values);
    }
  }
  return { columns, rows };
}

/** The joined rows: every prediction column, then the label under `labelAs`, then the label file's other columns. */
export interface Joined {
  columns: string[];
  rows: Record<string, Cell>[];
  coverage: Coverage;
}

export function joinOnId(
  predictions: Keyed,
  labels: Keyed,
  o: { idColumn: string; labelColumn: string; labelAs: string },
): Joined {
  if (!labels.columns.includes(o.labelColumn))
    throw new UserError(
      `the labels have no column '${o.labelColumn}' (columns: ${labels.columns.join(", ")}); set label-column`,
      { input: "label-column" },
    );
  const columns = predictions.columns.filter((c) => c !== o.labelAs);
  columns.push(o.labelAs);
  for (const c of labels.columns) if (c !== o.idColumn && c !== o.labelColumn && !columns.includes(c)) columns.push(c);
  const rows: Record<string, Cell>[] = [];
  let orphans = 0;
  for (const [id, l] of labels.rows) {
    const p = predictions.rows.get(id);
    if (!p) {
      orphans++;
      continue;
    }
    const row: Record<string, Cell> = { ...l, ...p };
    row[o.labelAs] = l[o.labelColumn] ?? null;
    rows.push(row);
  }
  const served = predictions.rows.size;
  return {
    columns,
    rows,
    coverage: {
      served,
      labelled: labels.rows.size,
      joined: rows.length,
      labels_without_prediction: orphans,
      predictions_without_label: served - rows.length,
      labelled_share: served ? rows.length / served : 0,
    },
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line break or edge spaces. */
function csvField(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as CSV (atomically), so the joined rows are read by the same reader as a test set's predictions. */
export async function writeCsv(file: string, columns: string[], rows: Record<string, Cell>[]): Promise<void> {
  function* lines(): Generator<string> {
    yield `${columns.map(csvField).join(",")}\n`;
    for (const r of rows) yield `${columns.map((c) => csvField(r[c])).join(",")}\n`;
  }
  await writeFileAtomic(file, lines());
}
