#!/bin/sh
# The mutant suite: each tests/mutants/*.patch is a small deliberate bug.
# Each is applied in turn to a scratch worktree of HEAD, and `make
# check-fast` must fail there; a mutant it passes has survived, and the
# run fails.  Prints the first test that killed each.  A patch that no
# longer applies fails the run too: update it with the change that moved
# the code (README: Development).
# usage: tests/mutants/run.sh [PATCH...]
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 2
[ $# -gt 0 ] || set -- tests/mutants/*.patch
work=$top/build/mutants
tree=$work/tree
rm -rf "$work"
mkdir -p "$work"
git worktree prune
git worktree add -q --detach "$tree" HEAD || exit 2
trap 'git -C "$top" worktree remove --force "$tree"; rm -rf "$work"' EXIT
# the worktree's ../shared: the corpus beside this repository
ln -s "$(cd "$top/.." && pwd)/shared" "$work/shared"
make -C "$tree" -s zonelint tests-bin >"$work/build.log" 2>&1 ||
	{ cat "$work/build.log"; echo "mutants: the tree does not build"; exit 2; }
killed=0 survived=0 stale=0
for p in "$@"; do
	name=$(basename "$p" .patch)
	if ! git -C "$tree" apply "$top/$p" 2>"$work/apply.log"; then
		echo "mutant $name: DOES NOT APPLY"
		sed 's/^/  /' "$work/apply.log"
		stale=$((stale + 1))
		continue
	fi
	if ! make -C "$tree" -s zonelint tests-bin >"$work/out" 2>&1; then
		echo "mutant $name: DOES NOT BUILD (a mutant must compile)"
		grep -m3 'error' "$work/out" | sed 's/^/  /'
		stale=$((stale + 1))
	elif make -C "$tree" -s check-fast >"$work/out" 2>&1; then
		echo "mutant $name: SURVIVED"
		survived=$((survived + 1))
	else
		# the first test that failed: the make target, and its first FAIL
		target=$(grep -o '\[Makefile:[0-9]*: [a-z-]*\]' "$work/out" | head -1 |
			sed 's/.*: \(.*\)\]/\1/')
		first=$(grep -m1 -E 'FAIL|:F:|:E:|error:' "$work/out" | cut -c1-150)
		echo "mutant $name: killed by ${target:-build}: $first"
		killed=$((killed + 1))
	fi
	git -C "$tree" apply -R "$top/$p" || { echo "mutants: cannot undo $name"; exit 2; }
done
echo "mutants: $killed killed, $survived survived, $stale do not apply or build"
[ $survived -eq 0 ] && [ $stale -eq 0 ]
