#!/usr/bin/env bash
# Runs a command with two CPU-bound processes beside it, as on a busy CI machine (#33):
#   scripts/busy.sh npm test
#   scripts/busy.sh 3 npm test        # three runs in a row; stops at the first failure
# The busy loops are this script's own children, stopped by their process ids when it ends.
set -u
runs=1
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
  runs=$1
  shift
fi
[ $# -gt 0 ] || { echo "usage: scripts/busy.sh [runs] <command> [args...]" >&2; exit 2; }
pids=()
for _ in 1 2; do
  node -e 'for (;;) {}' &
  pids+=($!)
done
stop() { kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null; }
trap stop EXIT
trap 'exit 130' INT TERM
for ((i = 1; i <= runs; i++)); do
  echo "busy.sh: run $i of $runs, with two busy loops (pids ${pids[*]})" >&2
  "$@" || { status=$?; echo "busy.sh: run $i failed (exit $status)" >&2; exit "$status"; }
done
