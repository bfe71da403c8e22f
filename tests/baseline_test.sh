#!/bin/sh
# Baseline round trip: --write-baseline records today's findings (exit 0);
# --baseline then reports nothing, still nothing after lines are inserted
# above the findings, and only the new finding after one is added.
# Then matching by file, rule and text; control bytes; a hostile path to
# write (links, inputs) or to read (FIFO, device, too big, long lines);
# 100,000 findings against 100,000 entries.
# usage: tests/baseline_test.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
# the run's count line on standard error is the golden cases' to check
summary='/^zonelint: \([0-9]* findings\{0,1\} (\|no findings, of \)/d'
expect() { # NAME WANT-STATUS STATUS WANT-OUTPUT-FILE OUTPUT-FILE
	sed -i "$summary" "$5"
	if [ "$2" = "$3" ] && cmp -s "$4" "$5"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: status $3 (expected $2)"
		diff -u "$4" "$5" | head -20
	fi
}
cd "$tmp" || exit 1
cp "$top/tests/golden/findings-in-order/example.com.zone" example.com.zone
: >empty

"$zl" --no-config --write-baseline base.tsv example.com.zone >out 2>&1
expect "write-baseline" 0 $? "$top/tests/baseline/written.out" out
expect "baseline contents" 0 0 "$top/tests/baseline/base.tsv" base.tsv

"$zl" --no-config --baseline base.tsv example.com.zone >out 2>&1
expect "nothing new" 0 $? empty out

{ printf '; two lines inserted\n; above everything\n'; cat example.com.zone; } >z2
mv z2 example.com.zone
"$zl" --no-config --baseline base.tsv example.com.zone >out 2>&1
expect "inserted lines keep findings matched" 0 $? empty out

echo 'new IN A 192.0.2.300' >>example.com.zone
printf "example.com.zone:13:10: error: syntax error: cannot read this A record: field 1 '192.0.2.300': not an IPv4 address [syntax-error]\n" >want
"$zl" --no-config --baseline base.tsv example.com.zone >out 2>&1
expect "only the new finding" 1 $? want out

printf 'zonelint: cannot read baseline no-such-baseline: No such file or directory\n' >want
"$zl" --no-config --baseline no-such-baseline example.com.zone >out 2>err
expect "missing baseline" 2 $? want err

# Matching: by file, rule and record or message, each entry once.
mkdir external
zone_head() {
	printf '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 host 1 3600 600 1209600 300\n@ IN NS ns1.example.net.\n'
}
{ zone_head; printf 'old1 IN A 10.0.0.1\nold2 IN A 10.0.0.2\nold3 IN A 10.0.0.3\n'; } >external/a.zone
"$zl" --no-config --write-baseline sem.tsv external/a.zone >/dev/null 2>err
expect "write a baseline of three findings" 0 $? empty err
ns1() { # FILE: zone_head's one NS, a hygiene-ns-single line
	echo "$1:4:1: warning: only one NS record: the apex of zone example.com. has one NS record: if that server is down or unreachable, the zone cannot be resolved; RFC 2182 asks for at least two, on different networks [hygiene-ns-single]"
}
pa() { # NAME ADDRESS LINE COLUMN FILE: a leak-private-address line
	echo "$5:$3:$4: warning: private address in a public zone: $1.example.com. has $2, a private address (RFC 1918), from 10.0.0.0/8 [leak-private-address]"
}
{ zone_head; printf 'old1 IN A 10.0.0.1\nnew1 IN A 10.0.0.4\nold3 IN A 10.0.0.3\n'; } >external/a.zone
pa new1 10.0.0.4 6 11 external/a.zone >want
"$zl" --no-config --baseline sem.tsv external/a.zone >out 2>&1
expect "one fixed and one new: only the new reported" 1 $? want out

{ zone_head; printf 'top IN A 10.0.0.9\nold1 IN A 10.0.0.1\nold2 IN A 10.0.0.2\nold3 IN A 10.0.0.3\n'; } >external/a.zone
pa top 10.0.0.9 5 10 external/a.zone >want
"$zl" --no-config --baseline sem.tsv external/a.zone >out 2>&1
expect "a new finding above the old ones: old ones still matched" 1 $? want out

{ zone_head; printf 'old1 IN A 10.0.0.1\nold2 IN A 10.0.0.2\nold3 IN A 10.0.0.3\n'; } >external/a.zone
cp external/a.zone external/b.zone
{ ns1 external/b.zone; pa old1 10.0.0.1 5 11 external/b.zone
  pa old2 10.0.0.2 6 11 external/b.zone
  pa old3 10.0.0.3 7 11 external/b.zone; } >want
"$zl" --no-config --baseline sem.tsv external/a.zone external/b.zone >out 2>&1
expect "a second file with the same findings is not matched" 1 $? want out
rm external/b.zone

{ zone_head; printf 'old1 IN A 10.0.0.1\nold2 IN A 10.0.0.22\nold3 IN A 10.0.0.3\n'; } >external/a.zone
pa old2 10.0.0.22 6 11 external/a.zone >want
"$zl" --no-config --baseline sem.tsv external/a.zone >out 2>&1
expect "same rule, other text: reported" 1 $? want out

{ zone_head; printf 'old1 IN A 10.0.0.1\nold1 IN A 10.0.0.1\nold2 IN A 10.0.0.2\nold3 IN A 10.0.0.3\n'; } >external/a.zone
{ echo "external/a.zone:6:1: note: the same record twice: old1.example.com. A, as at line 5; servers load it once [hygiene-duplicate-record]"
  pa old1 10.0.0.1 6 11 external/a.zone; } >want
"$zl" --no-config --baseline sem.tsv external/a.zone >out 2>&1
expect "an entry matches one finding only" 1 $? want out

# Control bytes from the input never reach the baseline, and the keys
# still match when read back.
{ zone_head; printf 't1.other. IN TXT "a\001b\033c\177d"\nbad IN A 1.2.3.4\001\033\177\n'; } >ctl.zone
"$zl" --no-config --write-baseline ctl.tsv ctl.zone >/dev/null 2>err
expect "write a baseline with control bytes in the input" 0 $? empty err
{ printf '# zonelint baseline 1: file, rule, record or message\n'
  printf '# serial\tctl.zone\texample.com.\t1\n'
  printf 'ctl.zone\thygiene-ns-single\tonly one NS record: the apex of zone example.com. has one NS record: if that server is down or unreachable, the zone cannot be resolved; RFC 2182 asks for at least two, on different networks\n'
  printf 'ctl.zone\thygiene-out-of-zone\tt1.other.\t3600\tIN\tTXT\t"a\\001b\\027c\\127d"\n'
  printf "ctl.zone\tsyntax-error\tsyntax error: cannot read this A record: field 1 '1.2.3.4   ': not an IPv4 address\n"; } >want
expect "control bytes become spaces in the keys" 0 0 want ctl.tsv
"$zl" --no-config --baseline ctl.tsv ctl.zone >out 2>&1
expect "keys with control bytes read back" 0 $? empty out

# A record that prints longer than a baseline line may be: cut, with a
# digest of the whole, and still matched.
s=$(awk 'BEGIN { for (i = 0; i < 255; i++) printf "\\001" }')
{ zone_head; printf 't1.other. IN TXT'; for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 \
	15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 \
	38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 \
	61 62 63 64 65 66 67 68 69 70; do printf ' "%s"' "$s"; done; echo; } >long.zone
"$zl" --no-config --write-baseline long.tsv long.zone >/dev/null 2>&1
st=$?
awk 'length($0) > 65536 { bad = 1 } END { exit bad }' long.tsv
expect "a long key is cut to the line limit" "0 0" "$st $?" empty empty
"$zl" --no-config --baseline long.tsv long.zone >out 2>&1
expect "a cut key still matches" 0 $? empty out

cp "$top/tests/golden/findings-in-order/example.com.zone" example.com.zone

# Writing never follows a link at the path nor rewrites a file in place.
mkdir outside work
printf 'export SECRET=1\n' >outside/bashrc
cp outside/bashrc bashrc.orig
ln -s ../outside/bashrc work/scratch.tsv
"$zl" --no-config --write-baseline work/scratch.tsv example.com.zone >/dev/null 2>err
st=$?
printf 'zonelint: cannot write baseline work/scratch.tsv: it is a symbolic link\n' >want
expect "a symlinked baseline is refused" 2 $st want err
expect "the link's target is unchanged" 0 0 bashrc.orig outside/bashrc
[ -L work/scratch.tsv ] && [ -z "$(ls -A work | grep -v '^scratch.tsv$')" ]
expect "the link stays, no file is left beside it" 0 $? empty empty

# Nor outside the lint root (here the test's folder): a path with '..',
# a folder linked out, an absolute path elsewhere.
mkdir -p root/zones
cp example.com.zone root/zones/
ln -s ../outside root/linked
for target in ../outside/new.tsv linked/new.tsv "$tmp/outside/new.tsv"; do
	(cd root && "$zl" --no-config --write-baseline "$target" zones/example.com.zone) >/dev/null 2>err
	st=$?
	case $target in
	linked/*|../*) why="a symbolic link or '..' leads outside the lint root (--allow-outside DIR permits a folder)" ;;
	*) why="outside the lint root (--allow-outside DIR permits a folder)" ;;
	esac
	printf 'zonelint: cannot write baseline %s: %s\n' "$target" "$why" >want
	expect "a baseline outside the lint root ($target) is refused" 2 $st want err
	[ ! -e outside/new.tsv ]
	expect "nothing is written outside ($target)" 0 $? empty empty
done

cp example.com.zone zone.orig
printf 'zonelint: cannot write baseline example.com.zone: it is one of the zones being linted\n' >want
"$zl" --no-config --write-baseline example.com.zone example.com.zone >/dev/null 2>err
expect "an input is not overwritten" 2 $? want err
expect "the input is unchanged" 0 0 zone.orig example.com.zone
ln example.com.zone work/input-link.tsv
printf 'zonelint: cannot write baseline work/input-link.tsv: it is one of the zones being linted\n' >want
"$zl" --no-config --write-baseline work/input-link.tsv example.com.zone >/dev/null 2>err
expect "a hard link to an input is refused" 2 $? want err

printf 'keep me\n' >other
cp other other.orig
ln other work/hard.tsv
"$zl" --no-config --write-baseline work/hard.tsv example.com.zone >out 2>&1
expect "write over a hard link" 0 $? "$top/tests/baseline/written.out" out
expect "the hard link's other name is unchanged" 0 0 other.orig other
[ ! work/hard.tsv -ef other ]
expect "the path is a new file holding the baseline" 0 $? "$top/tests/baseline/base.tsv" work/hard.tsv

printf 'zonelint: cannot write baseline no-such-dir/b.tsv: No such file or directory\n' >want
"$zl" --no-config --write-baseline no-such-dir/b.tsv example.com.zone >/dev/null 2>err
expect "writing into a missing folder" 2 $? want err
printf 'zonelint: cannot write baseline work: it is not a regular file\n' >want
"$zl" --no-config --write-baseline work example.com.zone >/dev/null 2>err
expect "writing over a folder" 2 $? want err

# Reading: only a regular file, bounded in size and line length, and a
# line's text is never echoed.
mkfifo fifo
printf 'zonelint: cannot read baseline fifo: it is not a regular file\n' >want
timeout 10 "$zl" --no-config --baseline fifo example.com.zone >/dev/null 2>err
expect "a FIFO as baseline: refused, no hang" 2 $? want err
printf 'zonelint: cannot read baseline /dev/zero: it is not a regular file\n' >want
timeout 10 "$zl" --no-config --baseline /dev/zero example.com.zone >/dev/null 2>err
expect "/dev/zero as baseline: refused, no hang" 2 $? want err
printf 'zonelint: cannot read baseline work: it is not a regular file\n' >want
timeout 10 "$zl" --no-config --baseline work example.com.zone >/dev/null 2>err
expect "a folder as baseline: refused" 2 $? want err

truncate -s 65M huge.tsv
printf 'zonelint: huge.tsv: baseline larger than 64 MiB\n' >want
timeout 10 "$zl" --no-config --baseline huge.tsv example.com.zone >/dev/null 2>err
expect "a baseline over 64 MiB" 2 $? want err
rm huge.tsv

line() { # BYTES: a line of that length holding SECRET_MARKER, no LF
	printf 'SECRET_MARKER'
	awk -v n="$1" 'BEGIN { for (i = 13; i < n; i++) printf "x" }'
}
{ printf '# zonelint baseline 1\n'; line 65537; echo; echo ok; } >longline.tsv
printf 'zonelint: longline.tsv:2: baseline line longer than 65536 bytes\n' >want
timeout 10 "$zl" --no-config --baseline longline.tsv example.com.zone >/dev/null 2>err
expect "a line over 64 KiB" 2 $? want err
grep -q SECRET_MARKER err
expect "the long line's text is not echoed" 1 $? empty empty
{ printf '# zonelint baseline 1\n\n'; line 70000; } >longline.tsv
printf 'zonelint: longline.tsv:3: baseline line longer than 65536 bytes\n' >want
timeout 10 "$zl" --no-config --baseline longline.tsv example.com.zone >/dev/null 2>err
expect "a last line over 64 KiB, without LF" 2 $? want err
{ line 65536; echo; cat base.tsv; } >longline.tsv
timeout 10 "$zl" --no-config --baseline longline.tsv example.com.zone >out 2>&1
expect "a line of exactly 64 KiB is read" 0 $? empty out

# Serials: each zone's SOA serial is recorded, and a serial lower in RFC
# 1982 arithmetic than the recorded one is soa-serial-regression's error.
# The serial lines are untrusted: malformed ones are skipped, never echoed.
mkdir ser
soa_zone() { # SERIAL
	printf '$ORIGIN example.org.\n$TTL 3600\n@ IN SOA ns1 host %s 7200 3600 1209600 300\n@ IN NS ns1\n@ IN NS ns2\nns1 IN A 192.0.2.1\nns2 IN A 192.0.2.2\n' "$1"
}
reg() { # NOW WAS: the finding for ser/z.zone
	echo "ser/z.zone:3:19: error: SOA serial lower than the baseline's: serial $1 is lower than $2, the serial the baseline recorded for zone example.org.: secondaries that have $2 keep the old data (RFC 1982) [soa-serial-regression]"
}
soa_zone 2026120301 >ser/z.zone
"$zl" --no-config --write-baseline ser.tsv ser/z.zone >/dev/null 2>&1
printf '# zonelint baseline 1: file, rule, record or message\n# serial\tser/z.zone\texample.org.\t2026120301\n' >want
expect "the serial is recorded" 0 $? want ser.tsv
soa_zone 2026120101 >ser/z.zone
reg 2026120101 2026120301 >want
"$zl" --no-config --baseline ser.tsv ser/z.zone >out 2>&1
expect "a lower serial than the baseline's" 1 $? want out
soa_zone 2026120301 >ser/z.zone
"$zl" --no-config --baseline ser.tsv ser/z.zone >out 2>&1
expect "the same serial" 0 $? empty out
printf '# zonelint baseline 1: file, rule, record or message\n' >old.tsv
soa_zone 1 >ser/z.zone
"$zl" --no-config --baseline old.tsv ser/z.zone >out 2>&1
expect "a baseline written before serials: loads, no serial to compare" 0 $? empty out
serials() { # LINE...: a baseline of those lines (printf formats)
	printf '# zonelint baseline 1\n' >s.tsv
	# shellcheck disable=SC2059 # each line is a format: its \t and \0
	for l in "$@"; do printf "$l\n" >>s.tsv; done
}
soa_zone 5 >ser/z.zone
serials '# serial\tser/z.zone\texample.org.\t4294967290'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "RFC 1982: 5 comes after 4294967290 (the serial wrapped)" 0 $? empty out
soa_zone 4294967290 >ser/z.zone
serials '# serial\tser/z.zone\texample.org.\t5'
reg 4294967290 5 >want
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "RFC 1982: 4294967290 comes before 5" 1 $? want out
soa_zone 2147483653 >ser/z.zone
serials '# serial\tser/z.zone\texample.org.\t5'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "RFC 1982: 2^31 apart is undefined, left alone" 0 $? empty out
soa_zone 7 >ser/z.zone
serials '# serial\tser/z.zone\texample.org.\t9' '# serial\tser/z.zone\texample.org.\t3'
reg 7 9 >want
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "two serials for one zone: the first counts" 1 $? want out
serials '# serial\tser/z.zone\texample.org.\t9\r'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "a serial line saved with CRLF" 1 $? want out
serials '# serial\tser/z.zone\texample.org\t9' '# serial\tSER/Z.ZONE\texample.org.\t9' \
	'# serial\tser/z.zone\texample.net.\t9'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "another file or origin: no serial to compare" 0 $? empty out
serials '# serial\tser/z.zone\texample.org.\t4294967296' '# serial\tser/z.zone\texample.org.\t00000000009' \
	'# serial\tser/z.zone\texample.org.\t9x' '# serial\tser/z.zone\texample.org.\t' \
	'# serial\tser/z.zone\t\t9' '# serial\t\texample.org.\t9' '# serial\texample.org.\t9' \
	'# serial\t9' '# serial\t' '# serial ser/z.zone example.org. 9' '#serial\tser/z.zone\texample.org.\t9' \
	'# serial\tser/z.zone\texample.org.\t-9' '# serial\tser/z.zone\texample.org.\t+9' \
	'# serial\tser/z.zone\texample.org.\t 9' 'ser/z.zone\texample.org.\t9'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "malformed serial lines are skipped" 0 $? empty out
serials '# serial\tSECRET_MARKER\001\033[2J\tex\tample.org.\t99' '# serial\tser/z.zone\tSECRET_MARKER\033]0;x\007\t99'
"$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
st=$?
grep -q SECRET_MARKER out
expect "hostile serial lines: skipped, their text never echoed" "0 1" "$st $?" empty empty
{ printf '# zonelint baseline 1\n'; i=0; while [ $i -lt 200 ]; do
	printf '# serial\tser/z.zone\texample.org.\t%s\n' "$(line 600)"; i=$((i + 1)); done
  awk 'BEGIN { for (i = 0; i < 50000; i++) printf "# serial\tf%d\texample.org.\t%d\n", i, i }'
  printf '# serial\tser/z.zone\texample.org.\t9\n'; } >s.tsv
reg 7 9 >want
timeout 20 "$zl" --no-config --baseline s.tsv ser/z.zone >out 2>&1
expect "50,000 serial lines and long ones: bounded, the zone's found" 1 $? want out

# 100,000 findings against 100,000 entries: linear, and exact.  The
# timeout only guards against a hang; it is no benchmark.
# --limit findings: the 100k findings are one rule in one file, over the cap
{ zone_head; awk 'BEGIN { for (i = 0; i < 100000; i++)
	printf "h%d IN A 10.%d.%d.%d\n", i, int(i / 65536), int(i / 256) % 256, i % 256 }'; } >external/big.zone
timeout 20 "$zl" --no-config --limit findings=100000 --write-baseline big.tsv external/big.zone >/dev/null 2>&1
st=$?
expect "write 100k entries, the zone's serial and zone_head's one NS" "0 100003" "$st $(wc -l <big.tsv)" empty empty
timeout 20 "$zl" --no-config --limit findings=100000 --baseline big.tsv external/big.zone >out 2>&1
expect "100k findings, 100k entries: nothing new" 0 $? empty out
{ head -n 1 big.tsv; sed 1d big.tsv | sort -r; } >rev.tsv
timeout 20 "$zl" --no-config --limit findings=100000 --baseline rev.tsv external/big.zone >out 2>&1
expect "100k entries in reverse order: nothing new" 0 $? empty out
head -n 99993 big.tsv >cut.tsv # the header, the serial, zone_head's NS, 99,990
i=99990
while [ $i -lt 100000 ]; do
	pa h$i 10.1.$((i / 256 % 256)).$((i % 256)) $((i + 5)) $((${#i} + 8)) external/big.zone
	i=$((i + 1))
done >want
timeout 20 "$zl" --no-config --limit findings=100000 --baseline cut.tsv external/big.zone >out 2>&1
expect "100k findings, the last 10 entries gone: exactly 10 reported" 1 $? want out

echo "baseline: $pass passed, $fail failed"
[ $fail -eq 0 ]
