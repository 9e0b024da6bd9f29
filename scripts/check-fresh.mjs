// Fails when a committed generated file (schemas, action.yml, dist bundles) differs from what the
// sources produce. Run after `npm run build`. Every file under dist/ counts: a chunk added, changed
// or no longer emitted shows as untracked, modified or deleted.
import { execFileSync } from "node:child_process";

const paths = ["schemas", "actions", "packages/cli/dist", "dist"];
const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ...paths], {
  encoding: "utf8",
});
if (status.trim()) {
  console.error("Generated files are stale or uncommitted (run `npm run build` and commit):\n" + status);
  console.error(execFileSync("git", ["diff", "--stat", "--", ...paths], { encoding: "utf8" }));
  process.exit(1);
}
console.log("schemas/, action.yml files and dist/ bundles are fresh");
