import path from "node:path";
import {
  terminalSafe,
  columnKinds,
  exists,
  featureColumns,
  projectContract,
  readColumns,
  requestRow,
  type Project,
  deployStep,
  loadProject,
  parseInputs,
  qualityLoadBiasTestStep,
  qualityLoadBiasTestSpec,
  registerSpec,
  registerStep,
  deploySpec,
  trainSpec,
  trainStep,
  validateDataSpec,
  validateDataStep,
  type StepHost,
} from "@mlship/core";

/** The whole pipeline on one project, each step exactly as its action runs it. */
export interface PipelineResult {
  code: number;
  /** Each step's outputs, in the order they ran. */
  steps: Record<string, Record<string, string>>;
  failure?: string;
}

export async function runPipeline(config: string, environment: string, host: StepHost): Promise<PipelineResult> {
  const steps: PipelineResult["steps"] = {};
  const failed = (failure: string): PipelineResult => ({ code: 1, steps, failure });
  const project = await loadProject(config);
  const from = (values: Record<string, string | undefined>) => (name: string) => values[name];
  const step = (n: number, title: string) => console.log(`\n━━ ${n}/5 ${title} ━━`);
  const data = [project.config.data.train, project.config.data.test]
    .filter((x): x is string => !!x)
    .map((p) => `${project.dir}/${p}`);

  step(1, "validate-data");
  const v = await validateDataStep(parseInputs(validateDataSpec, from({ config, data: data.join(",") })), host);
  steps["validate-data"] = v.outputs;
  console.log(`${v.outputs.rows} rows, valid: ${v.outputs.valid}, report: ${v.outputs.report}`);
  if (!v.ok) {
    console.error(terminalSafe(`✗ data validation failed: ${v.failure}`));
    return failed(`data validation failed: ${v.failure}`);
  }

  step(2, "train");
  const t = await trainStep(parseInputs(trainSpec, from({ config })), host);
  steps.train = t.outputs;
  console.log(
    `run ${t.outputs["run-id"]} in ${t.outputs["duration-seconds"]} s${t.outputs["gpu-name"] ? ` on ${t.outputs["gpu-name"]}` : " on CPU"}`,
  );

  step(3, "quality-load-bias-test");
  const q = await qualityLoadBiasTestStep(
    parseInputs(qualityLoadBiasTestSpec, from({ config, "run-dir": t.outputs["run-dir"] })),
    host,
  );
  steps["quality-load-bias-test"] = q.outputs;
  console.log(`report: ${q.outputs.html || q.outputs.markdown}`);
  if (!q.ok) {
    console.error(terminalSafe(`✗ the candidate did not pass: ${q.failure}`));
    return failed(`the candidate did not pass: ${q.failure}`);
  }

  step(4, "register");
  const r = await registerStep(
    parseInputs(registerSpec, from({ config, "model-path": t.outputs["model-path"], "run-dir": t.outputs["run-dir"] })),
    host,
  );
  steps.register = r.outputs;
  console.log(`registered ${r.outputs["model-id"]}`);

  step(5, `deploy to ${environment}`);
  const d = await deployStep(
    parseInputs(deploySpec, from({ config, environment, model: r.outputs["model-id"] })),
    host,
  );
  steps.deploy = d.outputs;
  if (!d.ok) {
    console.error(terminalSafe(`✗ ${d.failure}`));
    return failed(d.failure ?? "deploy failed");
  }
  console.log(`\n✔ ${r.outputs["model-id"]} registered and serving ${environment} at ${d.outputs.url}`);
  // The page a person opens: its charts and tables (the markdown is the job summary's copy).
  console.log(`  report:   ${q.outputs.html || q.outputs.markdown}`);
  const example = await exampleRequest(
    project,
    t.outputs.predictions || (t.outputs["run-dir"] ? path.join(t.outputs["run-dir"], "predictions.csv") : ""),
  );
  if (example)
    console.log(
      `  try:      curl -s -X POST ${d.outputs.url}/predict -H 'content-type: application/json' -d ${shellQuote(example)}`,
    );
  return { code: 0, steps };
}

/** A request for this project's model: the first recorded test row's feature columns, typed as the contract says. */
async function exampleRequest(project: Project, predictions: string): Promise<string | undefined> {
  if (!predictions || !(await exists(predictions))) return undefined;
  const table = await readColumns(predictions);
  const contract = await projectContract(project.config, project.dir);
  const features = featureColumns(contract, table.columns);
  return JSON.stringify({ rows: [requestRow(table.data, 0, features, columnKinds(contract, table.data, features))] });
}

/** One shell word: data values may hold quotes, and the line is meant to be pasted into a shell. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
