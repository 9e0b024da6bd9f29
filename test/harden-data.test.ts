import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import tarStream from "tar-stream";
import { readColumns } from "../packages/core/src/data/read-table.js";
import { checkDriftSpec, checkDriftStep } from "../packages/core/src/steps/check-drift.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { unpackVerified } from "../packages/core/src/registry/tar.js";
import { main } from "../packages/cli/src/main.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { quietHost } from "./helpers/silent.js";

const root = tempDir();
const file = (name: string, text: string) => {
  const p = path.join(root, name);
  writeFileSync(p, text);
  return p;
};

describe("item 7: nested JSONL values are flattened into dotted columns", () => {
  it("meta.country is a column of its own, arrays are their JSON text", async () => {
    const t = await readColumns(
      file(
        "nested.jsonl",
        '{"id":1,"meta":{"country":"US","geo":{"lat":1.5}},"tags":["a","b"]}\n{"id":2,"meta":{"country":"DE","geo":{"lat":2}},"tags":[]}\n',
      ),
    );
    expect(t.columns).toEqual(["id", "meta.country", "meta.geo.lat", "tags"]);
    expect(t.data["meta.country"]).toEqual(["US", "DE"]);
    expect(t.data["meta.geo.lat"]).toEqual([1.5, 2]);
    expect(t.data.tags).toEqual(['["a","b"]', "[]"]);
    expect(Object.values(t.data).flat()).not.toContain("[object Object]");
  });

  it("drift in a nested field is found (it was '[object Object]' on both sides)", async () => {
    const rows = (share: number) =>
      Array.from({ length: 400 }, (_, i) =>
        JSON.stringify({ id: i, meta: { country: i < 400 * share ? "US" : "DE" } }),
      ).join("\n") + "\n";
    const reference = file("ref.jsonl", rows(0.9));
    const current = file("cur.jsonl", rows(0.1));
    const r = await checkDriftStep(
      parseInputs(checkDriftSpec, (n) => ({ reference, current, columns: "meta.country", "drift-share": "0.5" })[n]),
      quietHost,
    );
    expect(r.outputs.drifted).toBe("true");
  });

  it("nesting 5,000 deep is a clear error naming the file and line, not a stack overflow", async () => {
    const deep = '{"a":'.repeat(5000) + "1" + "}".repeat(5000);
    const e = await caught(() => readColumns(file("deep.jsonl", `{"ok":1}\n${deep}\n`)));
    expect(e.name).toBe("UserError");
    expect(e.message).toMatch(/nested more than 32 levels/);
    expect(e.location).toMatchObject({ line: 2 });
  });
});

describe("item 8: malformed input is a clear error (exit 1 or 2), never an internal error", () => {
  const sha256 = (b: Buffer) => `sha256:${createHash("sha256").update(b).digest("hex")}`;
  async function tarOf(entries: { name: string; body: string; type?: "file" | "directory" }[]): Promise<Buffer> {
    const pack = tarStream.pack();
    const chunks: Buffer[] = [];
    pack.on("data", (c: unknown) => void chunks.push(c as Buffer));
    const done = new Promise<void>((r) => pack.on("end", () => r()));
    for (const e of entries) pack.entry({ name: e.name, size: Buffer.byteLength(e.body), mode: 0o644 }, e.body);
    pack.finalize();
    await done;
    return Buffer.concat(chunks);
  }

  it.each([
    [[{ name: ".", body: "x" }], "refusing tar entry '.'"],
    [
      [
        { name: "a", body: "x" },
        { name: "a/b", body: "y" },
      ],
      "refusing tar entry 'a/b' (it clashes with another entry",
    ],
    [
      [
        { name: "a/b", body: "x" },
        { name: "a", body: "y" },
      ],
      "refusing tar entry 'a' (it clashes with another entry",
    ],
    [
      [
        { name: "m.json", body: "x" },
        { name: "m.json", body: "y" },
      ],
      "refusing tar entry 'm.json' (a second entry of that name)",
    ],
  ])("tar %j with a correct digest is refused by name", async (entries, message) => {
    const bytes = await tarOf(entries);
    const out = path.join(root, `out-${Math.random().toString(36).slice(2)}`);
    mkdirSync(out);
    const e = await caught(() => unpackVerified(Readable.from([bytes]), out, sha256(bytes), "model"));
    expect(e.name).toBe("UserError");
    expect(e.message).toContain(message);
  });

  it("a YAML alias bomb in mlship.yml is an invalid-YAML error (exit 2), not an internal error", async () => {
    const dir = tempDir();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(",")}]`,
      );
    writeFileSync(path.join(dir, "mlship.yml"), lines.join("\n") + "\n");
    const err: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((m: unknown) => void err.push(String(m)));
    try {
      expect(await main(["status", "--config", path.join(dir, "mlship.yml")])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(err.join("\n")).toMatch(/mlship\.yml: invalid YAML: .*alias/i);
    expect(err.join("\n")).not.toContain("internal error");
  });
});
