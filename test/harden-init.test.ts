import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { initProject } from "../packages/core/src/init/init.js";
import { loadProject } from "../packages/core/src/project.js";
import { tempDir } from "./helpers/tmp.js";

/** #33: init writes column names as data, whatever they hold (it built YAML by concatenation). */
describe("#33 init: column names with commas, brackets and newlines", () => {
  const names = ["revenue, usd", "[ ]", "line\nbreak", "#hash", "key: value", "'quoted\"", "- dash", "churned"];
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

  it("each column stays one feature; the config parses and loads with the same names", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "data"));
    const rows = Array.from({ length: 40 }, (_, i) => [
      i * 1.5,
      i % 3,
      i % 2 ? "a" : "b",
      i,
      i * 2,
      i % 5,
      i % 7,
      i % 2,
    ]);
    writeFileSync(
      path.join(dir, "data/train.csv"),
      [names.map(quote).join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n",
    );
    const r = await initProject({ dir, data: "data/train.csv", label: "churned", name: "demo", force: false });
    expect(r.features).toEqual(names.slice(0, -1));
    const text = readFileSync(path.join(dir, "mlship.yml"), "utf8");
    const cfg = parseYaml(text);
    expect(cfg.evaluate.features).toEqual(names.slice(0, -1));
    expect(cfg.evaluate.label).toBe("churned");
    expect(cfg.data).toEqual({ train: "data/train.csv", schema: "data/schema.yml" });
    // The comments a user reads are kept.
    expect(text).toContain("# what POST /predict receives");
    expect(text).toContain('# the training contract: README, "The training contract"');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const project = await loadProject(path.join(dir, "mlship.yml"));
    expect(project.config.evaluate.features).toEqual(names.slice(0, -1));
  });
});
