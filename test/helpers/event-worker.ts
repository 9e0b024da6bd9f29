// Used by the registry event race test: one process appending one deploy event to an environment's log.
import { openRegistry } from "../../packages/core/src/registry/open.js";
import { readCoreSettings } from "../../packages/core/src/settings.js";

const [uri, name, env, tag] = process.argv.slice(2);
const e = await (await openRegistry(uri, undefined, { settings: readCoreSettings(process.env).registry })).appendEvent(
  name,
  env,
  {
    action: "deploy",
    from: null,
    to: `${name}@v1`,
    outcome: "failure",
    reason: tag,
    by: `writer-${tag}`,
  },
);
process.stdout.write(JSON.stringify({ seq: e.seq, reason: e.reason }));
