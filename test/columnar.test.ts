import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { driftColumns, toColumn } from "../packages/core/src/data/column.js";
import { readColumnar } from "../packages/core/src/data/read-columnar.js";
import { readColumns } from "../packages/core/src/data/read-table.js";
import { columnDrift } from "../packages/core/src/drift/check.js";
import type { TableSchema } from "../packages/core/src/validate/table-schema.js";
import { validateTable } from "../packages/core/src/validate/validate.js";
import { NumberSet } from "../packages/core/src/validate/number-set.js";
import { parseNumberBytes } from "../packages/core/src/data/csv/scanner.js";
import { sortFloat64 } from "../packages/core/src/util/sort-float64.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir();
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** A seeded generator (xorshift), so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

describe("numbers with 16 to 19 significant digits parse from bytes correctly rounded", () => {
  it("equal Number() bit for bit on random full-precision floats, in every form pandas and numpy write", () => {
    const rand = rng(19);
    let fast = 0;
    let total = 0;
    let usual = false;
    const check = (t: string) => {
      if (usual) total++;
      const b = Buffer.from(t);
      const v = parseNumberBytes(b, 0, b.length);
      if (Number.isNaN(v)) return; // left to Number() on the text
      if (usual) fast++;
      if (!Object.is(v, Number(t))) expect(v, t).toBe(Number(t));
    };
    for (let k = 0; k < 100_000; k++) {
      const scale = Math.floor(rand() * 24 - 12);
      // Magnitudes from 1e-4 up: the decimal exponent of 17 digits stays within 10^-22 (the fast path's range).
      usual = scale >= -4;
      const x = (rand() - 0.5) * 10 ** scale;
      check(String(x)); // shortest round trip: up to 17 digits (pandas' to_csv, numpy's repr)
      check(x.toPrecision(17));
      check(x.toExponential(18)); // numpy.savetxt's %.18e
      check(x.toPrecision(16));
      // Random digit strings, the point anywhere.
      let d = String(1 + Math.floor(rand() * 9));
      const len = 16 + (k % 4);
      while (d.length < len) d += Math.floor(rand() * 10);
      const at = Math.floor(rand() * (len + 1));
      check(`${d.slice(0, at)}.${d.slice(at)}`);
      check(`-0.000${d}`);
    }
    // Nearly all of those take the fast path (what makes full-precision data fast to read).
    expect(total).toBeGreaterThan(300_000);
    expect(fast / total).toBeGreaterThan(0.98);
  });

  it("equal Number() next to the midpoints between two doubles (the hard cases), falling back where too close to call", () => {
    const rand = rng(7);
    const f = new Float64Array(1);
    const bits = new BigUint64Array(f.buffer);
    let fast = 0;
    for (let k = 0; k < 20_000; k++) {
      f[0] = rand() * 10 ** Math.floor(rand() * 10 - 5);
      const E = Number((bits[0] >> 52n) & 0x7ffn) - 1075;
      const M = (bits[0] & ((1n << 52n) - 1n)) | (1n << 52n);
      // The midpoint above x, exactly: (2M + 1)·2^(E−1) = (2M + 1)·5^(1−E) / 10^(1−E).
      const digits = ((2n * M + 1n) * 5n ** BigInt(1 - E)).toString();
      const intLen = digits.length - (1 - E);
      for (const len of [16, 17, 18, 19]) {
        for (const step of [-1n, 0n, 1n]) {
          const t0 = (BigInt(digits.slice(0, len)) + step).toString();
          const t = intLen > 0 ? `${t0.slice(0, intLen)}.${t0.slice(intLen)}` : `0.${"0".repeat(-intLen)}${t0}`;
          const b = Buffer.from(t);
          const v = parseNumberBytes(b, 0, b.length);
          if (Number.isNaN(v)) continue;
          fast++;
          if (!Object.is(v, Number(t))) expect(v, t).toBe(Number(t));
        }
      }
    }
    expect(fast).toBeGreaterThan(100_000);
  });
});

describe("sortFloat64", () => {
  it("orders exactly as Float64Array#sort, signed zeros and infinities included", () => {
    const rand = rng(3);
    for (const n of [0, 7, 1023, 1024, 50_000]) {
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const r = rand();
        a[i] =
          r < 0.02
            ? -0
            : r < 0.04
              ? 0
              : r < 0.05
                ? Infinity
                : r < 0.06
                  ? -Infinity
                  : r < 0.3
                    ? Math.round(r * 10) - 1
                    : (rand() - 0.5) * 10 ** (rand() * 40 - 20);
      }
      const want = Float64Array.from(a).sort();
      sortFloat64(a);
      expect(Array.from(new Uint32Array(a.buffer)), `n=${n}`).toEqual(Array.from(new Uint32Array(want.buffer)));
    }
  });
});

describe("readColumnar: the byte engine's columns, typed by content", () => {
  it("reads numbers as Float64Array and text as codes, with missing cells, quotes, CRLF and a BOM", async () => {
    const p = file(
      "mixed.csv",
      '\uFEFFx,city,note,n\r\n1.5,oslo,"a, b",7\r\n,lima,,8\r\n-2e3,"oslo",x,\r\n0.12345678901234567,pune,"say ""hi""",9\r\n',
    );
    const t = await readColumnar(p, { auto: "all" });
    expect(t.rows).toBe(4);
    expect(t.columns).toEqual(["x", "city", "note", "n"]);
    expect(Array.from(t.numeric.x)).toEqual([1.5, NaN, -2000, 0.12345678901234567]);
    expect(Array.from(t.numeric.n)).toEqual([7, 8, NaN, 9]);
    const city = t.categorical.city;
    expect(Array.from(city.codes, (c) => city.values[c])).toEqual(["oslo", "lima", "oslo", "pune"]);
    const cols = driftColumns(t);
    expect(cols.note).toEqual({
      kind: "categorical",
      codes: Int32Array.from([0, -1, 1, 2]),
      values: ["a, b", "x", 'say "hi"'],
      missing: 1,
    });
    expect(cols.x.missing).toBe(1);
  });

  it("gives the columns readColumns' cells give, on a file with every kind of cell, one column turning to text late", async () => {
    const rand = rng(11);
    const lines = ["id,score,group,flag,odd"];
    for (let i = 0; i < 30_000; i++) {
      const score = rand() < 0.05 ? "" : String((rand() - 0.5) * 10 ** Math.floor(rand() * 8 - 4));
      const odd = i === 20_000 ? "n/a" : String(i % 7); // numeric until row 20,000: read again as text
      lines.push(`${i},${score},${["a", "b", '"c,d"', "é"][i % 4]},${i % 3 === 0 ? '"1"' : "0"},${odd}`);
    }
    const p = file("wide.csv", lines.join("\n") + "\n");
    const [fast, cells] = [await readColumnar(p, { auto: "all" }), await readColumns(p)];
    expect(fast.rows).toBe(cells.rows);
    const cols = driftColumns(fast);
    for (const c of cells.columns) expect(cols[c], c).toEqual(toColumn(cells.data[c]));
    expect(cols.odd.kind).toBe("categorical");
    expect(cols.flag.kind).toBe("numeric");
  });

  it("input the scanner leaves to csv-parse still gets csv-parse's error, with its line; JSONL is typed the same way", async () => {
    const e = await caught(() => readColumnar(file("ragged.csv", "a,b\n1,2\n3\n"), { auto: "all" }));
    expect(e.message).toContain("ragged row");
    expect((e as unknown as { location: { line: number } }).location.line).toBe(3);
    const j = driftColumns(
      await readColumnar(file("t.jsonl", '{"a":1,"b":"x"}\n{"a":2.5,"b":null}\n'), { auto: "all" }),
    );
    expect(j.a).toEqual({ kind: "numeric", values: Float64Array.from([1, 2.5]), missing: 0 });
    expect(j.b).toEqual({ kind: "categorical", codes: Int32Array.from([0, -1]), values: ["x"], missing: 1 });
  });
});

describe("drift on columns", () => {
  it("KS on columns read by the byte engine: D identical to scipy, p within 1e-9", async () => {
    const out = execFileSync(
      "python3",
      [
        "-c",
        `
import json, numpy as np
from scipy import stats
rng = np.random.default_rng(5)
a = rng.normal(0, 1, 20000); b = rng.normal(0.03, 1, 15000)
open("${dir}/ks-a.csv", "w").write("x\\n" + "\\n".join(repr(float(v)) for v in a) + "\\n")
open("${dir}/ks-b.csv", "w").write("x\\n" + "\\n".join(repr(float(v)) for v in b) + "\\n")
r = stats.ks_2samp(a, b)
print(json.dumps([float(r.statistic), float(r.pvalue)]))
`,
      ],
      { encoding: "utf8" },
    );
    const [d, p] = JSON.parse(out) as [number, number];
    const [ra, rb] = await Promise.all([
      readColumnar(path.join(dir, "ks-a.csv"), { auto: "all" }),
      readColumnar(path.join(dir, "ks-b.csv"), { auto: "all" }),
    ]);
    const r = columnDrift("x", driftColumns(ra).x, driftColumns(rb).x, { stattest: "ks" });
    expect(r.statistic).toBe(d);
    expect(Math.abs(r.p_value! - p)).toBeLessThan(1e-9);
  });
});

describe("unique on numbers, without a set of strings", () => {
  it("NumberSet agrees with a Set on dense ids, sparse 15-digit ids (moved to the hash table), floats and signed zeros", () => {
    const rand = rng(23);
    const cases = [
      Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 250_000),
      Array.from({ length: 50_000 }, () => Math.floor(rand() * 1e15) % 20_000_000_000_000),
      Array.from({ length: 50_000 }, () => Math.round((rand() - 0.5) * 1e4) / 100),
      [0, -0, 1, -1, 0.5, 1e300, -1e300, 2 ** 53, 2 ** 53 + 2, -(2 ** 53)],
    ];
    for (const values of cases) {
      const set = new NumberSet();
      const seen = new Set<number>();
      for (const v of values) {
        expect(set.add(v), String(v)).toBe(!seen.has(v)); // a Set has -0 and 0 as one value too
        seen.add(v);
      }
    }
  });

  it("the byte engine and csv-parse report the same repeats, by file and line, as a plain scan finds them", async () => {
    const rand = rng(29);
    const ids: string[] = [];
    for (let i = 0; i < 60_000; i++) ids.push(String(rand() < 0.001 ? Math.floor(rand() * i) : i));
    ids[100] = "1.0"; // the number 1 again: a repeat by value
    ids[200] = '"7"'; // quoted: read as text by the scanner, the same number
    ids[300] = "x"; // not a number: a type error, and text in the set of texts
    ids[400] = "x";
    const p = file("ids.csv", "id,v\n" + ids.map((id, i) => `${id},${(i * 0.37).toFixed(3)}`).join("\n") + "\n");
    const schema: TableSchema = {
      fields: [
        { name: "id", type: "integer", constraints: { unique: true } },
        { name: "v", type: "number", constraints: { unique: true } },
      ],
      missingValues: [""],
      allowExtraColumns: false,
      allowDuplicateRows: true,
    };
    const want: number[] = [];
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      const t = id.replace(/"/g, "");
      const key = Number.isNaN(Number(t)) ? `text:${t}` : String(Number(t));
      if (seen.has(key)) want.push(i + 2);
      seen.add(key);
    });
    expect(want.length).toBeGreaterThan(20);
    for (const engine of ["auto", "csv-parse"] as const) {
      const r = await validateTable([p], schema, { engine, maxExamples: 100_000 });
      const unique = r.findings.filter((f) => f.check === "unique");
      expect(
        unique.map((f) => f.column),
        engine,
      ).toEqual(["id"]);
      expect(
        unique[0].examples.map((e) => e.line),
        engine,
      ).toEqual(want);
      expect(
        unique[0].examples.every((e) => e.file?.endsWith("ids.csv")),
        engine,
      ).toBe(true);
    }
  });
});
