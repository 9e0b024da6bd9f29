// Trims GitHub's published REST description (the npm package @octokit/openapi, dereferenced
// variant) to the operations mlship calls, for the fake GitHub to validate requests and
// responses against. Run: node scripts/trim-openapi.mjs [version]
// Writes test/fixtures/github/openapi-subset.json. The package is large (about 29 MB packed),
// so it is fetched into a temp folder here instead of being a dependency.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const OPERATIONS = [
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["get", "/repos/{owner}/{repo}/issues"],
  ["post", "/repos/{owner}/{repo}/issues"],
  ["patch", "/repos/{owner}/{repo}/issues/{issue_number}"],
  ["get", "/repos/{owner}/{repo}/labels/{name}"],
  ["post", "/repos/{owner}/{repo}/labels"],
  ["get", "/repos/{owner}/{repo}/deployments"],
  ["post", "/repos/{owner}/{repo}/deployments"],
  ["post", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses"],
  ["post", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"],
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
  ["put", "/repos/{owner}/{repo}/contents/{path}"],
  ["post", "/repos/{owner}/{repo}/git/refs"],
  ["get", "/repos/{owner}/{repo}/git/ref/{ref}"],
  ["post", "/repos/{owner}/{repo}/releases"],
  ["get", "/repos/{owner}/{repo}/pulls"],
  ["post", "/repos/{owner}/{repo}/pulls"],
  ["patch", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  // a partial re-run's jobs find the first attempt's train artifact (actions: read)
  ["get", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"],
  ["get", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"],
];

const version = process.argv[2] ?? "23.0.2";
const dir = mkdtempSync(path.join(os.tmpdir(), "openapi-"));
try {
  execFileSync("npm", ["pack", `@octokit/openapi@${version}`, "--silent"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  execFileSync("tar", ["xzf", `octokit-openapi-${version}.tgz`, "package/generated/api.github.com.deref.json"], {
    cwd: dir,
  });
  const full = JSON.parse(readFileSync(path.join(dir, "package/generated/api.github.com.deref.json"), "utf8"));
  const paths = {};
  for (const [method, p] of OPERATIONS) {
    const op = full.paths[p]?.[method];
    if (!op) throw new Error(`no ${method.toUpperCase()} ${p} in @octokit/openapi ${version}`);
    const responses = {};
    for (const [code, r] of Object.entries(op.responses)) {
      responses[code] = {
        description: r.description,
        ...(r.content?.["application/json"] ? { schema: r.content["application/json"].schema } : {}),
      };
    }
    paths[p] ??= {};
    paths[p][method] = {
      operationId: op.operationId,
      parameters: (op.parameters ?? []).map((x) => ({
        name: x.name,
        in: x.in,
        required: !!x.required,
        schema: x.schema,
      })),
      requestBody: op.requestBody?.content?.["application/json"]?.schema,
      responses,
    };
  }
  const out = {
    source: `@octokit/openapi@${version} generated/api.github.com.deref.json`,
    openapi: full.openapi,
    info: full.info.version,
    paths,
  };
  writeFileSync("test/fixtures/github/openapi-subset.json", JSON.stringify(out) + "\n");
  console.log(`wrote test/fixtures/github/openapi-subset.json: ${OPERATIONS.length} operations`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
