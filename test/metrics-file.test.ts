import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMetricsFile } from "../packages/core/src/train/metrics-file.js";
import { runTraining } from "../packages/core/src/train/run.js";
import { caught } from "./helpers/catch.js";
import { recordingHost } from "./helpers/silent.js";
import { tempDir } from "./helpers/tmp.js";

// What Python's json.dump writes by default for non-finite floats (allow_nan=True): bare NaN / Infinity.
const PY_DUMP = `import json, sys; json.dump({"loss": float("nan"), "accuracy": 0.91, "best": float("inf"), "worst": float("-inf"), "note_free": None, "steps": 3}, open(sys.argv[1], "w"))`;

describe("the training command's metrics file", () => {
  const dir = tempDir();

  it("reads json.dump's NaN and Infinity as null, with a warning naming the keys", async () => {
    const file = path.join(dir, "py.json");
    execFileSync("python3", ["-c", PY_DUMP, file]);
    const host = recordingHost();
    const m = await readMetricsFile(file, host.log);
    expect(m).toEqual({ loss: null, accuracy: 0.91, best: null, worst: null, note_free: null, steps: 3 });
    expect(host.lines).toEqual([
      'warning: metrics without a finite value, kept as null: "loss" (NaN), "best" (Infinity), "worst" (-Infinity), "note_free" (null)',
    ]);
  });

  it("NaN inside a key or a string value is text, not a number", async () => {
    const file = path.join(dir, "str.json");
    writeFileSync(file, '{"NaN Infinity \\"NaN": 1, "x": NaN}');
    const m = await readMetricsFile(file, recordingHost().log);
    expect(m).toEqual({ 'NaN Infinity "NaN': 1, x: null });
  });

  it("an array, strings or nested objects are errors that say what was expected", async () => {
    const cases: [string, RegExp][] = [
      ["[0.9, 0.8]", /expected a JSON object of metric names to numbers, e\.g\. \{"accuracy": 0\.91\}, got an array/],
      ['{"accuracy": "0.91", "auc": 0.8}', /"accuracy" is the string "0\.91"/],
      ['{"val": {"acc": 0.9}}', /"val" is an object/],
      ["{accuracy: 1}", /not valid JSON/],
    ];
    for (const [text, re] of cases) {
      const file = path.join(dir, "bad.json");
      writeFileSync(file, text);
      const e = await caught(() => readMetricsFile(file, recordingHost().log));
      expect(e.name, text).toBe("UserError");
      expect(e.message, text).toMatch(re);
      expect((e as unknown as { location: { file: string } }).location.file).toBe(file);
    }
  });

  it("a training run keeps the null metrics (was: 'wrote no metrics', all dropped)", async () => {
    const host = recordingHost();
    const script = `import json, os; open(os.path.join(os.environ["MLSHIP_OUTPUT_DIR"], "m.txt"), "w").write("m"); json.dump({"loss": float("nan"), "accuracy": 0.75}, open(os.environ["MLSHIP_METRICS_FILE"], "w"))`;
    const r = await runTraining({
      command: ["python3", "-c", script],
      params: {},
      data: {},
      gpu: "none",
      timeoutMinutes: 1,
      cwd: dir,
      runsDir: path.join(dir, "runs"),
      log: host.log,
    });
    expect(r.metrics).toEqual({ loss: null, accuracy: 0.75 });
    expect(host.lines.filter((l) => l.startsWith("warning:"))).toEqual([
      'warning: metrics without a finite value, kept as null: "loss" (NaN)',
    ]);
  });
});
