import path from "node:path";
import { UserError } from "../errors.js";
import { FileRegistry } from "./file.js";
import type { Registry } from "./types.js";

/** Opens a registry from its URI. Relative file:// paths resolve against `baseDir` (mlship.yml's folder). */
export function openRegistry(uri: string, baseDir: string = process.cwd()): Registry {
  const m = /^([a-z0-9]+):\/\/(.*)$/.exec(uri);
  if (!m) throw new UserError(`registry '${uri}' is not a URI (file://<dir>, oci://<host>/<repo>, s3://<bucket>/<prefix>)`, { input: "registry" });
  const [, scheme, rest] = m;
  if (scheme === "file") {
    if (!rest) throw new UserError("file:// registry needs a folder", { input: "registry" });
    return new FileRegistry(path.resolve(baseDir, rest));
  }
  if (scheme === "oci" || scheme === "s3") {
    throw new UserError(`the ${scheme}:// registry backend is not available in this version; use file://<dir>`, { input: "registry" });
  }
  throw new UserError(`unknown registry scheme '${scheme}://' (file, oci, s3)`, { input: "registry" });
}
