import type { Settings, StepSpec } from "./inputs.js";
import type { StepHost } from "./host.js";
import type { StepResult } from "./result.js";

/** A step: what it takes and gives (its spec, from which action.yml and the CLI flags come) and its run. */
export interface Step<S extends StepSpec = StepSpec, Extra = unknown> {
  spec: S;
  run(settings: Settings<S>, host: StepHost): Promise<StepResult<Extra>>;
}
