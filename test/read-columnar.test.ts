import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readColumnar } from "../packages/core/src/data/read-columnar.js";
import { readRows, type Cell } from "../packages/core/src/data/read-table.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir();

/** What readColumnar should give, built from csv-parse's rows (readRows): Number() for numbers, empty → NaN. */
async function expected(file: string, numeric: string[], categorical: string[], opts: { format?: string } = {}) {
  const num: Record<string, number[]> = Object.fromEntries(numeric.map((n) => [n, []]));
  const cat: Record<string, string[]> = Object.fromEntries(categorical.map((n) => [n, []]));
  const text = (v: Cell | undefined) => (v === null || v === undefined ? "" : String(v));
  for await (const r of readRows(file, opts)) {
    for (const n of numeric) num[n].push(text(r.values[n]).trim() === "" ? NaN : Number(r.values[n]));
    for (const n of categorical) cat[n].push(text(r.values[n]));
  }
  return { num, cat };
}

async function same(file: string, numeric: string[], categorical: string[], opts: { format?: string } = {}) {
  const t = await readColumnar(file, { numeric, categorical }, opts);
  const e = await expected(file, numeric, categorical, opts);
  for (const n of numeric) expect(Array.from(t.numeric[n]), n).toEqual(e.num[n]);
  for (const n of categorical)
    expect(
      Array.from(t.categorical[n].codes, (c) => t.categorical[n].values[c]),
      n,
    ).toEqual(e.cat[n]);
  return t;
}

describe("readColumnar: the byte engine's columns equal csv-parse's rows", () => {
  it("quotes, doubled quotes, newlines in quotes, CRLF, a BOM, empty cells, 17-digit and exponent numbers, spaces, text", async () => {
    const file = path.join(dir, "tricky.csv");
    writeFileSync(
      file,
      "\ufeffid,score,label,group,note\r\n" +
        '1,0.12345678901234567,1,"north, upper","say ""hi"""\r\n' +
        '2,1e-3,0,south,"two\r\nlines"\r\n' +
        "3,,1,,\r\n" +
        '4," 2.5 ",yes,"south",x\r\n' +
        "5,abc,0,north,\r\n" +
        "6,-0.5,1,nörth,é\r\n",
    );
    const t = await same(file, ["score", "id"], ["label", "group", "note"]);
    expect(t.rows).toBe(6);
    expect(t.columns).toEqual(["id", "score", "label", "group", "note"]);
    expect(t.numeric.score[0]).toBe(0.12345678901234567);
    expect(t.invalid.score).toEqual({ line: 7, text: "abc" }); // row 2 spans lines 3 and 4
    expect(t.categorical.group.values).toEqual(["north, upper", "south", "", "north", "nörth"]);
  });

  it("a batch boundary inside a quoted field and many rows: same columns (several 2 MB batches)", async () => {
    const file = path.join(dir, "big.csv");
    const lines = ["score,group,pad"];
    const pad = "p".repeat(60); // a column nobody asks for: 3.5 MB in 50,000 rows
    for (let i = 0; i < 50_000; i++)
      lines.push(i % 1000 === 0 ? `${i / 7},"g, ${i % 3}",${pad}` : `${(i * 0.1234567) % 1},g${i % 5},${pad}`);
    writeFileSync(file, lines.join("\n") + "\n");
    const t = await same(file, ["score"], ["group"]);
    expect(t.rows).toBe(50_000);
  });

  it("TSV and JSONL give the same columns; columns not in the header are left out", async () => {
    const tsv = path.join(dir, "t.tsv");
    writeFileSync(tsv, "a\tb\n1.5\tx\n\ty\n");
    const t = await same(tsv, ["a"], ["b"]);
    expect(t.numeric.missing).toBeUndefined();
    const jsonl = path.join(dir, "t.jsonl");
    writeFileSync(jsonl, '{"a": 1.5, "b": "x"}\n{"a": null, "b": true}\n');
    const j = await readColumnar(jsonl, { numeric: ["a", "missing"], categorical: ["b"] });
    expect(Array.from(j.numeric.a)).toEqual([1.5, NaN]);
    expect(j.categorical.b.values).toEqual(["x", "true"]);
    expect(Object.keys(j.numeric)).toEqual(["a"]);
  });

  it("input the scanner does not take (a ragged row) falls back to csv-parse, whose error names the line", async () => {
    const file = path.join(dir, "ragged.csv");
    writeFileSync(file, "a,b\n1,2\n3\n");
    const e = await caught(() => readColumnar(file, { numeric: ["a"] }));
    expect(e.message).toMatch(/ragged row: 1 field\(s\) where the header has 2/);
    expect(e.location).toMatchObject({ file, line: 3 });
  });

  it("a column with more distinct values than allowed is reported, not kept", async () => {
    const file = path.join(dir, "many.csv");
    writeFileSync(file, "v\n" + Array.from({ length: 100 }, (_, i) => `${i}.5`).join("\n") + "\n");
    const t = await readColumnar(file, { categorical: ["v"], numeric: ["v"], maxDistinct: { v: 64 } });
    expect(t.overflowed).toEqual(["v"]);
    expect(t.categorical.v).toBeUndefined();
    expect(t.numeric.v[99]).toBe(99.5);
  });
});
