#!/bin/bash
# GitHub's rules for a push (test/harness/git.ts installs this as the bare repository's hook).
tok="${HARNESS_PUSH_TOKEN:-}"
refuse() { echo "$1" >&2; exit 1; }
while read -r old new ref; do
  [ -z "$tok" ] && continue # a person's push
  if [[ "$ref" == refs/heads/* ]] && git config --get-all harness.protected | grep -qxF "${ref#refs/heads/}"; then
    git config --get-all harness.bypass | grep -qxF "$tok" || refuse "GH006: Protected branch update failed for $ref."
  fi
  [[ "$tok" == ghs_job* ]] || continue # only the job's token lacks `workflows`
  [[ "$new" =~ ^0+$ ]] && continue
  for c in $(git rev-list "$new" --not --all); do
    f=$(git diff-tree --no-commit-id --name-only -r --root "$c" -- .github/workflows | head -1)
    [ -n "$f" ] && refuse "refusing to allow a GitHub App to create or update workflow \`$f\` without \`workflows\` permission"
  done
  wf=$(git rev-parse -q --verify "$new^{commit}:.github/workflows" 2>/dev/null || echo none)
  same=
  for h in $(git for-each-ref --format='%(objectname)' refs/heads); do
    [ "$(git rev-parse -q --verify "$h:.github/workflows" 2>/dev/null || echo none)" = "$wf" ] && same=1
  done
  [ -n "$same" ] || refuse "refusing to allow a GitHub App to create or update workflow \`.github/workflows\` without \`workflows\` permission ($ref)"
done
exit 0
