// Used by the registry race and kill tests: one process pushing one model folder to a registry URI.
import { openRegistry } from "../../packages/core/src/registry/open.js";

const [uri, dir, name] = process.argv.slice(2);
const res = await (await openRegistry(uri)).push({ name, dir, metadata: {}, forceNewVersion: true });
process.stdout.write(JSON.stringify({ version: res.id.version, digest: res.digest }));
