#!/bin/bash
# Bounds on a hostile repository: $GENERATE records per run, findings per
# rule and file, threads under an address-space limit.  Each bound hit is
# a finding with file and line and exit status 1, never an abort, a hang
# or an empty report.  Inputs are generated here, run under 1 GiB of
# address space, and the whole relevant output is compared.
# usage: tests/hostile/bounds.sh ZONELINT
# shellcheck disable=SC2016 # '$GENERATE' and '$ORIGIN' in quotes are zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0

# run SECONDS ARGS...: zonelint under the limits, into out, err and rc
run() {
	t=$1
	shift
	(ulimit -v 1048576; exec timeout "$t" "$zl" --no-config "$@") >out 2>err
	rc=$?
}

# check NAME STATUS EXPECTED-FILE: rc and out must be exactly these
check() {
	if [ "$rc" = "$2" ] && cmp -s "$3" out &&
	    ! grep -q 'Assertion\|runtime error\|Sanitizer' err; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: exit $rc (expected $2)"
		diff "$3" out | head -10 | sed 's/^/  | /'
		head -5 err | sed 's/^/  ! /'
	fi
}

head_zone() { # ORIGIN
	printf '$ORIGIN %s\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' "$1"
}

# ---- $GENERATE: a budget of records per run ----

# twenty directives of 2^20 records in 856 bytes once took 1 GiB; the
# first four fill the budget exactly, each later one is refused whole
{
	head_zone gen.example.
	for i in $(seq 20); do printf '$GENERATE 0-1048575 h%d-$ A 192.0.2.1\n' "$i"; done
} >gen.example.zone
: >want
for l in $(seq 10 25); do
	echo "gen.example.zone:$l:11: error: syntax error: \$GENERATE would pass the run's budget of 4194304 generated records (--limit generated=N raises it) [syntax-error]" >>want
done
run 60 gen.example.zone
check "twenty 1M \$GENERATEs" 1 want

# the budget is the run's: small zones read ahead on threads spend it in
# the zones' order, so -j 1 and -j 4 refuse the same directives
mkdir many
for i in $(seq -w 1 60); do
	{
		head_zone "z$i.example."
		printf '$GENERATE 1-3000 h$ A 192.0.2.1\n$GENERATE 1-10 g$ A 192.0.2.1\n'
	} >"many/z$i.example.zone"
done
run 60 -j 1 --limit generated=100000 many
cp out want
[ "$(grep -c "budget of 100000" want)" = 27 ] ||
	{ fail=$((fail + 1)); echo "FAIL: -j 1 refused $(grep -c "budget of 100000" want) directives, not 27"; }
head -1 want >want.first
echo 'many/z34.example.zone:6:11: error: syntax error: $GENERATE would pass the run'"'"'s budget of 100000 generated records (--limit generated=N raises it) [syntax-error]' >want.z34
cmp -s want.first want.z34 || { fail=$((fail + 1)); echo "FAIL: first refusal:"; cat want.first; }
for j in 2 4; do
	run 60 -j "$j" --limit generated=100000 many
	check "\$GENERATE budget with -j $j as with -j 1" 1 want
done
run 60 --limit generated=200000 many
: >want
check "--limit generated raises the budget" 0 want

# ---- findings: at most 1000 of one rule in one file ----

# 3,000,000 bad records once held every finding and ended out of memory
# with nothing printed
python3 -c '
import sys
w = sys.stdout.write
w("$ORIGIN bad.example.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n")
w("x IN A 300.1.1.1\n" * 3000000)
' >bad.example.zone
for j in 1 2; do
	run 60 -j "$j" bad.example.zone
	: >want
	for l in $(seq 6 1005); do
		echo "bad.example.zone:$l:8: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]" >>want
	done
	echo "bad.example.zone:1006:8: error: syntax error: and 2999000 more syntax-error findings in this file not shown (--limit findings=N raises the cap) [syntax-error]" >>want
	check "3,000,000 syntax errors, -j $j" 1 want
done
rm bad.example.zone

# the cap is per file and per rule; --limit findings sets it
{
	head_zone cap.example.
	for i in 1 2 3 4; do echo "a$i IN A 300.1.1.$i"; done
	for i in 1 2 3; do echo "t$i IN TXT \"x\" ; zonelint: ignore nothing-$i"; done
} >cap.example.zone
cp cap.example.zone cap2.example.zone
sed -i 's/cap\.example/cap2.example/' cap2.example.zone
run 20 --limit findings=2 cap.example.zone cap2.example.zone
cat >want <<'EOF'
cap.example.zone:6:9: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]
cap.example.zone:7:9: error: syntax error: cannot read this A record: field 1 '300.1.1.2': not an IPv4 address [syntax-error]
cap.example.zone:8:9: error: syntax error: and 2 more syntax-error findings in this file not shown (--limit findings=N raises the cap) [syntax-error]
cap.example.zone:10:15: note: suppression matches nothing: no rule matches 'nothing-1' [suppress-unused]
cap.example.zone:11:15: note: suppression matches nothing: no rule matches 'nothing-2' [suppress-unused]
cap.example.zone:12:15: note: suppression matches nothing: and 1 more suppress-unused findings in this file not shown (--limit findings=N raises the cap) [suppress-unused]
cap2.example.zone:6:9: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]
cap2.example.zone:7:9: error: syntax error: cannot read this A record: field 1 '300.1.1.2': not an IPv4 address [syntax-error]
cap2.example.zone:8:9: error: syntax error: and 2 more syntax-error findings in this file not shown (--limit findings=N raises the cap) [syntax-error]
cap2.example.zone:10:15: note: suppression matches nothing: no rule matches 'nothing-1' [suppress-unused]
cap2.example.zone:11:15: note: suppression matches nothing: no rule matches 'nothing-2' [suppress-unused]
cap2.example.zone:12:15: note: suppression matches nothing: and 1 more suppress-unused findings in this file not shown (--limit findings=N raises the cap) [suppress-unused]
EOF
check "--limit findings=2, two files" 1 want

# a .zonelint comes from the repository: it cannot raise a limit
printf 'limit generated=100000000\n' >.zonelint
(ulimit -v 1048576; exec timeout 20 "$zl" --config .zonelint gen.example.zone) >out 2>err
rc=$?
if [ "$rc" = 2 ] || grep -q "budget of 4194304" out; then
	pass=$((pass + 1))
else
	fail=$((fail + 1))
	echo "FAIL: a .zonelint raised --limit generated (exit $rc)"
fi
rm .zonelint

run 20 --limit findings=0 cap.example.zone
echo "zonelint: --limit takes a number from 1 to 10^12, not '0'; see zonelint --help" >want
if [ "$rc" = 2 ] && cmp -s want err; then pass=$((pass + 1)); else
	fail=$((fail + 1)); echo "FAIL: --limit findings=0: exit $rc"; cat err; fi

# ---- threads: -j 32 on 20,000 zones under 1 GiB ----

# every thread costs a malloc arena of 64 MiB of address space and its
# stack; ldns asserts when malloc fails on a worker, so -j is held to the
# cores and to what fits: every run ends as -j 1 does
python3 -c '
import os
for d in "ab":
    os.makedirs("tiny/" + d)
    for i in range(1, 10001):
        with open("tiny/%s/z%05d.%s.example.zone" % (d, i, d), "w") as f:
            f.write("$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\n"
                "ns IN A 192.0.2.%d\n" % (i % 250 + 1))
'
printf 'bad IN A 300.1.1.1\n' >>tiny/b/z07777.b.example.zone
run 60 -j 1 tiny
cp out want
wantrc=$rc
[ "$(wc -l <want)" = 1 ] || { fail=$((fail + 1)); echo "FAIL: -j 1 on 20,000 zones:"; head -3 want; }
runs=${BOUNDS_RUNS:-30}
start=$(date +%s)
bad=0
for n in $(seq "$runs"); do
	run 60 -j 32 tiny
	if [ "$rc" != "$wantrc" ] || ! cmp -s want out ||
	    grep -q 'Assertion\|runtime error\|Sanitizer' err; then
		bad=$((bad + 1))
		echo "FAIL -j 32 on 20,000 zones, run $n: exit $rc (expected $wantrc)"
		head -3 err | sed 's/^/  ! /'
	fi
done
echo "-j 32 on 20,000 zones: $runs runs in $(($(date +%s) - start)) s, $bad failed"
if [ $bad = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi

# ---- export headers and Windows DNS's own records ----

# a Windows header of 512 KiB that never says " zone", a Cloudflare one of
# 512 KiB, and a WINS record naming 65 servers (64 at most): each read in
# one pass, the record refused with its reason
python3 -c '
import sys
w = sys.stdout.write
w(";  Database file x for " + "a" * 524288 + "\r\n")
w("@ IN SOA ns1.example.net. h.example.net. 1 900 600 86400 3600\r\n@ NS ns1.example.net.\r\n")
w("@ WINS " + " ".join("192.0.2.%d" % (i + 1) for i in range(65)) + "\r\n")
' >huge.example.dns
python3 -c '
import sys
sys.stdout.write(";; Domain:     " + "b" * 524288 + "\n")
sys.stdout.write("$ORIGIN cf.example.\ncf.example. 3600 IN SOA ns1.example.net. dns.cloudflare.com. 1 10000 2400 604800 3600\ncf.example. 86400 IN NS ns1.example.net.\n")
' >cf.example.zone
run 20 huge.example.dns cf.example.zone
printf '%s\n' "huge.example.dns:2:1: warning: record without a TTL and no \$TTL: this record gives no TTL and no \$TTL comes before it, so it takes the TTL of the record before it (RFC 1035) or the SOA minimum; BIND warns [hygiene-ttl-no-default]" \
	"huge.example.dns:4:3: error: syntax error: unknown record type WINS [syntax-error]" >want
check "export headers of 512 KiB, WINS outside an export" 1 want
printf ';  Database file x for y zone.\r\n' | cat - huge.example.dns >huge2.example.dns
run 20 --origin huge.example huge2.example.dns
printf '%s\n' "huge2.example.dns:5:703: error: syntax error: cannot read this WINS record: field 65 '192.0.2.65': a WINS record names at most 64 servers, each an IPv4 address [syntax-error]" >want
check "a WINS record of 65 servers" 1 want

echo "$pass passed, $fail failed"
[ $fail = 0 ]
