import { afterAll, inject, vi } from "vitest";
import { openRegistry, type RegistryAccess } from "../../packages/core/src/registry/open.js";
import { readCoreSettings } from "../../packages/core/src/settings.js";
import { S3_CREDENTIALS } from "../services/s3-server.js";

/**
 * A registry test file as a host of the tests' S3 server: the AWS SDK's credentials and the S3
 * endpoint set (vi.stubEnv, undone after the file) for the SDK and for the worker processes it
 * starts, which read their settings from the environment they inherit as a host does; and `open`,
 * which opens a registry with those settings passed in.
 */
export function s3Host() {
  vi.stubEnv("AWS_ACCESS_KEY_ID", S3_CREDENTIALS.accessKeyId);
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", S3_CREDENTIALS.secretAccessKey);
  vi.stubEnv("MLSHIP_S3_ENDPOINT", inject("s3Endpoint"));
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  const settings = readCoreSettings({ MLSHIP_S3_ENDPOINT: inject("s3Endpoint") }).registry;
  return {
    settings,
    open: (uri: string, baseDir?: string, access: RegistryAccess = {}) =>
      openRegistry(uri, baseDir, { settings, ...access }),
  };
}
