#!/bin/sh
# Baseline round trip: --write-baseline records today's findings (exit 0);
# --baseline then reports nothing, still nothing after lines are inserted
# above the findings, and only the new finding after one is added.
# usage: tests/baseline_test.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
expect() { # NAME WANT-STATUS STATUS WANT-OUTPUT-FILE OUTPUT-FILE
	if [ "$2" = "$3" ] && cmp -s "$4" "$5"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: status $3 (expected $2)"
		diff -u "$4" "$5" | head -20
	fi
}
cd "$tmp" || exit 1
cp "$top/testdata/reader/mixed.example.zone" zone.example.zone
: >empty

"$zl" --no-config --write-baseline base.tsv zone.example.zone >out 2>&1
expect "write-baseline" 0 $? "$top/tests/baseline/written.out" out
expect "baseline contents" 0 0 "$top/tests/baseline/base.tsv" base.tsv

"$zl" --no-config --baseline base.tsv zone.example.zone >out 2>&1
expect "nothing new" 0 $? empty out

{ printf '; two lines inserted\n; above everything\n'; cat zone.example.zone; } >z2
mv z2 zone.example.zone
"$zl" --no-config --baseline base.tsv zone.example.zone >out 2>&1
expect "inserted lines keep findings matched" 0 $? empty out

echo 'new IN A 192.0.2.300' >>zone.example.zone
printf "zone.example.zone:13:10: error: syntax error: cannot read this A record: field 1 '192.0.2.300': not an IPv4 address [syntax-error]\n" >want
"$zl" --no-config --baseline base.tsv zone.example.zone >out 2>&1
expect "only the new finding" 1 $? want out

printf 'zonelint: cannot read baseline no-such-baseline: No such file or directory\n' >want
"$zl" --no-config --baseline no-such-baseline zone.example.zone >out 2>err
expect "missing baseline" 2 $? want err

echo "baseline: $pass passed, $fail failed"
[ $fail -eq 0 ]
