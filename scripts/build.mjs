// Bundles each action and the CLI with ncc into a committed dist/: index.js, plus one chunk file
// (<id>.index.js) per module loaded on demand with import() (registry backends, deploy targets...).
// Usage: node scripts/build.mjs [name...]   (default: all)
import { execFileSync } from "node:child_process";
import { rmSync, readdirSync, renameSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const actions = readdirSync(path.join(root, "actions")).filter((d) =>
  existsSync(path.join(root, "actions", d, "src", "index.ts")),
);
const targets = [
  ...actions.map((a) => ({ name: a, entry: `actions/${a}/src/index.ts`, out: `actions/${a}/dist` })),
  { name: "cli", entry: "packages/cli/src/index.ts", out: "packages/cli/dist" },
];
const wanted = process.argv.slice(2);
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");

for (const t of targets.filter((t) => !wanted.length || wanted.includes(t.name))) {
  const started = Date.now();
  const tmp = `${t.out}.tmp`;
  rmSync(path.join(root, tmp), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      t.entry,
      "-o",
      tmp,
      "--target",
      "es2022",
      "--no-source-map-register",
      "--quiet",
      "--license",
      "licenses.txt",
    ],
    { cwd: root, stdio: "inherit" },
  );
  // ncc relocates any path its static analysis resolves to an existing file at build time (say a
  // local .mlship/ folder) into the bundle; mlship ships no assets, so that is always a bug.
  const bundle = readdirSync(path.join(root, tmp))
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(path.join(root, tmp, f), "utf8"))
    .join("\n");
  // Chunks ncc splits off at a dynamic import() (the charting library, loaded only when a page is drawn) are code, not assets.
  const extra = readdirSync(path.join(root, tmp)).filter(
    (f) => !["index.js", "licenses.txt", "package.json"].includes(f) && !/^\d+\.index\.js$/.test(f),
  );
  if (/__nccwpck_require__\.ab \+/.test(bundle) || extra.length) {
    console.error(
      `${t.name}: ncc relocated a build-time path into the bundle (${extra.join(", ") || "__nccwpck_require__.ab"}); make that path dynamic`,
    );
    process.exit(1);
  }
  rmSync(path.join(root, t.out), { recursive: true, force: true });
  renameSync(path.join(root, tmp), path.join(root, t.out));
  console.log(`built ${t.out}/index.js in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
