import http from "node:http";
import type { AddressInfo } from "node:net";

interface Stored {
  id: number;
  name: string;
  /** The run attempt that uploaded it. */
  attempt: number;
  zip: Buffer;
  size: number;
  finalized: boolean;
  createdAt: string;
}

let nextId = 1;

/**
 * A local stand-in for GitHub's artifact results service as @actions/artifact (v2+ protocol)
 * speaks it: Twirp JSON calls (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) and the Azure block-blob upload and download of the zip.
 *
 * One service holds one workflow run's artifacts, each recorded with the attempt that uploaded
 * it. The runtime calls (a job's ACTIONS_RUNTIME_TOKEN) see the current `attempt` only, as the
 * runner's service does: a job of a re-run cannot find what the first attempt uploaded. The REST
 * API lists the run's artifacts across attempts (`stored()`, which the fake GitHub serves).
 */
export class FakeArtifactService {
  url = "";
  /** The run attempt whose jobs use this service now ("Re-run failed jobs" makes a new one). */
  attempt = 1;
  private all: Stored[] = [];
  calls: string[] = [];
  private blocks = new Map<number, Map<string, Buffer>>();
  private server = http.createServer((req, res) => void this.handle(req, res));

  /** The current attempt's artifacts by name. */
  get artifacts(): Map<string, Stored> {
    return new Map(this.all.filter((a) => a.attempt === this.attempt).map((a) => [a.name, a]));
  }

  /** Every finalized artifact of the run, all attempts (what the REST API lists). */
  stored(): Stored[] {
    return this.all.filter((a) => a.finalized);
  }

  /** Where an artifact's zip is downloaded from (the signed URL GitHub redirects to). */
  blobUrl(id: number): string {
    return `${this.url}blob/${id}?sig=fake`;
  }

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
        const id = nextId++;
        this.all = this.all.filter((a) => !(a.attempt === this.attempt && a.name === q.name));
        const createdAt = new Date().toISOString();
        this.all.push({
          id,
          name: q.name,
          attempt: this.attempt,
          zip: Buffer.alloc(0),
          size: 0,
          finalized: false,
          createdAt,
        });
        return json(200, { ok: true, signed_upload_url: this.blobUrl(id) });
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
            created_at: a.createdAt,
          }));
        return json(200, { artifacts: list });
      }
      if (m === "GetSignedArtifactURL") {
        const a = this.artifacts.get(q.name);
        if (!a) return json(404, { code: "not_found", msg: "no such artifact" });
        return json(200, { signed_url: this.blobUrl(a.id) });
      }
      return json(404, { code: "bad_route", msg: m });
    }
    const blob = /^\/blob\/(\d+)$/.exec(u.pathname);
    if (blob) {
      const id = Number(blob[1]);
      const a = this.all.find((x) => x.id === id);
      if (!a) return json(404, {});
      const headers = {
        "x-ms-request-id": "1",
        "x-ms-version": "2024-11-04",
        etag: '"0x1"',
        "last-modified": new Date().toUTCString(),
        "x-ms-request-server-encrypted": "true",
      };
      if (req.method === "PUT" && u.searchParams.get("comp") === "block") {
        if (!this.blocks.has(id)) this.blocks.set(id, new Map());
        this.blocks.get(id)!.set(u.searchParams.get("blockid")!, body);
        res.writeHead(201, headers);
        return void res.end();
      }
      if (req.method === "PUT" && u.searchParams.get("comp") === "blocklist") {
        const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map(
          (x) => x[1],
        );
        a.zip = Buffer.concat(ids.map((id) => this.blocks.get(a.id)?.get(id) ?? Buffer.alloc(0)));
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
