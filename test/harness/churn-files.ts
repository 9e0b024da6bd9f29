import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * examples/churn as files of a user's repository under `dir` ("" = the root), made tiny for the
 * harness: 2 epochs, no load test (the wiring is under test, not the server), no registry (the
 * GitHub default: the world's ghcr.io stand-in, with each job's token) unless a folder outside
 * every job's machine is given, and `model:` renamed when a second model copies it.
 */
export function churnFiles(
  registry?: string,
  opts: { dir?: string; model?: string; deploy?: string } = {},
): Record<string, string> {
  const src = path.resolve("examples/churn");
  const at = (f: string) => (opts.dir ? `${opts.dir}/${f}` : f);
  const files: Record<string, string> = {};
  for (const f of ["train.py", "model_lib.py"]) files[at(f)] = readFileSync(path.join(src, f), "utf8");
  for (const f of readdirSync(path.join(src, "data")))
    files[at(`data/${f}`)] = readFileSync(path.join(src, "data", f), "utf8");
  files[at("mlship.yml")] = readFileSync(path.join(src, "mlship.yml"), "utf8")
    .replace("model: churn", `model: ${opts.model ?? "churn"}`)
    .replace(
      "registry: file://.mlship/registry\n",
      registry ? `registry: file://${registry}\nregistry-persistent: true\n` : "",
    )
    .replace(/ {2}load:\n(?: {4}.*\n)+/, "")
    .replace(/deploy:\n(?: {2}.*\n)+/, `deploy:\n  environments:\n    ${opts.deploy ?? "local: { target: local }"}\n`)
    .replace(
      "params: { lr: 0.1, epochs: 15, batch_size: 64, l2: 0.001 }",
      "params: { lr: 0.1, epochs: 2, batch_size: 64, l2: 0.001 }",
    );
  return files;
}
