#!/bin/sh
# Golden end-to-end tests: each tests/golden/CASE/ holds
#   args      the command-line arguments (shell words), run from the top
#   expected  the exact standard output
#   status    the exact exit status
#   stderr    (optional) the exact standard error
#   stdin     (optional) what zonelint reads on standard input
#   cwd       (optional) the folder to run in, from the top
#   filter    (optional) a command (shell words, run from the top) that
#             the standard output goes through before it is compared;
#             it must succeed
# usage: tests/golden.sh ZONELINT [CASE...]; UPDATE=1 rewrites the files.
set -u
bin=$1
shift
cd "$(dirname "$0")/.." || exit 2
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
if [ $# -gt 0 ]; then cases="$*"; else cases=$(ls tests/golden); fi
for c in $cases; do
	d=tests/golden/$c
	[ -f "$d/args" ] || continue
	eval "set -- $(cat "$d/args")"
	input=$PWD/$d/stdin
	[ -f "$input" ] || input=/dev/null
	dir=.
	[ -f "$d/cwd" ] && dir=$(cat "$d/cwd")
	(cd "$dir" && NO_COLOR=1 "$bin" "$@") >"$tmp/out" 2>"$tmp/err" <"$input"
	rc=$?
	filtered=ok
	if [ -f "$d/filter" ]; then
		mv "$tmp/out" "$tmp/raw"
		eval "set -- $(cat "$d/filter")"
		"$@" <"$tmp/raw" >"$tmp/out" 2>"$tmp/ferr" || filtered=failed
	fi
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$d/expected"
		echo "$rc" >"$d/status"
		[ -f "$d/stderr" ] && cp "$tmp/err" "$d/stderr"
		echo "updated $c"
		continue
	fi
	ok=1
	if [ $filtered != ok ]; then
		echo "FAIL $c: the filter $(cat "$d/filter") failed:"
		head -5 "$tmp/ferr"
		ok=0
	fi
	if ! cmp -s "$tmp/out" "$d/expected"; then
		echo "FAIL $c: output differs:"
		diff -u "$d/expected" "$tmp/out" | head -40
		ok=0
	fi
	if [ "$rc" != "$(cat "$d/status")" ]; then
		echo "FAIL $c: exit status $rc, expected $(cat "$d/status")"
		head -5 "$tmp/err"
		ok=0
	fi
	if [ -f "$d/stderr" ] && ! cmp -s "$tmp/err" "$d/stderr"; then
		echo "FAIL $c: standard error differs:"
		diff -u "$d/stderr" "$tmp/err" | head -20
		ok=0
	fi
	if grep -q 'ERROR: \(AddressSanitizer\|LeakSanitizer\)\|runtime error:' "$tmp/err"; then
		echo "FAIL $c: sanitizer report:"
		head -30 "$tmp/err"
		ok=0
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "golden: $pass passed, $fail failed"
[ $fail -eq 0 ]
