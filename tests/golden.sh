#!/bin/sh
# Golden end-to-end tests: each tests/golden/CASE/ holds its inputs beside
# what zonelint makes of them, and zonelint runs in that folder:
#   args      the command-line arguments (shell words); the zones they
#             name are files of the case folder (e.g. "--internal internal
#             --external external"), or of another case's folder when
#             cases share an input ("../clean-zone/example.com.zone")
#   expected  the exact standard output
#   status    the exact exit status
#   stderr    the exact standard error (compared when present; every case
#             should have one, empty when nothing is expected there)
#   stdin     (optional) what zonelint reads on standard input
#   cwd       (optional) where to run instead, relative to the case
#             folder: for the config-* cases, which need a .zonelint in
#             or above the folder they run in, and share one
#   filter    (optional) a command (shell words, run in the case folder)
#             that the standard output goes through before it is
#             compared; it must succeed
# and whatever else the case needs: zones, folders of zones, a .zonelint,
# a SOURCE note for a zone copied from elsewhere.  A case names nothing
# outside tests/golden (no absolute path, no "../.." in args or cwd).
# usage: tests/golden.sh ZONELINT [CASE...]
#        UPDATE=1 tests/golden.sh ZONELINT CASE...  rewrites expected, status
#        and stderr of the cases named (never all at once) and shows the diff.
set -u
bin=$1
shift
cd "$(dirname "$0")/.." || exit 2
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 updated=0
if [ "${UPDATE:-}" = 1 ] && [ $# -eq 0 ]; then
	echo "golden.sh: UPDATE=1 rewrites only the cases named:" \
		"make golden-update CASES=\"CASE...\"" >&2
	exit 2
fi
if [ $# -gt 0 ]; then cases="$*"; else cases=$(ls tests/golden); fi
for c in $cases; do
	d=tests/golden/$c
	if [ ! -f "$d/args" ]; then
		[ $# -eq 0 ] && continue # a folder of the listing that is no case
		echo "FAIL $c: no such case ($d/args is missing)"
		fail=$((fail + 1))
		continue
	fi
	if cat "$d/args" "$d/cwd" 2>/dev/null | grep -q '\.\./\.\.\|\(^\|[ =]\)/'; then
		echo "FAIL $c: args or cwd name a path outside tests/golden"
		fail=$((fail + 1))
		continue
	fi
	eval "set -- $(cat "$d/args")"
	input=$PWD/$d/stdin
	[ -f "$input" ] || input=/dev/null
	dir=$d
	[ -f "$d/cwd" ] && dir=$d/$(cat "$d/cwd")
	(cd "$dir" && NO_COLOR=1 "$bin" "$@") >"$tmp/out" 2>"$tmp/err" <"$input"
	rc=$?
	filtered=ok
	if [ -f "$d/filter" ]; then
		mv "$tmp/out" "$tmp/raw"
		eval "set -- $(cat "$d/filter")"
		(cd "$d" && "$@") <"$tmp/raw" >"$tmp/out" 2>"$tmp/ferr" ||
			filtered=failed
	fi
	if [ "${UPDATE:-}" = 1 ]; then
		if [ $filtered != ok ]; then
			echo "FAIL $c: the filter $(cat "$d/filter") failed; not updated:"
			head -5 "$tmp/ferr"
			fail=$((fail + 1))
			continue
		fi
		echo "$rc" >"$tmp/status"
		changed=0
		for f in expected:out status:status stderr:err; do
			old=$d/${f%%:*} new=$tmp/${f#*:}
			[ -f "$old" ] || old=/dev/null
			cmp -s "$old" "$new" && continue
			diff -u --label "a/$d/${f%%:*}" --label "b/$d/${f%%:*}" "$old" "$new"
			cp "$new" "$d/${f%%:*}"
			changed=1
		done
		if [ $changed = 1 ]; then
			echo "updated $c"
			updated=$((updated + 1))
		else
			echo "unchanged $c"
		fi
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
if [ "${UPDATE:-}" = 1 ]; then
	echo "golden: $updated updated, $fail failed; review the diff above"
else
	echo "golden: $pass passed, $fail failed"
fi
[ $fail -eq 0 ]
