import { describe, expect, it } from "vitest";
import { isUserError } from "../packages/core/src/errors.js";
import { defaultCoreSettings, readCoreSettings } from "../packages/core/src/settings.js";
import { caught } from "./helpers/catch.js";

/** #31 item 4: the hosts read mlship's settings once, with one reader, and pass them in. */
describe("readCoreSettings", () => {
  it("an empty environment gives the documented defaults (README, settings.ts)", () => {
    expect(readCoreSettings({})).toEqual({
      registry: {
        ociAttempts: 5,
        ociRetryBaseMs: 250,
        requestTimeoutMs: 30_000,
        s3Endpoint: undefined,
        s3Region: "us-east-1",
      },
      kubectl: "kubectl",
      gpu: { nvidiaSmi: "nvidia-smi", sampleMs: 1000, visibleDevices: undefined },
    });
    expect(defaultCoreSettings).toEqual(readCoreSettings({}));
  });

  it("reads each variable, the S3 endpoint and region in the AWS SDK's order, '' as unset (CUDA's '' hides every GPU)", () => {
    const s = readCoreSettings({
      MLSHIP_OCI_ATTEMPTS: "2",
      MLSHIP_OCI_RETRY_BASE_MS: "0",
      MLSHIP_REQUEST_TIMEOUT_MS: "1500",
      AWS_ENDPOINT_URL_S3: "http://s3.local:9000",
      AWS_ENDPOINT_URL: "http://all.local",
      AWS_REGION: "",
      AWS_DEFAULT_REGION: "eu-north-1",
      MLSHIP_KUBECTL: "/opt/kubectl",
      MLSHIP_NVIDIA_SMI: "",
      MLSHIP_GPU_SAMPLE_MS: "250",
      CUDA_VISIBLE_DEVICES: "",
    });
    expect(s).toEqual({
      registry: {
        ociAttempts: 2,
        ociRetryBaseMs: 0,
        requestTimeoutMs: 1500,
        s3Endpoint: "http://s3.local:9000",
        s3Region: "eu-north-1",
      },
      kubectl: "/opt/kubectl",
      gpu: { nvidiaSmi: "nvidia-smi", sampleMs: 250, visibleDevices: "" },
    });
    expect(
      readCoreSettings({ MLSHIP_S3_ENDPOINT: "http://m", AWS_ENDPOINT_URL_S3: "http://s3" }).registry.s3Endpoint,
    ).toBe("http://m");
    expect(readCoreSettings({ AWS_ENDPOINT_URL: "http://all" }).registry.s3Endpoint).toBe("http://all");
  });

  it("STORAGE_EMULATOR_HOST as Google's Node SDK takes it: https:// before a bare host:port, trailing slashes dropped", () => {
    expect(readCoreSettings({}).gcsEmulator).toBeUndefined();
    expect(readCoreSettings({ STORAGE_EMULATOR_HOST: "localhost:4443" }).gcsEmulator).toBe("https://localhost:4443");
    expect(readCoreSettings({ STORAGE_EMULATOR_HOST: "http://127.0.0.1:9023//" }).gcsEmulator).toBe(
      "http://127.0.0.1:9023",
    );
  });

  it.each([
    ["MLSHIP_OCI_ATTEMPTS", "abc"],
    ["MLSHIP_OCI_ATTEMPTS", "0"],
    ["MLSHIP_OCI_ATTEMPTS", "2.5"],
    ["MLSHIP_OCI_RETRY_BASE_MS", "-1"],
    ["MLSHIP_REQUEST_TIMEOUT_MS", "0"],
    ["MLSHIP_REQUEST_TIMEOUT_MS", "30s"],
    ["MLSHIP_GPU_SAMPLE_MS", " "],
    ["MLSHIP_GPU_SAMPLE_MS", "Infinity"],
    ["STORAGE_EMULATOR_HOST", "ftp://gcs.local"],
    ["STORAGE_EMULATOR_HOST", "http://user:pw@gcs.local"],
    ["STORAGE_EMULATOR_HOST", "http://gcs.local/storage/v1"],
  ])("%s=%j is bad input naming the variable (exit 2), not a silent default", async (name, value) => {
    const e = await caught(async () => readCoreSettings({ [name]: value }));
    expect(isUserError(e)).toBe(true);
    expect(e.message).toContain(`environment variable ${name} is ${JSON.stringify(value)}`);
    expect(e.exitCode).toBe(2);
  });
});
