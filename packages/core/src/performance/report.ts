import type { GateResult } from "../evaluate/gates.js";
import type { Calibration } from "./cbpe.js";
import type { GroupComparison } from "./compare.js";
import type { Coverage } from "./join.js";

// check-performance's report (.mlship/performance/<env>.json): its shape, apart from the step, so
// the markdown report reads it without importing the step.

/** A metric in production, as evaluation.json has it, with the registered value and the test of the difference. */
export interface PerformanceMetric {
  value: number;
  interval: [number, number];
  method: string;
  registered?: number;
  diff?: number;
  diff_interval?: [number, number];
  test?: string;
  p_value?: number;
}

export interface CbpeSection {
  /** Served rows the estimate covers (every served row in the window, labelled or not). */
  rows: number;
  /** The scores' calibration on the registered evaluation; absent when the version has no recorded predictions. */
  calibration?: Calibration;
  /** A multiclass classifier's: each class's probability checked one-vs-rest (class → its check). */
  calibrations?: Record<string, Calibration>;
  /** Binary: accuracy, precision, recall, F1, ROC AUC; multiclass: accuracy and macro precision, recall, F1. */
  estimated: Record<string, { value: number; interval: [number, number] }>;
  /** On the labelled rows: the estimate beside what the labels show. */
  labelled?: Record<string, { estimated: number; interval: [number, number]; realised: number }>;
}

export interface PerformanceReport {
  schema: "mlship/performance/v1";
  model: string;
  environment: string;
  /** The version the environment serves. */
  version: string;
  createdAt: string;
  window?: string;
  coverage: Coverage;
  task?: string;
  metrics: Record<string, PerformanceMetric>;
  groups: GroupComparison[];
  gates: GateResult[];
  degraded: boolean;
  /** Why the gates were not decided (no labelled rows). */
  note?: string;
  cbpe?: CbpeSection;
  warnings: string[];
}
