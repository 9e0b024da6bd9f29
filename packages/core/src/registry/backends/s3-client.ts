import { S3Client } from "@aws-sdk/client-s3";
import { defaultCoreSettings, type RegistrySettings } from "../../settings.js";

export interface S3Options {
  /** S3-compatible endpoint (MinIO, R2, a local server); path-style addressing is used with it. */
  endpoint?: string;
  region?: string;
  /** Attempts per request (the SDK's standard retry mode: exponential backoff with jitter on 5xx, throttling and resets). */
  maxAttempts?: number;
  requestTimeoutMs?: number;
}

/** The S3 options the host's settings give (the endpoint, region and request limit). */
export function s3Options(settings: RegistrySettings = defaultCoreSettings.registry): S3Options {
  return { endpoint: settings.s3Endpoint, region: settings.s3Region, requestTimeoutMs: settings.requestTimeoutMs };
}

/**
 * A client as every S3 user here makes it (the registry, data at `s3://`): the endpoint and region
 * the host's settings give (`s3Options`; path-style addressing with an endpoint), credentials from
 * the SDK's chain, the SDK's standard retries.
 */
export function s3Client(opts: S3Options = {}): S3Client {
  const endpoint = opts.endpoint;
  const timeoutMs = opts.requestTimeoutMs ?? defaultCoreSettings.registry.requestTimeoutMs;
  return new S3Client({
    region: opts.region ?? defaultCoreSettings.registry.s3Region,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    maxAttempts: opts.maxAttempts ?? 5,
    retryMode: "standard",
    requestHandler: { connectionTimeout: 10_000, requestTimeout: Math.max(timeoutMs, 120_000) },
  });
}
