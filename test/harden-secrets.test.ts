import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  childEnv,
  lineRedacter,
  redact,
  redactedTail,
  redactionPatternFor,
  SECRET_VARIABLES,
} from "../packages/core/src/util/secrets.js";
import { startServer } from "../packages/core/src/serve/model-server.js";
import { escapeMarkdown, inlineCode } from "../packages/core/src/report/escape.js";
import { stopEnvironment } from "../packages/core/src/deploy/deploy.js";
import { terminalSafe } from "../packages/core/src/util/log.js";
import { readAnswers, type ServerContract } from "../packages/core/src/deploy/server-contract.js";
import { main } from "../packages/cli/src/main.js";
import { runInProcess } from "./helpers/actions.js";
import { fakeGitHubOnExample } from "./helpers/fake-github.js";
import { tempDir } from "./helpers/tmp.js";

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

/**
 * Python lines that make `lines` from the token `t` (and `base64, re, urllib.parse`): each form of
 * the corpus (corpusForms below), then split over two lines at every position.
 */
const CORPUS_LINES_PY = [
  "b = t.encode(); q = urllib.parse.quote(t, safe='')",
  "forms = [t, q, re.sub('%[0-9A-F]{2}', lambda m: m.group(0).lower(), q), base64.b64encode(b).decode(),",
  "  base64.urlsafe_b64encode(b).decode().rstrip('='), base64.b64encode(b'x-access-token:' + b).decode(),",
  "  base64.b64encode(b'a' + b + b'!?').decode(), base64.urlsafe_b64encode(b'ab' + b + b'!?').decode()]",
  "lines = []",
  "for f in forms:",
  "  lines.append('form: ' + f)",
  "  for i in range(1, len(f)): lines += ['split %d: %s' % (i, f[:i]), f[i:] + ' :end']",
];

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
      // The corpus's tokens (#33): the deploy script's, the data fetch's, and one no producer gets.
      MLSHIP_DEPLOY_TOKEN: CORPUS_TOKENS.MLSHIP_DEPLOY_TOKEN,
      MLSHIP_DATA_TOKEN: CORPUS_TOKENS.MLSHIP_DATA_TOKEN,
      MLSHIP_ROLLBACK_TOKEN: CORPUS_TOKENS.MLSHIP_ROLLBACK_TOKEN,
    });
  // The model server's own key, outside the project (the search covers the project's files).
  const keyFile = path.join(tempDir(), "server-key");
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
    // The secrets corpus (#33), printed by a producer from the token in its environment (this file
    // holds none): every form, each split over two lines at every position, the token straddling
    // the 64 KiB line cut at three offsets; its first pairs to stderr too (`stdout`: not), and with
    // `fail`, the token straddling a 500-character error tail.
    writeFileSync(
      path.join(dir, "corpus.py"),
      [
        "import base64, os, re, sys, urllib.parse",
        "name = sys.argv[1]; mode = sys.argv[2] if len(sys.argv) > 2 else ''",
        "t = os.environ.get(name, '')",
        "if not t: print(name + ' absent'); sys.exit(0)",
        ...CORPUS_LINES_PY,
        "print('\\n'.join(lines), flush=True)",
        "for k in (1, len(t) // 2, len(t) - 1): print('x' * (65536 - k) + t + ' after the cut', flush=True)",
        "if mode != 'stdout': print('\\n'.join(lines[:41]), file=sys.stderr, flush=True)",
        "if mode == 'fail':",
        "  sys.stderr.write('oops ' + t + 'y' * (500 - len(t) // 2) + '\\n'); sys.exit(3)",
        "",
      ].join("\n"),
    );
    writeFileSync(
      path.join(dir, "deploy.py"),
      "import runpy, sys\nsys.argv = ['corpus.py', 'MLSHIP_DEPLOY_TOKEN', 'stdout']\nrunpy.run_path('corpus.py')\nsys.argv = ['env_names.py', 'deploy-env.json']\nrunpy.run_path('env_names.py')\nprint('stdout also has it: ' + __import__('os').environ.get('GITHUB_TOKEN', ''))\nsys.exit(4)\n",
    );
    // A model server as producer (#33): with a key (its own, from a file outside the project for
    // the load test; MLSHIP_DATA_TOKEN mapped by pass-env for the canary deploy) it answers the
    // corpus. The load test gets HTTP 500 with the key straddling the 300-character example cut,
    // then every form split at every position; a canary's first server the same with the smoke
    // test's 200-character cut, its second a 200 whose prediction is the corpus text. Without a
    // key it is the example's server.
    writeFileSync(keyFile, CORPUS_TOKENS.MLSHIP_DATA_TOKEN);
    writeFileSync(
      path.join(dir, "leaky_serve.py"),
      [
        "import base64, json, os, re, runpy, sys, urllib.parse",
        "from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer",
        "t = open(sys.argv[1]).read().strip() if len(sys.argv) > 1 else os.environ.get('MLSHIP_DATA_TOKEN', '')",
        "if not t:",
        "  sys.argv = ['serve.py']; runpy.run_path('serve.py', run_name='__main__'); sys.exit(0)",
        "cut = 300 if len(sys.argv) > 1 else 200",
        "answer_json = len(sys.argv) == 1 and os.path.exists('leaky-first-canary')",
        "if len(sys.argv) == 1: open('leaky-first-canary', 'w').close()",
        ...CORPUS_LINES_PY,
        "corpus = '\\n'.join(lines)",
        // The canary's server logs what it holds too: its log file is a sink (written by a relay that redacts).
        "if len(sys.argv) == 1: print(corpus, flush=True); print(corpus, file=sys.stderr, flush=True)",
        "n = [0]",
        "class H(BaseHTTPRequestHandler):",
        "  def log_message(self, *a): pass",
        "  def send(self, code, body, kind='text/plain'):",
        "    data = body.encode(); self.send_response(code); self.send_header('content-type', kind)",
        "    self.send_header('content-length', str(len(data))); self.end_headers(); self.wfile.write(data)",
        "  def do_GET(self): self.send(200, '{\"status\": \"ok\"}', 'application/json')",
        "  def do_POST(self):",
        "    rows = json.loads(self.rfile.read(int(self.headers.get('content-length', 0))) or b'{}').get('rows', [])",
        "    if answer_json: return self.send(200, json.dumps({'predictions': [{'prediction': corpus}] * len(rows)}), 'application/json')",
        "    k = (1, len(t) // 2, len(t) - 1)[n[0] % 3]; n[0] += 1",
        "    self.send(500, 'key ' + 'y' * (cut - 4 - k) + t + ' after the cut\\n' + corpus)",
        "s = ThreadingHTTPServer(('127.0.0.1', int(os.environ['PORT'])), H); s.daemon_threads = True; s.serve_forever()",
        "",
      ].join("\n"),
    );
    const cfg = readFileSync(path.join(dir, "mlship.yml"), "utf8")
      .replace(
        "  command: python3 train.py\n",
        '  command: ["sh", "-c", "python3 env_names.py train-env.json; python3 corpus.py GITHUB_TOKEN; python3 train.py", "sh", "--token", "$GITHUB_TOKEN"]\n  pass-env: [GITHUB_TOKEN]\n',
      )
      .replace(
        "    local: { target: local, health-timeout: 20s }",
        "    local: { target: local, health-timeout: 20s }\n    staging: { target: command, command: python3 deploy.py, pass-env: [GITHUB_TOKEN, MLSHIP_DEPLOY_TOKEN] }\n    canary: { target: local, health-timeout: 20s, pass-env: [MLSHIP_DATA_TOKEN] }",
      )
      .replace(
        "    serve-command: python3 serve.py\n    rate: 100\n    duration: 5s",
        `    serve-command: [python3, leaky_serve.py, ${JSON.stringify(keyFile)}]\n    rate: 20\n    duration: 2s`,
      )
      .replace(
        "  serve-command: python3 serve.py\n  environments:",
        "  serve-command: python3 leaky_serve.py\n  environments:",
      )
      .replace("drift:\n", "drift:\n  current-command: [python3, corpus.py, MLSHIP_DATA_TOKEN, fail]\n");
    writeFileSync(path.join(dir, "mlship.yml"), cfg);
  });
  afterAll(() => stopEnvironment(path.join(dir, ".mlship"), "local"));

  it("train, register, deploy (local and a failing command target) and a quarantine with a pasted token", async () => {
    process.chdir(dir);
    expect((await run(() => import("../actions/train/src/main.js"), { params: "{epochs: 1}" })).code).toBe(0);
    expect((await run(() => import("../actions/register/src/main.js"), {})).code).toBe(0);
    const local = await run(() => import("../actions/deploy/src/main.js"), { environment: "local", model: "churn@v1" });
    expect(local.code, local.stdout.slice(-3000)).toBe(0);
    const bad = await run(() => import("../actions/deploy/src/main.js"), { environment: "staging", model: "churn@v1" });
    expect(bad.code).toBe(1);
    expect(bad.summary).toContain("token is \\*\\*\\*"); // escaped markdown
    // A canary whose server has the data token: its smoke test is answered HTTP 500 with it, then
    // (the next server) a prediction made of the corpus, which quarantines the model; released again.
    for (const answer of [/answered HTTP 500: key y+\*/, /prediction "form: \*\*\*/]) {
      const canary = await run(() => import("../actions/deploy/src/main.js"), {
        environment: "canary",
        model: "churn@v1",
      });
      expect(canary.code).toBe(1);
      expect(canary.summary + canary.stdout).toMatch(answer);
    }
    expect(await main(["models", "release", "churn@v1", "--reason", "the canary's server, not the model"])).toBe(0);
    // A person pasting a log into a reason, from the CLI.
    vi.stubEnv("GITHUB_TOKEN", T.githubEnv);
    const spy = vi.spyOn(console, "log").mockImplementation((m: unknown) => void outputs.push(String(m)));
    try {
      expect(await main(["models", "quarantine", "churn@v1", "--reason", `leaked in the log: ${T.githubEnv}`])).toBe(0);
    } finally {
      spy.mockRestore();
      vi.unstubAllEnvs();
    }
    // The load test's server answers HTTP 500 with its key: the step fails (last: it records the failed gates, which a deploy refuses), the answer kept redacted.
    const loaded = await run(() => import("../actions/quality-load-bias-test/src/main.js"), {});
    expect(loaded.code).toBe(1);
    expect(loaded.summary + loaded.stdout).toMatch(/HTTP 500/);
    // The answer reached the report, redacted before its 300-character cut (the files are searched below).
    const evaluation = filesUnder(dir).find((f) => f.endsWith("evaluation.json"))!;
    for (const ext of [".md", ".html"]) expect(existsSync(evaluation.replace(/\.json$/, ext)), ext).toBe(true);
    expect(JSON.parse(readFileSync(evaluation, "utf8")).load.example).toMatchObject({
      status: 500,
      body: expect.stringMatching(/^key y+\*/),
    });
    // The data fetch prints the corpus and fails with the token straddling its error's last 500 characters.
    const drift = await run(() => import("../actions/check-drift/src/main.js"), {});
    expect(drift.code).not.toBe(0);
    expect(drift.summary + drift.stdout).toMatch(/drift\.current-command .* exited with code 3/);
  }, 300_000);

  it("--json: an error document quoting a secret (here a path made of one) is redacted", async () => {
    const token = CORPUS_TOKENS.MLSHIP_DATA_TOKEN;
    vi.stubEnv("MLSHIP_DATA_TOKEN", token);
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => {
      written.push(String(c));
      return true;
    });
    const err = vi.spyOn(console, "error").mockImplementation((m: unknown) => void written.push(String(m)));
    let doc: { ok: boolean; exitCode: number; error: string };
    try {
      const missing = path.join(dir, Buffer.from(token).toString("base64url"), "mlship.yml");
      expect(await main(["validate-data", "--config", missing, "--json"])).toBe(2);
      doc = JSON.parse(written.filter((w) => w.trimStart().startsWith("{")).join(""));
    } finally {
      spy.mockRestore();
      err.mockRestore();
      vi.unstubAllEnvs();
    }
    expect(doc).toMatchObject({ ok: false, exitCode: 2 });
    expect(doc.error).toContain("***");
    outputs.push(written.join("\n"));
  });

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
    // The corpus (#33): no form of any corpus token, nor 12 characters of one, in any sink.
    const corpusHits = files.filter(
      (f) => statSync(f).size < 50_000_000 && corpusLeaks(readFileSync(f, "latin1")).length,
    );
    expect(corpusHits.map((f) => path.relative(dir, f))).toEqual([]);
    expect(corpusLeaks(JSON.stringify(gh.requests.map((r) => r.body)))).toEqual([]);
    expect(corpusLeaks(JSON.stringify(gh.deployments))).toEqual([]);
    expect(corpusLeaks(outputs.join("\n"))).toEqual([]);
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
    // The corpus reached the producers and was redacted (not lost): each form, and the cut lines kept whole.
    const log = readFileSync(trainLog, "utf8");
    expect(log.match(/^form: [A-Za-z0-9]{0,8}\*\*\*[A-Za-z0-9=_-]{0,8}$/gm)).toHaveLength(8);
    // (redacted first, then cut at 64 KiB: where the token began 1 byte before the cut, the *** is cut too)
    expect(log.match(/^x{65500,}\*/gm)).toHaveLength(3);
    // The command is recorded as configured: `$GITHUB_TOKEN`, never its value.
    const lineage = JSON.parse(readFileSync(path.join(path.dirname(trainLog), "lineage.json"), "utf8"));
    expect(lineage.command.slice(-2)).toEqual(["--token", "$GITHUB_TOKEN"]);
    // The deploy script's and the data fetch's tokens reached them (pass-env; the fetch's own).
    expect(outputs.join("\n")).not.toContain("MLSHIP_DEPLOY_TOKEN absent");
    expect(outputs.join("\n")).not.toContain("MLSHIP_DATA_TOKEN absent");
  });

  it("redact replaces the longest secret whole, and URL-encoded forms", () => {
    vi.stubEnv("GITHUB_TOKEN", "abc/def+ghi=jkl");
    try {
      expect(redact("x abc/def+ghi=jkl y abc%2Fdef%2Bghi%3Djkl z")).toBe("x *** y *** z");
      expect(redact("short words stay")).toBe("short words stay");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

/**
 * The secrets corpus (#33): every form a planted secret may take on its way out — as is,
 * %-encoded with upper- and lower-case hex, base64 and base64url (alone, or inside a longer
 * encoded text at each of the three byte alignments, as in a Basic auth header), and split over
 * two lines at every position. The reference is the encodings themselves (Node's Buffer and
 * encodeURIComponent), and a leak is any 12 characters in a row of any of them, newlines removed:
 * a secret cut in half leaks too.
 */
const CORPUS_TOKENS = {
  GITHUB_TOKEN: "ghs_YPu8SF0xErUSXTk6nWWq9qOcvfWpPd4o",
  MLSHIP_DEPLOY_TOKEN: "dpl_kcaoBjK4fRUqjCjcUgS++V1T+jJgGMIe",
  MLSHIP_DATA_TOKEN: "dat_Nw2txlb5l7noK/FuSc9o1qEAQa9/KPex",
  MLSHIP_ROLLBACK_TOKEN: "rbk_Gfxnq057vDJrgvzV9mJ+UM4b5p2+aKxl",
};

const lowerHex = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
/**
 * The base64 characters of `token` inside a longer encoded text, at byte alignment k (0, 1, 2):
 * base64 maps each 3 bytes to 4 characters, so the groups holding only the token's bytes.
 */
const aligned = (token: string, k: number, url = false) => {
  const enc = Buffer.concat([Buffer.alloc(k), Buffer.from(token)]).toString(url ? "base64url" : "base64");
  return enc.slice(k ? 4 : 0, Math.floor((k + Buffer.byteLength(token)) / 3) * 4);
};
/** `token` base64-encoded inside a longer text, after k bytes and before two more. */
const embedded = (token: string, k: number, url = false) =>
  Buffer.from(`${"ab".slice(0, k)}${token}!?`).toString(url ? "base64url" : "base64");

/** Each form a token may be written in; the split ones are made from these. */
function corpusForms(token: string): Record<string, string> {
  return {
    raw: token,
    "percent-upper": encodeURIComponent(token),
    "percent-lower": lowerHex(token),
    base64: Buffer.from(token).toString("base64"),
    base64url: Buffer.from(token).toString("base64url"),
    "basic-auth": Buffer.from(`x-access-token:${token}`).toString("base64"),
    "base64-aligned-1": embedded(token, 1),
    "base64url-aligned-2": embedded(token, 2, true),
  };
}

/** Every 12-character window of every encoding of the token (at each alignment). */
function corpusNeedles(token: string): string[] {
  const encodings = [token, encodeURIComponent(token), lowerHex(token)];
  for (const k of [0, 1, 2]) for (const url of [false, true]) encodings.push(aligned(token, k, url));
  const out = new Set<string>();
  for (const e of encodings) for (let i = 0; i + 12 <= e.length; i++) out.add(e.slice(i, i + 12));
  return [...out];
}

const NEEDLES = Object.values(CORPUS_TOKENS).map((t) => ({ t, needles: corpusNeedles(t) }));
/** The planted tokens any of whose forms (or 12 characters of one) the text holds, lines joined. */
function corpusLeaks(text: string): string[] {
  const flat = text.replace(/\r?\n/g, "");
  return NEEDLES.filter(({ needles }) => needles.some((n) => flat.includes(n))).map(({ t }) => t);
}

describe("#33 redaction: every form of every secret variable, declared once", () => {
  beforeAll(() => {
    for (const [k, v] of Object.entries(CORPUS_TOKENS)) vi.stubEnv(k, v);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("the reference finds what it should (so the checks below can fail)", () => {
    for (const t of Object.values(CORPUS_TOKENS)) {
      for (const [name, form] of Object.entries(corpusForms(t))) {
        expect(corpusLeaks(`x ${form} y`), name).toEqual([t]);
        expect(corpusLeaks(`x ${form.slice(0, 7)}\n${form.slice(7)} y`), `${name} split`).toEqual([t]);
      }
      expect(corpusLeaks(`cut here: ${t.slice(0, 14)}`)).toEqual([t]);
    }
    expect(corpusLeaks("an ordinary log line, *** and all")).toEqual([]);
  });

  it("redact removes each form, whole or split over two lines at every position", () => {
    for (const t of Object.values(CORPUS_TOKENS)) {
      for (const [name, form] of Object.entries(corpusForms(t))) {
        expect(corpusLeaks(redact(`before ${form} after`)), name).toEqual([]);
        for (let i = 1; i < form.length; i++)
          for (const nl of ["\n", "\r\n"])
            expect(
              corpusLeaks(redact(`before ${form.slice(0, i)}${nl}${form.slice(i)} after`)),
              `${name} at ${i}`,
            ).toEqual([]);
      }
    }
    expect(redact(`a ${CORPUS_TOKENS.GITHUB_TOKEN} b`)).toBe("a *** b");
    expect(redact("ordinary words\nand lines stay")).toBe("ordinary words\nand lines stay");
  });

  it("a stream of lines is redacted across the break between two lines", () => {
    const t = CORPUS_TOKENS.MLSHIP_DATA_TOKEN;
    for (let i = 1; i < t.length; i++) {
      const lines = lineRedacter();
      const out = [
        ...lines.push("first"),
        ...lines.push(`token: ${t.slice(0, i)}`),
        ...lines.push(`${t.slice(i)} rest`),
        ...lines.push("last"),
        ...lines.end(),
      ];
      expect(out).toEqual(["first", "token: *** rest", "last"]);
    }
  });

  it("a tail is cut after redacting: a secret straddling the cut leaves nothing", () => {
    const t = CORPUS_TOKENS.MLSHIP_DEPLOY_TOKEN;
    for (let i = 1; i < t.length; i++) {
      const text = `${"x".repeat(600)}${t}${"y".repeat(500 - i)}`;
      expect(corpusLeaks(redactedTail(text, 500)), `at ${i}`).toEqual([]);
    }
  });

  it("deploy, data and rollback tokens are withheld from children unless mapped, like GITHUB_TOKEN", () => {
    const env = childEnv({});
    for (const k of Object.keys(CORPUS_TOKENS)) expect(env[k], k).toBeUndefined();
    expect(childEnv({}, ["MLSHIP_DEPLOY_TOKEN"]).MLSHIP_DEPLOY_TOKEN).toBe(CORPUS_TOKENS.MLSHIP_DEPLOY_TOKEN);
    expect(SECRET_VARIABLES).toEqual(expect.arrayContaining(Object.keys(CORPUS_TOKENS)));
  });

  it("a smoke test's answer quoted in its failure is redacted before it is cut, keys and values, split forms too", () => {
    const t = CORPUS_TOKENS.MLSHIP_DEPLOY_TOKEN;
    const contract = { responsePath: "predictions", scoreKey: "score", predictionKey: "prediction" } as ServerContract;
    for (let k = 1; k < t.length; k++) {
      // "answer 1 is <its JSON, cut>": the token straddling the cut at every position.
      const answer = readAnswers({ predictions: [`${"y".repeat(80 - 1 - k)}${t}`] }, contract, true);
      expect(answer, `at ${k}`).toMatch(/^answer 1 is /);
      expect(corpusLeaks(answer as string), `at ${k}`).toEqual([]);
    }
    for (const form of Object.values(corpusForms(t))) {
      const split = `${form.slice(0, 5)}\n${form.slice(5)}`;
      const keys = readAnswers({ predictions: [{ [form]: 1, [split]: 2 }] }, contract, true);
      expect(keys).toMatch(/its keys: "[^"]*\*\*\*[^"]*", "/);
      expect(corpusLeaks(keys as string)).toEqual([]);
      expect(corpusLeaks(readAnswers({ predictions: [[split]] }, contract, true) as string)).toEqual([]);
    }
  });

  it("terminal and markdown show a server's control characters instead of obeying them", () => {
    const forged = "\u001b[2J\u001b[H✔ all gates passed\u0007";
    expect(terminalSafe(forged)).toBe("\\x1b[2J\\x1b[H✔ all gates passed\\x07");
    expect(escapeMarkdown(forged)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(inlineCode(forged)).toBe("`\\x1b[2J\\x1b[H✔ all gates passed\\x07`");
  });
});

/**
 * Secrets a process reads from a file, not from its environment (#33): those mlship can know of —
 * a file a variable names by the `<NAME>_FILE` convention, and the files MLSHIP_SECRET_FILES
 * lists (a dotenv file, a JSON credentials file with a PEM key) — are redacted in every form in
 * each sink: mlship's own texts, a stream of lines, and the log a model server's relay writes.
 */
describe("#33 redaction: secrets held in files", () => {
  const FILE_TOKENS = {
    named: "fil_Q8vKz2mXw7LpN4tRj6YbHc1sDe9fUa0o",
    dotenv: "env_Zr5Tq/Wm2+Kx8LnB4vJc7HdP0sYf3gEa",
    pemLine: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
  };
  const needles = Object.values(FILE_TOKENS).map((t) => ({ t, needles: corpusNeedles(t) }));
  /** The file tokens any of whose forms (or 12 characters of one) the text holds, lines joined. */
  const fileLeaks = (text: string) => {
    const flat = text.replace(/\r?\n/g, "");
    return needles.filter(({ needles }) => needles.some((n) => flat.includes(n))).map(({ t }) => t);
  };
  const dir = tempDir();
  const named = path.join(dir, "api-token");
  const dotenv = path.join(dir, "server.env");
  const json = path.join(dir, "credentials.json");
  const setEnv = (k: string, v: string) => vi.stubEnv(k, v);
  beforeAll(() => {
    writeFileSync(named, `${FILE_TOKENS.named}\n`);
    writeFileSync(dotenv, `# the server's settings\nPORT_HINT=8080\nAPI_KEY="${FILE_TOKENS.dotenv}"\n`);
    const pem = `-----BEGIN PRIVATE KEY-----\n${FILE_TOKENS.pemLine}\n-----END PRIVATE KEY-----\n`;
    writeFileSync(json, JSON.stringify({ type: "service_account", private_key: pem }, null, 2));
    setEnv("SERVER_API_TOKEN_FILE", named);
    setEnv("MLSHIP_SECRET_FILES", [dotenv, json].join(path.delimiter));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("the reference finds what it should (so the checks below can fail)", () => {
    for (const t of Object.values(FILE_TOKENS))
      for (const [name, form] of Object.entries(corpusForms(t))) expect(fileLeaks(`x ${form} y`), name).toEqual([t]);
    expect(fileLeaks("an ordinary log line, *** and all")).toEqual([]);
  });

  it("redact removes each form of each file's secret, whole or split over two lines at every position", () => {
    for (const t of Object.values(FILE_TOKENS)) {
      for (const [name, form] of Object.entries(corpusForms(t))) {
        expect(fileLeaks(redact(`before ${form} after`)), name).toEqual([]);
        for (let i = 1; i < form.length; i++)
          expect(fileLeaks(redact(`before ${form.slice(0, i)}\n${form.slice(i)} after`)), `${name} at ${i}`).toEqual(
            [],
          );
      }
      const lines = lineRedacter();
      const out = [...lines.push(`key: ${t.slice(0, 9)}`), ...lines.push(`${t.slice(9)} rest`), ...lines.end()];
      expect(out).toEqual(["key: *** rest"]);
    }
    // The files' structure is not taken for a secret.
    expect(redact("PORT_HINT=8080 [default] -----BEGIN PRIVATE KEY-----")).toBe(
      "PORT_HINT=8080 [default] -----BEGIN PRIVATE KEY-----",
    );
  });

  it("a model server printing the secrets it read from those files leaves none in its relayed log, nor in the capture proxy's", async () => {
    const script = path.join(dir, "file_secrets_server.py");
    writeFileSync(
      script,
      [
        "import base64, json, os, re, sys, urllib.parse",
        "keys = [open(os.environ['SERVER_API_TOKEN_FILE']).read().strip(),",
        "  open(sys.argv[1]).read().split('API_KEY=')[1].strip().strip('\"'),",
        "  json.load(open(sys.argv[2]))['private_key']]",
        "print(keys[2], flush=True)",
        "for t in keys[:2] + [keys[2].split('\\n')[1]]:",
        ...CORPUS_LINES_PY.map((l) => `  ${l}`),
        "  print('\\n'.join(lines), flush=True); print('\\n'.join(lines[:41]), file=sys.stderr, flush=True)",
        "",
      ].join("\n"),
    );
    const logFile = path.join(dir, "logs", "file-secrets.log");
    // The server gets the variable naming its token file (a Kubernetes or Docker secret's mount),
    // not the token; the configured files it reads by a path of its own.
    const env = childEnv({ SERVER_API_TOKEN_FILE: named });
    const server = startServer(["python3", script, dotenv, json], { cwd: dir, env, port: 0, logFile });
    const code = await new Promise<number | null>((resolve) => server.child.on("exit", (c) => resolve(c)));
    expect(code).toBe(0);
    const log = readFileSync(logFile, "utf8");
    // What was printed reached the log: the PEM's armour and one line per form and split.
    expect(log).toContain("-----BEGIN PRIVATE KEY-----\n***\n-----END PRIVATE KEY-----");
    expect(log.split("\n").length).toBeGreaterThan(3 * 8 * 30);
    expect(fileLeaks(log)).toEqual([]);
    // The capture proxy's pattern (its own process; deploy/capture.ts hands it redactionPatternFor of
    // the server's environment) covers them too.
    const pattern = new RegExp(redactionPatternFor(env) ?? "(?!)", "g");
    for (const t of Object.values(FILE_TOKENS))
      for (const form of Object.values(corpusForms(t)))
        expect(fileLeaks(`a ${form} b`.replace(pattern, "***"))).toEqual([]);
  }, 120_000);
});
