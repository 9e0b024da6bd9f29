/**
 * The benches' data, written by DuckDB from a seeded generator (never committed): the table
 * validate-data checks and the two tables check-drift compares, each as CSV and as Parquet.
 * bench/vs-duckdb.ts and bench/scale.ts both write their files here, so they measure the same data.
 *
 * - `table`: `rows` rows × 10 columns — a unique id, floats at full precision, a code with a
 *   pattern, a date, categories, booleans, and a few bad cells on purpose (every 100,000th age out
 *   of range, every 50,000th code off its pattern).
 * - `ref` and `cur`: `rows` rows × 10 floats each (normal, log-normal, uniform, Student-t-like),
 *   the current one shifted a little per column.
 *
 * The tables are built in a DuckDB database file in `dir` (not in memory: 100,000,000 rows would
 * not fit), then copied out in the formats asked for; the database file is removed at the end.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";

export type BenchTable = "table" | "ref" | "cur";
export type BenchFormat = "csv" | "parquet";

export const benchTableNames: Record<BenchTable, string> = {
  table: "table",
  ref: "reference",
  cur: "current",
};

/** The Table Schema validate-data checks `table` against: every column, every kind of check. */
export const benchSchema = {
  fields: [
    { name: "id", type: "integer", constraints: { required: true, unique: true, minimum: 0 } },
    { name: "age", type: "integer", constraints: { required: true, minimum: 0, maximum: 120 } },
    { name: "income", type: "number", constraints: { minimum: 0 } },
    { name: "score", type: "number", constraints: { minimum: 0, maximum: 1 } },
    { name: "ratio", type: "number", constraints: {} },
    { name: "visits", type: "integer", constraints: { minimum: 0 } },
    { name: "city", type: "categorical", constraints: { enum: ["oslo", "lima", "pune", "kyiv", "doha", "são paulo"] } },
    { name: "code", type: "string", constraints: { required: true, pattern: "[A-Z]{2}-[0-9]{4}" } },
    { name: "active", type: "boolean", constraints: {} },
    { name: "joined", type: "date", constraints: {} },
  ],
  missingValues: [""],
};

/** Where `writeBenchData` writes a table in a format. */
export function benchFile(dir: string, table: BenchTable, format: BenchFormat): string {
  // table-csv.csv / table-parquet.parquet: a validation report is named after the file, one per format.
  const base = table === "table" ? `table-${format}` : benchTableNames[table];
  return path.join(dir, `${base}.${format}`);
}

/** The SQL that builds each table (seeded by `setseed` before). */
function tableSql(table: BenchTable, rows: number): string {
  if (table === "table")
    // Normal deviates by Box–Muller.
    return `SELECT
    i * 3 + 100000 AS id,
    CASE WHEN i % 100000 = 7 THEN 150 ELSE 18 + floor(random() * 72)::INTEGER END AS age,
    exp(10.8 + 0.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) AS income,
    random() AS score,
    sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) AS ratio,
    floor(-ln(1 - random()) * 3)::INTEGER AS visits,
    ['oslo', 'lima', 'pune', 'kyiv', 'doha', 'são paulo'][1 + floor(random() * 6)::INTEGER] AS city,
    CASE WHEN i % 50000 = 11 THEN 'bad code'
      ELSE chr(65 + floor(random() * 26)::INTEGER) || chr(65 + floor(random() * 26)::INTEGER) || '-' || (1000 + floor(random() * 9000)::INTEGER)::VARCHAR END AS code,
    random() < 0.7 AS active,
    DATE '2020-01-01' + floor(random() * 1800)::INTEGER AS joined
    FROM range(${rows}) r(i)`;
  const shift = table === "ref" ? 0 : 1;
  const cols = Array.from({ length: 10 }, (_, c) => {
    const normal = "sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())";
    const kind = c % 4;
    const x =
      kind === 0
        ? `${normal} + ${shift * c * 0.01}`
        : kind === 1
          ? `exp(3 + ${shift * 0.002} + 0.7 * ${normal})`
          : kind === 2
            ? `random() * ${1 + shift * 0.001}`
            : `1000 * ${normal} / sqrt((pow(${normal}, 2) + pow(${normal}, 2) + pow(${normal}, 2) + pow(${normal}, 2)) / 4)`;
    return `${x} AS f${c}`;
  });
  return `SELECT ${cols.join(", ")} FROM range(${rows})`;
}

/**
 * Writes the asked-for tables of `rows` rows in the asked-for formats into `dir` (files named by
 * benchFile). Each table is built once and copied to every format, so its CSV and Parquet files
 * hold the same rows.
 */
export async function writeBenchData(
  dir: string,
  rows: number,
  tables: BenchTable[],
  formats: BenchFormat[],
): Promise<void> {
  const dbFile = path.join(dir, "generate.duckdb");
  const db = await DuckDBInstance.create(dbFile);
  const con = await db.connect();
  try {
    await con.run(`SET temp_directory = '${path.join(dir, "duckdb-tmp")}'`);
    await con.run("SELECT setseed(0.42)");
    for (const table of tables) {
      await con.run(`CREATE TABLE t_${table} AS ${tableSql(table, rows)}`);
      for (const format of formats)
        await con.run(
          `COPY t_${table} TO '${benchFile(dir, table, format)}' (${format === "csv" ? "HEADER" : "FORMAT parquet"})`,
        );
      await con.run(`DROP TABLE t_${table}`);
    }
  } finally {
    con.closeSync();
    db.closeSync();
    rmSync(dbFile, { force: true });
    rmSync(`${dbFile}.wal`, { force: true });
    rmSync(path.join(dir, "duckdb-tmp"), { recursive: true, force: true });
  }
}
