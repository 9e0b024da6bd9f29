import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readProfileFile, tallyOf, unbuilt, type DatasetProfile } from "../packages/core/src/data/profile.js";
import { validateTable } from "../packages/core/src/validate/validate.js";
import { profileJson } from "../packages/core/src/data/profile-json.js";
import { writeFileAtomic } from "../packages/core/src/util/fs-atomic.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir();

/** Full-precision floats as numpy writes them (17 significant digits at most), seeded. */
function cells(n: number): string[] {
  let s = 0x2545f491;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: n }, () => String((rand() - 0.5) * 4));
}

/** The same cells as a CSV of `rows` × `cols`. */
function csv(name: string, values: string[], rows: number, cols: number): string {
  const header = Array.from({ length: cols }, (_, c) => `c${c}`).join(",");
  const lines = Array.from({ length: rows }, (_, r) => values.slice(r * cols, (r + 1) * cols).join(","));
  const file = path.join(dir, name);
  writeFileSync(file, `${header}\n${lines.join("\n")}\n`);
  return file;
}

const text = (profile: DatasetProfile) => [...profileJson(profile)].join("");

describe("item 13: a wide table costs what a long one of the same cells does", () => {
  it("2,000 columns × 50 rows against 50 × 2,000: profile.json within 3.5× the bytes (was 5.0×), no counts object built", async () => {
    const values = cells(100_000);
    const wide = await validateTable([csv("wide.csv", values, 50, 2_000)], undefined);
    const long = await validateTable([csv("long.csv", values, 2_000, 50)], undefined);
    const wideBytes = Buffer.byteLength(text(wide.profile));
    const longBytes = Buffer.byteLength(text(long.profile));
    // Every column says its values, its counts (50 each) and its top 20; the 101 quantiles of 50
    // values are implied by them and no longer written (they were 40% of the file).
    console.log(`profile.json: wide ${wideBytes} bytes, long ${longBytes} bytes`);
    expect(wideBytes / longBytes).toBeLessThan(3.5);
    expect(wideBytes / longBytes).toBeGreaterThan(2.5);
    // Writing the profile built no object with one key per value (half a million keys, seconds of garbage collection).
    expect(wide.profile.columns.every((c) => tallyOf(c)?.keys.length === 50)).toBe(true);
    expect(wide.profile.columns.every((c) => unbuilt(c, "counts") && unbuilt(c, "top"))).toBe(true);
  }, 120_000);

  it("profile.json is JSON.stringify(profile, null, 2) less the quantiles short columns' values imply, and reads back whole", async () => {
    // Keys that objects order specially (array indices first, in numeric order), text and numbers, nulls, 40 and 150 rows.
    const row = (i: number) =>
      [
        ["10", "2", "x", "-1", "01", "4294967295", "4294967294", ""][i % 8],
        i % 3 ? String(5000 + i) : "",
        String(((i * 7919) % 1000) / 7),
        "",
        i % 5 === 0 ? "true" : "false",
      ].join(",");
    for (const rows of [40, 150]) {
      const file = path.join(dir, `mixed-${rows}.csv`);
      writeFileSync(file, `k,big,f,empty,b\n${Array.from({ length: rows }, (_, i) => row(i)).join("\n")}\n`);
      const { profile } = await validateTable([file], {
        fields: [
          { name: "big", type: "integer", constraints: {} },
          { name: "f", type: "number", constraints: {} },
        ],
        missingValues: [""],
        allowExtraColumns: true,
        allowDuplicateRows: true,
      });
      // Written before anything reads `top` or `counts`: from the tallies.
      expect(profile.columns.every((c) => unbuilt(c, "top") && unbuilt(c, "counts"))).toBe(true);
      const written = text(profile);
      const target = path.join(dir, `mixed-${rows}.profile.json`);
      await writeFileAtomic(target, profileJson(profile));
      expect(readFileSync(target, "utf8")).toBe(written);
      // The reference, computed here: counts as Object.fromEntries of the values' text (what was
      // written before), top as the 20 most frequent by a plain sort (ties by text).
      const before = {
        ...profile,
        columns: profile.columns.map((c) => {
          const tally = tallyOf(c)!;
          const entries = tally.keys.map((k, i): [string, number] => [String(k), tally.counts[i]]);
          const top = [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 20);
          const o: Record<string, unknown> = {};
          for (const k of Object.keys(c))
            o[k] = k === "counts" ? Object.fromEntries(entries) : k === "top" ? top : c[k as keyof typeof c];
          return o;
        }),
      };
      const short = before.columns.filter((c) => (c.values as number[] | undefined)?.length);
      expect(short.length).toBe(3);
      const expected = JSON.parse(JSON.stringify(before));
      for (const c of expected.columns) if (c.values?.length <= 101) delete c.quantiles;
      expect(written).toBe(`${JSON.stringify(expected, null, 2)}\n`);
      expect(written.includes('"quantiles"')).toBe(rows > 101);
      // Read back, the quantiles are computed again from the values: the profile as it was, bit for bit.
      expect(JSON.stringify(await readProfileFile(target), null, 2)).toBe(JSON.stringify(before, null, 2));
      // Read in memory, `top` and `counts` are built as they were.
      expect(JSON.stringify(profile, null, 2)).toBe(JSON.stringify(before, null, 2));
      expect(profile.columns.every((c) => !unbuilt(c, "top") && !unbuilt(c, "counts"))).toBe(true);
    }
  });
});
