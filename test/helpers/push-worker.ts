// Used by the registry race test: one process pushing one model folder.
import { FileRegistry } from "@mlship/core";

const [root, dir, name] = process.argv.slice(2);
const res = await new FileRegistry(root).push({ name, dir, metadata: {}, forceNewVersion: true });
process.stdout.write(JSON.stringify({ version: res.id.version, digest: res.digest }));
