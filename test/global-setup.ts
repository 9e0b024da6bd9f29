import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The example's data is generated (deterministically), never downloaded or committed. */
export default function setup(): void {
  const dir = path.resolve("examples/churn");
  if (!existsSync(path.join(dir, "data", "current.csv"))) {
    execFileSync("python3", ["generate_data.py"], { cwd: dir, stdio: "inherit" });
  }
}
