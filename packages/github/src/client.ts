import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { redactDeep } from "@mlship/core";
import type { RunContext } from "./context.js";
import { sessionTarget } from "./session-target.js";

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubSession {
  octokit: Octokit;
  context: RunContext;
}

/** Base of the retry backoff (1 s, as GitHub advises); lower it only to make fault tests quick. */
function retryBaseMs(): number {
  const v = Number(process.env.MLSHIP_GITHUB_RETRY_BASE_MS);
  return Number.isFinite(v) && v > 0 ? v : 1000;
}

function requestTimeoutMs(): number {
  const v = Number(process.env.MLSHIP_GITHUB_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 30_000;
}

/**
 * Octokit with GitHub's recommended retry (5xx, resets) and throttling (primary and secondary
 * rate limits) plugins. Returns undefined — and the caller skips GitHub side effects with a
 * notice — when there is no token or no repository context (running outside Actions).
 */
export function githubSession(tokenInput: string | undefined, what: string): GitHubSession | undefined {
  const usable = sessionTarget(tokenInput, what);
  if (!usable) return undefined;
  const { token, context } = usable;
  const octokit = getOctokit(
    token,
    {
      baseUrl: context.apiUrl,
      // A per-request deadline, so a GitHub that never answers costs a bounded wait (then retries).
      // (Retry counts stay the plugin's default: `request.retries` here would make even 404s retry.)
      retry: { retryAfterBaseValue: retryBaseMs() },
      request: {
        fetch: (url: string, init: RequestInit) =>
          fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs()) }),
      },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          core.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
  // Every request body passes the one redaction: a token a failing script printed never reaches
  // a deployment status, comment, issue or commit message.
  octokit.hook.before("request", (options) => {
    for (const [k, v] of Object.entries(options))
      if (!REQUEST_KEYS.has(k)) (options as Record<string, unknown>)[k] = redactDeep(v);
  });
  return { octokit, context };
}

/** Request options that are not the body (the token itself travels in headers). */
const REQUEST_KEYS = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType", "data"]);
