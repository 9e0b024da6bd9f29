import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { UserError } from "../errors.js";

/**
 * Secrets: what mlship withholds from the processes it starts, and the one redaction applied to
 * every text it persists, posts or prints (deployment status, quarantine reason, history,
 * summaries, comments, run logs, `--json` documents). The runner's log masking covers the job log
 * only, not files or API bodies.
 */

/**
 * The credential variables, declared once: each is withheld from every child mlship starts unless
 * the user maps it (`pass-env`), and its value is redacted wherever it appears.
 * @internal
 */
export const SECRET_VARIABLES = [
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "MLSHIP_REGISTRY_TOKEN",
  "MLSHIP_DEPLOY_TOKEN",
  "MLSHIP_DATA_TOKEN",
  "MLSHIP_ROLLBACK_TOKEN",
  "MLSHIP_ALERT_WEBHOOK",
] as const;

/** Withheld from children but no secret value (an identifier or a URL): not redacted. */
const WITHHELD_ONLY = ["ACTIONS_ID_TOKEN_REQUEST_URL", "MLSHIP_REGISTRY_USERNAME"];
/** Redacted but passed through: the cloud credentials a training command's data may need. */
const REDACTED_ONLY = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

/** Every action input (`INPUT_*`) is withheld; those naming a token, password or secret are redacted too. */
const SECRET_INPUT = /^INPUT_.*(TOKEN|PASSWORD|SECRET)/;

function isWithheld(name: string): boolean {
  const n = name.toUpperCase();
  return n.startsWith("INPUT_") || (SECRET_VARIABLES as readonly string[]).includes(n) || WITHHELD_ONLY.includes(n);
}

function isRedacted(name: string): boolean {
  const n = name.toUpperCase();
  return SECRET_INPUT.test(n) || (SECRET_VARIABLES as readonly string[]).includes(n) || REDACTED_ONLY.includes(n);
}

/** Shorter values would redact ordinary words; no real credential is this short. */
const MIN_SECRET_LENGTH = 6;

const registered = new Set<string>();

/** Adds a value to redact from now on (a token from an input, a registry password). */
export function registerSecret(value: string | undefined): void {
  if (value && value.trim().length >= MIN_SECRET_LENGTH && !value.startsWith("${{")) registered.add(value.trim());
}

/**
 * Every value known to be secret now: registered ones, those of the credential variables, and the
 * contents of the secret files `env` names or MLSHIP_SECRET_FILES lists (fileSecrets()).
 */
function knownSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const out = new Set(registered);
  for (const [k, v] of Object.entries(env))
    if (v && isRedacted(k) && v.trim().length >= MIN_SECRET_LENGTH && !v.startsWith("${{")) out.add(v.trim());
  for (const s of fileSecrets(env)) out.add(s);
  return longestFirst(out);
}

/** Longest first, so a secret that contains another is replaced whole. */
function longestFirst(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * A variable naming a file that holds a secret, by the `<NAME>_FILE` convention (Docker and
 * Kubernetes secrets, `POSTGRES_PASSWORD_FILE`, `AWS_WEB_IDENTITY_TOKEN_FILE`): `<NAME>` is a
 * redacted variable's, or names a token, password, secret, key or credentials.
 */
const SECRET_FILE_VARIABLE = /^(?:.*_)?(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIALS?)(?:_[A-Z0-9]+)*_FILE$/;
/** Variables naming a credentials file without the convention's suffix. */
const CREDENTIAL_FILE_VARIABLES = ["GOOGLE_APPLICATION_CREDENTIALS"];

function namesSecretFile(name: string): boolean {
  const n = name.toUpperCase();
  return (
    SECRET_FILE_VARIABLE.test(n) ||
    CREDENTIAL_FILE_VARIABLES.includes(n) ||
    (n.endsWith("_FILE") && isRedacted(n.slice(0, -5)))
  );
}

/** A secret file larger than this is not read (no credential is; a data file named like one is not one). */
const MAX_SECRET_FILE = 64 * 1024;

/** `name = value`, `name: value`, `"name": "value",` (dotenv, YAML, INI, JSON a key a line): the value. */
const ASSIGNMENT = /^\s*(?:export\s+)?["']?[A-Za-z_][\w.-]*["']?\s*[=:]\s*["']?(.*?)["']?\s*,?\s*$/;

/** A file's structure, no secret: a section header, a comment, a brace, a PEM armour line. */
const STRUCTURE = /^\s*(?:\[|#|;|\{|\}|-----)/;

const fileCache = new Map<string, { stamp: string; secrets: string[] }>();

/**
 * The secrets a file holds: each of its lines, or a line's assigned value (a token file, a PEM
 * key, a dotenv or JSON credentials file), read again when the file changes.
 * A file that cannot be read here (missing, not a file, too large, another user's) holds none
 * known to mlship.
 */
function secretsInFile(file: string): string[] {
  let stamp: string;
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > MAX_SECRET_FILE) return [];
    stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return [];
  }
  const hit = fileCache.get(file);
  if (hit?.stamp === stamp) return hit.secrets;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const out = new Set<string>();
  const add = (v: string | undefined) => {
    const t = v?.trim();
    if (t && t.length >= MIN_SECRET_LENGTH) out.add(t);
  };
  const lines = text.trim().split(/\r?\n/);
  // A file of several lines is redacted line by line (a whole printed file is too, its structure aside).
  for (const line of lines) {
    const value = ASSIGNMENT.exec(line)?.[1];
    if (value === undefined) {
      if (!STRUCTURE.test(line)) add(line);
      continue;
    }
    // A JSON string's lines (a private key in a credentials file) as a program prints them, unescaped.
    for (const part of value.split("\\n")) if (!STRUCTURE.test(part)) add(part);
  }
  const secrets = [...out];
  fileCache.set(file, { stamp, secrets });
  return secrets;
}

/**
 * The contents of the secret files mlship can know of: those the variables of `env` name
 * (`<NAME>_FILE`, GOOGLE_APPLICATION_CREDENTIALS) and those MLSHIP_SECRET_FILES lists. A secret a
 * process reads from a file mlship is not told of (a path in its code), fetches, decrypts or
 * derives cannot be known, and passes redaction.
 */
function fileSecrets(env: NodeJS.ProcessEnv): string[] {
  // MLSHIP_SECRET_FILES: ours, whatever `env` is (a child's too).
  const files = new Set((process.env.MLSHIP_SECRET_FILES || "").split(path.delimiter).filter(Boolean));
  for (const [k, v] of Object.entries(env)) if (v && namesSecretFile(k)) files.add(v);
  return [...files].flatMap(secretsInFile);
}

/**
 * The text with every known secret replaced by `***`, in each form it may take: as is, %-encoded
 * (upper or lower case hex), base64 and base64url (at any alignment inside a longer encoded text,
 * as in a Basic auth header), and any of these broken across lines.
 */
export function redact(text: string): string;
export function redact(text: string | undefined): string | undefined;
export function redact(text: string | undefined): string | undefined {
  return text ? redacter()(text) : text;
}

/** Encoded forms shorter than this are not looked for (a few base64 characters match by chance). */
const MIN_FORM_LENGTH = 8;

/**
 * The base64 characters that encode `value` wherever it starts inside a longer encoded byte
 * string: for each of the three alignments, the groups of 4 characters that hold only its bytes.
 * At alignment 0 the exact encoding (with padding) comes too, so a value encoded alone goes whole.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const out = [bytes.toString("base64")];
  for (let k = 0; k < 3; k++) {
    const enc = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64");
    const first = k === 0 ? 0 : 4; // a group holding a preceding byte depends on it
    const full = Math.floor((k + bytes.length) / 3) * 4; // a last partial group depends on what follows
    out.push(enc.slice(first, full));
  }
  return out.flatMap((f) => [f, f.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")]);
}

const LINE_BREAK = "(?:\\r?\\n)?";

/** A pattern for `form`: each character as is or %-encoded (hex in either case), a line break allowed anywhere. */
function formPattern(form: string): string {
  const hex = (h: string) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h);
  return [...form]
    .map((c) => {
      const lit = c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      const pct = [...Buffer.from(c, "utf8")]
        .map((b) => ["%", ...b.toString(16).padStart(2, "0")].map((h) => hex(h)).join(LINE_BREAK))
        .join(LINE_BREAK);
      return `(?:${lit}|${pct})`;
    })
    .join(LINE_BREAK);
}

/** redact() with the secrets looked up once, for many texts (a training log). */
function redacter(): (text: string) => string {
  const secrets = knownSecrets();
  const key = secrets.join("\0");
  if (cached?.key !== key) cached = { key, clean: buildRedacter(secrets) };
  return cached.clean;
}

let cached: { key: string; clean: (text: string) => string } | undefined;

/**
 * The source of the one pattern (flag `g`) that finds `secrets` in every form redact() looks for;
 * undefined when there are none. A process of ours handed it instead of the secrets (the
 * server-log relay, the capture proxy) redacts with patternRedacter().
 */
function redactionPattern(secrets: string[]): string | undefined {
  const forms = new Set<string>();
  for (const s of secrets) {
    forms.add(s);
    for (const f of base64Forms(s)) if (f.length >= MIN_FORM_LENGTH) forms.add(f);
  }
  if (forms.size === 0) return undefined;
  // Longest first, so a form that contains another is replaced whole.
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map(formPattern)
    .join("|");
}

function buildRedacter(secrets: string[]): (text: string) => string {
  return patternRedacter(redactionPattern(secrets));
}

/**
 * The redaction by a pattern from redactionPattern(): what redact() does, for a process of ours
 * that is handed the pattern instead of the secrets (the server-log relay, the capture proxy).
 */
export function patternRedacter(source: string | null | undefined): (text: string) => string {
  if (!source) return (text) => text;
  const pattern = new RegExp(source, "g");
  return (text) => text.replace(pattern, "***");
}

/**
 * The redaction pattern for the output of a process started with `env`: the known secrets it
 * holds (only those: the pattern reaches a process of its own, which must learn nothing the
 * child was not given) — the values of its variables, and the contents of the secret files its
 * variables name or MLSHIP_SECRET_FILES lists (files it can read as well as we can). Undefined
 * when it holds none.
 */
export function redactionPatternFor(env: NodeJS.ProcessEnv): string | undefined {
  const values = Object.values(env).filter((v): v is string => !!v);
  // Ours (registered, or in our credential variables) and those of the child's own credential
  // variables (a deploy token made for it), plus the secrets of files it is known to read.
  const held = new Set([...knownSecrets(), ...knownSecrets(env)].filter((s) => values.some((v) => v.includes(s))));
  for (const s of fileSecrets(env)) held.add(s);
  return redactionPattern(longestFirst(held));
}

/** Room past a cut for the longest form of a secret: cut after redacting, never before. */
export const REDACT_MARGIN = 16 * 1024;

/**
 * The last `max` characters of `text`, redacted before it is cut (a secret straddling the cut
 * would otherwise survive in part).
 */
export function redactedTail(text: string, max: number): string {
  return redact(text).slice(-max);
}

/**
 * The first `max` characters of `text`, redacted before it is cut (a registry's error answer, a
 * record's start): the secret straddling the cut is found whole in the margin past it.
 */
export function redactedHead(text: string, max: number): string {
  return redact(text.slice(0, max + REDACT_MARGIN)).slice(0, max);
}

/**
 * `value` as JSON for a message (a server's answer quoted in an error), redacted before it is cut
 * to `max` characters: its strings and keys before JSON escapes their line breaks (a secret split
 * over two lines is found only while the break is one), the whole text after. Past a few levels
 * a nested value shows as "…" (a message quotes the start of an answer, not all of it).
 */
export function redactedJson(value: unknown, max: number): string {
  const clean = redacter();
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string") return clean(v);
    if (!v || typeof v !== "object") return v;
    if (depth > 8) return "…";
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [clean(k), walk(x, depth + 1)]));
  };
  return clean(JSON.stringify(walk(value, 0)) ?? String(value)).slice(0, max);
}

/**
 * Redaction for a stream of lines (a command's output read line by line): a secret broken across
 * two lines is found, so each line is handed on once the next one is known (or at `end`). Lines a
 * secret joins come out as one. `clean` is redact() by default; the server-log relay passes
 * patternRedacter() of the pattern it is handed.
 */
export function lineRedacter(clean: (text: string) => string = redacter()): {
  push(line: string): string[];
  end(): string[];
} {
  let pending: string | undefined;
  let joined = 0;
  return {
    push(line) {
      if (pending === undefined) {
        pending = line;
        return [];
      }
      const both = clean(`${pending}\n${line}`);
      const last = clean(line);
      // The break between the two lines survived: everything before it is final.
      if (both.endsWith(`\n${last}`) || joined >= 4) {
        pending = line;
        joined = 0;
        return both.slice(0, both.length - last.length - 1).split("\n");
      }
      pending = `${pending}\n${line}`;
      joined++;
      return [];
    },
    end() {
      const out = pending === undefined ? [] : clean(pending).split("\n");
      pending = undefined;
      return out;
    },
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

/** Those of `names` set (non-empty) here: optional credentials a child gets when there are some (MLSHIP_DATA_TOKEN). */
export function setVariables(names: readonly string[]): string[] {
  return names.filter((n) => process.env[n]);
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
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && (keep.has(k) || !isWithheld(k))) env[k] = v;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}
