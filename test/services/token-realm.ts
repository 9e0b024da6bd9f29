// The ghcr.io stand-in: Debian's docker-registry (CNCF distribution 2.8, no auth of its own)
// behind this small proxy, which does what ghcr.io does and docker-registry does not:
// - Bearer token auth: every /v2/ request without a valid token gets 401 with
//   `WWW-Authenticate: Bearer realm="http://<host>/token",service="ghcr-stand-in",scope=...`; the
//   realm takes Basic credentials (any username, the token as password, as ghcr.io does with a
//   GITHUB_TOKEN) and hands out a token for the scope asked.
// - Like ghcr.io, the challenge names a *pull* scope whatever the request was, and a request
//   whose token lacks the action it needs gets 403 DENIED without a challenge: a client must ask
//   the realm for `pull,push` itself before it writes.
// - A read-only token (a GITHUB_TOKEN with `packages: read`) is granted pull only, even when it
//   asks for push.
// - Tags cannot be deleted through the registry API (ghcr.io deletes package versions only through
//   the REST API): DELETE of a manifest answers 405 UNSUPPORTED.
// - Other credentials (a job's GITHUB_TOKEN, checked against the fake GitHub) are granted what
//   `authorize` says, asked again on every request made with a token the realm issued for them:
//   a credential that expires (a job token at job end) stops working, as on ghcr.io.
// - Tag lists are paginated: at most PAGE tags per answer (fewer when `n` asks), the rest behind a
//   `Link: <...?n=..&last=..>; rel="next"` header, as the distribution spec describes.
import http from "node:http";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";

const PAGE = 50;

export interface TokenRealm {
  host: string;
  /** Basic password that gets pull and push. */
  writeToken: string;
  /** Basic password that gets pull only. */
  readToken: string;
  /** What the realm was asked for, as it happened. */
  counts: { tokenRequests: number; denied: number; challenged: number; pages: number };
  stop(): Promise<void>;
}

function error(res: http.ServerResponse, status: number, code: string, message: string, headers = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ errors: [{ code, message }] }));
}

export type Action = "pull" | "push";

export interface TokenRealmOptions {
  page?: number;
  /**
   * What a credential other than writeToken/readToken may do in a repository (undefined: an
   * unknown or expired credential, 401).
   */
  authorize?: (password: string, repository: string) => Action[] | undefined;
  /**
   * Upstream repositories are `<namespace>/<name>` for the `<name>` a client sees: keeps the
   * repositories of one test apart from another's on the shared docker-registry.
   */
  namespace?: string;
}

export async function startTokenRealm(upstreamHost: string, opts: TokenRealmOptions = {}): Promise<TokenRealm> {
  const pageSize = opts.page ?? PAGE;
  const writeToken = `ghs_write${randomBytes(8).toString("hex")}`;
  const readToken = `ghs_read${randomBytes(8).toString("hex")}`;
  const upstreamPath = (p: string) => (opts.namespace ? p.replace(/^\/v2\/(?=.)/, `/v2/${opts.namespace}/`) : p);
  /** What a credential grants in a repository now (undefined: none that the realm knows). */
  const grants = (password: string, repo: string): Action[] | undefined =>
    password === writeToken
      ? ["pull", "push"]
      : password === readToken
        ? ["pull"]
        : password
          ? opts.authorize?.(password, repo)
          : undefined;
  /** Issued bearer token → the credential it was issued for and the actions it grants, per repository. */
  const issued = new Map<string, { repo: string; actions: Set<string>; password: string }>();
  const counts = { tokenRequests: 0, denied: 0, challenged: 0, pages: 0 };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const host = req.headers.host;
    if (url.pathname === "/token") {
      counts.tokenRequests++;
      const basic = Buffer.from(req.headers.authorization?.replace(/^Basic /, "") ?? "", "base64").toString();
      const [user, password] = [basic.slice(0, basic.indexOf(":")), basic.slice(basic.indexOf(":") + 1)];
      const m = /^repository:([^:]+):(.+)$/.exec(url.searchParams.get("scope") ?? "");
      const granted = m ? grants(password, m[1]) : undefined;
      if (!user || !granted) return error(res, 401, "UNAUTHORIZED", "invalid credentials");
      if (!m) return error(res, 400, "DENIED", "scope required");
      const actions = new Set(m[2].split(",").filter((a) => (granted as string[]).includes(a)));
      const token = randomBytes(16).toString("hex");
      issued.set(token, { repo: m[1], actions, password });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ token }));
      return;
    }
    const route = /^\/v2\/(.+?)\/(blobs|manifests|tags)\//.exec(url.pathname);
    const repo = route?.[1] ?? "";
    const bearer = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
    let grant = issued.get(bearer);
    // A token issued for a credential that has expired since (a job token after its job) is no token.
    const now = grant && grants(grant.password, grant.repo);
    if (grant && !now) grant = undefined;
    else if (grant && now)
      grant = { ...grant, actions: new Set([...grant.actions].filter((a) => now.includes(a as Action))) };
    if (!grant) {
      counts.challenged++;
      req.resume();
      return error(res, 401, "UNAUTHORIZED", "authentication required", {
        "www-authenticate": `Bearer realm="http://${host}/token",service="ghcr-stand-in",scope="repository:${repo || "user/image"}:pull"`,
      });
    }
    const need = req.method === "GET" || req.method === "HEAD" ? "pull" : "push";
    if (route && (grant.repo !== repo || !grant.actions.has(need))) {
      counts.denied++;
      req.resume();
      return error(res, 403, "DENIED", "requested access to the resource is denied");
    }
    if (req.method === "DELETE" && route?.[2] === "manifests") {
      req.resume();
      return error(res, 405, "UNSUPPORTED", "deleting tags is not supported through the registry API");
    }
    if (route?.[2] === "tags") return listTags(req, res, url, repo);
    forward(req, res);
  });

  function forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const [hostname, port] = upstreamHost.split(":");
    const { authorization: _, ...headers } = req.headers;
    const out = http.request(
      {
        host: hostname,
        port,
        method: req.method,
        path: upstreamPath(req.url ?? "/"),
        headers: { ...headers, host: upstreamHost },
      },
      (up) => {
        const h = { ...up.headers };
        // Upload locations name the upstream; rewrite them to stay behind the proxy.
        if (typeof h.location === "string") {
          h.location = h.location.replace(`//${upstreamHost}`, `//${req.headers.host}`);
          if (opts.namespace) h.location = h.location.replace(`/v2/${opts.namespace}/`, "/v2/");
        }
        res.writeHead(up.statusCode ?? 502, h);
        up.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    req.pipe(out);
  }

  /** All tags from upstream, served a page at a time in lexical order, with a Link to the next. */
  async function listTags(req: http.IncomingMessage, res: http.ServerResponse, url: URL, repo: string) {
    req.resume();
    const up = await fetch(`http://${upstreamHost}${upstreamPath(`/v2/${repo}/tags/list`)}`);
    if (up.status !== 200) {
      res.writeHead(up.status, { "content-type": "application/json" });
      res.end(await up.text());
      return;
    }
    const all = (((await up.json()) as { tags?: string[] | null }).tags ?? []).sort();
    const n = Math.min(pageSize, Number(url.searchParams.get("n") ?? pageSize) || pageSize);
    const last = url.searchParams.get("last");
    const rest = last ? all.filter((t) => t > last) : all;
    const page = rest.slice(0, n);
    counts.pages++;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (rest.length > n)
      headers.link = `</v2/${repo}/tags/list?n=${n}&last=${encodeURIComponent(page[page.length - 1])}>; rel="next"`;
    res.writeHead(200, headers);
    res.end(JSON.stringify({ name: repo, tags: page }));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    writeToken,
    readToken,
    counts,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
