// Runs one of mlship's own programs from its TypeScript source in a new node process (util/
// node-entry.ts): `node run-from-source.mjs <program.ts> args…` registers tsx's loader, takes the
// program's path out of process.argv (so that the program sees its arguments at argv.slice(2), as
// its bundled build does), then imports it. The bundles run the program's own build instead.
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const [program] = process.argv.splice(2, 1);
await import(pathToFileURL(program).href);
