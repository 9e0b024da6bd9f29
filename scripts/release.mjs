// mlship's releases, in two hands, because GitHub refuses the job's token any push that brings in
// a commit changing .github/workflows/, or a tag on a commit whose workflow files differ from the
// branch heads ("refusing to allow a GitHub App to create or update workflow … without
// `workflows` permission"), and a workflow cannot grant itself that permission:
//
//   node scripts/release.mjs prepare X.Y.Z [--push]     a maintainer, in a clean clone of main
//     the release is two commits. A is HEAD: it holds the actions and their bundles. The release
//     commit B, on top of A, changes only .github/workflows/: every internal
//     `uses: mlship/mlship/actions/<step>@…` names A's full SHA (`@<sha> # vX.Y.Z`), and
//     dashboard.yml's mlship-ref default names vX.Y.Z. B runs A's actions, byte-identical to its
//     own, by full SHA: an organisation that requires SHA pins accepts them inside mlship's
//     called workflows (a commit cannot hold its own SHA, and `uses:` takes no expressions).
//     Tags B vX.Y.Z and moves the major tag vX to it. With --push, pushes both tags at once
//     (`git push --atomic`) with the maintainer's credentials; that push (not the job token's)
//     starts .github/workflows/release.yml.
//
//   node scripts/release.mjs publish X.Y.Z               release.yml, at the tag vX.Y.Z
//     checks that the checked-out commit is vX.Y.Z's release commit (every internal action
//     pinned to one commit whose files are this commit's outside .github/workflows) and that vX
//     names it, then creates the GitHub release with notes (the commit subjects since the
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

/** The reusable workflows: the files whose internal `uses:` a release pins. */
function workflowFiles() {
  return readdirSync(".github/workflows")
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(".github/workflows", f));
}

/** `uses: mlship/mlship/actions/<step>@<ref>` in a workflow file: [whole match, prefix, ref]. */
const internalUses = /^(\s*(?:-\s+)?uses:\s*mlship\/mlship\/actions\/[\w-]+)@([^\s#]+)(?:[ \t]+#.*)?$/gm;
/** dashboard.yml's mlship-ref default (a checkout of mlship's CLI, not a `uses:`: a tag is allowed there). */
const dashboardRef = /(\n {6}mlship-ref:\n(?: {8}.*\n)*? {8}default: )(\S+)\n/;

/**
 * What a release cannot pin with this scheme: a reusable workflow of mlship calling another (it
 * would name commit A, whose workflows are unpinned) or an action's metadata naming mlship/mlship
 * (a composite action would run A's unpinned references). None exists; this keeps it so.
 */
function unpinnable() {
  const found = [];
  for (const f of workflowFiles())
    for (const m of readFileSync(f, "utf8").matchAll(
      /^\s*(?:-\s+)?uses:\s*(mlship\/mlship\/\.github\/workflows\/\S+)/gm,
    ))
      found.push(`${f}: ${m[1]}`);
  for (const a of readdirSync("actions")) {
    const f = path.join("actions", a, "action.yml");
    let text = "";
    try {
      text = readFileSync(f, "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(/mlship\/mlship\/\S+@\S+/g)) found.push(`${f}: ${m[0]}`);
  }
  return found;
}

/**
 * Each workflow file with its internal action references pinned to `commit` (the full SHA of the
 * commit holding the actions, with the version as a comment, as Dependabot writes pins) and the
 * dashboard's mlship-ref default set to the tag: [file, text now, pinned text].
 */
function pinned(commit) {
  return workflowFiles().map((f) => {
    const text = readFileSync(f, "utf8");
    const out = text
      .replace(internalUses, (_, prefix) => `${prefix}@${commit} # ${tag}`)
      .replace(dashboardRef, `$1${tag}\n`);
    return [f, text, out];
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
  const bad = unpinnable();
  if (bad.length) fail(`a release pins only workflow → action references; these cannot be pinned: ${bad.join("; ")}`);
  // Commit A: this HEAD, which holds the actions (and their bundles) the release runs.
  const source = git("rev-parse", "HEAD");
  let count = 0;
  for (const [f, text, out] of pinned(source))
    if (out !== text) {
      count += [...text.matchAll(internalUses)].length;
      writeFileSync(f, out);
    }
  if (!count) fail("no `uses: mlship/mlship/actions/<step>@…` found in .github/workflows: nothing to release");
  // Commit B, the release commit: A with only its workflow files changed, so A's actions are B's.
  git("add", "--", ".github/workflows");
  git("commit", "-q", "-m", `release ${tag}: pin internal actions to ${source} (${tag})`);
  const release = git("rev-parse", "HEAD");
  git("tag", tag, release);
  git("tag", "-f", major, release);
  // Back on the source commit: the release commit lives on the tags only, main keeps @v1.
  git("checkout", "-q", source);
  console.log(
    `release commit ${release} on ${source}: ${count} internal action references pinned to ${source} (${tag})`,
  );
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
const usage = `Make releases with \`node scripts/release.mjs prepare ${version} --push\``;
// Every internal action reference names one full commit SHA, that commit exists, and its tree is
// this one's outside .github/workflows: the actions a caller of this release runs are the ones
// released here, byte for byte (an organisation requiring SHA pins accepts them in called workflows).
const refs = new Set();
for (const f of workflowFiles())
  for (const m of readFileSync(f, "utf8").matchAll(internalUses)) refs.add(`${f}: ${m[2]}`);
const commits = new Set([...refs].map((r) => r.slice(r.lastIndexOf(" ") + 1)));
const notSha = [...refs].filter((r) => !/ [0-9a-f]{40}$/.test(r));
if (notSha.length)
  fail(`${tag} is not a release commit: ${notSha.join(", ")} not pinned to a full commit SHA. ${usage}`);
if (commits.size !== 1)
  fail(
    `${tag} is not a release commit: its actions are pinned to ${commits.size} commits (${[...commits].join(", ")}). ${usage}`,
  );
const actions = [...commits][0];
if (!exists(actions)) fail(`${tag} pins its actions to ${actions}, which is not a commit of this repository. ${usage}`);
const differ = git("diff", "--name-only", actions, head, "--", ".", ":(exclude).github/workflows");
if (differ)
  fail(
    `${tag}'s actions are pinned to ${actions}, whose files differ from ${tag}'s outside .github/workflows: ${differ.split("\n").join(", ")}. ${usage}`,
  );
const stale = pinned(actions)
  .filter(([, text, out]) => out !== text)
  .map(([f]) => f);
if (stale.length)
  fail(
    `${tag} is not a release commit: ${stale.join(", ")} still name another ref than ${tag} for mlship's CLI. ${usage}`,
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
    body: `${previous ? `Changes since ${previous}` : "First release"}:\n\n${notes || "- (no changes)"}\n\nUse \`@${major}\` to follow ${major}.x, or pin \`@${tag}\` / \`@${head}\`: this release's workflows run its actions pinned by full SHA (${actions}), as an organisation requiring SHA pins accepts.`,
    make_latest: "true",
  }),
});
if (!res.ok) fail(`creating the GitHub release answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
console.log(`release ${tag} created`);
