import { fileURLToPath } from "node:url";

/**
 * The argv that runs one of mlship's own programs in a node process of its own (the server-log
 * relay, the capture proxy): each is a module of core and a build entry of its own,
 * `dist/chunks/<bundled>` beside the chunk of the module that starts it (scripts/build.mjs checks
 * that). `here` is that module's import.meta.url: from the TypeScript sources (tsx, vitest) the
 * program is `source` (relative to `here`), run through run-from-source.mjs, which gives the new
 * process tsx's loader first. Arguments after the argv reach the program as process.argv.slice(2)
 * either way.
 */
export function nodeProgram(here: string, source: string, bundled: string): string[] {
  if (/\.ts$/.test(here))
    return [
      process.execPath,
      fileURLToPath(new URL("./run-from-source.mjs", import.meta.url)),
      fileURLToPath(new URL(source, here)),
    ];
  return [process.execPath, fileURLToPath(new URL(`./${bundled}`, here))];
}
