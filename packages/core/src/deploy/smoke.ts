import { readRows } from "../data/read-table.js";

export interface SmokeResult {
  ok: boolean;
  rows: number;
  detail: string;
}

/**
 * Sends the first `n` recorded test rows to POST /predict and compares the answers with the
 * predictions recorded when the model was registered (score within `tolerance`, label equal).
 */
export async function smokeTest(url: string, predictionsFile: string | undefined, opts: { n?: number; tolerance?: number; predictionColumn?: string; scoreColumn?: string } = {}): Promise<SmokeResult> {
  const n = opts.n ?? 5;
  const rows: Record<string, unknown>[] = [];
  if (predictionsFile) {
    for await (const r of readRows(predictionsFile)) {
      rows.push(r.values);
      if (rows.length >= n) break;
    }
  }
  if (rows.length === 0) return { ok: true, rows: 0, detail: "no recorded predictions: health check only" };
  const predCol = opts.predictionColumn ?? "prediction";
  const scoreCol = opts.scoreColumn ?? "score";
  let res: Response;
  try {
    res = await fetch(`${url}/predict`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rows }), signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    return { ok: false, rows: rows.length, detail: `POST /predict failed: ${(e as Error).message}` };
  }
  if (!res.ok) return { ok: false, rows: rows.length, detail: `POST /predict answered HTTP ${res.status}` };
  const body = (await res.json().catch(() => ({}))) as { predictions?: { score?: number; prediction?: unknown }[] };
  const preds = body.predictions;
  if (!Array.isArray(preds) || preds.length !== rows.length) return { ok: false, rows: rows.length, detail: `POST /predict returned ${Array.isArray(preds) ? preds.length : "no"} predictions for ${rows.length} rows` };
  const tol = opts.tolerance ?? 1e-4;
  for (let i = 0; i < rows.length; i++) {
    const want = rows[i];
    const got = preds[i];
    if (want[scoreCol] !== undefined && got.score !== undefined && Math.abs(Number(want[scoreCol]) - Number(got.score)) > tol) {
      return { ok: false, rows: rows.length, detail: `row ${i + 1}: score ${got.score} differs from the recorded ${want[scoreCol]}` };
    }
    if (want[predCol] !== undefined && got.prediction !== undefined && String(want[predCol]) !== String(got.prediction)) {
      return { ok: false, rows: rows.length, detail: `row ${i + 1}: prediction ${got.prediction} differs from the recorded ${want[predCol]}` };
    }
  }
  return { ok: true, rows: rows.length, detail: `${rows.length} rows answered as recorded` };
}
