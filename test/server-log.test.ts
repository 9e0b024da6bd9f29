// A model server's own log file (#33): the server outlives mlship, so its output reaches the log
// through a relay that redacts the secrets the server holds.
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { OciClient } from "../packages/core/src/registry/backends/oci-client.js";
import { freePort, startServer, waitReady } from "../packages/core/src/serve/model-server.js";
import {
  childEnv,
  lineRedacter,
  patternRedacter,
  redactionPatternFor,
  registerSecret,
} from "../packages/core/src/util/secrets.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";

const TOKEN = "srvlogTok-7f3a9c2e81d4b650";
const dir = tempDir();

beforeAll(() => {
  vi.stubEnv("MLSHIP_DEPLOY_TOKEN", TOKEN);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("a model server's log file", () => {
  it("holds the server's lines with its secrets redacted in every form, the last line without a newline too", async () => {
    const script = path.join(dir, "serve.py");
    writeFileSync(
      script,
      [
        "import base64, os, re, sys, urllib.parse",
        "from http.server import BaseHTTPRequestHandler, HTTPServer",
        "t = os.environ['MLSHIP_DEPLOY_TOKEN']",
        "print('raw ' + t, flush=True)",
        "print('b64 ' + base64.b64encode(('user:' + t).encode()).decode(), file=sys.stderr, flush=True)",
        "print('pct ' + re.sub('%..', lambda m: m.group(0).lower(), urllib.parse.quote('x' + t + '/', safe='-')), flush=True)",
        "print('split ' + t[:9] + '\\n' + t[9:] + ' end', flush=True)",
        "sys.stdout.write('ready ' + t); sys.stdout.flush()",
        "class H(BaseHTTPRequestHandler):",
        "  def log_message(self, *a): pass",
        "  def do_GET(self): self.send_response(200); self.end_headers()",
        "HTTPServer(('127.0.0.1', int(os.environ['PORT'])), H).serve_forever()",
      ].join("\n"),
    );
    const logFile = path.join(dir, "logs", "server.log");
    const server = startServer(["python3", script], {
      cwd: dir,
      env: childEnv({}, ["MLSHIP_DEPLOY_TOKEN"]),
      port: await freePort(),
      logFile,
    });
    try {
      await waitReady(server, 20_000);
      // The last line has no newline: it is written after 200 ms of quiet.
      for (let i = 0; i < 200 && !readFileSync(logFile, "utf8").includes("ready"); i++)
        await new Promise((r) => setTimeout(r, 50));
    } finally {
      await server.stop();
    }
    const log = readFileSync(logFile, "utf8");
    const b64 = Buffer.from(`user:${TOKEN}`).toString("base64");
    for (const leak of [
      TOKEN,
      TOKEN.slice(0, 9),
      TOKEN.slice(9),
      b64.slice(8, 24),
      encodeURIComponent(TOKEN).toLowerCase(),
    ])
      expect(log).not.toContain(leak);
    expect(log).toMatch(/^raw \*\*\*$/m);
    expect(log).toMatch(/^split \*\*\* end$/m);
    expect(log).toMatch(/^ready \*\*\*$/m);
    expect(log).toContain("b64 ");
    expect(log).toContain("pct x***%2f");
  });

  it("redacts as lineRedacter does with the pattern of the server's environment: the relay runs core's own function, no copy", async () => {
    // A corpus under 4 KiB (one pipe write, read as one chunk: no 200 ms flush inside it) with the
    // token whole, encoded and broken across lines at every point.
    const b64 = Buffer.from(`user:${TOKEN}`).toString("base64");
    const corpus = [`raw ${TOKEN}`, `b64 ${b64}`, `pct ${encodeURIComponent(`x${TOKEN}/`)}`, "", "plain line"];
    for (let i = 1; i < TOKEN.length; i += 2) corpus.push(`cut ${TOKEN.slice(0, i)}`, `${TOKEN.slice(i)} end`);
    corpus.push(b64.slice(0, 10), b64.slice(10), TOKEN.slice(0, 5), TOKEN.slice(5, 12), TOKEN.slice(12), "last");
    const text = `${corpus.join("\n")}\n`;
    expect(Buffer.byteLength(text)).toBeLessThan(4096);
    const printer = path.join(dir, "print.mjs");
    writeFileSync(printer, `import { writeSync } from "node:fs";\nwriteSync(1, ${JSON.stringify(text)});\n`);
    const env = childEnv({}, ["MLSHIP_DEPLOY_TOKEN"]);
    const logFile = path.join(dir, "logs", "corpus.log");
    const server = startServer([process.execPath, printer], { cwd: dir, env, port: await freePort(), logFile });
    const code = await new Promise((resolve) => server.child.once("exit", (c, sig) => resolve(c ?? sig)));
    expect(code).toBe(0);
    const pattern = redactionPatternFor({ ...env, PORT: "1" });
    expect(pattern).toBeDefined();
    const r = lineRedacter(patternRedacter(pattern));
    const expected = [...corpus.flatMap((l) => r.push(l)), ...r.end()].map((l) => `${l}\n`).join("");
    const log = readFileSync(logFile, "utf8");
    expect(log).toBe(expected);
    expect(log).not.toContain(TOKEN.slice(0, 12));
    expect(log).toContain("plain line\n");
  });

  it("a server that exits at once is reported with its exit code", async () => {
    const server = startServer(["python3", "-c", "import sys; print('bye'); sys.exit(3)"], {
      cwd: dir,
      env: childEnv(),
      port: await freePort(),
      logFile: path.join(dir, "logs", "exits.log"),
    });
    const e = await caught(() => waitReady(server, 20_000));
    expect(e.message).toContain("exited (3)");
    expect(readFileSync(path.join(dir, "logs", "exits.log"), "utf8")).toBe("bye\n");
  });
});

describe("text cut for a message is redacted before the cut (#33)", () => {
  it("a registry's error answer with the registry token straddling the 200-character cut keeps none of it", async () => {
    const token = "regTok-c81f2a9e07b34d65aa";
    vi.stubEnv("MLSHIP_REGISTRY_TOKEN", token);
    // The answer's text starts with "HTTP 400 " in the message; the token starts 8 characters before the cut.
    const server = http.createServer((req, res) => {
      req.resume();
      res.writeHead(400, { "content-type": "text/plain" });
      res.end(`${"e".repeat(192)}${token} and after`);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const client = new OciClient(`127.0.0.1:${(server.address() as AddressInfo).port}`, "repo", "oci://test", {
        maxAttempts: 1,
      });
      const e = await caught(() => client.getSmallBlob(`sha256:${"0".repeat(64)}`));
      expect(e.message).toContain("HTTP 400 eeee");
      expect(e.message).not.toContain(token.slice(0, 8));
    } finally {
      server.close();
    }
  });
});

describe("the pattern a process of ours is handed (the relay's, the capture proxy's)", () => {
  it("holds the child's own credential variables and our registered secrets it was given, and no other secret", () => {
    // A deploy token made for the server (not in our environment), a secret registered from an
    // input and passed under an ordinary name, and one of ours the child was not given.
    const made = "madeForTheServer-5d2c81";
    const registered = "registeredInput-a7e93f";
    const ours = "oursNotGiven-0b61c4d2";
    registerSecret(registered);
    vi.stubEnv("MLSHIP_REGISTRY_TOKEN", ours);
    const clean = patternRedacter(
      redactionPatternFor({ PATH: "/usr/bin", MLSHIP_DEPLOY_TOKEN: made, SETTING: `x${registered}y` }),
    );
    expect(clean(`a ${made} b ${registered} c ${ours}`)).toBe(`a *** b *** c ${ours}`);
    expect(clean(Buffer.from(`u:${made}`).toString("base64"))).not.toContain(
      Buffer.from(`u:${made}`).toString("base64").slice(4, 16),
    );
  });
});
