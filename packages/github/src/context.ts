import { readFileSync } from "node:fs";

/** The parts of the workflow run's context mlship uses, read from the runner's environment at call time. */
export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: string;
  runUrl: string | undefined;
  /** The pull request number when the event is about one. */
  pullRequest: number | undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext | undefined {
  const full = env.GITHUB_REPOSITORY;
  if (!full?.includes("/")) return undefined;
  const [owner, repo] = full.split("/", 2);
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const pr = (payload.pull_request as { number?: number } | undefined)?.number;
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    serverUrl,
    runId: env.GITHUB_RUN_ID ?? "",
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    pullRequest: typeof pr === "number" ? pr : undefined,
  };
}
