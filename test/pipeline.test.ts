import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { environmentHistory } from "../packages/core/src/deploy/environment-log.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { main } from "../packages/cli/src/main.js";
import { exampleCopy } from "./helpers/tmp.js";

/** The README's promise: run twice → v1 then v2 deployed; rollback → v1 serves again. */
describe("mlship run / rollback on the churn example (CLI, from source)", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  afterAll(() => stopEnvironment(state, "local"));
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
  afterAll(() => log.mockRestore());

  async function predict(
    url: string,
    rows: Record<string, string>[],
  ): Promise<{ model: string; predictions: { score: number }[] }> {
    const res = await fetch(`${url}/predict`, { method: "POST", body: JSON.stringify({ rows }) });
    expect(res.status).toBe(200);
    return (await res.json()) as { model: string; predictions: { score: number }[] };
  }

  async function recordedRows(version: number): Promise<Record<string, string>[]> {
    // The predictions v<N> recorded at training time, as pulled by deploy beside the model (cached by digest).
    const info = (await new FileRegistry(path.join(state, "registry")).list("churn")).find(
      (v) => v.id === `churn@v${version}`,
    );
    const digest = String(info?.attachments?.["predictions.csv"]).replace(/^sha256:/, "");
    const text = readFileSync(path.join(state, "models", "churn", `${digest}.predictions.csv`), "utf8")
      .trim()
      .split(/\r?\n/);
    const header = text[0].split(",");
    return text.slice(1, 8).map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])));
  }

  it("first run registers churn@v1 and deploys it", async () => {
    expect(await main(["run", "--config", config])).toBe(0);
    const s = await readState(state, "local");
    expect(s?.model).toBe("churn@v1");
    const health = await fetch(`${s!.url}/healthz`);
    expect(await health.json()).toEqual({ status: "ok", model: "churn@v1" });
    // The report it names is the page a person opens (#32: it named evaluation.md).
    const printed = log.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(printed).toMatch(/\n {2}report: {3}\S+evaluation\.html\n/);
    expect(printed).not.toContain("evaluation.md");
  }, 120_000);

  it("second run registers churn@v2 and deploys it; v1's server is stopped", async () => {
    const v1 = await readState(state, "local");
    expect(await main(["run", "--config", config])).toBe(0);
    const s = await readState(state, "local");
    expect(s?.model).toBe("churn@v2");
    await expect(fetch(`${v1!.url}/healthz`)).rejects.toThrow();
    const versions = await new FileRegistry(path.join(state, "registry")).list("churn");
    expect(versions.map((v) => v.id)).toEqual(["churn@v1", "churn@v2"]);
    expect(versions[1].gatesPassed).toBe(true);
    expect(versions[1].lineage).toBeDefined();
    expect(versions[0].digest).not.toBe(versions[1].digest);
  }, 120_000);

  it("rollback --env local serves churn@v1 again, answering /predict with v1's model", async () => {
    expect(await main(["rollback", "--env", "local", "--config", config])).toBe(0);
    const s = await readState(state, "local");
    expect(s?.model).toBe("churn@v1");
    const rows = await recordedRows(1);
    const answer = await predict(s!.url!, rows);
    expect(answer.model).toBe("churn@v1");
    // Scores equal those v1 recorded at training time (written with 6 decimals), and differ from v2's.
    answer.predictions.forEach((p, i) => expect(p.score).toBeCloseTo(Number(rows[i].score), 5));
    const v2rows = await recordedRows(2);
    expect(v2rows.some((r, i) => Math.abs(Number(r.score) - answer.predictions[i].score) > 1e-6)).toBe(true);
    const history = await environmentHistory(new FileRegistry(path.join(state, "registry")), "churn", "local", {
      deploysOnly: true,
    });
    expect(history.map((h) => `${h.action}:${h.from}->${h.to}`)).toEqual([
      "deploy:null->churn@v1",
      "deploy:churn@v1->churn@v2",
      "rollback:churn@v2->churn@v1",
    ]);
  }, 60_000);

  it("exit codes: 2 for bad usage and bad input, 1 for a failed check", async () => {
    expect(await main(["deploy", "--config", config, "--model", "churn@v0"])).toBe(2);
    expect(await main(["deploy", "--config", config, "--model", "../../etc@v1"])).toBe(2);
    expect(await main(["no-such-step"])).toBe(2);
    expect(await main(["rollback", "--env", "no-such-env", "--config", config])).toBe(2); // not configured
    expect(
      await main(["quality-load-bias-test", "--config", config, "--gates", "accuracy >= 0.99", "--load", "false"]),
    ).toBe(1);
    expect(await main(["--help"])).toBe(0);
  }, 60_000);
});
