import * as core from "@actions/core";
import { readRunContext, type RunContext } from "./context.js";

/** A token from the input, else GITHUB_TOKEN; an unexpanded `${{ ... }}` default counts as none. */
function resolveToken(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const t = input && !input.startsWith("${{") ? input : env.GITHUB_TOKEN;
  return t?.trim() ? t.trim() : undefined;
}

/**
 * The token and repository GitHub side effects would use, or undefined — with a notice that they
 * are skipped — when there is no token or no repository context (running outside Actions).
 */
export function sessionTarget(
  tokenInput: string | undefined,
  what: string,
): { token: string; context: RunContext } | undefined {
  const token = resolveToken(tokenInput);
  const context = readRunContext();
  if (!token || !context) {
    core.notice(
      `${what} skipped: ${!token ? "no GitHub token" : "not running in a GitHub repository (GITHUB_REPOSITORY unset)"}`,
    );
    return undefined;
  }
  core.setSecret(token);
  return { token, context };
}
