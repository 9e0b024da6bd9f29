// Used by the registry race and kill tests: one process pushing one model folder to a registry URI.
import { openRegistry } from "../../packages/core/src/registry/open.js";
import { readCoreSettings } from "../../packages/core/src/settings.js";

const [uri, dir, name] = process.argv.slice(2);
const registry = await openRegistry(uri, undefined, { settings: readCoreSettings(process.env).registry });
// The kill test waits for this line (on stderr: stdout is the result) before it starts its clock.
process.stderr.write("pushing\n");
const res = await registry.push({ name, dir, metadata: {}, forceNewVersion: true });
process.stdout.write(JSON.stringify({ version: res.id.version, digest: res.digest }));
