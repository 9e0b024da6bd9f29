/** What a step gives back: outputs, a markdown summary, and whether its checks passed. */
export interface StepResult<Extra = unknown> {
  ok: boolean;
  outputs: Record<string, string>;
  summary: string;
  /** Why a check or gate failed (exit 1), when !ok. */
  failure?: string;
  /** What `--json` prints beside ok and outputs, when the step has more to say (check-performance's metrics). */
  document?: Record<string, unknown>;
  /** Step-specific data the GitHub adapter uses (comment body, deployment info, drift report). */
  extra: Extra;
}
