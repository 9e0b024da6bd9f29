import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import type { TestProject } from "vitest/node";
import { startS3Server } from "./services/s3-server.js";
import { startOciRegistry } from "./services/oci-registry.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> of the S3 server (bucket "models"). */
    s3Endpoint: string;
    /** 127.0.0.1:<port> of the OCI distribution registry. */
    ociHost: string;
    /** Its storage folder (tests tamper with blobs there). */
    ociDataDir: string;
    /** This run's bundle of the current sources (see bundleSources); "" when MLSHIP_TEST_FROM_SOURCE=1. */
    bundleDir: string;
  }
}

/**
 * The example's data is generated (deterministically), never downloaded or committed.
 * The registry backends are tested against real servers started here, on 127.0.0.1.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = path.resolve("examples/churn");
  if (!existsSync(path.join(dir, "data", "current.csv"))) {
    execFileSync("python3", ["generate_data.py"], { cwd: dir, stdio: "inherit" });
  }
  const services = mkdtempSync(path.join(os.tmpdir(), "mlship-services-"));
  const s3 = await startS3Server({ directory: path.join(services, "s3") });
  const oci = await startOciRegistry({ directory: path.join(services, "oci") });
  project.provide("s3Endpoint", s3.endpoint);
  project.provide("ociHost", oci.host);
  project.provide("ociDataDir", path.join(services, "oci", "data"));
  project.provide("bundleDir", process.env.MLSHIP_TEST_FROM_SOURCE === "1" ? "" : await bundleSources(services));
  return async () => {
    await Promise.all([s3.stop(), oci.stop()]);
    rmSync(services, { recursive: true, force: true });
  };
}

/**
 * Bundles the current sources once for this run, in the layout the repository ships (scripts/
 * build.mjs --out: every action, the CLI, the shared chunks), plus the test workers that tests
 * spawn by the dozen. Processes the tests spawn run these (test/helpers/proc.ts, the harness):
 * they start in well under half of tsx's time, and they are the code that ships, built from the
 * sources under test, never the committed bundles (which may be stale until rebuilt).
 */
async function bundleSources(services: string): Promise<string> {
  const out = path.join(services, "bundle");
  execFileSync(process.execPath, ["scripts/build.mjs", "--out", out], { stdio: "pipe" });
  const workers = readdirSync("test/helpers").filter((f) => f.endsWith("-worker.ts"));
  await esbuild.build({
    entryPoints: workers.map((f) => path.join("test/helpers", f)),
    outdir: path.join(out, "test-workers"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundled CommonJS packages call require(); an ES module has to make it (as scripts/build.mjs does).
    banner: { js: `import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);` },
    logLevel: "warning",
  });
  writeFileSync(path.join(out, "test-workers", "package.json"), '{ "type": "module" }\n');
  return out;
}
