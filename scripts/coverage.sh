#!/bin/sh
# Line coverage of src/ and rules/ by the fast suite (make check-fast's
# tests), with gcov: a build with --coverage in build/cov, the tests run
# against it, then one line a file and the total.
# usage: scripts/coverage.sh [--peers]   (make coverage)
# --peers adds make check's peer-suite scripts.
set -eu
cd "$(dirname "$0")/.."
rm -rf build/cov
make -s B=build/cov CFLAGS="-O0 -g --coverage" SAN="--coverage" \
	build/cov/zonelint tests-bin build/cov/tests/record_dump >/dev/null
cp build/cov/zonelint build/cov/zonelint.bin
zl=build/cov/zonelint
for t in build/cov/tests/check_*; do ZONELINT_TOP=. "$t" >/dev/null 2>&1 || true; done
sh tests/golden.sh "$zl" >/dev/null 2>&1 || true
for t in tests/hostile/*.sh; do BOUNDS_RUNS=1 bash "$t" "$zl" >/dev/null 2>&1 || true; done
sh tests/parallel/run.sh "$zl" >/dev/null 2>&1 || true
sh tests/baseline_test.sh "$zl" >/dev/null 2>&1 || true
python3 tests/sarif_check.py "$zl" >/dev/null 2>&1 || true
python3 tests/realworld.py "$zl" >/dev/null 2>&1 || true
"$zl" --no-config --man-rules >/dev/null
"$zl" --list-rules >/dev/null
if [ "${1:-}" = --peers ]; then # the peers' suites too (make check's)
	python3 tests/peer_agreement.py "$zl" >/dev/null 2>&1 || true
	for t in knot_records bind_records twin_records; do
		python3 tests/$t.py build/cov/tests/record_dump >/dev/null 2>&1 || true
	done
fi
total=0 run=0
for src in src/*.c rules/*.c; do
	obj=build/cov/$(dirname "$src")
	line=$(gcov -n -o "$obj" "$src" 2>/dev/null |
		sed -n "/File '$(echo "$src" | sed 's/[/.]/\\&/g')'/{n;p;q}")
	pct=$(echo "$line" | sed -n 's/Lines executed:\([0-9.]*\)% of \([0-9]*\)/\1 \2/p')
	[ -n "$pct" ] || continue
	set -- $pct
	n=$(awk -v p="$1" -v t="$2" 'BEGIN { printf "%d", p * t / 100 + 0.5 }')
	total=$((total + $2))
	run=$((run + n))
	printf '%6s%% of %5d  %s\n' "$1" "$2" "$src"
done
awk -v r="$run" -v t="$total" 'BEGIN { printf "coverage: %d of %d lines of src/ and rules/ (%.1f%%)\n", r, t, 100 * r / t }'
