// Used by the registry load test: one process registering one model folder and appending one event
// about it (both claimed numbers), then saying what it was told.
import { openRegistry } from "../../packages/core/src/registry/open.js";
import { readCoreSettings } from "../../packages/core/src/settings.js";

const [uri, dir, name, env, tag] = process.argv.slice(2);
const reg = await openRegistry(uri, undefined, { settings: readCoreSettings(process.env).registry });
const pushed = await reg.push({ name, dir, metadata: {}, forceNewVersion: true });
const e = await reg.appendEvent(name, env, {
  action: "deploy",
  from: null,
  to: `${name}@v${pushed.id.version}`,
  digest: pushed.digest,
  outcome: "failure",
  reason: tag,
  by: `writer-${tag}`,
});
process.stdout.write(
  JSON.stringify({ version: pushed.id.version, digest: pushed.digest, seq: e.seq, reason: e.reason }),
);
