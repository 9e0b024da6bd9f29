import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tsNode } from "./helpers/proc.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

const cli = path.resolve("packages/cli/src/index.ts");

/** The CLI as a whole process: exit code, stdout and stderr apart. */
function mlship(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const [node, argv] = tsNode(cli, args);
  return new Promise((resolve) => {
    execFile(node, argv, { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 70) : 0, stdout, stderr });
    });
  });
}

/** stdout must be exactly one JSON document: JSON.parse of the whole text succeeds. */
function oneDocument(r: { stdout: string; stderr: string }, what: string): Record<string, unknown> {
  try {
    return JSON.parse(r.stdout);
  } catch (e) {
    throw new Error(
      `${what}: stdout is not one JSON document (${(e as Error).message}):\n${r.stdout.slice(0, 800)}\n--- stderr:\n${r.stderr.slice(-800)}`,
    );
  }
}

describe("with --json every command prints exactly one JSON document on stdout", () => {
  const dir = exampleCopy();

  it("the lifecycle: steps, registry, environments, errors", async () => {
    const run = async (args: string[], code = 0) => {
      const r = await mlship(dir, [...args, "--json"]);
      const doc = oneDocument(r, args.join(" "));
      expect(r.code, `${args.join(" ")}: ${r.stderr.slice(-600)}`).toBe(code);
      return { doc, stderr: r.stderr };
    };
    const v = await run(["validate-data"]);
    expect(v.doc).toMatchObject({ ok: true, outputs: { valid: "true" } });
    const t = await run(["train"]);
    // The training command's own output (its metric lines) went to stderr.
    expect(t.stderr).toMatch(/loss/);
    const runDir = (t.doc.outputs as Record<string, string>)["run-dir"];
    expect(runDir).toBeTruthy();
    expect((await run(["quality-load-bias-test", "--run-dir", runDir])).doc).toMatchObject({ ok: true });
    const reg = await run(["register", "--run-dir", runDir]);
    expect(reg.doc).toMatchObject({ ok: true, outputs: { "model-id": "churn@v1" } });
    expect((await run(["deploy", "--model", "churn@v1"])).doc).toMatchObject({
      ok: true,
      outputs: { "model-id": "churn@v1" },
    });
    expect((await run(["check-drift"])).doc).toMatchObject({ ok: true, outputs: { drifted: "true" } });
    expect((await run(["status"])).doc).toMatchObject({ local: { model: "churn@v1" } });
    expect((await run(["history"])).doc).toHaveProperty("deployments");
    expect((await run(["stats"])).doc).toHaveProperty("deployments", 1);
    expect((await run(["models", "list"])).doc).toHaveLength(1);
    expect((await run(["models", "show", "churn@v1"])).doc).toMatchObject({ id: "churn@v1" });
    expect((await run(["models", "pull", "churn@v1", "--dest", path.join(dir, "pulled")])).doc).toMatchObject({
      ok: true,
      id: "churn@v1",
    });
    expect((await run(["models", "gc"])).doc).toMatchObject({ ok: true });
    expect((await run(["dashboard", "--out", path.join(dir, "site")])).doc).toMatchObject({ ok: true });
    // An error is one document too, with the exit code.
    expect((await run(["rollback"], 2)).doc).toMatchObject({ ok: false, exitCode: 2 });
    expect((await run(["models", "show", "churn@v9"], 2)).doc).toMatchObject({ ok: false });
    expect((await run(["deploy", "--no-such-flag"], 2)).doc).toMatchObject({ ok: false, exitCode: 2 });
    expect((await run(["stop"])).doc).toMatchObject({ ok: true, stopped: "local" });
    const all = await run(["run"]);
    expect(all.doc).toMatchObject({
      ok: true,
      steps: { register: { "model-id": "churn@v2" }, deploy: { "model-id": "churn@v2" } },
    });
    await run(["stop"]);
  }, 600_000);

  it("init", async () => {
    const fresh = tempDir();
    const { execFileSync } = await import("node:child_process");
    execFileSync("mkdir", ["-p", path.join(fresh, "data")]);
    execFileSync("cp", [path.join(dir, "data", "train.csv"), path.join(fresh, "data", "train.csv")]);
    const r = await mlship(fresh, ["init", "--label", "churned", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(oneDocument(r, "init")).toMatchObject({ ok: true, label: "churned" });
  }, 120_000);
});
