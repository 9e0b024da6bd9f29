// `npm run demo`: the whole pipeline on the bundled churn example, locally, without GitHub.
// Generates the example's data (deterministic, no download) on first use, then runs
// `mlship run` (validate-data → train → quality-load-bias-test → register → deploy to local).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const example = path.join(root, "examples", "churn");
if (!existsSync(path.join(example, "data", "current.csv"))) {
  execFileSync("python3", ["generate_data.py"], { cwd: example, stdio: "inherit" });
}
const res = spawnSync(
  process.execPath,
  [path.join(root, "packages", "cli", "bin", "mlship.js"), "run", ...process.argv.slice(2)],
  { cwd: example, stdio: "inherit" },
);
if (res.status === 0) {
  console.log(
    `\nNext: cd examples/churn && npx mlship models list · npx mlship rollback --env local · npx mlship history --env local · npx mlship stop --env local`,
  );
}
process.exit(res.status ?? 1);
