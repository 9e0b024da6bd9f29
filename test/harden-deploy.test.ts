import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { environmentHistory } from "../packages/core/src/deploy/environment-log.js";
import { readState } from "../packages/core/src/deploy/state.js";
import { FileRegistry } from "../packages/core/src/registry/backends/file.js";
import { deployStep, deploySpec } from "../packages/core/src/steps/deploy.js";
import { parseInputs } from "../packages/core/src/steps/inputs.js";
import { registerSpec, registerStep } from "../packages/core/src/steps/register.js";
import { trainSpec, trainStep } from "../packages/core/src/steps/train.js";
import { main } from "../packages/cli/src/main.js";
import { exampleCopy } from "./helpers/tmp.js";
import { quietHost, recordingHost } from "./helpers/silent.js";
import { tsNode, waitFor } from "./helpers/proc.js";

const cli = path.resolve("packages/cli/src/index.ts");

async function trainAndRegister(
  config: string,
  params = "{epochs: 1}",
  beforeRegister?: (runDir: string) => void,
): Promise<string> {
  const t = await trainStep(
    parseInputs(trainSpec, (n) => ({ config, params })[n]),
    quietHost,
  );
  beforeRegister?.(t.outputs["run-dir"]);
  const r = await registerStep(
    parseInputs(
      registerSpec,
      (n) => ({ config, "model-path": t.outputs["model-path"], "force-new-version": "true" })[n],
    ),
    quietHost,
  );
  return r.outputs["model-id"];
}

/** Runs the CLI as its own process (as two terminals or two jobs would); resolves with its exit code and output. */
function cliProcess(args: string[]): { done: Promise<{ code: number | null; out: string }>; output: () => string } {
  const child = spawn(...tsNode(cli, args), { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return { done: new Promise((r) => child.on("close", (code) => r({ code, out }))), output: () => out };
}

/** The CLI run in-process on `config`; `text()` is what the last run printed (errors and output). */
function cliOn(config: string): { run: (...args: string[]) => Promise<number>; text: () => string } {
  let lines: string[] = [];
  const keep = (m: unknown) => void lines.push(String(m));
  return {
    run: async (...args) => {
      lines = [];
      const err = vi.spyOn(console, "error").mockImplementation(keep);
      const log = vi.spyOn(console, "log").mockImplementation(keep);
      try {
        return await main([...args, "--config", config]);
      } finally {
        err.mockRestore();
        log.mockRestore();
      }
    },
    text: () => lines.join("\n"),
  };
}

async function servedModel(stateDir: string, env: string): Promise<string> {
  const s = await readState(stateDir, env);
  const res = await fetch(`${s!.url}/predict`, {
    method: "POST",
    body: JSON.stringify({ rows: [{ tenure_months: 3, monthly_charges: 90, support_calls: 4, contract: "month" }] }),
  });
  return ((await res.json()) as { model: string }).model;
}

describe("item 1: concurrent deploys from one project", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const pending = path.join(state, "deployments", "pending");
  beforeAll(async () => {
    // Servers start only once the test creates `go`: each deploy's new server waits under pending/
    // until the other deploy has run into it, however slow the machine.
    const text = readFileSync(config, "utf8")
      .replace(
        "  serve-command: python3 serve.py\n  environments:",
        '  serve-command: ["sh", "-c", "while [ ! -f go ]; do sleep 0.1; done; exec python3 serve.py"]\n  environments:',
      )
      .replace(
        "    local: { target: local, health-timeout: 20s }",
        "    local: { target: local, health-timeout: 300s }\n    staging: { target: local, health-timeout: 300s }",
      );
    writeFileSync(config, text);
    await trainAndRegister(config);
    await trainAndRegister(config, "{epochs: 2}");
  }, 180_000);
  afterAll(async () => {
    await stopEnvironment(state, "local");
    await stopEnvironment(state, "staging");
  });

  const go = path.join(dir, "go");
  const pendingCount = () => (existsSync(pending) ? readdirSync(pending).filter((f) => f.endsWith(".json")).length : 0);

  it("deploy --environment local and --environment staging started together: both healthy, nothing quarantined", async () => {
    rmSync(go, { force: true });
    const a = cliProcess(["deploy", "--config", config, "--environment", "local", "--model", "churn@v1"]);
    // The second starts while the first's new server is still pending, and both servers start
    // once the second has looked at pending/ (its own server is pending too).
    expect(await waitFor(() => pendingCount() === 1, 120_000), a.output()).toBe(true);
    const b = cliProcess(["deploy", "--config", config, "--environment", "staging", "--model", "churn@v2"]);
    expect(await waitFor(() => pendingCount() === 2 || b.output().includes("stopping"), 120_000), b.output()).toBe(
      true,
    );
    writeFileSync(go, "");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.out).toBe(0);
    expect(rb.code, rb.out).toBe(0);
    expect(await servedModel(state, "local")).toBe("churn@v1");
    expect(await servedModel(state, "staging")).toBe("churn@v2");
    const registry = new FileRegistry(path.join(state, "registry"));
    for (const v of await registry.list("churn")) expect(v.state.quarantine, v.id).toBeUndefined();
  }, 240_000);

  it("two deploys to one environment run one after the other; the second names the first's model as the one it replaced", async () => {
    rmSync(go, { force: true });
    const a = cliProcess(["deploy", "--config", config, "--environment", "local", "--model", "churn@v2"]);
    expect(await waitFor(() => pendingCount() === 1, 120_000), a.output()).toBe(true);
    const b = cliProcess(["deploy", "--config", config, "--environment", "local", "--model", "churn@v1"]);
    // Without the lock the second would start its own server beside the first's pending one.
    expect(
      await waitFor(() => b.output().includes("waiting for the deploy") || pendingCount() === 2, 120_000),
      b.output(),
    ).toBe(true);
    writeFileSync(go, "");
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect(ra.code, ra.out).toBe(0);
    expect(rb.code, rb.out).toBe(0);
    expect(rb.out).toContain("waiting for the deploy to 'local'");
    expect(rb.out).toContain("previous-model-id: churn@v2");
    expect(await servedModel(state, "local")).toBe("churn@v1");
    const h = (await environmentHistory(new FileRegistry(path.join(state, "registry")), "churn", "local")).slice(-2);
    expect(h.map((e) => [e.from, e.to, e.outcome])).toEqual([
      ["churn@v1", "churn@v2", "success"],
      ["churn@v2", "churn@v1", "success"],
    ]);
    // One server per environment is left: the replaced ones were stopped, no pending one remains.
    expect(readdirSync(pending).filter((f) => f.endsWith(".json"))).toEqual([]);
    expect(existsSync(path.join(state, "deployments", "local.lock"))).toBe(false);
  }, 240_000);

  it("a lock left by a killed deploy is taken over; a live one is not", async () => {
    const lock = path.join(state, "deployments", "local.lock");
    // pid 2^22+1 is above Linux's pid_max default and the running one's start time never matches.
    writeFileSync(lock, JSON.stringify({ pid: 4_194_305, start: 1 }));
    const r = cliProcess(["deploy", "--config", config, "--environment", "local", "--model", "churn@v2"]);
    const out = await r.done;
    expect(out.code, out.out).toBe(0);
    expect(out.out).toContain("took over the deploy lock of local");
    expect(existsSync(lock)).toBe(false);
  }, 180_000);
});

describe("item 11: only the model's own checks quarantine it; quarantine and release by hand, logged", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const registry = new FileRegistry(path.join(state, "registry"));
  const settings = (model: string) => parseInputs(deploySpec, (n) => ({ config, model })[n]);
  beforeAll(async () => {
    await trainAndRegister(config);
    // Recorded predictions that the model does not give back: its own smoke test fails.
    await trainAndRegister(config, "{epochs: 2}", (runDir) => {
      const file = path.join(runDir, "predictions.csv");
      const [head, ...rows] = readFileSync(file, "utf8").trim().split(/\r?\n/);
      const cols = head.split(",");
      const score = cols.indexOf("score");
      writeFileSync(
        file,
        [
          head,
          ...rows.map((r) =>
            r
              .split(",")
              .map((v, i) => (i === score ? String(1 - Number(v)) : v))
              .join(","),
          ),
        ].join("\n") + "\n",
      );
    });
  }, 180_000);
  afterAll(() => stopEnvironment(state, "local"));

  it("predictions that differ from the recorded ones quarantine the model, logged with who, when and why", async () => {
    await deployStep(settings("churn@v1"), quietHost);
    const host = recordingHost();
    const r = await deployStep(settings("churn@v2"), host);
    expect(r.ok).toBe(false);
    expect(r.extra.result).toMatchObject({ cause: "model", quarantined: true });
    expect(r.extra.result.failure).toMatch(/smoke test failed: recorded row \d+: score .* differs from the recorded/);
    expect((await registry.show({ name: "churn", version: 2 })).state.quarantine?.reason).toContain(
      "smoke test failed",
    );
    expect(await servedModel(state, "local")).toBe("churn@v1");
    // The registry's log for local (every clone reads the same): the deploy's own quarantine.
    const events = (await environmentHistory(registry, "churn", "local")).filter((e) => e.action !== "deploy");
    expect(events.map((e) => [e.action, e.to])).toEqual([
      ["quarantine", "churn@v2"],
      ["auto-rollback", "churn@v2"],
    ]);
    expect(events[0]).toMatchObject({ environment: "local", outcome: "success" });
    expect(events[0].by.length).toBeGreaterThan(0);
    expect(Date.now() - Date.parse(events[0].at)).toBeLessThan(60_000);
  }, 180_000);

  it("models release lifts it, models quarantine sets it; both need a reason and are logged", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await main(["models", "release", "churn@v2", "--config", config])).toBe(2); // --reason is required
      expect(
        await main([
          "models",
          "release",
          "churn@v2",
          "--reason",
          "predictions file was edited, not the model",
          "--config",
          config,
        ]),
      ).toBe(0);
      expect((await registry.show({ name: "churn", version: 2 })).state.quarantine).toBeUndefined();
      expect(await main(["models", "release", "churn@v2", "--reason", "again", "--config", config])).toBe(2); // not quarantined
      expect(
        await main(["models", "quarantine", "churn@v1", "--reason", "biased on region=west", "--config", config]),
      ).toBe(0);
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    expect((await registry.show({ name: "churn", version: 1 })).state.quarantine?.reason).toBe("biased on region=west");
    const events = (await environmentHistory(registry, "churn", "local"))
      .filter((e) => e.action === "quarantine" || e.action === "release")
      .slice(1);
    expect(events.map((e) => [e.to, e.action, e.reason])).toEqual([
      ["churn@v2", "release", "predictions file was edited, not the model"],
      ["churn@v1", "quarantine", "biased on region=west"],
    ]);
    // Quarantined versions are not what @latest resolves to; released ones are again.
    expect((await registry.resolve({ kind: "latest", name: "churn" })).version).toBe(2);
  });
});

describe("items 3 and 4: what the registry says is checked before it becomes a path or is served", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  afterAll(() => stopEnvironment(state, "local"));

  it("item 3: a version record whose name does not match its id is refused; nothing is written outside the state folder", async () => {
    await trainAndRegister(config);
    const recordFile = path.join(state, "registry", "models", "churn", "versions", "v1.json");
    expect(existsSync(recordFile)).toBe(true);
    const record = JSON.parse(readFileSync(recordFile, "utf8"));
    writeFileSync(recordFile, JSON.stringify({ ...record, name: "../../../escaped" }));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await main(["deploy", "--config", config, "--model", "churn@v1"])).toBe(1);
      expect(err.mock.calls.flat().join("\n")).toContain("the record of churn@v1 in file://");
      expect(err.mock.calls.flat().join("\n")).toContain('name "../../../escaped"');
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
    expect(existsSync(path.join(dir, "escaped"))).toBe(false);
    expect(existsSync(path.join(state, "..", "..", "escaped"))).toBe(false);
    writeFileSync(recordFile, JSON.stringify(record));
  }, 180_000);

  it("item 4: after the registry is recreated, deploy serves the new bytes of the same ID, not the cached old ones", async () => {
    await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
    const first = await readState(state, "local");
    const oldModel = readFileSync(path.join(first!.modelPath!, "model.json"), "utf8");
    await stopEnvironment(state, "local");
    rmSync(path.join(state, "registry"), { recursive: true, force: true });
    // Other bytes under the same ID (more epochs, other weights).
    expect(await trainAndRegister(config, "{epochs: 6}")).toBe("churn@v1");
    const info = await new FileRegistry(path.join(state, "registry")).show({ name: "churn", version: 1 });
    const r = await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
    expect(r.ok).toBe(true);
    const now = await readState(state, "local");
    expect(now!.digest).toBe(info.digest);
    const served = readFileSync(path.join(now!.modelPath!, "model.json"), "utf8");
    expect(served).not.toBe(oldModel);
    // The bytes served are the registry's: the folder holds what the new run wrote.
    const runs = readdirSync(path.join(state, "runs"))
      .filter((d) => /^\d{8}T\d{6}Z-[0-9a-f]{6}$/.test(d))
      .sort();
    const newest = runs
      .map((d) => path.join(state, "runs", d, "model", "model.json"))
      .find((f) => readFileSync(f, "utf8") === served);
    expect(newest).toBeDefined();
  }, 240_000);
});

describe("item 9: hostile text from a model server or the registry is escaped", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const hostile = "<img src=x onerror=alert(1)> @octocat\n## pwned";
  beforeAll(async () => {
    // A server that answers health checks and a hostile prediction.
    writeFileSync(
      path.join(dir, "hostile_serve.py"),
      [
        "import json, os",
        "from http.server import BaseHTTPRequestHandler, HTTPServer",
        "class H(BaseHTTPRequestHandler):",
        "    def _send(self, body):",
        "        d = json.dumps(body).encode(); self.send_response(200); self.send_header('Content-Length', str(len(d))); self.end_headers(); self.wfile.write(d)",
        "    def do_GET(self): self._send({'status': 'ok'})",
        "    def do_POST(self):",
        "        n = len(json.loads(self.rfile.read(int(self.headers['Content-Length'])))['rows'])",
        `        self._send({'predictions': [{'prediction': ${JSON.stringify(hostile)}} for _ in range(n)]})`,
        "    def log_message(self, *a): pass",
        "HTTPServer(('127.0.0.1', int(os.environ['PORT'])), H).serve_forever()",
      ].join("\n"),
    );
    writeFileSync(
      config,
      readFileSync(config, "utf8").replace(
        "  serve-command: python3 serve.py\n  environments:",
        "  serve-command: python3 hostile_serve.py\n  environments:",
      ),
    );
    await trainAndRegister(config);
  }, 180_000);
  afterAll(() => stopEnvironment(state, "local"));

  it("a server's answer reaches the deploy summary escaped: no HTML, no @mention, no heading", async () => {
    const r = await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
    expect(r.ok).toBe(false);
    expect(r.extra.result.failure).toContain("<img src=x"); // the raw text is kept in the result…
    expect(r.summary).not.toContain("<img"); // …but the summary escapes it
    expect(r.summary).toContain("&lt;img");
    expect(r.summary).not.toMatch(/@octocat/);
    expect(r.summary.split("\n").filter((l) => l.startsWith("#")).length).toBe(1); // only the summary's own heading
  }, 180_000);

  it("ANSI escapes in a quarantine reason are shown, not interpreted, by models list and show", async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((m: unknown) => void lines.push(String(m)));
    try {
      expect(
        await main([
          "models",
          "quarantine",
          "churn@v1",
          "--reason",
          "bad\u001b[2J\u001b[31mred\u009b",
          "--config",
          config,
        ]),
      ).toBe(0);
      expect(await main(["models", "list", "--config", config])).toBe(0);
      expect(await main(["models", "show", "churn@v1", "--config", config])).toBe(0);
    } finally {
      log.mockRestore();
    }
    const out = lines.join("\n");
    expect(out).toContain("bad\\x1b[2J\\x1b[31mred\\x9b");
    expect(out).not.toMatch(/[\u001b\u009b]/);
  });
});

describe("item 8: state files read back are schema-checked; a bad one is a clear error (exit 2) naming it", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const { run, text } = cliOn(config);
  beforeAll(async () => {
    await trainAndRegister(config);
    await deployStep(
      parseInputs(deploySpec, (n) => ({ config, model: "churn@v1" })[n]),
      quietHost,
    );
  }, 180_000);
  afterAll(() => stopEnvironment(state, "local"));

  it("a truncated deployments/<env>.json: status, stop and deploy say which file, no stack trace", async () => {
    const file = path.join(state, "deployments", "local.json");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.slice(0, good.length / 2));
    for (const args of [["status"], ["stop", "--env", "local"], ["deploy", "--model", "churn@v1"]]) {
      expect(await run(...args), args.join(" ")).toBe(2);
      expect(text()).toMatch(/deployments\/local\.json.*not valid JSON/);
      expect(text()).not.toContain("    at ");
    }
    writeFileSync(file, JSON.stringify({ ...JSON.parse(good), pid: "1; rm -rf /" }));
    expect(await run("stop", "--env", "local")).toBe(2);
    expect(text()).toMatch(/local\.json.*pid/);
    writeFileSync(file, good);
  });

  it("a half-written event in the registry's log names the record", async () => {
    // History is read from the registry's event log (the same for every clone), not the local cache.
    const file = path.join(state, "registry", "models", "churn", "environments", "local", "events", "1.json");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, '{"at":"2026-01-01T00:00:00Z","environment":"lo');
    expect(await run("history", "--env", "local")).toBe(2);
    expect(text()).toMatch(/events\/1\.json.*not valid JSON/);
    writeFileSync(file, good);
  });

  it("a registry state record of the wrong shape is refused, not rewritten into nonsense", async () => {
    // Written by earlier mlship releases (stages now have a record per environment), still read.
    const file = path.join(state, "registry", "models", "churn", "state", "v1.json");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ stages: "loca" }));
    await stopEnvironment(state, "local").catch(() => {});
    expect(await run("deploy", "--model", "churn@v1")).toBe(2);
    expect(text()).toMatch(/the state of churn@v1 .*stages/);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ stages: "loca" });
    writeFileSync(file, JSON.stringify({ stages: [] }));
  });

  it("a pending record or last-run record of the wrong shape does not crash a deploy or register", async () => {
    mkdirSync(path.join(state, "deployments", "pending"), { recursive: true });
    writeFileSync(path.join(state, "deployments", "pending", "junk.json"), "{not json");
    expect(await run("deploy", "--model", "churn@v1")).toBe(0);
    writeFileSync(path.join(state, "runs", "last.json"), JSON.stringify({ runDir: 7 }));
    expect(await run("register")).toBe(2);
    expect(text()).toMatch(/runs\/last\.json.*runDir/);
  }, 180_000);
});

describe("#33: a deploy file, input or rollback target naming another model is refused", () => {
  const dir = exampleCopy();
  const config = path.join(dir, "mlship.yml");
  const state = path.join(dir, ".mlship");
  const deployFile = path.join(dir, "deploy", "local.yml");
  const { run, text } = cliOn(config);
  beforeAll(async () => {
    // One registry, two models: churn (this project's) and fraud (another project's), each v1.
    const t = await trainStep(
      parseInputs(trainSpec, (n) => ({ config, params: "{epochs: 1}" })[n]),
      quietHost,
    );
    for (const name of ["churn", "fraud"])
      await registerStep(
        parseInputs(registerSpec, (n) => ({ config, name, "model-path": t.outputs["model-path"] })[n]),
        quietHost,
      );
  }, 180_000);
  afterAll(() => stopEnvironment(state, "local"));

  const nothingDeployed = async () => {
    expect(await readState(state, "local")).toBeUndefined();
    expect(existsSync(path.join(state, "registry", "models", "fraud", "environments"))).toBe(false);
    expect(existsSync(path.join(state, "registry", "models", "churn", "environments"))).toBe(false);
  };

  it("deploy/local.yml with model: fraud@v1 in churn's project: exit 2 naming the file, fraud@v1 and churn; nothing deployed", async () => {
    mkdirSync(path.dirname(deployFile), { recursive: true });
    writeFileSync(deployFile, "model: fraud@v1\n");
    expect(await run("deploy", "--env", "local")).toBe(2);
    expect(text()).toContain(
      "deploy/local.yml: model: fraud@v1 is a version of 'fraud', but mlship.yml declares model: churn",
    );
    expect(text()).not.toContain("    at ");
    await nothingDeployed();
    // A rollback reads the deploy file as what runs when the registry records nothing: refused too.
    expect(await run("rollback", "--env", "local", "--to", "churn@v1")).toBe(2);
    expect(text()).toContain("deploy/local.yml: model: fraud@v1 is a version of 'fraud'");
    await nothingDeployed();
  }, 120_000);

  it("the model input and a rollback's target naming another model: exit 2 naming the input", async () => {
    rmSync(deployFile);
    expect(await run("deploy", "--env", "local", "--model", "fraud@latest")).toBe(2);
    expect(text()).toContain("input 'model': fraud@v1 is a version of 'fraud', but mlship.yml declares model: churn");
    expect(await run("rollback", "--env", "local", "--to", "fraud@v1")).toBe(2);
    expect(text()).toContain("input 'to': fraud@v1 is a version of 'fraud'");
    await nothingDeployed();
  }, 120_000);
});
