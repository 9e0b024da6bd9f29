// Workflow-command injection (#33): untrusted text an action prints (a training command's output,
// a server's answer, a record's text) must reach the runner's log shown, not run. The runner's
// reading of the output is modelled independently in helpers/runner-commands.ts.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../packages/cli/src/main.js";
import { actionsLogger } from "../packages/github/src/logger.js";
import { runInProcess } from "./helpers/actions.js";
import { runnerReads, type RunnerCommand } from "./helpers/runner-commands.js";
import { exampleCopy } from "./helpers/tmp.js";

/** Lines a hostile training script or server prints, each a command the runner would run as is. */
const HOSTILE = [
  "::add-mask::churn",
  "::error::forged error",
  "   ::warning file=train.py,line=1::forged warning",
  "\t::notice::forged notice",
  "::set-output name=accuracy::forged output",
  "::save-state name=x::forged state",
  "##[error]forged legacy error",
  "epoch 3 ##[set-output name=loss;]forged legacy output",
  "::stop-commands::attacker",
  "::error::forged while the attacker's stop holds",
  "::attacker::",
  "::error::forged after the attacker's resume",
  "::group::forged group",
  "::endgroup::",
  "::echo::on",
];

/** None of the hostile lines ran: what ran is the adapter's own. */
function expectInert(commands: RunnerCommand[], shown: string[]): void {
  for (const c of commands) {
    expect(c.data).not.toMatch(/forged|attacker|^on$/);
    expect(["add-mask", "set-output", "save-state", "set-env", "add-path", "echo"]).not.toContain(c.name);
  }
  const stops = commands.filter((c) => c.name === "stop-commands");
  for (const s of stops) expect(s.data).toMatch(/^[0-9a-f]{32}$/);
  expect(commands.filter((c) => c.name === "group").length).toBe(commands.filter((c) => c.name === "endgroup").length);
  // Shown as written, unmasked (no value was masked).
  for (const line of HOSTILE) expect(shown).toContain(line);
}

function captureStdout(): string[] {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  return out;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("untrusted text in the job log", () => {
  it("the GitHub logger shows workflow commands in what it relays without running them", () => {
    const out = captureStdout();
    const log = actionsLogger();
    log.info(HOSTILE.join("\n"));
    for (const line of HOSTILE) log.info(line);
    // Warnings and errors past GitHub's 10 annotations become log lines: the same holds.
    for (let i = 0; i < 11; i++) log.warning(`server said\n${HOSTILE.join("\n")}`);
    log.info("an ordinary line");
    vi.restoreAllMocks();
    const { commands, shown } = runnerReads(out.join(""));
    expectInert(
      commands.filter((c) => c.name !== "warning"),
      shown,
    );
    // The annotations are the adapter's own, their data escaped onto one line.
    const warnings = commands.filter((c) => c.name === "warning");
    expect(warnings).toHaveLength(10);
    for (const w of warnings) expect(w.data).toBe(`server said\n${HOSTILE.join("\n")}`);
    // Text with no command-like line is printed as is.
    expect(out.at(-1)).toBe("an ordinary line\n");
    // After it all, commands run again: the last stop was resumed.
    expect(runnerReads(`${out.join("")}::error::ours\n`).commands.at(-1)).toEqual({
      name: "error",
      properties: "",
      data: "ours",
    });
  });

  /** The example with a training command that prints every hostile line to stdout and stderr first. */
  function hostileProject(): string {
    const dir = exampleCopy();
    writeFileSync(
      path.join(dir, "hostile.py"),
      `import sys\nfor line in ${JSON.stringify(HOSTILE)}:\n    print(line, flush=True)\n    print(line, file=sys.stderr, flush=True)\n`,
    );
    const cfg = readFileSync(path.join(dir, "mlship.yml"), "utf8");
    writeFileSync(
      path.join(dir, "mlship.yml"),
      cfg.replace("  command: python3 train.py\n", '  command: ["sh", "-c", "python3 hostile.py; python3 train.py"]\n'),
    );
    return dir;
  }
  const trainDir = hostileProject();
  const cliDir = hostileProject();

  it("a training command printing workflow commands: the train action's log shows them, the runner runs none", async () => {
    const dir = trainDir;
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await runInProcess(() => import("../actions/train/src/main.js"), {
        config: "mlship.yml",
        params: "{epochs: 1}",
      });
      expect(r.code, r.stdout.slice(-2000)).toBe(0);
      const { commands, shown } = runnerReads(r.stdout);
      expectInert(commands, shown);
      expect(r.outputs.accuracy).not.toBe("forged output");
    } finally {
      process.chdir(cwd);
    }
  });

  it("the CLI on a runner (GITHUB_ACTIONS=true): its terminal is the job log, the same holds", async () => {
    const dir = cliDir;
    // The console (vitest's own) is what the CLI prints to: each call one write of its line.
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, "log").mockImplementation((m: unknown) => void out.push(`${String(m)}\n`));
    for (const k of ["warn", "error"] as const)
      vi.spyOn(console, k).mockImplementation((m: unknown) => void err.push(`${String(m)}\n`));
    vi.stubEnv("GITHUB_ACTIONS", "true");
    let code: number;
    try {
      code = await main(["train", "--config", path.join(dir, "mlship.yml"), "--params", "{epochs: 1}"]);
    } finally {
      vi.unstubAllEnvs();
      vi.restoreAllMocks();
    }
    expect(code, out.join("").slice(-2000)).toBe(0);
    const { commands, shown } = runnerReads(out.join(""));
    expectInert(commands, shown);
    // Warnings and errors go to stderr, which the runner reads the same way.
    expect(runnerReads(err.join("")).commands.filter((c) => /forged|attacker/.test(c.data + c.name))).toEqual([]);
  });

  it("a --json document quoting a legacy command stays the same JSON, with no command in it", async () => {
    const out = captureStdout();
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const code = await main(["models", "show", "##[error]forged", "--json"]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    const text = out.join("");
    expect(runnerReads(text).commands).toEqual([]);
    expect(JSON.parse(text).error).toContain("##[error]forged");
  });
});
