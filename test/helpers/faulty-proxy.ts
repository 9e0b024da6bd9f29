import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What one request gets:
 * - pass: forwarded; 503: answered 503; reset: the connection closed before anything is forwarded;
 * - lost: forwarded (the server acts on it), then the connection closed instead of the answer;
 * - slowloris: headers of a 200, then a byte every 500 ms, never ending;
 * - stall: forwarded, the server's status and headers passed on, then nothing (its body held back);
 * - hang: forwarded (the server acts on it), then no answer at all, the connection left open;
 * - garbage: answered 200 with an HTML page in place of what the server would say; null: with `null`;
 * - foreign-link: forwarded, with a `Link: rel="next"` to the foreign host (a tag list's next page);
 * - foreign-location: forwarded, with a `Location` on the foreign host (an upload session);
 * - self-link: forwarded, with a `Link: rel="next"` to the very page asked for.
 */
export type Fault =
  | "pass"
  | "503"
  | "reset"
  | "lost"
  | "slowloris"
  | "stall"
  | "hang"
  | "garbage"
  | "null"
  | "foreign-link"
  | "foreign-location"
  | "self-link";

/** A fault with a delay before it (the request waits that long before being forwarded or answered). */
export type Planned = Fault | { fault: Fault; delayMs?: number };

/** A server on another host that records the Authorization headers it is sent (credentials must never reach it). */
export async function foreignHost(): Promise<{
  host: string;
  authorizations: string[];
  requests: number;
  stop: () => Promise<void>;
}> {
  const state = { authorizations: [] as string[], requests: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (req.headers.authorization) state.authorizations.push(req.headers.authorization);
    req.resume();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ name: "x", tags: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    get authorizations() {
      return state.authorizations;
    },
    get requests() {
      return state.requests;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

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
  plan: (n: number, req: http.IncomingMessage) => Planned,
  auth?: BearerAuth,
  foreign = "127.0.0.1:9",
): Promise<{ host: string; url: string; counts: Record<Fault, number>; stop: () => Promise<void> }> {
  const upstream = new URL(target);
  const counts: Record<Fault, number> = {
    pass: 0,
    "503": 0,
    reset: 0,
    lost: 0,
    slowloris: 0,
    stall: 0,
    hang: 0,
    garbage: 0,
    null: 0,
    "foreign-link": 0,
    "self-link": 0,
    "foreign-location": 0,
  };
  const timers = new Set<NodeJS.Timeout>();
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
    const planned = plan(++n, req);
    const { fault, delayMs = 0 } = typeof planned === "string" ? { fault: planned } : planned;
    counts[fault]++;
    if (delayMs > 0) {
      // The body waits in the socket meanwhile; nothing is forwarded before the delay ends.
      req.pause();
      const t = setTimeout(() => {
        timers.delete(t);
        req.resume();
        act(fault, req, res);
      }, delayMs);
      timers.add(t);
      return;
    }
    act(fault, req, res);
  });
  const act = (fault: Fault, req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (fault === "slowloris") {
      req.resume();
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000000" });
      const t = setInterval(() => res.write(" "), 500);
      timers.add(t as unknown as NodeJS.Timeout);
      res.on("close", () => clearInterval(t));
      return;
    }
    if (fault === "garbage" || fault === "null") {
      req.resume();
      res.writeHead(200, { "content-type": "text/html", "docker-content-digest": `sha256:${"0".repeat(64)}` });
      res.end(fault === "null" ? "null" : "<html><body>502 Bad Gateway</body></html>");
      return;
    }
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
        if (fault === "stall") {
          res.writeHead(up.statusCode ?? 502, up.headers);
          res.flushHeaders();
          up.pause();
          return;
        }
        if (fault === "hang") {
          up.resume();
          return;
        }
        if (fault === "lost") {
          // The server did it; the client never hears so.
          up.resume();
          up.on("end", () => req.socket.destroy());
          return;
        }
        // Location headers name the upstream; rewrite them to stay behind the proxy (or not, when foreign).
        const headers = { ...up.headers };
        if (typeof headers.location === "string")
          headers.location = headers.location.replace(
            /\/\/[^/]+/,
            `//${fault === "foreign-location" ? foreign : req.headers.host}`,
          );
        if (fault === "foreign-location" && typeof headers.location === "string" && !/^https?:/.test(headers.location))
          headers.location = `http://${foreign}${headers.location}`;
        if (fault === "foreign-link") headers.link = `<http://${foreign}/v2/x/tags/list?n=1000&last=a>; rel="next"`;
        if (fault === "self-link") headers.link = `<${req.url}>; rel="next"`;
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    req.pipe(out);
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: `http://${host}`,
    counts,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
