import http from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "pass" | "503" | "reset";

/** Token auth as registries do it (ghcr.io, Docker Hub): a Bearer challenge, a token realm taking Basic credentials. */
export interface BearerAuth {
  username: string;
  password: string;
  /** Filled in as it happens: what the realm was asked for, and with which credentials. */
  tokenRequests: { scope: string | null; basic: string | undefined }[];
}

/**
 * An HTTP proxy in front of a real server that injects faults: `plan(n)` decides what the n-th
 * request (from 1) gets — forwarded, a 503, or a connection reset before any answer. With `auth`,
 * requests need a Bearer token that its /token realm gives for the right Basic credentials.
 */
export async function faultyProxy(
  target: string,
  plan: (n: number, req: http.IncomingMessage) => Fault,
  auth?: BearerAuth,
): Promise<{ host: string; url: string; counts: Record<Fault, number>; stop: () => Promise<void> }> {
  const upstream = new URL(target);
  const counts: Record<Fault, number> = { pass: 0, "503": 0, reset: 0 };
  let n = 0;
  const TOKEN = "issued-token-0123";
  const server = http.createServer((req, res) => {
    if (auth) {
      const url = new URL(req.url ?? "/", "http://x");
      if (url.pathname === "/token") {
        const basic = req.headers.authorization?.replace(/^Basic /, "");
        auth.tokenRequests.push({ scope: url.searchParams.get("scope"), basic });
        const ok = basic === Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
        res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
        res.end(ok ? JSON.stringify({ token: TOKEN }) : "{}");
        return;
      }
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        req.resume();
        const repo = /^\/v2\/(.+?)\/(blobs|manifests|tags)\//.exec(url.pathname)?.[1] ?? "";
        res.writeHead(401, {
          "www-authenticate": `Bearer realm="http://${req.headers.host}/token",service="test-registry",scope="repository:${repo}:pull,push"`,
          "content-type": "application/json",
        });
        res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }));
        return;
      }
    }
    const fault = plan(++n, req);
    counts[fault]++;
    if (fault === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault === "503") {
      req.resume();
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("injected fault");
      return;
    }
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (up) => {
        // Location headers name the upstream; rewrite them to stay behind the proxy.
        const headers = { ...up.headers };
        if (typeof headers.location === "string")
          headers.location = headers.location.replace(`//${upstream.host}`, `//${req.headers.host}`);
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}`,
    counts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
