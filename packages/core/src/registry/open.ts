import { UserError } from "../errors.js";
import type { Registry } from "./types.js";
import type { RegistryAccess, RegistryLocation } from "./uri.js";

export type { RegistryAccess } from "./uri.js";

/** What a backend module exports: its URI's usage text and open(), which checks the URI's grammar. */
interface RegistryBackendModule {
  usage: string;
  openRegistry(location: RegistryLocation): Registry;
}

/**
 * The registry backends by URI scheme, each imported only when a URI names it (the S3 client
 * stays out of a process that never opens s3://). A new backend: one module, one line here.
 */
const BACKENDS: Record<string, () => Promise<RegistryBackendModule>> = {
  file: () => import("./backends/file.js"),
  oci: () => import("./backends/oci.js"),
  s3: () => import("./backends/s3.js"),
};

/** Every backend's URI form, for messages (loads every backend module: on errors only). */
async function usage(): Promise<string> {
  return (await Promise.all(Object.values(BACKENDS).map(async (load) => (await load()).usage))).join(", ");
}

/**
 * Opens a registry from its URI. Relative file:// paths resolve against `baseDir` (mlship.yml's
 * folder). Credentials never go in the URI (it is printed): they come from `access`, which the
 * host fills (the registry-token input, or MLSHIP_REGISTRY_* in the CLI); S3 uses the AWS chain.
 */
export async function openRegistry(
  uri: string,
  baseDir: string = process.cwd(),
  access: RegistryAccess = {},
): Promise<Registry> {
  const m = /^([a-z0-9]+):\/\/(.*)$/.exec(uri);
  if (!m) throw new UserError(`registry '${uri}' is not a URI (${await usage()})`, { input: "registry" });
  const [, scheme, rest] = m;
  const load = Object.hasOwn(BACKENDS, scheme) ? BACKENDS[scheme] : undefined;
  if (!load) throw new UserError(`unknown registry scheme '${scheme}://' (${await usage()})`, { input: "registry" });
  access.debug?.(`registry backend: ${scheme}:// (registry/backends/${scheme}.ts)`);
  return (await load()).openRegistry({ rest, uri, baseDir, access });
}
