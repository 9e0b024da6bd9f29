// Releases mlship vX.Y.Z from the checked-out commit (run by .github/workflows/release.yml):
// 1. a release commit on top of it whose every internal reference `mlship/mlship/...@v1` (and
//    dashboard.yml's mlship-ref default) names vX.Y.Z, so pinning a release's SHA pins its actions;
// 2. the tag vX.Y.Z on that commit (re-pointed when a pushed tag started the release) and the
//    major tag vX moved to it, pushed with the job's token (tags pushed by GITHUB_TOKEN start no run);
// 3. the GitHub release with notes: the commit subjects since the previous release tag.
// Usage: node scripts/release.mjs X.Y.Z   (GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY set)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const fail = (message) => {
  console.log(`::error title=mlship release::${message}`);
  process.exit(1);
};

const version = (process.argv[2] ?? "").replace(/^v/, "");
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`'${process.argv[2] ?? ""}' is not a version X.Y.Z`);
const tag = `v${version}`;
const major = `v${version.split(".")[0]}`;

/**
 * The files GitHub executes that name mlship/mlship by ref: the reusable workflows and action
 * metadata. The callers in examples/workflows (and `mlship init`'s copy of them) keep @v1: which
 * ref to follow is the user's choice.
 */
function referencingFiles() {
  const dirs = [".github/workflows"];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join(d, f)),
  );
  for (const a of readdirSync("actions")) files.push(path.join("actions", a, "action.yml"));
  return files;
}

const source = git("rev-parse", "HEAD");
let pinned = 0;
for (const f of referencingFiles()) {
  let text;
  try {
    text = readFileSync(f, "utf8");
  } catch {
    continue;
  }
  const out = text
    .replace(/(mlship\/mlship\/[\w./-]+)@v\d+(?![\w.])/g, (_, p) => `${p}@${tag}`)
    // dashboard.yml checks out mlship's CLI at this ref (a called workflow cannot see its own ref)
    .replace(/(\n {6}mlship-ref:\n(?: {8}.*\n)*? {8}default: )v\d+\n/, `$1${tag}\n`);
  if (out !== text) {
    pinned += (text.match(/mlship\/mlship\/[\w./-]+@v\d+(?![\w.])/g) ?? []).length;
    writeFileSync(f, out);
  }
}
git("add", "-A");
git(
  "-c",
  "user.name=github-actions[bot]",
  "-c",
  "user.email=41898282+github-actions[bot]@users.noreply.github.com",
  "commit",
  "--allow-empty",
  "-q",
  "-m",
  `release ${tag}: pin internal references to @${tag}`,
);
const release = git("rev-parse", "HEAD");
console.log(`release commit ${release} on ${source}: ${pinned} internal references pinned to @${tag}`);

const previous = git("tag", "--list", "v*.*.*", "--sort=-v:refname", "--merged", source)
  .split("\n")
  .filter((t) => t && t !== tag)[0];
const range = previous ? `${previous}..${source}` : source;
const notes = git("log", "--no-merges", "--format=- %s", range)
  .split("\n")
  .filter((l) => l && !l.startsWith("- release v"))
  .join("\n");

git("tag", "-f", tag, release);
git("tag", "-f", major, release);
git("push", "--force", "origin", `refs/tags/${tag}`, `refs/tags/${major}`);
console.log(`tags ${tag} and ${major} → ${release}`);

const res = await fetch(`${process.env.GITHUB_API_URL}/repos/${process.env.GITHUB_REPOSITORY}/releases`, {
  method: "POST",
  headers: {
    authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
    accept: "application/vnd.github+json",
    "content-type": "application/json",
  },
  body: JSON.stringify({
    tag_name: tag,
    name: `mlship ${tag}`,
    body: `${previous ? `Changes since ${previous}` : "First release"}:\n\n${notes || "- (no changes)"}\n\nUse \`@${major}\` to follow ${major}.x, or pin \`@${tag}\` / \`@${release}\`: every internal reference in this release names ${tag}.`,
    make_latest: "true",
  }),
});
if (!res.ok) fail(`creating the GitHub release answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
console.log(`release ${tag} created`);
