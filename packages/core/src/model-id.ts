import { UserError } from "./errors.js";

/**
 * The one grammar for model names, IDs and references:
 *   name     := [a-z0-9][a-z0-9._-]{0,63}
 *   id       := name "@v" N          N a positive integer, no leading zeros
 *   ref      := id | name "@latest" | name "@" env | "sha256:" 64 hex
 *   env      := [a-z][a-z0-9_-]{0,31}  (not "latest", not "v" followed by digits)
 */
const MODEL_GRAMMAR =
  "name@vN (name: lowercase letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 chars; N a positive integer without leading zeros), name@latest, name@<environment>, or sha256:<64 hex digits>";

const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const ENV = /^[a-z][a-z0-9_-]{0,31}$/;
const VERSION = /^v([1-9][0-9]{0,8})$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;

export interface ModelId {
  name: string;
  version: number;
}

export type ModelRef =
  | { kind: "version"; name: string; version: number }
  | { kind: "latest"; name: string }
  | { kind: "environment"; name: string; environment: string }
  | { kind: "digest"; digest: string };

function reject(text: string, why: string, input?: string): never {
  const shown = JSON.stringify(text.length > 80 ? text.slice(0, 80) + "…" : text);
  throw new UserError(`invalid model reference ${shown}: ${why}. Expected ${MODEL_GRAMMAR}`, input ? { input } : {});
}

export function isValidModelName(name: string): boolean {
  return NAME.test(name) && name !== "." && name !== ".." && !name.includes("..");
}

export function assertModelName(name: string, input?: string): string {
  if (!isValidModelName(name)) {
    throw new UserError(
      `invalid model name ${JSON.stringify(name)}: use lowercase letters, digits, '.', '_', '-', starting with a letter or digit, at most 64 chars`,
      input ? { input } : {},
    );
  }
  return name;
}

export function isValidEnvironment(env: string): boolean {
  return ENV.test(env) && env !== "latest" && !/^v[0-9]+$/.test(env);
}

export function assertEnvironment(env: string, input?: string): string {
  if (!isValidEnvironment(env)) {
    throw new UserError(
      `invalid environment name ${JSON.stringify(env)}: use a lowercase letter then letters, digits, '_' or '-', at most 32 chars`,
      input ? { input } : {},
    );
  }
  return env;
}

export function parseModelRef(text: string, input?: string): ModelRef {
  if (typeof text !== "string" || text.length === 0) reject(String(text), "it is empty", input);
  if (text.startsWith("sha256:")) {
    if (!DIGEST.test(text)) reject(text, "a digest is 'sha256:' and 64 lowercase hex digits", input);
    return { kind: "digest", digest: text };
  }
  const at = text.indexOf("@");
  if (at < 0) reject(text, "it has no '@'", input);
  if (text.indexOf("@", at + 1) >= 0) reject(text, "it has more than one '@'", input);
  const name = text.slice(0, at);
  const tail = text.slice(at + 1);
  if (!isValidModelName(name)) reject(text, `the name ${JSON.stringify(name)} is not allowed`, input);
  if (tail === "latest") return { kind: "latest", name };
  const v = VERSION.exec(tail);
  if (v) return { kind: "version", name, version: Number(v[1]) };
  if (/^v[0-9]+$/.test(tail)) reject(text, "a version is a positive integer without leading zeros", input);
  if (isValidEnvironment(tail)) return { kind: "environment", name, environment: tail };
  return reject(text, `${JSON.stringify(tail)} is neither vN, latest nor an environment name`, input);
}

/** Parses a concrete, immutable ID (name@vN) and nothing else. */
export function parseModelId(text: string, input?: string): ModelId {
  const ref = parseModelRef(text, input);
  if (ref.kind !== "version") reject(text, "a concrete model ID name@vN is required here", input);
  return { name: ref.name, version: ref.version };
}

export function formatModelId(id: ModelId): string {
  return `${id.name}@v${id.version}`;
}

/** @internal (tests and scripts import it by path) */
export function formatModelRef(ref: ModelRef): string {
  switch (ref.kind) {
    case "version":
      return `${ref.name}@v${ref.version}`;
    case "latest":
      return `${ref.name}@latest`;
    case "environment":
      return `${ref.name}@${ref.environment}`;
    case "digest":
      return ref.digest;
  }
}
