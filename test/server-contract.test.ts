import http from "node:http";
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { configSchema } from "../packages/core/src/config/schema.js";
import { projectContract, stratifiedRows } from "../packages/core/src/deploy/server-contract.js";
import { smokeTest } from "../packages/core/src/deploy/smoke.js";
import { tempDir } from "./helpers/tmp.js";

const dir = tempDir();
const file = path.join(dir, "predictions.csv");
// 200 recorded rows, 60 positives (i mod 10 < 3), an id, two features, a sensitive column, the recorded outputs.
const rows = Array.from({ length: 200 }, (_, i) => {
  const label = i % 10 < 3 ? 1 : 0;
  const score = Number(((i * 37) % 100) / 100 + 0.004).toFixed(6);
  return {
    id: `C${String(i).padStart(4, "0")}`,
    tenure: i,
    plan: ["month", "year"][i % 2],
    region: ["north", "south"][i % 3 === 0 ? 0 : 1],
    churned: label,
    prediction: Number(score) >= 0.5 ? 1 : 0,
    score,
  };
});
writeFileSync(file, [Object.keys(rows[0]).join(","), ...rows.map((r) => Object.values(r).join(","))].join("\n") + "\n");
const byFeatures = new Map<string, (typeof rows)[number]>(rows.map((r) => [`${r.tenure}|${r.plan}`, r]));

type Answer = (row: (typeof rows)[number]) => unknown;
let server: http.Server | undefined;
const received: Record<string, unknown>[][] = [];
afterEach(() => {
  server?.close();
  received.length = 0;
});

/** A model server that answers each row with `answer(recorded row)`, looked up by its features. */
async function serve(
  answer: Answer,
  wrap: (preds: unknown[]) => unknown = (preds) => ({ predictions: preds }),
): Promise<string> {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const sent = JSON.parse(body).rows as Record<string, unknown>[];
      received.push(sent);
      const preds = sent.map((r) => answer(byFeatures.get(`${r.tenure}|${r.plan}`)!));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(wrap(preds)));
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

// The id is excluded as the Table Schema's primary key; tenure is declared a number.
writeFileSync(
  path.join(dir, "schema.yml"),
  "fields:\n  - { name: id, type: string }\n  - { name: tenure, type: integer }\nprimaryKey: id\n",
);
const config = configSchema.parse({
  evaluate: { label: "churned", score: "score", "sensitive-features": ["region"] },
  data: { schema: "schema.yml" },
});
const contractOf = async (extra: Record<string, unknown> = {}) => ({
  ...(await projectContract(config, dir)),
  ...extra,
});
const opts = async (extra: Record<string, unknown> = {}) => ({
  contract: await contractOf(extra),
  rows: config.deploy["smoke-test"].rows,
  tolerance: config.deploy["smoke-test"].tolerance,
});

describe("the model-server contract and the deploy smoke test", () => {
  it("replays 50 rows by default, stratified by label (15 positives: 60/200 of 50), features only, numbers as numbers", async () => {
    const url = await serve((r) => ({ score: Number(r.score), prediction: r.prediction }));
    const r = await smokeTest(url, file, await opts());
    expect(r).toMatchObject({ ok: true, rows: 50 });
    const sent = received.flat();
    expect(sent).toHaveLength(50);
    // Only the model's features: no id, label, recorded outputs or sensitive column.
    for (const row of sent) expect(Object.keys(row).sort()).toEqual(["plan", "tenure"]);
    expect(sent.every((row) => typeof row.tenure === "number" && typeof row.plan === "string")).toBe(true);
    const positives = sent.filter((row) => byFeatures.get(`${row.tenure}|${row.plan}`)!.churned === 1).length;
    expect(positives).toBe(15);
  });

  it("refuses the inverted-score server ({probability: 1 - score}): an answer it cannot map fails", async () => {
    const url = await serve((r) => ({ probability: 1 - Number(r.score) }));
    const r = await smokeTest(url, file, await opts());
    expect(r.ok).toBe(false);
    expect(r.detail).toContain("neither 'score' nor 'prediction'");
    expect(r.detail).toContain('"probability"');
  });

  it("refuses inverted scores under `score`, a wrong prediction, and too few answers", async () => {
    let url = await serve((r) => ({ score: 1 - Number(r.score), prediction: r.prediction }));
    expect((await smokeTest(url, file, await opts())).detail).toMatch(/score .* differs from the recorded/);
    server!.close();
    url = await serve((r) => ({ score: Number(r.score), prediction: 1 - r.prediction }));
    expect((await smokeTest(url, file, await opts())).detail).toMatch(/prediction . differs from the recorded/);
    server!.close();
    url = await serve(
      (r) => ({ score: Number(r.score) }),
      (p) => ({ predictions: p.slice(1) }),
    );
    expect((await smokeTest(url, file, await opts())).detail).toMatch(/returned 49 predictions for 50 rows/);
  });

  it("maps a configured response path, key names and bare numbers", async () => {
    let url = await serve(
      (r) => ({ probability: Number(r.score) }),
      (p) => ({ output: { results: p } }),
    );
    expect(
      await smokeTest(url, file, await opts({ responsePath: "output.results", scoreKey: "probability" })),
    ).toMatchObject({ ok: true, rows: 50 });
    server!.close();
    url = await serve((r) => Number(r.score));
    expect(await smokeTest(url, file, await opts())).toMatchObject({ ok: true });
    server!.close();
    url = await serve((r) => 1 - Number(r.score));
    expect((await smokeTest(url, file, await opts())).ok).toBe(false);
  });

  it("stratifies with at least one row per label value, spread over each stratum", () => {
    // 90, 9 and 1 rows, 10 wanted: proportional quotas 9, 0.9, 0.1 → at least one each (9, 1, 1 = 11), the largest gives one back.
    const labels = [...Array(90).fill("a"), ...Array(9).fill("b"), "c"];
    const picked = stratifiedRows(labels, 100, 10);
    const count = (v: string) => picked.filter((i) => labels[i] === v).length;
    expect([count("a"), count("b"), count("c")]).toEqual([8, 1, 1]);
    expect(stratifiedRows(labels, 100, 500)).toHaveLength(100);
  });
});
