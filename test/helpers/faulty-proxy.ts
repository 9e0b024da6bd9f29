import http from "node:http";
import type { AddressInfo } from "node:net";

export type Fault = "pass" | "503" | "reset";

/**
 * An HTTP proxy in front of a real server that injects faults: `plan(n)` decides what the n-th
 * request (from 1) gets — forwarded, a 503, or a connection reset before any answer.
 */
export async function faultyProxy(target: string, plan: (n: number, req: http.IncomingMessage) => Fault): Promise<{ host: string; url: string; counts: Record<Fault, number>; stop: () => Promise<void> }> {
  const upstream = new URL(target);
  const counts: Record<Fault, number> = { pass: 0, "503": 0, reset: 0 };
  let n = 0;
  const server = http.createServer((req, res) => {
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
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (up) => {
        // Location headers name the upstream; rewrite them to stay behind the proxy.
        const headers = { ...up.headers };
        if (typeof headers.location === "string") headers.location = headers.location.replace(`//${upstream.host}`, `//${req.headers.host}`);
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
