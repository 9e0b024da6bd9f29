import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareRunsStep } from "../packages/core/src/steps/compare-runs.js";
import { UserError } from "../packages/core/src/errors.js";
import { caught } from "./helpers/catch.js";
import { quietHost } from "./helpers/silent.js";

/** #33: params.json as written by hand or by a hostile sweep — `__proto__` keys and deep nesting. */
function project(legs: [string, string, number][]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlship-compare-params-"));
  writeFileSync(path.join(dir, "mlship.yml"), "model: churn\n");
  for (const [name, paramsText, accuracy] of legs) {
    const d = path.join(dir, ".mlship", "runs", name);
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, "params.json"), paramsText);
    writeFileSync(
      path.join(d, "evaluation.json"),
      JSON.stringify({
        model: "churn",
        candidate: name,
        values: { accuracy },
        gates: [{ expression: "accuracy >= 0.7", metric: "accuracy", passed: true }],
        passed: true,
        createdAt: "2026-12-01T10:00:00Z",
      }),
    );
  }
  return path.join(dir, "mlship.yml");
}
const step = (config: string) => compareRunsStep({ config, comment: false } as never, quietHost);

describe("#33 compare-runs: __proto__ and deep params", () => {
  it("runs differing only in a `__proto__` param are two rows, each with its own params", async () => {
    const r = await step(
      project([
        ["a", '{"__proto__": {"lr": 0.05}, "epochs": 2}', 0.71],
        ["b", '{"__proto__": {"lr": 0.1}, "epochs": 2}', 0.74],
      ]),
    );
    expect(r.outputs.count).toBe("2");
    expect(r.outputs.best).toBe('{"__proto__":{"lr":0.1},"epochs":2}');
    expect(r.summary).toContain("0.05");
    expect(r.summary).toContain("0.1");
  });

  it("params nested 100,000 deep are refused with an error naming the file (exit 2), not a stack overflow", async () => {
    const deep = `{"a": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const e = await caught(() => step(project([["deep", deep, 0.7]])));
    expect(e).toBeInstanceOf(UserError);
    expect(e.exitCode).toBe(2);
    expect(`${e.message} ${JSON.stringify(e.location)}`).toMatch(/deeper than 32 levels/);
    expect(JSON.stringify(e.location)).toContain("params.json");
  });

  it("params 32 levels deep still compare", async () => {
    const ok = `{"a": ${"[".repeat(31)}1${"]".repeat(31)}}`;
    expect((await step(project([["ok", ok, 0.7]]))).outputs.count).toBe("1");
  });
});
