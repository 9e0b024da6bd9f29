import http from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { exampleCopy, tempDir } from "./tmp.js";
import type { AddressInfo } from "node:net";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

interface Op {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: unknown;
  responses: Record<string, { schema?: unknown }>;
}
const spec = JSON.parse(readFileSync("test/fixtures/github/openapi-subset.json", "utf8")) as {
  paths: Record<string, Record<string, Op>>;
};
const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const compiled = new Map<unknown, ValidateFunction>();

/** OpenAPI 3.0's `nullable` as JSON Schema: a null alternative (ajv wants it beside a `type`). */
function jsonSchema(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(jsonSchema);
  if (!s || typeof s !== "object") return s;
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (k !== "nullable") o[k] = jsonSchema(v);
  if ((s as { nullable?: boolean }).nullable) return { anyOf: [o, { type: "null" }] };
  return o;
}

function validator(schema: unknown): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) compiled.set(schema, (v = ajv.compile(jsonSchema(schema) as object)));
  return v;
}
const routes = Object.entries(spec.paths).map(([template, ops]) => ({
  template,
  re: new RegExp(`^${template.replace(/\{[^}]+\}/g, "([^/]+)").replace(/\//g, "\\/")}$`),
  names: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
  ops,
}));

export interface Fault {
  /** "METHOD /path" as requested (e.g. "POST /repos/acme/churn/issues/7/comments"), or "*". */
  match: string;
  /** What to answer, in order, one per matching request: a status, "secondary" (a secondary rate limit) or "hang". */
  then: (number | "secondary" | "hang")[];
}

interface Comment {
  id: number;
  issue_number: number;
  body: string;
  created_at: string;
  updated_at: string /** Who wrote it (default: the workflow's bot) */;
  login?: string;
}
interface Issue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  labels: { name: string }[];
  state_reason?: string | null;
}
interface Deployment {
  id: number;
  environment: string;
  payload: unknown;
  ref: string;
  sha: string;
  description: string | null;
  statuses: { state: string; environment_url?: string; description?: string; log_url?: string }[];
}

interface Pull {
  number: number;
  title: string;
  body: string | null;
  head: string;
  base: string;
  state: "open" | "closed";
  merged: boolean;
}

/** What the contents API reads and writes when it is backed by a git repository. */
export interface ContentsBackend {
  /** A branch's head commit (undefined: no such branch), for pull requests' head and base. */
  branchHead?(branch: string): string | undefined;
  get(path: string, ref?: string): Promise<{ content: string; sha: string } | undefined>;
  /** Commits `content` when `sha` is the file's current blob (absent: the file must not exist). */
  put(
    path: string,
    content: string,
    sha: string | undefined,
    message: string,
    branch: string,
  ): Promise<{ commit: string; blob: string; created: boolean } | { conflict: true }>;
}

/**
 * The permission scopes (any one suffices) and level an operation needs, from GitHub's
 * "Permissions required for GitHub Apps" tables: comments on a pull request take
 * `pull-requests` or `issues`.
 */
function operationScope(operationId: string): [string[], "read" | "write"] {
  const write = /create|update|delete|dispatch/.test(operationId);
  const level = write ? "write" : "read";
  if (operationId.includes("comment")) return [["issues", "pull-requests"], level];
  if (operationId.startsWith("issues/")) return [["issues"], level];
  if (operationId.startsWith("pulls/")) return [["pull-requests"], level];
  if (operationId.includes("deployment")) return [["deployments"], level];
  if (operationId.startsWith("actions/")) return [["actions"], level];
  return [["contents"], level];
}

/**
 * An in-memory GitHub for the REST calls mlship makes. Every request is checked against GitHub's
 * own published description (a trimmed @octokit/openapi, test/fixtures/github) — unknown routes,
 * missing required parameters and bodies that do not fit are answered 422 and recorded in
 * `violations` — and so is every response this fake sends, so it cannot drift from GitHub.
 * It pages with Link headers, sends rate-limit headers, and injects faults on request.
 */
export class FakeGitHub {
  requests: { method: string; path: string; body: unknown; auth: string | undefined }[] = [];
  violations: string[] = [];
  comments: Comment[] = [];
  issues: Issue[] = [];
  labels = new Set<string>();
  deployments: Deployment[] = [];
  dispatches: { workflow: string; ref: string; inputs: unknown }[] = [];
  files = new Map<string, { content: string; sha: string }>();
  commits: { path: string; message: string; sha: string }[] = [];
  releases: { tag_name: string; name: string | null; body: string; make_latest?: string }[] = [];
  /** Pull requests (their number is shared with issues, as on GitHub). */
  pulls: Pull[] = [];
  /** Git refs created through the API: full ref → commit sha. */
  refs = new Map<string, string>();
  faults: Fault[] = [];
  /**
   * Job tokens and what each may do (`permissions:` as GitHub resolved them). Empty: every
   * request is allowed (the unit tests' mode). Otherwise an unknown token gets 401 and a token
   * without the operation's scope 403 "Resource not accessible by integration", as GitHub answers.
   */
  tokens = new Map<string, Record<string, string>>();
  /**
   * Workflow runs' artifacts by run id (the harness's artifact service of each run): the REST API
   * lists them across attempts and redirects a download to the zip.
   */
  runArtifacts = new Map<
    number,
    { stored(): { id: number; name: string; size: number; createdAt: string }[]; blobUrl(id: number): string }
  >();
  /** Where the contents API reads and commits, when not the in-memory `files` (the harness's git). */
  contents?: ContentsBackend;
  /** Branches whose protection refuses direct commits through the contents API (GitHub answers 409). */
  protectedBranches = new Set<string>();
  /** Tokens a branch protection rule or ruleset lets past it (a GitHub App's, say); never a job's GITHUB_TOKEN. */
  protectionBypass = new Set<string>();
  /** GitHub App installation tokens among `tokens`: GitHub Packages (ghcr.io) refuses them. */
  appTokens = new Set<string>();
  url = "";
  private nextId = 1000;
  private server = http.createServer(
    (req, res) =>
      void this.handle(req, res).catch((e: Error) => {
        this.violations.push(`fake GitHub failed on ${req.method} ${req.url}: ${e.message}`);
        if (!res.headersSent) res.writeHead(500).end();
      }),
  );

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }
  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
  /** The environment a runner gives an action for an event in acme/churn, pointed at this fake. */
  runnerEnv(eventName: string, eventPath: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      GITHUB_REPOSITORY: "acme/churn",
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: this.url,
      GITHUB_SERVER_URL: "https://github.com",
      ...extra,
    };
  }

  /** Requests that reached a route (faults and violations included). */
  count(): number {
    return this.requests.length;
  }

  // ---- GitHub-shaped objects ----------------------------------------------------------------
  private api(p: string): string {
    return `https://api.github.com${p}`;
  }
  private user(login = "github-actions[bot]") {
    const u = `https://api.github.com/users/${encodeURIComponent(login)}`;
    const bot = login.endsWith("[bot]");
    return {
      login,
      id: 41898282,
      node_id: "MDM6Qm90NDE4OTgyODI=",
      avatar_url: "https://avatars.githubusercontent.com/in/15368?v=4",
      gravatar_id: "",
      url: u,
      html_url: "https://github.com/apps/github-actions",
      followers_url: `${u}/followers`,
      following_url: `${u}/following{/other_user}`,
      gists_url: `${u}/gists{/gist_id}`,
      starred_url: `${u}/starred{/owner}{/repo}`,
      subscriptions_url: `${u}/subscriptions`,
      organizations_url: `${u}/orgs`,
      repos_url: `${u}/repos`,
      events_url: `${u}/events{/privacy}`,
      received_events_url: `${u}/received_events`,
      type: bot ? "Bot" : "User",
      site_admin: false,
    };
  }
  private comment(repo: string, c: Comment) {
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: this.api(`/repos/${repo}/issues/comments/${c.id}`),
      html_url: `https://github.com/${repo}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: this.api(`/repos/${repo}/issues/${c.issue_number}`),
      body: c.body,
      user: this.user(c.login),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: "NONE",
    };
  }
  private ref(repo: string, ref: string) {
    const sha = this.refs.get(ref)!;
    return {
      ref,
      node_id: `REF_${ref}`,
      url: this.api(`/repos/${repo}/git/${ref}`),
      object: { type: "commit", sha, url: this.api(`/repos/${repo}/git/commits/${sha}`) },
    };
  }
  private repository(repo: string) {
    const u = this.api(`/repos/${repo}`);
    const [owner, name] = repo.split("/");
    const now = new Date().toISOString();
    return {
      id: 1296269,
      node_id: "R_1296269",
      name,
      full_name: repo,
      owner: this.user(owner),
      private: false,
      html_url: `https://github.com/${repo}`,
      description: null,
      fork: false,
      url: u,
      ...Object.fromEntries(
        [
          ["archive_url", "/{archive_format}{/ref}"],
          ["assignees_url", "/assignees{/user}"],
          ["blobs_url", "/git/blobs{/sha}"],
          ["branches_url", "/branches{/branch}"],
          ["collaborators_url", "/collaborators{/collaborator}"],
          ["comments_url", "/comments{/number}"],
          ["commits_url", "/commits{/sha}"],
          ["compare_url", "/compare/{base}...{head}"],
          ["contents_url", "/contents/{+path}"],
          ["contributors_url", "/contributors"],
          ["deployments_url", "/deployments"],
          ["downloads_url", "/downloads"],
          ["events_url", "/events"],
          ["forks_url", "/forks"],
          ["git_commits_url", "/git/commits{/sha}"],
          ["git_refs_url", "/git/refs{/sha}"],
          ["git_tags_url", "/git/tags{/sha}"],
          ["hooks_url", "/hooks"],
          ["issue_comment_url", "/issues/comments{/number}"],
          ["issue_events_url", "/issues/events{/number}"],
          ["issues_url", "/issues{/number}"],
          ["keys_url", "/keys{/key_id}"],
          ["labels_url", "/labels{/name}"],
          ["languages_url", "/languages"],
          ["merges_url", "/merges"],
          ["milestones_url", "/milestones{/number}"],
          ["notifications_url", "/notifications{?since,all,participating}"],
          ["pulls_url", "/pulls{/number}"],
          ["releases_url", "/releases{/id}"],
          ["stargazers_url", "/stargazers"],
          ["statuses_url", "/statuses/{sha}"],
          ["subscribers_url", "/subscribers"],
          ["subscription_url", "/subscription"],
          ["tags_url", "/tags"],
          ["teams_url", "/teams"],
          ["trees_url", "/git/trees{/sha}"],
        ].map(([k, v]) => [k, `${u}${v}`]),
      ),
      clone_url: `https://github.com/${repo}.git`,
      git_url: `git://github.com/${repo}.git`,
      ssh_url: `git@github.com:${repo}.git`,
      svn_url: `https://github.com/${repo}`,
      mirror_url: null,
      homepage: null,
      language: null,
      default_branch: this.defaultBranch,
      forks: 0,
      forks_count: 0,
      stargazers_count: 0,
      watchers: 0,
      watchers_count: 0,
      size: 1,
      open_issues: 0,
      open_issues_count: 0,
      has_downloads: true,
      has_issues: true,
      has_projects: true,
      has_wiki: true,
      has_pages: false,
      archived: false,
      disabled: false,
      license: null,
      pushed_at: now,
      created_at: now,
      updated_at: now,
    };
  }
  private pull(repo: string, p: Pull) {
    const u = this.api(`/repos/${repo}/pulls/${p.number}`);
    const html = `https://github.com/${repo}/pull/${p.number}`;
    const issue = this.api(`/repos/${repo}/issues/${p.number}`);
    const now = new Date().toISOString();
    const owner = repo.split("/")[0];
    const side = (ref: string) => ({
      label: `${owner}:${ref}`,
      ref,
      sha: this.contents?.branchHead?.(ref) ?? this.refs.get(`refs/heads/${ref}`) ?? "0".repeat(40),
      user: this.user(owner),
      repo: this.repository(repo),
    });
    const link = (href: string) => ({ href });
    return {
      url: u,
      id: 7000 + p.number,
      node_id: `PR_${p.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${u}/commits`,
      review_comments_url: `${u}/comments`,
      review_comment_url: this.api(`/repos/${repo}/pulls/comments{/number}`),
      comments_url: `${issue}/comments`,
      statuses_url: this.api(`/repos/${repo}/statuses/${side(p.head).sha}`),
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(),
      body: p.body,
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: now,
      updated_at: now,
      closed_at: p.state === "closed" ? now : null,
      merged_at: p.merged ? now : null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(p.head),
      base: side(p.base),
      _links: {
        self: link(u),
        html: link(html),
        issue: link(issue),
        comments: link(`${issue}/comments`),
        review_comments: link(`${u}/comments`),
        review_comment: link(this.api(`/repos/${repo}/pulls/comments{/number}`)),
        commits: link(`${u}/commits`),
        statuses: link(this.api(`/repos/${repo}/statuses/${side(p.head).sha}`)),
      },
      author_association: "NONE",
      auto_merge: null,
      draft: false,
      merged: p.merged,
      mergeable: null,
      mergeable_state: "unknown",
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: 1,
    };
  }
  /** A branch exists: in the git repository behind the contents API, else among the refs created through the API (the default branch always). */
  private branchExists(branch: string): boolean {
    if (this.contents?.branchHead) return this.contents.branchHead(branch) !== undefined;
    return branch === this.defaultBranch || this.refs.has(`refs/heads/${branch}`);
  }

  private artifact(repo: string, runId: number, a: { id: number; name: string; size: number; createdAt: string }) {
    const expires = new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString();
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.size,
      url: this.api(`/repos/${repo}/actions/artifacts/${a.id}`),
      archive_download_url: this.api(`/repos/${repo}/actions/artifacts/${a.id}/zip`),
      expired: false,
      created_at: a.createdAt,
      expires_at: expires,
      updated_at: a.createdAt,
      digest: null,
      workflow_run: {
        id: runId,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: "main",
        head_sha: "0".repeat(40),
      },
    };
  }

  private label(repo: string, name: string) {
    return {
      id: 5000 + [...this.labels].indexOf(name),
      node_id: `LA_${name}`,
      url: this.api(`/repos/${repo}/labels/${encodeURIComponent(name)}`),
      name,
      description: "Opened by mlship",
      color: "d93f0b",
      default: false,
    };
  }
  private issue(repo: string, i: Issue) {
    const base = this.api(`/repos/${repo}/issues/${i.number}`);
    const now = new Date().toISOString();
    return {
      id: 9000 + i.number,
      node_id: `I_${i.number}`,
      url: base,
      repository_url: this.api(`/repos/${repo}`),
      labels_url: `${base}/labels{/name}`,
      comments_url: `${base}/comments`,
      events_url: `${base}/events`,
      html_url: `https://github.com/${repo}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason ?? null,
      title: i.title,
      body: i.body,
      user: this.user(),
      labels: i.labels.map((l) => this.label(repo, l.name)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.comments.filter((c) => c.issue_number === i.number).length,
      closed_at: i.state === "closed" ? now : null,
      created_at: now,
      updated_at: now,
      author_association: "NONE",
    };
  }
  private deployment(repo: string, d: Deployment) {
    const now = new Date().toISOString();
    const url = this.api(`/repos/${repo}/deployments/${d.id}`);
    return {
      url,
      id: d.id,
      node_id: `DE_${d.id}`,
      sha: d.sha,
      ref: d.ref,
      task: "deploy",
      payload: d.payload as object,
      original_environment: d.environment,
      environment: d.environment,
      description: d.description,
      creator: this.user(),
      created_at: now,
      updated_at: now,
      statuses_url: `${url}/statuses`,
      repository_url: this.api(`/repos/${repo}`),
      transient_environment: false,
      production_environment: d.environment === "production",
    };
  }
  private status(repo: string, d: Deployment, s: Deployment["statuses"][number]) {
    const now = new Date().toISOString();
    const id = this.nextId++;
    return {
      url: this.api(`/repos/${repo}/deployments/${d.id}/statuses/${id}`),
      id,
      node_id: `DES_${id}`,
      state: s.state,
      creator: this.user(),
      description: s.description ?? "",
      environment: d.environment,
      target_url: s.log_url ?? `https://github.com/${repo}/deployments`,
      created_at: now,
      updated_at: now,
      deployment_url: this.api(`/repos/${repo}/deployments/${d.id}`),
      repository_url: this.api(`/repos/${repo}`),
      ...(s.environment_url ? { environment_url: s.environment_url } : {}),
      ...(s.log_url ? { log_url: s.log_url } : {}),
    };
  }
  private file(repo: string, path: string, f: { content: string; sha: string }, withContent: boolean) {
    const u = this.api(`/repos/${repo}/contents/${path}`);
    const links = {
      self: u,
      git: this.api(`/repos/${repo}/git/blobs/${f.sha}`),
      html: `https://github.com/${repo}/blob/main/${path}`,
    };
    return {
      type: "file",
      encoding: "base64",
      size: Buffer.byteLength(f.content),
      name: path.split("/").pop()!,
      path,
      ...(withContent ? { content: Buffer.from(f.content).toString("base64") } : {}),
      sha: f.sha,
      url: u,
      git_url: links.git,
      html_url: links.html,
      download_url: `https://raw.githubusercontent.com/${repo}/main/${path}`,
      _links: links,
    };
  }

  // ---- request handling ----------------------------------------------------------------------
  private send(
    res: http.ServerResponse,
    op: Op | undefined,
    label: string,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ): void {
    const schema = op?.responses[String(status)]?.schema;
    if (op && body !== undefined && schema) {
      const v = validator(schema);
      if (!v(body))
        this.violations.push(`response ${status} of ${label}: ${ajv.errorsText(v.errors, { separator: "; " })}`);
    } else if (op && !op.responses[String(status)])
      this.violations.push(`response ${status} of ${label} is not one GitHub documents`);
    const used = this.requests.length;
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "x-ratelimit-limit": "1000",
      "x-ratelimit-remaining": String(Math.max(0, 1000 - used)),
      "x-ratelimit-used": String(used),
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
      "x-ratelimit-resource": "core",
      "x-github-request-id": `FAKE:${used}`,
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  }

  private page<T>(res: http.ServerResponse, op: Op, label: string, url: URL, items: T[]): void {
    const per = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
    const page = Number(url.searchParams.get("page") ?? 1);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${this.url}${next.pathname}${next.search}>; rel="next"`;
    }
    this.send(res, op, label, 200, items.slice((page - 1) * per, page * per), headers);
  }

  defaultBranch = "main";

  /** Requests made with one token (a job's API use). */
  countFor(token: string): number {
    return this.requests.filter((r) => r.auth === `token ${token}` || r.auth === `Bearer ${token}`).length;
  }

  /** 401/403 as GitHub answers a token that is unknown or lacks the operation's permission. */
  private refuse(operationId: string, auth: string | undefined): { status: number; message: string } | undefined {
    if (this.tokens.size === 0) return undefined;
    const token = auth?.replace(/^(token|bearer)\s+/i, "");
    const granted = token ? this.tokens.get(token) : undefined;
    if (!granted) return { status: 401, message: "Bad credentials" };
    const [scopes, level] = operationScope(operationId);
    const rank = (v: string | undefined) => (v === "write" ? 2 : v === "read" ? 1 : 0);
    if (scopes.some((s) => rank(granted[s]) >= rank(level))) return undefined;
    return { status: 403, message: "Resource not accessible by integration" };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    const method = (req.method ?? "GET").toLowerCase();
    const label = `${method.toUpperCase()} ${url.pathname}`;
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      this.violations.push(`${label}: body is not JSON`);
    }
    this.requests.push({ method: method.toUpperCase(), path: url.pathname, body, auth: req.headers.authorization });

    const fault = this.faults.find((f) => (f.match === "*" || f.match === label) && f.then.length > 0);
    if (fault) {
      const what = fault.then.shift()!;
      if (what === "hang") return; // never answers: the client's timeout must act
      if (what === "secondary") {
        res.writeHead(403, { "content-type": "application/json", "retry-after": "1", "x-ratelimit-remaining": "900" });
        return void res.end(
          JSON.stringify({
            message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
            documentation_url:
              "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          }),
        );
      }
      res.writeHead(what, { "content-type": "application/json" });
      return void res.end(JSON.stringify({ message: `injected ${what}` }));
    }

    const route = routes.find((r) => r.re.test(url.pathname) && r.ops[method]);
    if (!route) {
      this.violations.push(`${label}: not an operation of the trimmed GitHub description`);
      return this.send(res, undefined, label, 404, { message: "Not Found" });
    }
    const op = route.ops[method];
    const params = Object.fromEntries(
      route.names.map((n, i) => [n, decodeURIComponent(route.re.exec(url.pathname)![i + 1])]),
    );
    for (const p of op.parameters) {
      if (p.required && p.in === "query" && !url.searchParams.has(p.name))
        this.violations.push(`${label}: missing query parameter ${p.name}`);
    }
    if (op.requestBody) {
      const v = validator(op.requestBody);
      if (!v(body ?? {})) {
        this.violations.push(
          `${label} (${op.operationId}) request body: ${ajv.errorsText(v.errors, { separator: "; " })}`,
        );
        return this.send(res, op, label, 422, {
          message: "Validation Failed",
          documentation_url: "https://docs.github.com/rest",
        });
      }
    }
    const refused = this.refuse(op.operationId, req.headers.authorization);
    if (refused) {
      res.writeHead(refused.status, { "content-type": "application/json; charset=utf-8" });
      return void res.end(
        JSON.stringify({ message: refused.message, documentation_url: "https://docs.github.com/rest" }),
      );
    }
    const repo = `${params.owner}/${params.repo}`;
    const now = new Date().toISOString();
    if (this.contents && op.operationId === "repos/get-content") {
      const f = await this.contents.get(params.path, url.searchParams.get("ref") ?? undefined);
      return f
        ? this.send(res, op, label, 200, this.file(repo, params.path, f, true))
        : this.send(res, op, label, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    }
    if (op.operationId === "repos/create-or-update-file-contents") {
      const branch = String(body!.branch ?? this.defaultBranch);
      const token = req.headers.authorization?.replace(/^(token|bearer)\s+/i, "");
      if (this.protectedBranches.has(branch) && !(token && this.protectionBypass.has(token)))
        return this.send(res, op, label, 409, {
          message: "Repository rule violations found\n\nChanges must be made through a pull request.\n\n",
          documentation_url: "https://docs.github.com/rest/repos/contents#create-or-update-file-contents",
        });
    }
    if (this.contents && op.operationId === "repos/create-or-update-file-contents") {
      const branch = String(body!.branch ?? this.defaultBranch);
      const content = Buffer.from(String(body!.content), "base64").toString("utf8");
      const r = await this.contents.put(
        params.path,
        content,
        body!.sha as string | undefined,
        String(body!.message),
        branch,
      );
      if ("conflict" in r)
        return this.send(res, op, label, 409, {
          message: `${params.path} does not match ${String(body!.sha)}`,
          documentation_url: "https://docs.github.com/rest",
        });
      this.commits.push({ path: params.path, message: String(body!.message), sha: r.commit });
      const who = {
        date: now,
        name: "github-actions[bot]",
        email: "41898282+github-actions[bot]@users.noreply.github.com",
      };
      return this.send(res, op, label, r.created ? 201 : 200, {
        content: this.file(repo, params.path, { content, sha: r.blob }, false),
        commit: {
          sha: r.commit,
          node_id: `C_${r.commit}`,
          url: this.api(`/repos/${repo}/git/commits/${r.commit}`),
          html_url: `https://github.com/${repo}/commit/${r.commit}`,
          author: who,
          committer: who,
          message: String(body!.message),
          tree: { url: this.api(`/repos/${repo}/git/trees/${r.commit}`), sha: r.commit },
          parents: [],
          verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
        },
      });
    }
    switch (op.operationId) {
      case "issues/list-comments":
        return this.page(
          res,
          op,
          label,
          url,
          this.comments.filter((c) => c.issue_number === Number(params.issue_number)).map((c) => this.comment(repo, c)),
        );
      case "issues/create-comment": {
        const c = {
          id: this.nextId++,
          issue_number: Number(params.issue_number),
          body: String(body!.body),
          created_at: now,
          updated_at: now,
        };
        this.comments.push(c);
        return this.send(res, op, label, 201, this.comment(repo, c));
      }
      case "issues/update-comment": {
        const c = this.comments.find((x) => x.id === Number(params.comment_id));
        if (!c)
          return this.send(res, op, label, 404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest",
          });
        c.body = String(body!.body);
        c.updated_at = now;
        return this.send(res, op, label, 200, this.comment(repo, c));
      }
      case "issues/list-for-repo": {
        const label_ = url.searchParams.get("labels");
        const state = url.searchParams.get("state") ?? "open";
        return this.page(
          res,
          op,
          label,
          url,
          this.issues
            .filter(
              (i) => (state === "all" || i.state === state) && (!label_ || i.labels.some((l) => l.name === label_)),
            )
            .map((i) => this.issue(repo, i)),
        );
      }
      case "issues/create": {
        const i: Issue = {
          number: this.issues.length + this.pulls.length + 1,
          title: String(body!.title),
          body: String(body!.body ?? ""),
          state: "open",
          labels: ((body!.labels as string[]) ?? []).map((name) => ({ name })),
        };
        this.issues.push(i);
        return this.send(res, op, label, 201, this.issue(repo, i));
      }
      case "issues/update": {
        const i = this.issues.find((x) => x.number === Number(params.issue_number));
        if (!i)
          return this.send(res, op, label, 404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest",
          });
        if (body!.state) i.state = body!.state as Issue["state"];
        if (body!.state_reason) i.state_reason = String(body!.state_reason);
        return this.send(res, op, label, 200, this.issue(repo, i));
      }
      case "issues/get-label":
        return this.labels.has(params.name)
          ? this.send(res, op, label, 200, this.label(repo, params.name))
          : this.send(res, op, label, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      case "issues/create-label":
        this.labels.add(String(body!.name));
        return this.send(res, op, label, 201, this.label(repo, String(body!.name)));
      case "repos/list-deployments": {
        const env = url.searchParams.get("environment");
        return this.page(
          res,
          op,
          label,
          url,
          [...this.deployments]
            .reverse()
            .filter((d) => !env || d.environment === env)
            .map((d) => this.deployment(repo, d)),
        );
      }
      case "repos/create-deployment": {
        const d: Deployment = {
          id: this.nextId++,
          environment: String(body!.environment ?? "production"),
          payload: body!.payload ?? {},
          ref: String(body!.ref),
          sha: /^[0-9a-f]{40}$/.test(String(body!.ref)) ? String(body!.ref) : "f".repeat(40),
          description: (body!.description as string) ?? null,
          statuses: [],
        };
        this.deployments.push(d);
        return this.send(res, op, label, 201, this.deployment(repo, d));
      }
      case "repos/create-deployment-status": {
        const d = this.deployments.find((x) => x.id === Number(params.deployment_id));
        if (!d)
          return this.send(res, op, label, 404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest",
          });
        const s = {
          state: String(body!.state),
          environment_url: body!.environment_url as string | undefined,
          description: body!.description as string | undefined,
          log_url: body!.log_url as string | undefined,
        };
        d.statuses.push(s);
        return this.send(res, op, label, 201, this.status(repo, d, s));
      }
      case "actions/list-workflow-run-artifacts": {
        // Every attempt's artifacts of the run, newest first, as GitHub lists them.
        const name = url.searchParams.get("name");
        const items = (this.runArtifacts.get(Number(params.run_id))?.stored() ?? [])
          .filter((a) => !name || a.name === name)
          .sort((a, b) => b.id - a.id)
          .map((a) => this.artifact(repo, Number(params.run_id), a));
        const per = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
        const page = Number(url.searchParams.get("page") ?? 1);
        return this.send(res, op, label, 200, {
          total_count: items.length,
          artifacts: items.slice((page - 1) * per, page * per),
        });
      }
      case "actions/download-artifact": {
        const id = Number(params.artifact_id);
        for (const run of this.runArtifacts.values())
          if (run.stored().some((a) => a.id === id))
            return this.send(res, op, label, 302, undefined, { location: run.blobUrl(id) });
        res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
        return void res.end(
          JSON.stringify({ message: "Not Found", documentation_url: "https://docs.github.com/rest" }),
        );
      }
      case "actions/create-workflow-dispatch":
        this.dispatches.push({ workflow: params.workflow_id, ref: String(body!.ref), inputs: body!.inputs ?? {} });
        return this.send(res, op, label, 204);
      case "repos/create-release": {
        if (this.releases.some((r) => r.tag_name === body!.tag_name))
          return this.send(res, op, label, 422, {
            message: "Validation Failed",
            documentation_url: "https://docs.github.com/rest/releases/releases#create-a-release",
            errors: [{ resource: "Release", code: "already_exists", field: "tag_name" }],
          });
        const r = {
          tag_name: String(body!.tag_name),
          name: (body!.name as string | undefined) ?? null,
          body: String(body!.body ?? ""),
          make_latest: body!.make_latest as string | undefined,
        };
        this.releases.push(r);
        const id = this.nextId++;
        const url = this.api(`/repos/${repo}/releases/${id}`);
        return this.send(res, op, label, 201, {
          url,
          html_url: `https://github.com/${repo}/releases/tag/${r.tag_name}`,
          assets_url: `${url}/assets`,
          upload_url: `https://uploads.github.com/repos/${repo}/releases/${id}/assets{?name,label}`,
          tarball_url: this.api(`/repos/${repo}/tarball/${r.tag_name}`),
          zipball_url: this.api(`/repos/${repo}/zipball/${r.tag_name}`),
          id,
          node_id: `RE_${id}`,
          tag_name: r.tag_name,
          target_commitish: String(body!.target_commitish ?? "main"),
          name: r.name,
          body: r.body,
          draft: false,
          prerelease: false,
          created_at: now,
          published_at: now,
          author: this.user(),
          assets: [],
        });
      }
      case "pulls/list": {
        // `head` filters by user:ref-name (docs: "Filter pulls by head user or head organization and branch name").
        const head = url.searchParams.get("head");
        const base = url.searchParams.get("base");
        const state = url.searchParams.get("state") ?? "open";
        return this.page(
          res,
          op,
          label,
          url,
          this.pulls
            .filter(
              (p) =>
                (state === "all" || p.state === state) &&
                (!head || head === `${repo.split("/")[0]}:${p.head}`) &&
                (!base || p.base === base),
            )
            .reverse()
            .map((p) => this.pull(repo, p)),
        );
      }
      case "pulls/create": {
        // As GitHub answers: an invalid head or base, or an open pull request for that head and base, is 422.
        const invalid = (field: string, code = "invalid", message?: string) =>
          this.send(res, op, label, 422, {
            message: "Validation Failed",
            errors: [{ resource: "PullRequest", field, code, ...(message ? { message } : {}) }],
            documentation_url: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
          });
        const head = String(body!.head).replace(new RegExp(`^${repo.split("/")[0]}:`), "");
        const base = String(body!.base);
        if (!this.branchExists(base)) return invalid("base");
        if (!this.branchExists(head)) return invalid("head");
        if (this.pulls.some((p) => p.state === "open" && p.head === head && p.base === base))
          return invalid("", "custom", `A pull request already exists for ${repo.split("/")[0]}:${head}.`);
        const p: Pull = {
          number: this.issues.length + this.pulls.length + 1,
          title: String(body!.title ?? ""),
          body: (body!.body as string | undefined) ?? null,
          head,
          base,
          state: "open",
          merged: false,
        };
        this.pulls.push(p);
        return this.send(res, op, label, 201, this.pull(repo, p));
      }
      case "pulls/update": {
        const p = this.pulls.find((x) => x.number === Number(params.pull_number));
        if (!p)
          return this.send(res, op, label, 404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest",
          });
        if (body!.title !== undefined) p.title = String(body!.title);
        if (body!.body !== undefined) p.body = String(body!.body);
        if (body!.state) p.state = body!.state as Pull["state"];
        return this.send(res, op, label, 200, this.pull(repo, p));
      }
      case "git/create-ref": {
        const ref = String(body!.ref);
        if (this.refs.has(ref))
          return this.send(res, op, label, 422, {
            message: "Reference already exists",
            documentation_url: "https://docs.github.com/rest",
          });
        this.refs.set(ref, String(body!.sha));
        return this.send(res, op, label, 201, this.ref(repo, ref));
      }
      case "git/get-ref": {
        const ref = `refs/${params.ref}`;
        return this.refs.has(ref)
          ? this.send(res, op, label, 200, this.ref(repo, ref))
          : this.send(res, op, label, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      }
      case "repos/get-content": {
        const f = this.files.get(params.path);
        return f
          ? this.send(res, op, label, 200, this.file(repo, params.path, f, true))
          : this.send(res, op, label, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
      }
      case "repos/create-or-update-file-contents": {
        const current = this.files.get(params.path);
        if (current && body!.sha !== current.sha)
          return this.send(res, op, label, 409, {
            message: `${params.path} does not match ${String(body!.sha)}`,
            documentation_url: "https://docs.github.com/rest",
          });
        const sha = (this.nextId++).toString(16).padStart(40, "0");
        const f = { content: Buffer.from(String(body!.content), "base64").toString("utf8"), sha };
        this.files.set(params.path, f);
        const commitSha = (this.nextId++).toString(16).padStart(40, "a");
        this.commits.push({ path: params.path, message: String(body!.message), sha: commitSha });
        const who = {
          date: now,
          name: "github-actions[bot]",
          email: "41898282+github-actions[bot]@users.noreply.github.com",
        };
        const commit = {
          sha: commitSha,
          node_id: `C_${commitSha}`,
          url: this.api(`/repos/${repo}/git/commits/${commitSha}`),
          html_url: `https://github.com/${repo}/commit/${commitSha}`,
          author: who,
          committer: who,
          message: String(body!.message),
          tree: { url: this.api(`/repos/${repo}/git/trees/${sha}`), sha },
          parents: [],
          verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
        };
        return this.send(res, op, label, current ? 200 : 201, {
          content: this.file(repo, params.path, f, false),
          commit,
        });
      }
    }
    this.send(res, op, label, 404, { message: "Not Found" });
  }
}

/**
 * The set-up GitHub action tests share: a private copy of the churn example, a fake GitHub
 * started before the file's tests and stopped after them, and an event payload file. The
 * working directory is restored afterwards (tests chdir into the copy when they are ready).
 */
export function fakeGitHubOnExample(payload: Record<string, unknown>): { dir: string; gh: FakeGitHub; event: string } {
  const dir = exampleCopy();
  const gh = new FakeGitHub();
  const cwd = process.cwd();
  const event = path.join(tempDir(), "event.json");
  beforeAll(async () => {
    await gh.start();
    writeFileSync(event, JSON.stringify(payload));
  });
  afterAll(async () => {
    process.chdir(cwd);
    await gh.stop();
  });
  return { dir, gh, event };
}
