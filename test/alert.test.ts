import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendAlert, slackEscape } from "../packages/github/src/alert.js";
import { registerSecret } from "../packages/core/src/util/secrets.js";
import { freePort } from "../packages/core/src/serve/model-server.js";

/** The alert webhook against a local HTTP server standing in for Slack's incoming webhook. */
describe("alert webhook (Slack-compatible {text})", () => {
  let server: Server;
  let base = "";
  const got: { path: string; type?: string; body: string }[] = [];
  let status = 200;
  // @actions/core writes workflow commands to stdout: ::warning::…, ::add-mask::…
  const lines: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((s) => (lines.push(String(s)), true));
  const commands = (name: string) =>
    lines
      .join("")
      .split(/\r?\n/)
      .filter((l) => l.startsWith(`::${name}::`))
      .map((l) => l.slice(name.length + 4));
  const warnings = { at: (i: number) => commands("warning").at(i), all: () => commands("warning") };
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        got.push({ path: req.url ?? "", type: req.headers["content-type"], body });
        res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "ok" : "invalid_payload");
      });
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    server.close();
    write.mockRestore();
  });

  it("posts {text} as JSON, with every known secret redacted, and masks the URL", async () => {
    registerSecret("tok-9f8e7d6c5b4a");
    const url = `${base}/services/T0001/B0002/hook-secret-part`;
    const r = await sendAlert("drift in `tenure` (token tok-9f8e7d6c5b4a)", url);
    expect(r).toBe("sent");
    expect(got.at(-1)).toEqual({
      path: "/services/T0001/B0002/hook-secret-part",
      type: "application/json",
      body: JSON.stringify({ text: "drift in `tenure` (token ***)" }),
    });
    expect(commands("add-mask")).toContain(url);
  });

  it("does nothing without a webhook, and never fails the check when it cannot deliver", async () => {
    const before = got.length;
    expect(await sendAlert("x", undefined)).toBe("skipped");
    expect(await sendAlert("x", "  ")).toBe("skipped");
    expect(got.length).toBe(before);
    status = 500;
    const url = `${base}/services/T0001/B0002/other-secret-part`;
    expect(await sendAlert("x", url)).toBe("failed");
    status = 200;
    expect(warnings.at(-1)).toBe("the alert webhook answered HTTP 500: no alert delivered");
    const gone = `http://127.0.0.1:${await freePort()}/services/T9/B9/gone-secret`;
    expect(await sendAlert("x", gone)).toBe("failed");
    expect(warnings.at(-1)).toMatch(/^the alert webhook could not be reached \(ECONNREFUSED\)/);
    // plain http to another host would send the secret URL's path in clear: refused
    expect(await sendAlert("x", "http://hooks.example.com/services/T1/B1/abc")).toBe("failed");
    expect(warnings.at(-1)).toMatch(/must be an https URL/);
    // no warning ever shows the URL
    expect(warnings.all()).toHaveLength(3);
    for (const w of warnings.all()) expect(w).not.toMatch(/secret-part|gone-secret|services/);
  });

  it("escapes Slack's control characters in untrusted text", () => {
    expect(slackEscape("a <!channel> & <https://evil|click>")).toBe(
      "a &lt;!channel&gt; &amp; &lt;https://evil|click&gt;",
    );
  });
});
