import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../packages/cli/src/main.js";
import { setVerbose, terminalLogger } from "../packages/cli/src/terminal-logger.js";
import { loadProject, projectRegistry } from "../packages/core/src/project.js";
import { describeSettings, parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec } from "../packages/core/src/steps/register.js";
import { registerSecret } from "../packages/core/src/util/secrets.js";
import { actionsLogger } from "../packages/github/src/logger.js";
import { exampleCopy, tempDir } from "./helpers/tmp.js";

// The debug level (#31 item 9): --verbose in the CLI, core.debug on GitHub; what it says.
afterEach(() => {
  vi.restoreAllMocks();
  setVerbose(false);
});

function stderrLines(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((m: unknown) => void lines.push(String(m)));
  vi.spyOn(console, "log").mockImplementation(() => {});
  return lines;
}

describe("debug lines", () => {
  it("a step's resolved settings, in the spec's order, credentials as ***, unset inputs left out", () => {
    const settings = parseInputs(
      registerSpec,
      (name) => ({ "registry-token": "tok-123", "github-token": "gh-456", "max-versions": undefined })[name],
    );
    const line = describeSettings(registerSpec, settings);
    expect(line).toMatch(/^register settings: config="mlship\.yml" /);
    expect(line).toContain("registry-token=*** ");
    expect(line).toContain("github-token=***");
    expect(line).not.toMatch(/tok-123|gh-456/);
  });

  it("the CLI prints them with --verbose only, on stderr", async () => {
    const dir = exampleCopy();
    const config = path.join(dir, "mlship.yml");
    const quiet = stderrLines();
    expect(await main(["validate-data", "--config", config])).toBe(0);
    expect(quiet.filter((l) => l.startsWith("debug:"))).toEqual([]);
    vi.restoreAllMocks();
    const verbose = stderrLines();
    expect(await main(["validate-data", "--config", config, "--verbose"])).toBe(0);
    expect(verbose.filter((l) => l.startsWith("debug:"))).toEqual([
      `debug: validate-data settings: config=${JSON.stringify(config)} format="auto" fail-on-schema-change=false fail-on-skew=false fail-on="error" max-errors-shown=5`,
    ]);
  }, 120_000);

  it("the registry opened: its URI, where the URI came from, and the backend", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mlship.yml"), "registry: file://models\n");
    const project = await loadProject(path.join(dir, "mlship.yml"));
    const lines: string[] = [];
    await projectRegistry(project, undefined, { debug: (m) => lines.push(m) });
    await projectRegistry(project, "file://other", { debug: (m) => lines.push(m) });
    expect(lines).toEqual([
      "registry file://models (mlship.yml)",
      "registry backend: file:// (registry/backends/file.ts)",
      "registry file://other (the registry input)",
      "registry backend: file:// (registry/backends/file.ts)",
    ]);
  });

  it("the terminal prints debug lines only when verbose, redacted; actions send them as ::debug::, redacted", () => {
    registerSecret("hunter2-secret");
    const err = stderrLines();
    terminalLogger.debug("not shown");
    setVerbose(true);
    terminalLogger.debug("token hunter2-secret");
    expect(err).toEqual(["debug: token ***"]);
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
      out.push(String(s));
      return true;
    });
    actionsLogger().debug("token hunter2-secret");
    expect(out.join("")).toBe("::debug::token ***\n");
  });
});
