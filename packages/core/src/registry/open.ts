import path from "node:path";
import { UserError } from "../errors.js";
import { FileRegistry } from "./backends/file.js";
import { ModelRegistry } from "./model-registry.js";
import { OciBackend } from "./backends/oci.js";
import { S3Backend } from "./backends/s3.js";
import type { Registry } from "./types.js";

export interface RegistryAccess {
  /** Password or token for OCI registries (ghcr.io: a GITHUB_TOKEN with packages: write). S3 uses the AWS credential chain. */
  token?: string;
  username?: string;
}

const USAGE = "file://<dir>, oci://<host>/<repository>, s3://<bucket>/<prefix>";
const HOST = /^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$|^\[[0-9a-fA-F:]+\](:[0-9]{1,5})?$/;
// The distribution spec's repository name grammar.
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * Opens a registry from its URI. Relative file:// paths resolve against `baseDir` (mlship.yml's
 * folder). Credentials never go in the URI (it is printed): they come from `access` or the
 * environment (MLSHIP_REGISTRY_TOKEN / MLSHIP_REGISTRY_USERNAME; AWS_* for S3).
 */
export function openRegistry(uri: string, baseDir: string = process.cwd(), access: RegistryAccess = {}): Registry {
  const m = /^([a-z0-9]+):\/\/(.*)$/.exec(uri);
  if (!m) throw new UserError(`registry '${uri}' is not a URI (${USAGE})`, { input: "registry" });
  const [, scheme, rest] = m;
  if (scheme === "file") {
    if (!rest) throw new UserError("file:// registry needs a folder", { input: "registry" });
    return new FileRegistry(path.resolve(baseDir, rest));
  }
  if (scheme !== "oci" && scheme !== "s3") throw new UserError(`unknown registry scheme '${scheme}://' (${USAGE})`, { input: "registry" });
  if (/^[^/]*@/.test(rest)) throw new UserError(`registry URI must not hold credentials: pass them as the registry-token input or in the environment`, { input: "registry" });
  const slash = rest.indexOf("/");
  const head = slash < 0 ? rest : rest.slice(0, slash);
  const tail = slash < 0 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
  if (scheme === "oci") {
    if (!HOST.test(head)) throw new UserError(`registry '${uri}': '${head}' is not a registry host (oci://<host>[:port]/<repository>)`, { input: "registry" });
    if (!REPOSITORY.test(tail)) throw new UserError(`registry '${uri}': '${tail}' is not a repository name (lowercase letters, digits, separators . _ - and /)`, { input: "registry" });
    const token = access.token || process.env.MLSHIP_REGISTRY_TOKEN;
    const username = access.username || process.env.MLSHIP_REGISTRY_USERNAME;
    return new ModelRegistry(new OciBackend(head, tail, token ? { credentials: { username, password: token } } : {}));
  }
  if (!BUCKET.test(head)) throw new UserError(`registry '${uri}': '${head}' is not an S3 bucket name`, { input: "registry" });
  return new ModelRegistry(new S3Backend(head, tail));
}
