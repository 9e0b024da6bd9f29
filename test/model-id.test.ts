import { describe, expect, it } from "vitest";
import { caught } from "./helpers/catch.js";
import { UserError } from "../packages/core/src/errors.js";
import { formatModelRef, parseModelId, parseModelRef } from "../packages/core/src/model-id.js";

describe("model IDs", () => {
  it.each([
    ["churn@v7", { kind: "version", name: "churn", version: 7 }],
    ["churn@v1", { kind: "version", name: "churn", version: 1 }],
    ["fraud-detector.v2_x@v123", { kind: "version", name: "fraud-detector.v2_x", version: 123 }],
    ["9lives@latest", { kind: "latest", name: "9lives" }],
    ["churn@production", { kind: "environment", name: "churn", environment: "production" }],
    ["churn@ml-staging_2", { kind: "environment", name: "churn", environment: "ml-staging_2" }],
    [`sha256:${"a".repeat(64)}`, { kind: "digest", digest: `sha256:${"a".repeat(64)}` }],
  ])("accepts %s", (text, expected) => {
    const ref = parseModelRef(text);
    expect(ref).toEqual(expected);
    expect(formatModelRef(ref)).toBe(text);
  });

  it.each([
    ["", "empty"],
    ["churn", "no '@'"],
    ["churn@v0", "positive integer"],
    ["churn@v07", "leading zeros"],
    ["Churn@v1", "name"],
    ["../x@v1", "name"],
    ["a/b@v1", "name"],
    ["churn model@v1", "name"],
    ["churn@v1;rm -rf /", "neither"],
    ["churn@$(id)", "neither"],
    ["churn@`id`", "neither"],
    ["churn@v1@v2", "more than one"],
    [".hidden@v1", "name"],
    ["a".repeat(65) + "@v1", "name"],
    ["churn@Prod", "neither"],
    [`sha256:${"A".repeat(64)}`, "hex"],
    ["sha256:abc", "hex"],
  ])("rejects %j with the grammar in the message", (text, why) => {
    let err: unknown;
    try {
      parseModelRef(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(why);
    expect((err as Error).message).toContain("name@vN");
  });

  it("accepts a 64-character name and rejects 65", () => {
    expect(parseModelId("a".repeat(64) + "@v1").name).toHaveLength(64);
    expect(() => parseModelId("a".repeat(65) + "@v1")).toThrow(UserError);
  });

  it("parseModelId wants a concrete version", () => {
    expect(parseModelId("churn@v3")).toEqual({ name: "churn", version: 3 });
    expect(() => parseModelId("churn@latest")).toThrow(/concrete model ID/);
    expect(() => parseModelId("churn@production")).toThrow(/concrete model ID/);
  });

  it("names the input at fault", async () => {
    const e = await caught(() => parseModelRef("bad id", "model"));
    expect(e.location?.input).toBe("model");
  });
});
