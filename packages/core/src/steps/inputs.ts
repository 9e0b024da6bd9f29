import { UserError } from "../errors.js";

/**
 * The typed settings parser shared by the actions and the CLI. Each step declares its inputs once
 * (name, description, default, kind); action.yml is generated from the declaration and a test
 * checks it, the action reads INPUT_<NAME>, the CLI reads --<name>, and both go through parseInputs.
 */
type InputKind = "string" | "boolean" | "number" | "list";

export interface InputSpec {
  description: string;
  kind?: InputKind;
  default?: string;
  required?: boolean;
  /** Allowed values, checked by the parser. */
  choices?: readonly string[];
}

export interface StepSpec {
  name: string;
  title: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, { description: string }>;
}

type ValueOf<K> = K extends "boolean" ? boolean : K extends "number" ? number : K extends "list" ? string[] : string;
type HasValue<I> = I extends { default: string } ? true : I extends { required: true } ? true : false;

export type Settings<S extends StepSpec> = {
  [K in keyof S["inputs"]]: HasValue<S["inputs"][K]> extends true
    ? ValueOf<S["inputs"][K]["kind"]>
    : ValueOf<S["inputs"][K]["kind"]> | undefined;
};

/** The inputs that hold credentials: hosts mask them before anything is logged, and logs show them as "***". */
export const SECRET_INPUTS: readonly string[] = ["github-token", "registry-token", "rollback-token"];

/**
 * The settings a step resolved, for a debug line: `name=value` in the spec's order, credentials
 * as "***" (the logger redacts registered secrets too), unset inputs left out.
 */
export function describeSettings<S extends StepSpec>(spec: S, settings: Settings<S>): string {
  const values = settings as Record<string, unknown>;
  const shown = Object.keys(spec.inputs)
    .filter((name) => values[name] !== undefined)
    .map((name) => `${name}=${SECRET_INPUTS.includes(name) ? "***" : JSON.stringify(values[name])}`);
  return `${spec.name} settings: ${shown.join(" ") || "(none)"}`;
}

/** Parses raw input strings (undefined or "" = not given) into typed settings. */
export function parseInputs<S extends StepSpec>(spec: S, get: (name: string) => string | undefined): Settings<S> {
  const out: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const given = get(name);
    const raw = given === undefined || given.trim() === "" ? input.default : given.trim();
    if (raw === undefined || raw === "") {
      if (input.required) throw new UserError(`input '${name}' is required: ${input.description}`, { input: name });
      // Unset stays undefined, booleans too: a config key can then supply the value (check-drift's retrain).
      out[name] = undefined;
      continue;
    }
    out[name] = convert(name, input, raw);
  }
  return out as Settings<S>;
}

function convert(name: string, input: InputSpec, raw: string): unknown {
  switch (input.kind ?? "string") {
    case "boolean":
      if (/^(true|yes|1)$/i.test(raw)) return true;
      if (/^(false|no|0)$/i.test(raw)) return false;
      throw new UserError(`input '${name}' must be true or false, got ${JSON.stringify(raw)}`, { input: name });
    case "number": {
      const n = Number(raw);
      if (!Number.isFinite(n))
        throw new UserError(`input '${name}' must be a number, got ${JSON.stringify(raw)}`, { input: name });
      return n;
    }
    case "list":
      // One item per line or comma-separated, as GitHub users write lists in `with:`.
      return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    default:
      if (input.choices && !input.choices.includes(raw)) {
        throw new UserError(`input '${name}' must be one of ${input.choices.join(", ")}; got ${JSON.stringify(raw)}`, {
          input: name,
        });
      }
      return raw;
  }
}

// Input groups several steps share.

/** Inputs every step takes. */
export const commonInputs = {
  config: { description: "Path of mlship.yml", default: "mlship.yml" },
} satisfies Record<string, InputSpec>;

/** Credentials for oci:// registries; runAction hands them to the registry through MLSHIP_REGISTRY_*. */
export const registryAccessInputs = {
  "registry-token": {
    description:
      "Password or token for an oci:// registry (ghcr.io: the job's github.token with packages: write). s3:// registries use the job's AWS credentials.",
  },
  "registry-username": { description: "User name for an oci:// registry", default: "${{ github.actor }}" },
} satisfies Record<string, InputSpec>;

export const githubTokenInputs = {
  "github-token": {
    description:
      "Token for GitHub side effects (comments, issues, deployments). Without one they are skipped with a notice.",
    default: "${{ github.token }}",
  },
} satisfies Record<string, InputSpec>;
