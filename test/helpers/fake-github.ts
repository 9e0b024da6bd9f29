import http from "node:http";
import type { AddressInfo } from "node:net";

interface Comment { id: number; body: string; issue_number: number }
interface Issue { number: number; title: string; body: string; state: string; labels: { name: string }[] }

/**
 * An in-memory stand-in for the GitHub REST endpoints mlship calls, with GitHub's pagination
 * (Link headers) and rate-limit headers. It records every request for assertions.
 */
export class FakeGitHub {
  requests: { method: string; path: string; body: unknown; auth: string | undefined }[] = [];
  comments: Comment[] = [];
  issues: Issue[] = [];
  labels = new Set<string>();
  deployments: { id: number; environment: string; payload: unknown; statuses: { state: string; environment_url?: string }[] }[] = [];
  dispatches: { workflow: string; ref: string; inputs: unknown }[] = [];
  private server = http.createServer((req, res) => this.handle(req, res));
  private nextId = 1000;
  url = "";

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }
  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }

  private send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json", "x-ratelimit-limit": "1000", "x-ratelimit-remaining": String(1000 - this.requests.length), "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600), "x-ratelimit-used": String(this.requests.length), "x-ratelimit-resource": "core", ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private page<T>(res: http.ServerResponse, url: URL, items: T[]): void {
    const per = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const slice = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    this.send(res, 200, slice, headers);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    const url = new URL(req.url ?? "/", this.url);
    const p = url.pathname;
    const m = req.method ?? "GET";
    this.requests.push({ method: m, path: p, body, auth: req.headers.authorization });
    let r: RegExpExecArray | null;
    if ((r = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(p))) {
      const n = Number(r[1]);
      if (m === "GET") return this.page(res, url, this.comments.filter((c) => c.issue_number === n));
      const c = { id: this.nextId++, body: body.body, issue_number: n };
      this.comments.push(c);
      return this.send(res, 201, c);
    }
    if ((r = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p)) && m === "PATCH") {
      const c = this.comments.find((x) => x.id === Number(r![1]));
      if (!c) return this.send(res, 404, { message: "Not Found" });
      c.body = body.body;
      return this.send(res, 200, c);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(p)) {
      if (m === "GET") {
        const label = url.searchParams.get("labels");
        return this.page(res, url, this.issues.filter((i) => i.state === (url.searchParams.get("state") ?? "open") && (!label || i.labels.some((l) => l.name === label))));
      }
      const issue = { number: this.issues.length + 1, title: body.title, body: body.body, state: "open", labels: (body.labels ?? []).map((name: string) => ({ name })) };
      this.issues.push(issue);
      return this.send(res, 201, issue);
    }
    if ((r = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(p)) && m === "PATCH") {
      const issue = this.issues.find((i) => i.number === Number(r![1]));
      if (!issue) return this.send(res, 404, { message: "Not Found" });
      Object.assign(issue, { state: body.state ?? issue.state });
      return this.send(res, 200, issue);
    }
    if ((r = /^\/repos\/[^/]+\/[^/]+\/labels(?:\/(.+))?$/.exec(p))) {
      if (m === "GET") return this.labels.has(decodeURIComponent(r[1] ?? "")) ? this.send(res, 200, { name: r[1] }) : this.send(res, 404, { message: "Not Found" });
      this.labels.add(body.name);
      return this.send(res, 201, { name: body.name });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/deployments$/.test(p) && m === "GET") {
      const env = url.searchParams.get("environment");
      return this.page(res, url, [...this.deployments].reverse().filter((d) => !env || d.environment === env));
    }
    if (/^\/repos\/[^/]+\/[^/]+\/deployments$/.test(p) && m === "POST") {
      const d = { id: this.nextId++, environment: body.environment, payload: body.payload, statuses: [] };
      this.deployments.push(d);
      return this.send(res, 201, d);
    }
    if ((r = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses$/.exec(p)) && m === "POST") {
      const d = this.deployments.find((x) => x.id === Number(r![1]));
      if (!d) return this.send(res, 404, { message: "Not Found" });
      d.statuses.push({ state: body.state, environment_url: body.environment_url });
      return this.send(res, 201, { id: this.nextId++, state: body.state });
    }
    if ((r = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/dispatches$/.exec(p)) && m === "POST") {
      this.dispatches.push({ workflow: decodeURIComponent(r[1]), ref: body.ref, inputs: body.inputs });
      return this.send(res, 204);
    }
    this.send(res, 404, { message: `fake GitHub has no ${m} ${p}` });
  }
}
