// Bundles every action and the CLI in one esbuild build with code splitting: each
// actions/<step>/dist/index.js and packages/cli/dist/index.js is a small ES module entry, and the
// code they share, or load on demand with import() (registry backends, deploy targets, charts,
// the step itself), lies once in dist/chunks/ at the repository root; dist/licenses.txt lists the
// bundled packages' licenses.
//
// An action's entry may import files outside its own folder: for `uses: owner/repo/actions/<step>@ref`
// the runner downloads the whole repository at that ref (actions/runner,
// src/Runner.Worker/ActionManager.cs, DownloadRepositoryActionAsync: the repository's tarball is
// extracted to _actions/<owner>/<repo>/<ref>, and the action's path is a folder inside it).
//
// Usage: node scripts/build.mjs [--out DIR] [--metafile FILE] [name...]
//   Names are accepted for compatibility, but everything is always built: the chunks are shared,
//   so a partial build would leave the others stale. --out DIR writes the same layout under DIR
//   instead of the repository (benches time a build of the current sources that way). --metafile
//   FILE writes esbuild's metafile (which module went into which chunk, and why) for inspection.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const actions = readdirSync(path.join(root, "actions")).filter((d) =>
  existsSync(path.join(root, "actions", d, "src", "index.ts")),
);
const targets = [
  ...actions.map((a) => ({ name: a, entry: `actions/${a}/src/index.ts`, out: `actions/${a}/dist` })),
  { name: "cli", entry: "packages/cli/src/index.ts", out: "packages/cli/dist" },
];
const shared = "dist";
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const outRoot = outAt >= 0 ? path.resolve(args.splice(outAt, 2)[1]) : root;
const metaAt = args.indexOf("--metafile");
const metafileOut = metaAt >= 0 ? path.resolve(args.splice(metaAt, 2)[1]) : undefined;
const unknown = args.filter((n) => !targets.some((t) => t.name === n));
if (unknown.length) {
  console.error(`build: no such action or target: ${unknown.join(", ")}`);
  process.exit(2);
}

const started = Date.now();
const staging = path.join(outRoot, ".build.tmp");
rmSync(staging, { recursive: true, force: true });
// A failed build leaves the committed layout as it was and no staging folder.
process.on("exit", () => rmSync(staging, { recursive: true, force: true }));

// Bundled CommonJS packages call require() (node builtins, their own files); in an ES module it
// has to be made. Each output file gets its own, which is harmless: require resolves builtins only.
const banner = `import { createRequire as __mlshipCreateRequire } from "node:module"; const require = __mlshipCreateRequire(import.meta.url);`;

// @actions/core imports its OIDC client (core.getIDToken) at the top of core.js, and with it
// @actions/http-client, undici and tunnel: about 560 KB of CommonJS, which tree-shaking cannot drop,
// parsed by every action at start. mlship asks for no OIDC token; the client is loaded on demand.
const lazyOidcClient = {
  name: "lazy-actions-oidc-client",
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)
        ? { path: path.join(path.dirname(args.importer), "oidc-utils.js"), namespace: "lazy-oidc" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-oidc" }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient } = await import(${JSON.stringify(args.path)});
    return OidcClient.getIDToken(audience);
  }
}`,
      resolveDir: root,
    }));
  },
};

// @actions/core's file-command.js imports node:crypto at its top for one randomUUID() per file
// command; loading node:crypto costs ≈ 6 ms of every action's start (bench/startup.ts), so it is
// required when that first command is written.
const lazyCryptoInActionsCore = {
  name: "lazy-crypto-in-actions-core",
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]file-command\.js$/.test(args.importer)
        ? { path: "crypto", namespace: "lazy-crypto" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-crypto" }, () => ({
      contents: `import { createRequire } from "node:module";
export function randomUUID() {
  return createRequire(import.meta.url)("node:crypto").randomUUID();
}`,
      resolveDir: root,
    }));
  },
};

const options = {
  absWorkingDir: root,
  entryPoints: targets.map((t) => ({ in: t.entry, out: `${t.out}/index` })),
  outdir: staging,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Whitespace and syntax only: identifiers keep their names, so a bug's stack trace (exit 70)
  // stays readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // [hash] is replaced by a hash of the chunk's modules once built (writeStableChunks).
  chunkNames: `${shared}/chunks/[name]-[hash]`,
  banner: { js: banner },
  // Licence comments are collected into dist/licenses.txt from the packages themselves (below).
  legalComments: "none",
  metafile: true,
  plugins: [lazyOidcClient, lazyCryptoInActionsCore],
  logLevel: "warning",
};

// One file of shared code at an action's start, not twenty. esbuild puts each module in the chunk
// of the entry points that reach it (the actions, the CLI, and every import() target), so the
// modules an action loads at start were spread over as many small chunks as there are such sets,
// and each file costs its resolve, read and link (≈ 1–3 ms each on the 2-core machine; bench/startup.ts).
// A first pass finds every action's start modules and the import() targets; the build then has
// every entry and every import() target of our sources reach all the start modules (through a
// virtual "start hub" module they re-export a binding of), so those modules share one reach and
// one chunk. An action loads its entry, that chunk and what it imports on demand.
const analysis = await esbuild.build({ ...options, outdir: path.join(staging, "analysis"), write: false });
const startHub = startHubPlugin(analysis.metafile);
const result = await esbuild.build({ ...options, write: false, plugins: [...options.plugins, startHub] });
writeStableChunks(result);

// Programs that run in a thread or a process of their own are builds of their own, one file each
// with nothing shared: they load their own code alone, not the chunks an action starts with. The
// module that starts one finds it as ./<file> beside its own chunk (data/csv/scan.ts; util/
// node-entry.ts for the processes), so that module's chunk must lie in dist/chunks/ (not in an
// entry's file). No program is shipped as a string (`node -e` of a function's text): each is a
// module importing core's real functions (test/architecture.test.ts forbids the string form).
const programs = [
  // The CSV scan worker (a worker thread): splits records and parses numbers for data/csv/scan.ts.
  {
    entry: "packages/core/src/data/csv/scan-worker.ts",
    out: "csv-scan-worker.js",
    by: "packages/core/src/data/csv/scan.ts",
  },
  // The server-log relay: leads a model server's process group and redacts its log.
  {
    entry: "packages/core/src/serve/log-relay.ts",
    out: "server-log-relay.js",
    by: "packages/core/src/serve/model-server.ts",
  },
  // The capture proxy: records a local deployment's predictions.
  {
    entry: "packages/core/src/deploy/capture-proxy.ts",
    out: "capture-proxy.js",
    by: "packages/core/src/deploy/capture.ts",
  },
];
for (const p of programs) {
  await esbuild.build({
    ...options,
    entryPoints: [p.entry],
    outdir: undefined,
    outfile: path.join(staging, shared, "chunks", p.out),
    splitting: false,
    chunkNames: undefined,
    metafile: false,
    plugins: [],
  });
  for (const [out, o] of Object.entries(result.metafile.outputs))
    if (p.by in o.inputs && !/(^|\/)dist\/chunks\//.test(out)) {
      console.error(`build: ${p.by} went into ${out}, not dist/chunks/ beside ${p.out}`);
      process.exit(1);
    }
}

// A bundled CommonJS package that reads a file next to itself through __dirname would fail at run
// time (not defined in an ES module, and the file is not in dist/): mlship ships no assets, so
// that is a bug to fix at its source. ES modules that define their own __dirname are fine.
for (const [file, input] of Object.entries(result.metafile.inputs)) {
  if (input.format !== "cjs") continue;
  const code = readFileSync(path.join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  if (/\b(__dirname|__filename)\b/.test(code)) {
    console.error(`build: ${file} uses __dirname/__filename, which the ES module bundle does not define`);
    process.exit(1);
  }
}

writeFileSync(path.join(staging, shared, "licenses.txt"), licenses(result.metafile));
if (metafileOut) writeFileSync(metafileOut, JSON.stringify(result.metafile));
// Node reads .js files as ES modules when the nearest package.json says so; each dist/ folder
// carries its own, so the bundles do not rely on the repository root's package.json.
for (const dir of [...targets.map((t) => t.out), `${shared}/chunks`])
  writeFileSync(path.join(staging, dir, "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`);

// Swap the new outputs in (nothing half-written: the old folders go only once the build succeeded).
for (const dir of [...targets.map((t) => t.out), shared]) {
  rmSync(path.join(outRoot, dir), { recursive: true, force: true });
  mkdirSync(path.dirname(path.join(outRoot, dir)), { recursive: true });
  renameSync(path.join(staging, dir), path.join(outRoot, dir));
}
rmSync(staging, { recursive: true, force: true });
const size = (dir) =>
  readdirSync(path.join(outRoot, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + readFileSync(path.join(e.parentPath, e.name)).length, 0);
for (const t of targets) console.log(`built ${t.out}/index.js (${(size(t.out) / 1024).toFixed(0)} KiB)`);
console.log(
  `built ${shared}/ (shared chunks and licenses, ${(size(shared) / 1048576).toFixed(1)} MiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

/**
 * Writes the build's files with chunk names that do not depend on their contents. esbuild names a
 * chunk by a hash of its code and of the names of the chunks it imports, so a one-module change
 * renamed every chunk that reaches the changed one (the start hub reaches nearly all: 85 of 129
 * chunks renamed for one changed line of model-id.ts). Here a chunk's name is its esbuild name plus a
 * hash of the source modules it holds (of its entry point, for an import() target's chunk), so a
 * change touches the chunks whose code changed and nothing else (that line: one file). The
 * metafile's outputs are renamed to match. Two chunks with the same modules cannot happen (each
 * module lies in one chunk); a name taken twice stops the build rather than overwrite a file.
 */
function writeStableChunks(result) {
  const chunkFile = /^(.*[\\/]chunks[\\/])([^\\/]+)-([A-Z2-7]{8})\.js$/;
  const byPath = new Map(Object.entries(result.metafile.outputs).map(([k, o]) => [path.resolve(root, k), [k, o]]));
  const renames = new Map(); // old file name → new file name
  const taken = new Set();
  for (const f of result.outputFiles) {
    const m = f.path.match(chunkFile);
    if (!m) continue;
    const [, , name] = m;
    const [, output] = byPath.get(f.path) ?? [];
    if (!output) throw new Error(`build: ${f.path} is not in the metafile`);
    // An import() target's chunk may hold no module of its own (it re-exports from shared chunks):
    // it is named by its entry point, the module that import() names. esbuild's runtime helpers
    // (__toESM, __commonJS…) come from no file: their chunk is named by what it exports.
    const modules = Object.keys(output.inputs).sort();
    const key = output.entryPoint
      ? `entry ${output.entryPoint}`
      : modules.length
        ? modules.join("\n")
        : `exports ${[...output.exports].sort().join(" ")}`;
    const id = createHash("sha256").update(key).digest("hex").slice(0, 8).toUpperCase();
    const renamed = `${name}-${id}.js`;
    if (taken.has(renamed)) throw new Error(`build: two chunks would both be named ${renamed}`);
    taken.add(renamed);
    renames.set(path.basename(f.path), renamed);
  }
  const pattern = new RegExp([...renames.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const rename = (text) => (renames.size ? text.replace(pattern, (n) => renames.get(n)) : text);
  for (const f of result.outputFiles) {
    const out = path.join(path.dirname(f.path), renames.get(path.basename(f.path)) ?? path.basename(f.path));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, /\.js$/.test(f.path) ? rename(f.text) : f.contents);
  }
  const outputs = {};
  for (const [k, o] of Object.entries(result.metafile.outputs))
    outputs[rename(k)] = { ...o, imports: o.imports.map((i) => ({ ...i, path: rename(i.path) })) };
  result.metafile.outputs = outputs;
}

/**
 * The start hub (see above) from the first pass's metafile: the source modules of every action's
 * static closure (less its own entry files, which run the action), and the files our sources
 * import() or build from as entries, to which the build appends a re-export of the hub's binding.
 */
function startHubPlugin(metafile) {
  const outputs = metafile.outputs;
  const start = new Set();
  for (const [out, o] of Object.entries(outputs)) {
    if (!/actions\/[^/]+\/dist\/index\.js$/.test(out)) continue;
    // The entry imports its main module with import() (after enabling the compile cache): that counts as start.
    const seen = new Set([out]);
    const queue = [o];
    while (queue.length) {
      const at = queue.pop();
      for (const i of at.imports) {
        const follow = i.kind === "import-statement" || (i.kind === "dynamic-import" && at === o);
        if (!follow || i.external || seen.has(i.path)) continue;
        seen.add(i.path);
        queue.push(outputs[i.path]);
      }
    }
    for (const f of seen) for (const input of Object.keys(outputs[f].inputs)) start.add(input);
  }
  const own = (f) => /^(packages|actions)\//.test(f);
  // Our own modules only: the packages they import follow them into the chunk, tree-shaken (a
  // namespace import of a package's files would keep every export, all of zod's locales say).
  const startModules = [...start].filter((f) => own(f) && !/^actions\/[^/]+\/src\//.test(f)).sort();
  // Not the actions' own entries: what they import statically loads before they enable the
  // compile cache; they reach the hub through their main module, imported with import().
  const reachers = new Set(targets.filter((t) => t.name === "cli").map((t) => t.entry));
  for (const input of Object.values(metafile.inputs))
    for (const i of input.imports) if (i.kind === "dynamic-import" && own(i.path)) reachers.add(i.path);
  const HUB = "mlship-start-hub";
  return {
    name: "start-hub",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${HUB}$`) }, () => ({ path: HUB, namespace: HUB }));
      b.onLoad({ filter: /.*/, namespace: HUB }, () => ({
        contents: `${startModules.map((f, n) => `import * as m${n} from ${JSON.stringify(path.join(root, f))};`).join("\n")}
export const __mlshipStart = [${startModules.map((_, n) => `m${n}`).join(", ")}];\n`,
        resolveDir: root,
        loader: "js",
      }));
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const rel = path.relative(root, args.path).split(path.sep).join("/");
        if (!reachers.has(rel)) return undefined;
        const text = readFileSync(args.path, "utf8");
        return {
          contents: `${text}\nexport { __mlshipStart } from "${HUB}";\n`,
          loader: /\.[cm]?ts$/.test(rel) ? "ts" : "js",
        };
      });
    },
  };
}

/**
 * The licence texts of every package with code in the bundles (what ncc's --license wrote), from
 * the metafile's inputs: name, version and licence field of each package folder, then its LICENSE
 * file. Packages with the same text (the many @aws-sdk and @stdlib ones) share one copy of it.
 */
function licenses(metafile) {
  const byText = new Map();
  const seen = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    // Only files: a plugin's virtual module is named "<namespace>:<path>".
    const m = input.match(/^([^:]*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (!m || seen.has(m[1])) continue;
    seen.add(m[1]);
    const dir = path.join(root, m[1]);
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), "utf8").trim() : "(no licence file in the package)";
    const license = typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "unstated");
    const names = byText.get(text) ?? new Set();
    names.add(`${pkg.name}@${pkg.version} (${license})`);
    byText.set(text, names);
  }
  return [...byText.entries()]
    .map(([text, names]) => [[...names].sort(), text])
    .sort((a, b) => a[0][0].localeCompare(b[0][0]))
    .map(([names, text]) => `${names.join("\n")}\n\n${text}\n`)
    .join(`\n${"-".repeat(72)}\n\n`);
}
