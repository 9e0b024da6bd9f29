import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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
  return async () => {
    await Promise.all([s3.stop(), oci.stop()]);
    rmSync(services, { recursive: true, force: true });
  };
}
