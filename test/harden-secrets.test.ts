import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { childEnv, redact } from "../packages/core/src/util/secrets.js";
import { main } from "../packages/cli/src/main.js";
import { runInProcess } from "./helpers/actions.js";
import { fakeGitHubOnExample } from "./helpers/fake-github.js";

/** Planted credentials, one per place a token reaches mlship. */
const T = {
  githubInput: "ghs_PlantedInputToken0123456789abcdef",
  registryInput: "reg_PlantedRegistryToken0123456789",
  githubEnv: "ghs_PlantedEnvToken0123456789abcdefgh",
  runtime: "eyJPlantedRuntimeToken.0123456789.sig",
  idRequest: "PlantedIdTokenRequest0123456789",
};
const planted = Object.values(T);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

function leaks(text: string): string[] {
  return planted.filter((t) => text.includes(t) || text.includes(encodeURIComponent(t)));
}

describe("item 2: no planted token reaches a file mlship writes, a request it sends, or its output", () => {
  const { dir, gh, event } = fakeGitHubOnExample({ ref: "refs/heads/main" });
  const outputs: string[] = [];
  const runner = () =>
    gh.runnerEnv("push", event, {
      GITHUB_SHA: "a".repeat(40),
      GITHUB_REF: "refs/heads/main",
      GITHUB_RUN_ID: "9",
      GITHUB_TOKEN: T.githubEnv,
      ACTIONS_RUNTIME_TOKEN: T.runtime,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: T.idRequest,
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://example.invalid/token",
    });
  const inputs = { config: "mlship.yml", "github-token": T.githubInput, "registry-token": T.registryInput };
  const run = async (load: () => Promise<{ run: () => Promise<void> }>, extra: Record<string, string>) => {
    const r = await runInProcess(load, { ...inputs, ...extra }, runner());
    // ::add-mask:: is the runner's protocol for masking (the runner consumes it, it never shows).
    outputs.push(
      r.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
      JSON.stringify(r.outputs),
      r.summary,
    );
    return r;
  };

  beforeAll(() => {
    // Each child writes the names of the variables it got, and prints the token the user mapped
    // to it (pass-env) — as a failing script might.
    writeFileSync(
      path.join(dir, "env_names.py"),
      "import json, os, sys\nwith open(sys.argv[1], 'w') as f: json.dump(sorted(os.environ), f)\nprint('token is ' + os.environ.get('GITHUB_TOKEN', 'absent'), file=sys.stderr)\n",
    );
    writeFileSync(
      path.join(dir, "deploy.py"),
      "import runpy, sys\nsys.argv = ['env_names.py', 'deploy-env.json']\nrunpy.run_path('env_names.py')\nprint('stdout also has it: ' + __import__('os').environ.get('GITHUB_TOKEN', ''))\nsys.exit(4)\n",
    );
    const cfg = readFileSync(path.join(dir, "mlship.yml"), "utf8")
      .replace(
        "  command: python3 train.py\n",
        '  command: ["sh", "-c", "python3 env_names.py train-env.json; python3 train.py"]\n  pass-env: [GITHUB_TOKEN]\n',
      )
      .replace(
        "    local: { target: local, health-timeout: 20s }",
        "    local: { target: local, health-timeout: 20s }\n    staging: { target: command, command: python3 deploy.py, pass-env: [GITHUB_TOKEN] }",
      );
    writeFileSync(path.join(dir, "mlship.yml"), cfg);
  });
  afterAll(() => stopEnvironment(path.join(dir, ".mlship"), "local"));

  it("train, register, deploy (local and a failing command target) and a quarantine with a pasted token", async () => {
    process.chdir(dir);
    expect((await run(() => import("../actions/train/src/main.js"), { params: "{epochs: 1}" })).code).toBe(0);
    expect((await run(() => import("../actions/register/src/main.js"), {})).code).toBe(0);
    expect(
      (await run(() => import("../actions/deploy/src/main.js"), { environment: "local", model: "churn@v1" })).code,
    ).toBe(0);
    const bad = await run(() => import("../actions/deploy/src/main.js"), { environment: "staging", model: "churn@v1" });
    expect(bad.code).toBe(1);
    expect(bad.summary).toContain("token is \\*\\*\\*"); // escaped markdown
    // A person pasting a log into a reason, from the CLI.
    const saved = process.env.GITHUB_TOKEN;
    process.env.GITHUB_TOKEN = T.githubEnv;
    const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void outputs.push(String(m)));
    try {
      expect(await main(["models", "quarantine", "churn@v1", "--reason", `leaked in the log: ${T.githubEnv}`])).toBe(0);
    } finally {
      spy.mockRestore();
      if (saved === undefined) delete process.env.GITHUB_TOKEN;
      else process.env.GITHUB_TOKEN = saved;
    }
  }, 300_000);

  it("children got only what they need: no INPUT_*, runner or registry tokens; GITHUB_TOKEN only where mapped", () => {
    for (const f of ["train-env.json", "deploy-env.json"]) {
      const names = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as string[];
      expect(
        names.filter((n) => n.startsWith("INPUT_")),
        f,
      ).toEqual([]);
      for (const n of [
        "ACTIONS_RUNTIME_TOKEN",
        "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
        "ACTIONS_ID_TOKEN_REQUEST_URL",
        "MLSHIP_REGISTRY_TOKEN",
      ])
        expect(names, `${f}: ${n}`).not.toContain(n);
      expect(names, f).toContain("GITHUB_TOKEN"); // mapped by pass-env
      expect(names, f).toContain("PATH");
    }
    // The server of the local target was mapped nothing: it gets no GITHUB_TOKEN either.
    const server = childEnv({});
    expect(server.GITHUB_TOKEN).toBeUndefined();
  });

  it("every file written, every request body sent to GitHub and all output are free of every planted token", () => {
    // (The job summary and output files are in `outputs`: runInProcess reads them back.)
    const files = filesUnder(dir);
    expect(files.length).toBeGreaterThan(20);
    const hits = files.filter((f) => statSync(f).size < 50_000_000 && leaks(readFileSync(f, "latin1")).length > 0);
    expect(hits).toEqual([]);
    expect(gh.requests.length).toBeGreaterThan(3);
    expect(leaks(JSON.stringify(gh.requests.map((r) => r.body)))).toEqual([]);
    expect(leaks(JSON.stringify(gh.deployments))).toEqual([]);
    expect(leaks(outputs.join("\n"))).toEqual([]);
    // And the redaction did act (the texts are there, with *** in place of the token).
    const statuses = gh.deployments.flatMap((d) => d.statuses.map((s) => s.description ?? ""));
    expect(statuses.some((d) => d.includes("token is ***"))).toBe(true);
    // The failed deploy's event in the registry's log for staging keeps the reason, redacted.
    const events = filesUnder(path.join(dir, ".mlship/registry/models/churn/environments/staging/events"));
    expect(events.map((f) => readFileSync(f, "utf8")).join("\n")).toContain("token is ***");
    // The quarantine is kept by content digest (#16): one record for the model's bytes.
    const quarantines = filesUnder(path.join(dir, ".mlship/registry/quarantine"));
    expect(quarantines).toHaveLength(1);
    expect(readFileSync(quarantines[0], "utf8")).toContain("leaked in the log: ***");
    const trainLog = filesUnder(path.join(dir, ".mlship/runs")).find((f) => f.endsWith("train.log"))!;
    expect(readFileSync(trainLog, "utf8")).toContain("token is ***");
  });

  it("redact replaces the longest secret whole, and URL-encoded forms", () => {
    const saved = process.env.GITHUB_TOKEN;
    process.env.GITHUB_TOKEN = "abc/def+ghi=jkl";
    try {
      expect(redact("x abc/def+ghi=jkl y abc%2Fdef%2Bghi%3Djkl z")).toBe("x *** y *** z");
      expect(redact("short words stay")).toBe("short words stay");
    } finally {
      if (saved === undefined) delete process.env.GITHUB_TOKEN;
      else process.env.GITHUB_TOKEN = saved;
    }
  });
});
