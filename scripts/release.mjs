// mlship's releases, in two hands, because GitHub refuses the job's token any push that brings in
// a commit changing .github/workflows/, or a tag on a commit whose workflow files differ from the
// branch heads ("refusing to allow a GitHub App to create or update workflow … without
// `workflows` permission"), and a workflow cannot grant itself that permission:
//
//   node scripts/release.mjs prepare X.Y.Z [--push]     a maintainer, in a clean clone of main
//     makes the release commit on top of HEAD, in which every internal reference
//     `mlship/mlship/...@v1` (and dashboard.yml's mlship-ref default) names vX.Y.Z, so pinning a
//     release's SHA pins its actions too; tags it vX.Y.Z and moves the major tag vX to it. With
//     --push, pushes both tags at once (`git push --atomic`) with the maintainer's credentials;
//     that push (not the job token's) starts .github/workflows/release.yml.
//
//   node scripts/release.mjs publish X.Y.Z               release.yml, at the tag vX.Y.Z
//     checks that the checked-out commit is vX.Y.Z's release commit (nothing left to pin) and
//     that vX names it, then creates the GitHub release with notes (the commit subjects since the
//     previous release tag). It pushes nothing. (GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY set)
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const git = (...args) => execFileSync("git", args, { encoding: "utf8" }).trim();
const fail = (message) => {
  console.log(`::error title=mlship release::${message}`);
  process.exit(1);
};

const [command, given, flag] = process.argv.slice(2);
if (command !== "prepare" && command !== "publish")
  fail(`usage: node scripts/release.mjs prepare X.Y.Z [--push] | publish X.Y.Z (got '${command ?? ""}')`);
const version = (given ?? "").replace(/^v/, "");
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`'${given ?? ""}' is not a version X.Y.Z`);
const tag = `v${version}`;
const major = `v${version.split(".")[0]}`;

/**
 * The files GitHub executes that name mlship/mlship by ref: the reusable workflows and action
 * metadata. The callers in examples/workflows (and `mlship init`'s copy of them) keep @v1: which
 * ref to follow is the user's choice.
 */
function referencingFiles() {
  const files = readdirSync(".github/workflows")
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(".github/workflows", f));
  for (const a of readdirSync("actions")) files.push(path.join("actions", a, "action.yml"));
  return files;
}

/** Each file with its internal references pinned to the tag: [file, text now, pinned text]. */
function pinned() {
  return referencingFiles().flatMap((f) => {
    let text;
    try {
      text = readFileSync(f, "utf8");
    } catch {
      return [];
    }
    const out = text
      .replace(/(mlship\/mlship\/[\w./-]+)@v\d+(?:\.\d+\.\d+)?(?![\w.])/g, (_, p) => `${p}@${tag}`)
      // dashboard.yml checks out mlship's CLI at this ref (a called workflow cannot see its own ref)
      .replace(/(\n {6}mlship-ref:\n(?: {8}.*\n)*? {8}default: )v\d+(?:\.\d+\.\d+)?\n/, `$1${tag}\n`);
    return [[f, text, out]];
  });
}

const exists = (ref) => {
  try {
    git("rev-parse", "--verify", "-q", `${ref}^{commit}`);
    return true;
  } catch {
    return false;
  }
};

if (command === "prepare") {
  if (git("status", "--porcelain", "--untracked-files=no"))
    fail("the working tree has changes: release from a clean clone");
  if (exists(`refs/tags/${tag}`)) fail(`${tag} exists already: a release tag is never moved`);
  const source = git("rev-parse", "HEAD");
  let count = 0;
  for (const [f, text, out] of pinned())
    if (out !== text) {
      count += (text.match(/mlship\/mlship\/[\w./-]+@v\d+(?:\.\d+\.\d+)?(?![\w.])/g) ?? []).length;
      writeFileSync(f, out);
    }
  git("add", "-A");
  git("commit", "--allow-empty", "-q", "-m", `release ${tag}: pin internal references to @${tag}`);
  const release = git("rev-parse", "HEAD");
  git("tag", tag, release);
  git("tag", "-f", major, release);
  // Back on the source commit: the release commit lives on the tags only, main keeps @v1.
  git("checkout", "-q", source);
  console.log(`release commit ${release} on ${source}: ${count} internal references pinned to @${tag}`);
  if (flag === "--push") {
    git("push", "--atomic", "--force", "origin", `refs/tags/${tag}`, `refs/tags/${major}`);
    console.log(`pushed ${tag} and ${major}: the release workflow runs for ${tag}`);
  } else console.log(`now: git push --atomic --force origin refs/tags/${tag} refs/tags/${major}`);
  process.exit(0);
}

// publish: at the tag, in the release workflow.
const head = git("rev-parse", "HEAD");
if (!exists(`refs/tags/${tag}`) || git("rev-parse", `refs/tags/${tag}^{commit}`) !== head)
  fail(`the checked-out commit ${head} is not ${tag}: run the release workflow for a pushed tag`);
const unpinned = pinned()
  .filter(([, text, out]) => out !== text)
  .map(([f]) => f);
if (unpinned.length)
  fail(
    `${tag} is not a release commit: ${unpinned.join(", ")} still name another ref than @${tag}. Make releases with \`node scripts/release.mjs prepare ${version} --push\``,
  );
if (!exists(`refs/tags/${major}`) || git("rev-parse", `refs/tags/${major}^{commit}`) !== head)
  fail(
    `${major} does not name ${tag}: push both tags together (\`node scripts/release.mjs prepare ${version} --push\`)`,
  );
const source = git("rev-parse", "HEAD^");
const previous = git("tag", "--list", "v*.*.*", "--sort=-v:refname", "--merged", source)
  .split("\n")
  .filter((t) => t && t !== tag)[0];
const range = previous ? `${previous}..${source}` : source;
const notes = git("log", "--no-merges", "--format=- %s", range)
  .split("\n")
  .filter((l) => l && !l.startsWith("- release v"))
  .join("\n");

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
    body: `${previous ? `Changes since ${previous}` : "First release"}:\n\n${notes || "- (no changes)"}\n\nUse \`@${major}\` to follow ${major}.x, or pin \`@${tag}\` / \`@${head}\`: every internal reference in this release names ${tag}.`,
    make_latest: "true",
  }),
});
if (!res.ok) fail(`creating the GitHub release answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
console.log(`release ${tag} created`);
