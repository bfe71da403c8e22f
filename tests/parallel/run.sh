#!/bin/sh
# Parsing in threads (-j N) must not change a thing: for every input, the
# findings (JSON: every field) and the exit status with -j 1 and with more
# threads than cores are byte for byte the same.
# usage: tests/parallel/run.sh ZONELINT
# shellcheck disable=SC2016 # the $TTL in quotes is zone text
set -eu
zl=$1
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
shared=$top/../shared
work=${TMPDIR:-/tmp}/zonelint-parallel.$$
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

# A big zone with everything that makes the reader wait for parsed
# records: $ORIGIN, $TTL and $INCLUDE mid-file, SOAs, $GENERATE, syntax
# errors and class errors, every few thousand records (a batch is 1,024).
python3 "$shared/bench/genzone.py" example.com 60000 >"$work/base.zone"
cat >"$work/inc.zone" <<'INC'
inc1 IN A 192.0.2.50
inc2 IN A 10.1.2.3
inc3 IN CNAME inc1
inc3 IN TXT "cname and other data"
INC
awk -v inc="$work/inc.zone" '
	{ print }
	NR % 4999 == 0 { print "$ORIGIN sub" NR ".example.com." }
	NR % 5003 == 0 { print "$ORIGIN example.com." }
	NR % 7001 == 0 { print "$TTL 600" }
	NR % 9001 == 0 { print "$INCLUDE " inc " inc" NR ".example.com." }
	NR % 3001 == 0 { print "bad" NR " IN A 300.1.2.3" }
	NR % 3307 == 0 { print "cls" NR " CH A 192.0.2.1" }
	NR % 11003 == 0 { print "@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300" }
	NR % 13001 == 0 { print "$GENERATE 1-40 gen" NR "-$ IN A 192.0.2.$" }
	NR % 2011 == 0 { print "dup" NR " IN CNAME a\ndup" NR " IN A 192.0.2.9" }
	NR % 1999 == 0 { print "; zonelint: ignore hygiene-cname-and-other-data" }
	NR % 2503 == 0 { print "p" NR " IN A 10.9.9.9 ; zonelint: ignore leak-private-address" }
	NR % 4001 == 0 { print "q" NR " IN A 10.9.9.8 ; zonelint: ignore no-such-rule" }
' "$work/base.zone" >"$work/mixed.zone"

# one time for every run: signature times are judged against it, and two
# runs a second apart must not differ by how long ago a signature expired
now=20261201000000
n=0 fail=0
compare() { # label, then zonelint's arguments
	label=$1
	shift
	s1=0 s4=0
	"$zl" --no-config --now "$now" -j 1 --format json --allow-include-outside "$@" \
		>"$work/j1" 2>"$work/e1" || s1=$?
	"$zl" --no-config --now "$now" -j 4 --format json --allow-include-outside "$@" \
		>"$work/j4" 2>"$work/e4" || s4=$?
	n=$((n + 1))
	# -v says when -j is lowered to the cores: not a difference
	grep -v ' lowered to ' "$work/e4" >"$work/e4v" || true
	mv "$work/e4v" "$work/e4"
	if [ "$s1" != "$s4" ] || ! cmp -s "$work/j1" "$work/j4" ||
	    ! cmp -s "$work/e1" "$work/e4"; then
		echo "FAIL: $label: -j 1 and -j 4 differ (exit $s1 / $s4)"
		diff "$work/j1" "$work/j4" | head -n 10 || true
		fail=$((fail + 1))
	elif [ "$(grep -c '"rule"' "$work/j1")" -eq 0 ] && [ "${EXPECT_NONE:-}" != 1 ]; then
		echo "FAIL: $label: no findings at all, so nothing was compared"
		fail=$((fail + 1))
	fi
}
compare "60,000-record zone with directives and errors" --origin example.com "$work/mixed.zone"
compare "genzone 60,000 records" --external "$work/base.zone"
# A big zone is read on a thread of its own and played in chunks (see
# src/stream.h); a finding before its apex is known still names the zone.
mkdir -p "$work/named"
{ echo '$TTL bogus'; cat "$work/mixed.zone"; } >"$work/named/example.com.zone"
compare "streamed zone named by its file, error on line 1" -v "$work/named/example.com.zone"
n=$((n + 1))
if ! grep -q '"line": 1, .*"zone": "example.com."' "$work/j4"; then
	echo "FAIL: the finding on line 1 does not name the zone example.com."
	grep '"line": 1,' "$work/j4" | head -n 2
	fail=$((fail + 1))
fi
compare "SIP example" --internal "$top/tests/golden/sip-broken/internal" \
	--external "$top/tests/golden/sip-broken/external"
compare "the golden cases' zones" "$top/tests/golden"
compare "real-world corpus" "$shared/corpus/real-world"

# A folder's small files are read once, by the $INCLUDE scan, and handed
# to the reader (src/source.h): the same findings as files read directly.
python3 "$top/bench/genmany.py" "$work/many" 300 >/dev/null
printf '\357\273\277$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 10.0.0.1\n' \
	>"$work/many/bom.example.zone"
printf '$TTL 60\r\n@ IN SOA ns host 1 7200 3600 1209600 300\r\n@ IN NS ns\r\nns IN A 192.0.2.1\r\nx IN CNAME ns\r\nx IN A 192.0.2.2\r\n' |
	iconv -f UTF-8 -t UTF-16 >"$work/many/utf16.example.zone"
printf '\0binary' >"$work/many/binary.example.zone"
s1=0 s2=0
"$zl" --no-config --now "$now" --format json "$work/many" >"$work/dir" 2>&1 || s1=$?
"$zl" --no-config --now "$now" --format json "$work"/many/* >"$work/files" 2>&1 || s2=$?
n=$((n + 1))
if [ "$s1" != "$s2" ] || ! cmp -s "$work/dir" "$work/files"; then
	echo "FAIL: a folder read ahead differs from its files read directly (exit $s1 / $s2)"
	diff "$work/dir" "$work/files" | head -n 10 || true
	fail=$((fail + 1))
elif [ "$(grep -c '"rule"' "$work/dir")" -lt 3 ]; then
	echo "FAIL: the read-ahead folder gave too few findings to compare"
	fail=$((fail + 1))
fi
# Small zones are read ahead on the pool onto tapes (src/tape.h) and
# played in order; a zone that outgrows its tape (a $GENERATE of 10,000
# records in a few bytes) is read again directly.  -v shows the order.
mkdir -p "$work/ahead"
python3 "$top/bench/genmany.py" "$work/ahead" 40 >/dev/null
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 10.0.0.1\n$GENERATE 1-10000 h$ IN A 10.0.1.1\nh9999 IN CNAME ns\n' \
	>"$work/ahead/z00020.big.example.zone"
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 10.0.0.1 ; zonelint: ignore leak-private-address\n$INCLUDE %s/inc.zone\nbad IN A 1.2.3\n' "$work" \
	>"$work/ahead/z00021.inc.example.zone"
printf '$TTL bogus\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' \
	>"$work/ahead/z00022.early.example.zone"
compare "folder read ahead, one zone too big for a tape" -v "$work/ahead"

# A folder of small zones stays small with threads: each zone's name
# index lives in malloc's blocks.  (Mapping an index block ahead for each
# zone once took 24 GiB for 20,000 zones.)  Peak memory with -j 4 against
# -j 1, as sanitizers make both bigger.
peak() { # peak KiB of zonelint run with these arguments
	python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$zl" --no-config --now "$now" "$@"
}
p1=$(peak -j 1 "$work/many")
p4=$(peak -j 4 "$work/many")
n=$((n + 1))
if [ "$p4" -gt $((2 * p1 + 65536)) ]; then
	echo "FAIL: 300 small zones took $p4 KiB with -j 4 against $p1 KiB with -j 1"
	fail=$((fail + 1))
fi

# WKS services were once looked up with getservbyname and printed with
# getservbyport, which share one buffer in glibc: on parse threads and
# the rules' thread at once they mixed up ports (now src/wks.h names
# them).  Each record is out of the zone, so the baseline written for its
# finding holds the record as printed; --limit findings keeps all 3,000.
{
	printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n'
	i=0
	while [ $i -lt 3000 ]; do
		printf 'w%d.other. IN WKS 192.0.2.%d tcp ftp telnet smtp domain http 443 ssh\n' $i $((i % 250))
		i=$((i + 1))
	done
} >"$work/wks.zone"
compare "3,000 WKS records" --limit findings=3000 --origin example.com "$work/wks.zone"
for j in 1 4; do
	# the baseline goes outside the lint root (this repository): allowed
	"$zl" --no-config --now "$now" -j "$j" --limit findings=3000 --origin example.com \
		--allow-outside "$work" --write-baseline "$work/wks.$j" \
		"$work/wks.zone" >/dev/null 2>&1 || true
done
n=$((n + 1))
if ! cmp -s "$work/wks.1" "$work/wks.4" || [ "$(grep -c 'WKS' "$work/wks.1")" -ne 3000 ]; then
	echo "FAIL: WKS records printed differently with -j 1 and -j 4"
	diff "$work/wks.1" "$work/wks.4" | head -n 6 || true
	fail=$((fail + 1))
fi

echo "parallel: $((n - fail)) of $n identical with -j 1 and -j 4, or read ahead and not, and as small"
[ "$fail" -eq 0 ]
