import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadProject, projectRegistry } from "../packages/core/src/project.js";
import { registryAccessFor } from "../packages/core/src/registry/defaults.js";
import { readRegistryAccess } from "@mlship/github/context";
import { OciBackend } from "../packages/core/src/registry/backends/oci.js";
import { caught } from "./helpers/catch.js";
import { tempDir } from "./helpers/tmp.js";
import { tsNode } from "./helpers/proc.js";
import { startTokenRealm, type TokenRealm } from "./services/token-realm.js";

const run = promisify(execFile);
const root = tempDir("mlship-defaults-");

/** A job's variables as GitHub sets them on a runner (only those the registry's defaults read, and the rest of the job's). */
function githubJob(workspace: string, runner: "github-hosted" | "self-hosted"): NodeJS.ProcessEnv {
  return {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTOR: "ada",
    GITHUB_REPOSITORY: "Acme/Churn-Model",
    GITHUB_REPOSITORY_OWNER: "Acme",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_RUN_ID: "4711",
    GITHUB_WORKSPACE: workspace,
    RUNNER_ENVIRONMENT: runner,
    RUNNER_NAME: runner === "github-hosted" ? "GitHub Actions 12" : "gpu-box-1",
  };
}

/** The user's checkout: mlship.yml with `registry` as given (none: the line left out). */
function checkout(name: string, registry?: string, extra = ""): string {
  const dir = path.join(root, name, "Churn-Model");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "mlship.yml"), `model: churn\n${registry ? `registry: ${registry}\n` : ""}${extra}`);
  return dir;
}

describe("the registry's defaults on GitHub Actions", () => {
  it("no registry configured: ghcr.io under the repository's owner, with the job's GITHUB_TOKEN and the actor", async () => {
    const ws = checkout("ghcr");
    const access = readRegistryAccess({ githubToken: "ghs_jobToken0123" }, githubJob(ws, "github-hosted"));
    const project = await loadProject(path.join(ws, "mlship.yml"));
    const registry = await projectRegistry(project, undefined, access);
    expect(registry.uri).toBe("oci://ghcr.io/acme/churn-model-mlship");
    // What the OCI backend is opened with: no extra secret, the job's own token.
    expect(registryAccessFor(registry.uri, access)).toMatchObject({
      token: "ghs_jobToken0123",
      username: "ada",
      source: "https://github.com/Acme/Churn-Model",
    });
    // The CLI in a workflow step gets the job token as GITHUB_TOKEN in its environment.
    const cli = readRegistryAccess({}, { ...githubJob(ws, "github-hosted"), GITHUB_TOKEN: "ghs_stepEnv456" });
    expect(registryAccessFor(registry.uri, cli).token).toBe("ghs_stepEnv456");
    // Off GitHub the same project keeps its registry beside mlship.yml.
    const local = await projectRegistry(project, undefined, readRegistryAccess({}, {}));
    expect(local.uri).toBe(`file://${path.join(ws, ".mlship/registry")}`);
  });

  it("MLSHIP_GITHUB_CONTAINER_REGISTRY names GitHub's container registry when it is not ghcr.io (Enterprise Server)", async () => {
    const ws = checkout("ghes");
    const env = { ...githubJob(ws, "self-hosted"), MLSHIP_GITHUB_CONTAINER_REGISTRY: "containers.github.acme.example" };
    const access = readRegistryAccess({ githubToken: "ghs_jobToken0123" }, env);
    const registry = await projectRegistry(await loadProject(path.join(ws, "mlship.yml")), undefined, access);
    expect(registry.uri).toBe("oci://containers.github.acme.example/acme/churn-model-mlship");
    expect(registryAccessFor(registry.uri, access)).toMatchObject({ token: "ghs_jobToken0123", username: "ada" });
    // Another registry on that machine does not get the job's token.
    expect(registryAccessFor("oci://registry.acme.example/ml/churn", access).token).toBeUndefined();
  });

  it("a file:// registry in the workspace of a hosted runner is refused, saying what to use instead", async () => {
    const ws = checkout("hosted", "file://.mlship/registry");
    const env = githubJob(ws, "github-hosted");
    const project = await loadProject(path.join(ws, "mlship.yml"));
    const e = await caught(() => projectRegistry(project, undefined, readRegistryAccess({}, env)));
    expect(e.message).toContain(`registry file://.mlship/registry is inside the job's workspace (${ws})`);
    expect(e.message).toContain("thrown away with the GitHub-hosted runner");
    expect(e.message).toContain("ghcr.io");
    expect(e.message).toContain("packages: write");
    expect(e.message).toContain("s3://");
    // The CLI, run as in a job step: exit 2 (bad configuration), the same words, nothing written.
    const [node, args] = tsNode("packages/cli/src/index.ts", ["models", "list"]);
    const r = await run(node, args, { cwd: ws, env: { ...process.env, ...env } }).catch((x) => x);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is inside the job's workspace");
    expect(r.stderr).toContain("remove `registry:` from mlship.yml to use the default");
  }, 60_000);

  it("a file:// path outside the workspace needs registry-persistent: true, on any runner", async () => {
    const store = path.join(root, "srv", "mlship-registry");
    const ws = checkout("self", `file://${store}`);
    const env = githubJob(ws, "self-hosted");
    const e = await caught(async () =>
      projectRegistry(await loadProject(path.join(ws, "mlship.yml")), undefined, readRegistryAccess({}, env)),
    );
    expect(e.message).toContain("nothing says it outlives the job");
    expect(e.message).toContain("registry-persistent: true");
    const optedIn = checkout("self-opt-in", `file://${store}`, "registry-persistent: true\n");
    const reg = await projectRegistry(
      await loadProject(path.join(optedIn, "mlship.yml")),
      undefined,
      readRegistryAccess({}, env),
    );
    expect(await reg.names()).toEqual([]);
    // Opting in does not make the workspace durable.
    const inWs = checkout("self-ws", "file://.mlship/registry", "registry-persistent: true\n");
    const e2 = await caught(async () =>
      projectRegistry(
        await loadProject(path.join(inWs, "mlship.yml")),
        undefined,
        readRegistryAccess({}, githubJob(inWs, "self-hosted")),
      ),
    );
    expect(e2.message).toContain("actions/checkout cleans");
  });
});

describe("ghcr.io's package link", () => {
  let realm: TokenRealm;
  beforeAll(async () => {
    realm = await startTokenRealm(inject("ociHost"));
  });
  afterAll(() => realm?.stop());

  it("every record carries org.opencontainers.image.source, the repository's URL", async () => {
    const repo = `acme/link-${randomBytes(3).toString("hex")}`;
    const backend = new OciBackend(realm.host, repo, {
      credentials: { username: "ada", password: realm.writeToken },
      source: "https://github.com/Acme/Churn-Model",
    });
    expect(await backend.createRecord("models/churn/environments/production/events/1.json", { x: 1 })).toBe(true);
    // Read back without mlship: a token from the realm, then the manifest as the registry holds it.
    const basic = Buffer.from(`ada:${realm.readToken}`).toString("base64");
    const { token } = (await (
      await fetch(`http://${realm.host}/token?service=x&scope=repository:${repo}:pull`, {
        headers: { authorization: `Basic ${basic}` },
      })
    ).json()) as { token: string };
    const manifest = (await (
      await fetch(`http://${realm.host}/v2/${repo}/manifests/churn.env.production.e1`, {
        headers: { authorization: `Bearer ${token}`, accept: "application/vnd.oci.image.manifest.v1+json" },
      })
    ).json()) as { artifactType: string; annotations: Record<string, string>; layers: { mediaType: string }[] };
    expect(manifest.annotations["org.opencontainers.image.source"]).toBe("https://github.com/Acme/Churn-Model");
    expect(manifest.artifactType).toBe("application/vnd.mlship.event.v1");
    expect(manifest.layers).toEqual([
      {
        mediaType: "application/vnd.oci.empty.v1+json",
        digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
        size: 2,
      },
    ]);
  });
});
