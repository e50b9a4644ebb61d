#!/usr/bin/env bash
# Approves the regression snapshots the last test run received: for each NAME.received.txt under
# tests/, shows its diff against NAME.approved.txt, then moves it over the approved file.
# A deliberate act by a person after reviewing the diffs: it refuses to run under CI.
#   tests/approve-snapshots.sh            approve every received snapshot
#   tests/approve-snapshots.sh NAME...    only those whose file name contains one of the NAMEs
#   tests/approve-snapshots.sh --list     show what would be approved, change nothing
set -euo pipefail
cd "$(dirname "$0")"

if [ "${CI:-}" = true ] || [ "${CI:-}" = 1 ]; then
  echo "error: snapshots are not approved under CI (CI=$CI)" >&2
  exit 2
fi

list=0
if [ "${1:-}" = --list ]; then list=1; shift; fi

count=0
while IFS= read -r -d '' received; do
  approved="${received%.received.txt}.approved.txt"
  if [ $# -gt 0 ]; then
    match=0
    for want in "$@"; do case "$(basename "$received")" in *"$want"*) match=1 ;; esac; done
    [ $match = 1 ] || continue
  fi
  echo "== $received"
  if [ -f "$approved" ]; then diff -u "$approved" "$received" | tail -n +3 || true; else echo "(new snapshot)"; fi
  if [ $list = 0 ]; then mv -f "$received" "$approved"; fi
  count=$((count + 1))
done < <(find . -name '*.received.txt' -print0 | sort -z)

if [ $list = 1 ]; then echo "$count received snapshot(s), nothing approved"; else echo "$count snapshot(s) approved"; fi
