import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for GitHub's artifact results service as @actions/artifact (v2+ protocol)
 * speaks it: Twirp JSON calls (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) and the Azure block-blob upload and download of the zip.
 */
export class FakeArtifactService {
  url = "";
  artifacts = new Map<string, { id: number; zip: Buffer; size: number; finalized: boolean }>();
  calls: string[] = [];
  private blocks = new Map<string, Map<string, Buffer>>();
  private server = http.createServer((req, res) => void this.handle(req, res));

  /** A runtime token whose scope carries the workflow run and job backend IDs, as the runner's does. */
  static token(): string {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${b64({ alg: "none", typ: "JWT" })}.${b64({ scp: "Actions.GenericRead Actions.Results:run-1:job-1" })}.sig`;
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this.url;
  }
  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const u = new URL(req.url ?? "/", this.url);
    const json = (code: number, v: unknown) => {
      res.writeHead(code, { "content-type": "application/json" });
      res.end(JSON.stringify(v));
    };
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(u.pathname);
    if (twirp) {
      const m = twirp[1];
      this.calls.push(m);
      const q = JSON.parse(body.toString("utf8") || "{}");
      if (m === "CreateArtifact") {
        // GitHub accepts a name once per workflow run: a second upload fails (the action warns).
        if (this.artifacts.get(q.name)?.finalized)
          return json(409, {
            code: "already_exists",
            msg: "an artifact with this name already exists on the workflow run",
          });
        const id = this.artifacts.size + 1;
        this.artifacts.set(q.name, { id, zip: Buffer.alloc(0), size: 0, finalized: false });
        return json(200, { ok: true, signed_upload_url: `${this.url}blob/${encodeURIComponent(q.name)}?sig=fake` });
      }
      if (m === "FinalizeArtifact") {
        const a = this.artifacts.get(q.name);
        if (!a) return json(404, { code: "not_found", msg: "no such artifact" });
        a.finalized = true;
        a.size = Number(q.size);
        return json(200, { ok: true, artifact_id: String(a.id) });
      }
      if (m === "ListArtifacts") {
        const list = [...this.artifacts.entries()]
          .filter(
            ([name, a]) =>
              a.finalized &&
              (!q.name_filter || q.name_filter === name) &&
              (!q.id_filter || String(q.id_filter) === String(a.id)),
          )
          .map(([name, a]) => ({
            workflow_run_backend_id: "run-1",
            workflow_job_run_backend_id: "job-1",
            database_id: String(a.id),
            name,
            size: String(a.size),
            created_at: new Date().toISOString(),
          }));
        return json(200, { artifacts: list });
      }
      if (m === "GetSignedArtifactURL")
        return json(200, { signed_url: `${this.url}blob/${encodeURIComponent(q.name)}?sig=fake` });
      return json(404, { code: "bad_route", msg: m });
    }
    const blob = /^\/blob\/(.+)$/.exec(u.pathname);
    if (blob) {
      const name = decodeURIComponent(blob[1]);
      const a = this.artifacts.get(name);
      if (!a) return json(404, {});
      const headers = {
        "x-ms-request-id": "1",
        "x-ms-version": "2024-11-04",
        etag: '"0x1"',
        "last-modified": new Date().toUTCString(),
        "x-ms-request-server-encrypted": "true",
      };
      if (req.method === "PUT" && u.searchParams.get("comp") === "block") {
        if (!this.blocks.has(name)) this.blocks.set(name, new Map());
        this.blocks.get(name)!.set(u.searchParams.get("blockid")!, body);
        res.writeHead(201, headers);
        return void res.end();
      }
      if (req.method === "PUT" && u.searchParams.get("comp") === "blocklist") {
        const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(
          (x) => x[1],
        );
        a.zip = Buffer.concat(ids.map((id) => this.blocks.get(name)?.get(id) ?? Buffer.alloc(0)));
        res.writeHead(201, headers);
        return void res.end();
      }
      if (req.method === "PUT") {
        a.zip = body; // single-shot upload
        res.writeHead(201, headers);
        return void res.end();
      }
      if (req.method === "GET") {
        res.writeHead(200, { ...headers, "content-type": "application/zip", "content-length": String(a.zip.length) });
        return void res.end(a.zip);
      }
    }
    json(404, { message: `fake artifact service has no ${req.method} ${u.pathname}` });
  }
}
