#!/bin/sh
# A zonelint that prints nothing and exits 0 must fail every golden,
# hostile and real-world case: a case such a stub passes asserts nothing
# about what zonelint does. This runs tests/golden.sh,
# tests/hostile/run.sh, tests/realworld.py and tests/realworld_own.py
# against the stub
# (#!/bin/sh, exit 0) and checks from their FAIL lines and counts that
# each suite fails and that no case passed.
# usage: tests/empty_binary_check.sh   (PY=python3 by default)
set -u
cd "$(dirname "$0")/.." || exit 2
PY=${PY:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stub=$tmp/zonelint
printf '#!/bin/sh\nexit 0\n' >"$stub"
chmod +x "$stub"
bad=0
say() { echo "empty-binary: $*"; }
fail() { echo "empty-binary: FAIL $*"; bad=1; }

# Golden cases the stub still passes, each for a reason stated here; the
# check fails when one of them no longer passes (then drop it here).
#   include-escaped: expects no output and exit 0 and has no stderr file
#   (its -v output is unchecked); its owner is to add one.
weak=""

# golden: every case by name
sh tests/golden.sh "$stub" >"$tmp/golden" 2>&1 && fail "golden: the suite passed"
total=0 passed=0 failing=0
for d in tests/golden/*/; do
	c=$(basename "$d")
	[ -f "$d/args" ] || continue
	total=$((total + 1))
	grep -q "^FAIL $c: " "$tmp/golden" && failed=1 || failed=0
	failing=$((failing + failed))
	case " $weak " in
	*" $c "*)
		if [ "$failed" = 1 ]; then
			fail "golden: $c now fails with the stub: drop it from the list of weak cases in $0"
		else
			passed=$((passed + 1))
		fi ;;
	*)
		[ "$failed" = 1 ] || fail "golden: $c passes with a binary that prints nothing and exits 0" ;;
	esac
done
summary="golden: $passed passed, $((total - passed)) failed"
grep -qx "$summary" "$tmp/golden" ||
	fail "golden: expected '$summary', got '$(tail -1 "$tmp/golden")'"
say "golden: $failing of $total cases fail with the stub${weak:+ (known weak: $weak)}"

# hostile: cases are generated, so go by the counts and FAIL lines
bash tests/hostile/run.sh "$stub" >"$tmp/hostile" 2>&1 && fail "hostile: the suite passed"
line=$(grep '^hostile: [0-9]* passed, [0-9]* failed' "$tmp/hostile" | tail -1)
p=$(echo "$line" | sed -n 's/^hostile: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p')
f=$(echo "$line" | sed -n 's/^hostile: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p')
n=$(grep -c '^FAIL ' "$tmp/hostile")
if [ -z "$p" ] || [ "$p" != 0 ] || [ "$f" = 0 ] || [ "$n" != "$f" ]; then
	fail "hostile: expected every case to fail, got '$line' and $n FAIL lines"
else
	say "hostile: $f of $f cases fail with the stub"
fi

# realworld: every zone of the corpus
"$PY" tests/realworld.py "$stub" >"$tmp/realworld" 2>&1 && fail "realworld: the suite passed"
line=$(grep '^realworld: [0-9]* of [0-9]* zones' "$tmp/realworld" | tail -1)
p=$(echo "$line" | sed -n 's/^realworld: \([0-9]*\) of \([0-9]*\) zones.*/\1/p')
z=$(echo "$line" | sed -n 's/^realworld: \([0-9]*\) of \([0-9]*\) zones.*/\2/p')
n=$(sed -n 's/^realworld: FAIL \([^:]*\): .*/\1/p' "$tmp/realworld" | sort -u | wc -l)
if [ -z "$p" ] || [ "$p" != 0 ] || [ "$z" = 0 ] || [ "$n" -ne "$z" ]; then
	fail "realworld: expected every zone to fail, got '$line' and $n zones in FAIL lines"
else
	say "realworld: $z of $z zones fail with the stub"
fi

# realworld-own: every zone file of tests/realworld
"$PY" tests/realworld_own.py "$stub" >"$tmp/realworld-own" 2>&1 && fail "realworld-own: the suite passed"
line=$(grep '^realworld-own: [0-9]* of [0-9]* files' "$tmp/realworld-own" | tail -1)
p=$(echo "$line" | sed -n 's/^realworld-own: \([0-9]*\) of \([0-9]*\) files.*/\1/p')
z=$(echo "$line" | sed -n 's/^realworld-own: \([0-9]*\) of \([0-9]*\) files.*/\2/p')
n=$(sed -n 's/^realworld-own: FAIL \([^:]*\): .*/\1/p' "$tmp/realworld-own" | sort -u | wc -l)
if [ -z "$p" ] || [ "$p" != 0 ] || [ "$z" = 0 ] || [ "$n" -ne "$z" ]; then
	fail "realworld-own: expected every file to fail, got '$line' and $n files in FAIL lines"
else
	say "realworld-own: $z of $z files fail with the stub"
fi

if [ $bad = 0 ]; then
	say "passed: the stub fails every case"
else
	for s in golden hostile realworld realworld-own; do
		echo "--- $s output (head)"
		head -20 "$tmp/$s"
	done
fi
exit $bad
