import { readColumns, type Cell } from "../data/read-table.js";
import { redact, redactedJson } from "../util/secrets.js";
import {
  columnKinds,
  featureColumns,
  readAnswers,
  requestRow,
  stratifiedRows,
  type ServerContract,
} from "./server-contract.js";

export interface SmokeResult {
  ok: boolean;
  rows: number;
  detail: string;
  /** The server answered, with predictions that differ from (or cannot be mapped onto) those recorded: the model's own fault. */
  mismatch?: boolean;
}

export interface SmokeOptions {
  contract: ServerContract;
  /** Rows replayed, stratified by label (deploy.smoke-test.rows). */
  rows: number;
  /** Largest allowed |answer − recorded| for scores; numeric predictions within tolerance·max(1, |recorded|). */
  tolerance: number;
  /** Rows per request. */
  batch?: number;
}

const isNumeric = (v: unknown) =>
  (typeof v === "number" && Number.isFinite(v)) ||
  (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)));

/** Whether an answered prediction is the recorded one: numbers within tolerance, anything else as text. */
function samePrediction(got: Cell, want: Cell, tolerance: number): boolean {
  if (isNumeric(got) && isNumeric(want))
    return Math.abs(Number(got) - Number(want)) <= tolerance * Math.max(1, Math.abs(Number(want)));
  return String(got) === String(want);
}

/**
 * Replays recorded test rows (stratified by label) through POST /predict and compares every
 * answer with the outputs recorded when the model was trained: the score within `tolerance`, the
 * prediction equal. Each recorded output the answer carries is compared, at least one must be
 * there, and an answer that cannot be mapped onto them fails — a server answering under other
 * keys, or fewer answers than rows, does not pass.
 */
export async function smokeTest(
  url: string,
  predictionsFile: string | undefined,
  opts: SmokeOptions,
): Promise<SmokeResult> {
  if (!predictionsFile) return { ok: true, rows: 0, detail: "no recorded predictions: health check only" };
  const table = await readColumns(predictionsFile);
  const c = opts.contract;
  const features = featureColumns(c, table.columns);
  const missing = features.filter((f) => !table.columns.includes(f));
  if (missing.length)
    return {
      ok: false,
      rows: 0,
      detail: `the recorded predictions lack the feature column(s) ${missing.join(", ")} (evaluate.features)`,
    };
  const recordsScore = !!c.score && table.columns.includes(c.score);
  const recordsPrediction = table.columns.includes(c.prediction);
  if (!recordsScore && !recordsPrediction)
    return {
      ok: false,
      rows: 0,
      detail: `the recorded predictions have neither '${c.prediction}' nor a score column: nothing to compare`,
    };
  const kinds = columnKinds(c, table.data, features);
  const picked = stratifiedRows(
    table.columns.includes(c.label) ? table.data[c.label] : undefined,
    table.rows,
    opts.rows,
  );
  const batch = opts.batch ?? 100;
  let compared = 0;
  for (let start = 0; start < picked.length; start += batch) {
    const idx = picked.slice(start, start + batch);
    const rows = idx.map((i) => requestRow(table.data, i, features, kinds));
    let res: Response;
    try {
      res = await fetch(`${url}/predict`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ rows }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (e) {
      return { ok: false, rows: compared, detail: `POST /predict failed: ${(e as Error).message}` };
    }
    const text = await res.text();
    if (!res.ok)
      return {
        ok: false,
        rows: compared,
        detail: `POST /predict answered HTTP ${res.status}: ${redact(text).slice(0, 200)}`,
      };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return {
        ok: false,
        rows: compared,
        detail: `POST /predict answered something that is not JSON: ${redact(text).slice(0, 200)}`,
      };
    }
    const answers = readAnswers(body, c, recordsScore);
    if (typeof answers === "string") return { ok: false, mismatch: true, rows: compared, detail: answers };
    if (answers.length !== rows.length)
      return {
        ok: false,
        mismatch: true,
        rows: compared,
        detail: `POST /predict returned ${answers.length} predictions for ${rows.length} rows`,
      };
    for (const [j, i] of idx.entries()) {
      const got = answers[j];
      const where = `recorded row ${i + 1}`;
      let mapped = false;
      if (recordsScore && got.score !== undefined) {
        const want = Number(table.data[c.score!][i]);
        if (!(Math.abs(got.score - want) <= opts.tolerance))
          return {
            ok: false,
            mismatch: true,
            rows: compared,
            detail: `${where}: score ${got.score} differs from the recorded ${want} (tolerance ${opts.tolerance})`,
          };
        mapped = true;
      }
      if (recordsPrediction && got.prediction !== undefined) {
        const want = table.data[c.prediction][i];
        if (!samePrediction(got.prediction, want, opts.tolerance))
          return {
            ok: false,
            mismatch: true,
            rows: compared,
            detail: `${where}: prediction ${redactedJson(got.prediction, 200)} differs from the recorded ${JSON.stringify(want)}`,
          };
        mapped = true;
      }
      if (!mapped) {
        const recorded = [recordsScore ? c.scoreKey : "", recordsPrediction ? c.predictionKey : ""]
          .filter(Boolean)
          .join(" or ");
        return {
          ok: false,
          mismatch: true,
          rows: compared,
          detail: `${where}: the answer carries no ${recorded}, which is what was recorded`,
        };
      }
      compared++;
    }
  }
  return {
    ok: true,
    rows: compared,
    detail: `${compared} of ${table.rows} recorded rows (stratified by ${c.label}) answered as recorded`,
  };
}
