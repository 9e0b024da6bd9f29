import { UserError } from "../errors.js";

/**
 * Secrets: what mlship withholds from the processes it starts, and the one redaction applied to
 * every text it persists or posts (deployment status, quarantine reason, history, summaries,
 * comments, run logs). The runner's log masking covers the job log only, not files or API bodies.
 */

/** Variables holding credentials mlship itself uses; never passed to a child unless the user maps them (`pass-env`). */
const WITHHELD =
  /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|MLSHIP_REGISTRY_TOKEN|MLSHIP_REGISTRY_USERNAME|GITHUB_TOKEN|GH_TOKEN)$/;

/** Variables whose values are redacted wherever they appear (whether or not a child gets them). */
const SECRET_VARS =
  /^(INPUT_GITHUB-TOKEN|INPUT_REGISTRY-TOKEN|INPUT_.*(TOKEN|PASSWORD|SECRET).*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|MLSHIP_REGISTRY_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN)$/;

/** Shorter values would redact ordinary words; no real credential is this short. */
const MIN_SECRET_LENGTH = 6;

const registered = new Set<string>();

/** Adds a value to redact from now on (a token from an input, a registry password). */
export function registerSecret(value: string | undefined): void {
  if (value && value.trim().length >= MIN_SECRET_LENGTH && !value.startsWith("${{")) registered.add(value.trim());
}

/** Every value known to be secret now: registered ones and those of the credential variables. */
export function knownSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const out = new Set(registered);
  for (const [k, v] of Object.entries(env))
    if (v && SECRET_VARS.test(k.toUpperCase()) && v.trim().length >= MIN_SECRET_LENGTH && !v.startsWith("${{"))
      out.add(v.trim());
  // Longest first, so a secret that contains another is replaced whole.
  return [...out].sort((a, b) => b.length - a.length);
}

/** The text with every known secret value (and its URL-encoded form) replaced by `***`. */
export function redact(text: string): string;
export function redact(text: string | undefined): string | undefined;
export function redact(text: string | undefined): string | undefined {
  return text ? redacter()(text) : text;
}

/** redact() with the secrets looked up once, for many lines (a training log). */
export function redacter(): (text: string) => string {
  const forms = knownSecrets().flatMap((s) => (encodeURIComponent(s) !== s ? [s, encodeURIComponent(s)] : [s]));
  return (text) => {
    let out = text;
    for (const f of forms) if (out.includes(f)) out = out.split(f).join("***");
    return out;
  };
}

/** A JSON-like value with every string redacted (records written to state, API request bodies). */
export function redactDeep<T>(value: T): T {
  if (typeof value === "string") return redact(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}

/**
 * The environment for a process mlship starts: ours without the credentials mlship holds for
 * itself (INPUT_*, the runner's ACTIONS_* tokens, the registry token, GITHUB_TOKEN), except the
 * names the user maps through `pass-env`, plus `extra`.
 */
export function childEnv(
  extra: Record<string, string | undefined> = {},
  passEnv: readonly string[] = [],
): NodeJS.ProcessEnv {
  const keep = new Set(passEnv);
  // A mapped credential that is not there is a wiring mistake (on GitHub: a secret the caller did
  // not map, or `secrets: inherit` across owners, which passes nothing): say so, naming it.
  const empty = passEnv.filter((k) => !process.env[k] && !extra[k]);
  if (empty.length)
    throw new UserError(
      `pass-env names ${empty.join(", ")}, but ${empty.length > 1 ? "they are" : "it is"} empty or unset here. On GitHub, map the secret in the caller's \`secrets:\` (${empty.map((k) => `${k}: \${{ secrets.${k} }}`).join(", ")}): \`secrets: inherit\` passes nothing to mlship's workflows, which live in another owner's repository`,
      { input: "pass-env" },
    );
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && (keep.has(k) || !WITHHELD.test(k.toUpperCase()))) env[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}
