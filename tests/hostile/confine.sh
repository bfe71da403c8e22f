#!/bin/bash
# A hostile repository against the lint root (docs/threat-model.md): no
# file outside it is read or printed, no zone is hidden, '--' ends the
# options.  Each case builds its repository in a temporary folder, runs
# zonelint there under a time and memory limit, and compares the whole
# standard output and error and the exit status; SECRET_MARKER (the
# content of every file outside) must never appear.
# usage: tests/hostile/confine.sh ZONELINT
# shellcheck disable=SC2016 # '$INCLUDE' in quotes is zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
soa='$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n'

# the files outside every lint root
mkdir -p "$tmp/outside/dir"
printf 'root:x:0:0:SECRET_MARKER:/root:/bin/bash\nAWS_SECRET_ACCESS_KEY=SECRET_MARKER\nleak SECRET_MARKER\n' \
	>"$tmp/outside/secret"
printf 'SECRET_MARKER IN A 192.0.2.1\n' >"$tmp/outside/dir/x.example.zone"

# fresh NAME: a new repository (with .git) at $tmp/NAME, entered
fresh() {
	cd "$tmp" || exit 2
	rm -rf "$tmp/$1"
	mkdir -p "$tmp/$1/.git"
	cd "$tmp/$1" || exit 2
}

# run NAME STATUS EXPECTED-STDOUT EXPECTED-STDERR ARGS...: runs zonelint
# in the working folder; expected texts are printf formats
summary='/^zonelint: \([0-9]* findings\{0,1\} (\|no findings, of \)/d'
run() {
	name=$1 want=$2 out=$3 err=$4
	shift 4
	(ulimit -v 1048576; exec timeout 20 "$zl" "$@") >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	# the run's count line is the golden cases' to check, not these
	sed -i "$summary" "$tmp/err"
	# shellcheck disable=SC2059 # the expectations are formats
	printf -- "$out" >"$tmp/want.out"
	# shellcheck disable=SC2059
	printf -- "$err" >"$tmp/want.err"
	ok=1
	[ "$rc" = "$want" ] || ok=0
	cmp -s "$tmp/out" "$tmp/want.out" || ok=0
	cmp -s "$tmp/err" "$tmp/want.err" || ok=0
	if grep -q SECRET_MARKER "$tmp/out" "$tmp/err"; then ok=0; fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: exit $rc (expected $want)"
		diff "$tmp/want.out" "$tmp/out" | sed 's/^/  out /' | head -20
		diff "$tmp/want.err" "$tmp/err" | sed 's/^/  err /' | head -20
	fi
}

outside='a symbolic link or '"'"'..'"'"' leads outside the lint root (--allow-outside DIR permits a folder)'
beyond='outside the lint root (--allow-outside DIR permits a folder)'

# 1. reading: one confinement for every file
fresh config-link
ln -s ../outside/secret .zonelint
printf "$soa" >a.example.zone
run ".zonelint linked to a file outside" 2 "" \
	"zonelint: cannot read config .zonelint: $outside\n" a.example.zone

fresh config-secret
cp "$tmp/outside/secret" .zonelint
printf "$soa" >a.example.zone
run ".zonelint lines are never echoed" 2 "" \
	".zonelint:1: error: expected 'key = value'\n.zonelint:2: error: unknown setting 'AWS_SECRET_ACCESS_KEY' (see zonelint(5))\n.zonelint:3: error: expected 'key = value'\n" \
	a.example.zone

fresh config-above
printf 'internal = ../outside/dir\n' >"$tmp/.zonelint"
printf "$soa" >a.example.zone
run "a .zonelint above the lint root is not read" 0 "" "" a.example.zone

fresh glob-link
mkdir creds
ln -s ../../outside/secret creds/aws.example.zone
printf 'internal = creds/*\n' >.zonelint
run "a glob reaching a zone-named link out" 2 \
	"creds/aws.example.zone: error: unusable input: cannot read creds/aws.example.zone: $outside [input-unreadable]\n" ""

fresh glob-dotdot
printf 'internal = ../outside/dir/*\n' >.zonelint
printf "$soa" >a.example.zone
run "a .zonelint path with '..'" 2 "" \
	".zonelint:1: error: internal paths must stay inside the repository (no leading '/' or '~', no '..')\n" a.example.zone

fresh view-link
ln -s ../outside/dir internal
run "--internal naming a folder linked out" 2 \
	"internal: error: unusable input: cannot read internal: $outside [input-unreadable]\n" "" \
	--no-config --internal internal

fresh walk-link
mkdir zones
ln -s ../../outside/dir/x.example.zone zones/x.example.zone
ln -s ../../outside/dir zones/sub
printf "$soa" >zones/a.example.zone
run "links in a walked folder are not followed" 0 "" \
	"zonelint: lint root .\nzonelint: zones/sub: not read: a symbolic link (name it to read it)\nzonelint: zones/x.example.zone: not read: a symbolic link (name it to read it)\nzonelint: zones/a.example.zone: zone a.example. (origin from the file name), view none\nzonelint: zones/a.example.zone: 3 records, 2 names, format: BIND zone file\n" \
	--no-config -v zones

fresh include-outside
for f in /etc/passwd /dev/stdin /proc/self/environ "$tmp/outside/secret"; do
	printf "$soa"'$INCLUDE %s\n' "$f" >a.example.zone
	run "\$INCLUDE $f" 1 \
		"a.example.zone:5:1: error: \$INCLUDE cannot be followed: cannot read included file $f: $beyond [syntax-include]\n" "" \
		--no-config a.example.zone
done

fresh include-links
ln -s /proc/kmsg kmsg.zone
ln -s /proc/self/fd/0 fd0.zone
ln -s ../outside/secret up.zone
for f in kmsg.zone fd0.zone up.zone; do
	printf "$soa"'$INCLUDE %s\n' "$f" >a.example.zone
	run "\$INCLUDE of a link to ${f%.zone}" 1 \
		"a.example.zone:5:1: error: \$INCLUDE cannot be followed: cannot read included file $f: $outside [syntax-include]\n" "" \
		--no-config a.example.zone
done

fresh include-dotdot
mkdir zones
printf "$soa"'$INCLUDE ../../outside/secret\n' >zones/a.example.zone
run "\$INCLUDE climbing out with '..'" 1 \
	"zones/a.example.zone:5:1: error: \$INCLUDE cannot be followed: cannot read included file zones/../../outside/secret: $outside [syntax-include]\n" "" \
	--no-config zones/a.example.zone

# Run from "/" (a container's WORKDIR): the lint root is the named
# input's repository, not "/".
fresh from-root
printf "$soa"'$INCLUDE /etc/passwd\n' >a.example.zone
(cd / && run "run from /" 1 \
	"$tmp/from-root/a.example.zone:5:1: error: \$INCLUDE cannot be followed: cannot read included file /etc/passwd: $beyond [syntax-include]\n" "" \
	--no-config "$tmp/from-root/a.example.zone")

# --allow-outside widens the root, and only by the folder it names.
fresh allow
mkdir -p "$tmp/allowed"
printf 'www IN A 192.0.2.8\n' >"$tmp/allowed/part.zone"
printf "$soa"'$INCLUDE %s\n$INCLUDE %s\n' "$tmp/allowed/part.zone" "$tmp/outside/secret" >a.example.zone
run "--allow-outside DIR" 1 \
	"a.example.zone:6:1: error: \$INCLUDE cannot be followed: cannot read included file $tmp/outside/secret: $beyond [syntax-include]\n" "" \
	--no-config --allow-outside "$tmp/allowed" a.example.zone

# A check-then-open race: a link swapped between a file inside and one
# outside while 3,000 $INCLUDEs are read.
fresh race
printf 'in IN A 192.0.2.9\n' >inside.zone
{ printf "$soa"; for _ in $(seq 3000); do echo '$INCLUDE sw.zone'; done; } >a.example.zone
( end=$((SECONDS + 30)); while [ $SECONDS -lt $end ]; do
	ln -sfn inside.zone sw.zone; ln -sfn ../outside/secret sw.zone; done ) &
swapper=$!
for _ in 1 2 3; do
	(ulimit -v 1048576; timeout 20 "$zl" --no-config a.example.zone) >"$tmp/out" 2>&1
	if grep -q SECRET_MARKER "$tmp/out"; then break; fi
done
kill $swapper 2>/dev/null
wait $swapper 2>/dev/null
if grep -q SECRET_MARKER "$tmp/out"; then
	fail=$((fail + 1)); echo "FAIL the include race leaked the file outside"
else
	pass=$((pass + 1))
fi

# 3. nothing skipped in silence: one include resolver
fresh hide-paren
mkdir z
printf "$soa"'t IN TXT (\n$INCLUDE hidden.example.zone\n)\n' >z/a.example.zone
printf "$soa"'bad IN A 300.1.1.1\n' >z/hidden.example.zone
run "\$INCLUDE inside parentheses is data, not an include" 1 \
	"z/hidden.example.zone:5:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\n" "" \
	--no-config z

fresh hide-comment
mkdir z
{ printf "$soa"; printf '; %s\n' "$(head -c 4090 /dev/zero | tr '\0' x)"; } >z/a.example.zone
printf ';%s$INCLUDE hidden.example.zone\n' "$(head -c 4094 /dev/zero | tr '\0' y)" >>z/a.example.zone
printf "$soa"'bad IN A 300.1.1.1\n' >z/hidden.example.zone
run "\$INCLUDE at a 4,096-byte boundary in a comment" 1 \
	"z/hidden.example.zone:5:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\n" "" \
	--no-config z

fresh quoted
mkdir z
printf "$soa"'$INCLUDE "part.example.zone"\n' >z/a.example.zone
printf 'www IN A 192.0.2.7\n' >z/part.example.zone
run "a quoted \$INCLUDE name is one include" 0 "" "" --no-config z

fresh self
mkdir z
printf "$soa"'bad IN A 300.1.1.1\n$INCLUDE a.example.zone\n' >z/a.example.zone
run "a zone that includes itself is not hidden" 1 \
	"z/a.example.zone:5:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\nz/a.example.zone:6:1: error: \$INCLUDE cannot be followed: \$INCLUDE loop: z/a.example.zone is already being read [syntax-include]\n" "" \
	--no-config z

fresh ring
mkdir z
printf "$soa"'$INCLUDE b.example.zone\n' >z/a.example.zone
printf 'bad IN A 300.1.1.1\n$INCLUDE a.example.zone\n' >z/b.example.zone
run "two zones that include each other are not both hidden" 1 \
	"z/b.example.zone:1:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\nz/b.example.zone:2:1: error: \$INCLUDE cannot be followed: \$INCLUDE loop: z/a.example.zone is already being read [syntax-include]\n" "" \
	--no-config z

fresh deep
d=z; for i in $(seq 34); do d=$d/d$i; done
mkdir -p "$d"
printf "$soa"'bad IN A 300.1.1.1\n' >"$d/deep.example.zone"
printf "$soa" >z/a.example.zone
run "folders nested too deep are said, and fail" 2 "" \
	"zonelint: z/d1/d2/d3/d4/d5/d6/d7/d8/d9/d10/d11/d12/d13/d14/d15/d16/d17/d18/d19/d20/d21/d22/d23/d24/d25/d26/d27/d28/d29/d30/d31/d32/d33: not read: folders nested deeper than 32 levels\n" \
	--no-config z

fresh empty
mkdir z
printf 'not a zone\n' >z/README
run "a named folder with no zone" 2 "" \
	"zonelint: z: no zone file in the folder (a zone file is named NAME.zone, NAME.dns, NAME.db or db.NAME, or starts with an SOA record; -v says what was passed over)\n" \
	--no-config z

# 2. '--' ends the options
fresh dashes
printf "$soa"'bad IN A 300.1.1.1\n' >--write-baseline=b.example.zone
printf "$soa" >b.example.zone
run "-- then a file named like an option" 1 \
	"--write-baseline=b.example.zone:2:10: error: invalid host name: SOA MNAME ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:3:9: error: invalid host name: NS target ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:4:1: error: invalid host name: owner ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:5:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\n" "" \
	--no-config -- --write-baseline=b.example.zone
[ -s b.example.zone ] && [ "$(wc -l <b.example.zone)" = 4 ] || { fail=$((fail + 1)); echo "FAIL -- : b.example.zone was written"; }
run "files before and after --" 1 \
	"--write-baseline=b.example.zone:2:10: error: invalid host name: SOA MNAME ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:3:9: error: invalid host name: NS target ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:4:1: error: invalid host name: owner ns.--write-baseline=b.example. is not a valid host name: it has the character '=' [hygiene-hostname]\n--write-baseline=b.example.zone:5:10: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address [syntax-error]\n" "" \
	--no-config b.example.zone -- --write-baseline=b.example.zone
run "-- alone names no file" 2 "" \
	"zonelint: no zone file given; see zonelint --help\n" --no-config --

# 4. standard error is output too: names and settings from the
# repository are escaped there as well
fresh stderr-escape
mkdir z
printf "$soa" >"$(printf 'z/a\033]52;c;eA==\007.example.zone')"
printf '\e[31mcolour = x\n' >.zonelint
run "file names and settings on standard error are escaped" 2 "" \
	".zonelint:1: error: unknown setting '\\\\027[31mcolour' (see zonelint(5))\n" z
rm .zonelint
run "-v on a name holding OSC 52" 1 \
	"z/a\\\\x1b]52;c;eA==\\\\x07.example.zone:2:10: error: invalid host name: SOA MNAME ns.a\\\\027]52\\\\;c\\\\;eA==\\\\007.example. is not a valid host name: it has the octet \\\\027 [hygiene-hostname]\nz/a\\\\x1b]52;c;eA==\\\\x07.example.zone:3:9: error: invalid host name: NS target ns.a\\\\027]52\\\\;c\\\\;eA==\\\\007.example. is not a valid host name: it has the octet \\\\027 [hygiene-hostname]\nz/a\\\\x1b]52;c;eA==\\\\x07.example.zone:4:1: error: invalid host name: owner ns.a\\\\027]52\\\\;c\\\\;eA==\\\\007.example. is not a valid host name: it has the octet \\\\027 [hygiene-hostname]\n" \
	"zonelint: lint root .\nzonelint: z/a\\\\027]52;c;eA==\\\\007.example.zone: zone a\\\\027]52\\\\;c\\\\;eA==\\\\007.example. (origin from the file name), view none\nzonelint: z/a\\\\027]52;c;eA==\\\\007.example.zone: 3 records, 2 names, format: BIND zone file\n" \
	-v z

# 5. bounds: globs in .zonelint (800 brace pairs ran for over 30 s; 22
# '{,}' made 2^22 copies of one input)
fresh braces
printf "$soa" >a.example.zone
printf 'internal = %sa.example.zone\n' "$(for _ in $(seq 800); do printf '{a,b}'; done)" >.zonelint
printf 'external = %sa.example.zone\n' "$(for _ in $(seq 22); do printf '{,}'; done)" >>.zonelint
run "brace globs that expand past the bound" 2 "" \
	".zonelint:1: error: a glob's {a,b} groups may stand for at most 64 patterns\n.zonelint:2: error: a glob's {a,b} groups may stand for at most 64 patterns\n" \
	a.example.zone
printf 'internal = {a,b}{.,x}example.zone\n' >.zonelint
run "a small brace glob still works" 0 "" "" a.example.zone

# $INCLUDE fan-out (ten files, each including the next ten
# times: 10^9 reads) stops at the run's budget, within the time limit
# (the copies of x9's record that it reads are hygiene-duplicate-record's
# notes, off here: this counts the budget's errors)
fresh fanout
for i in 0 1 2 3 4 5 6 7 8 9; do
	{ echo "x$i IN TXT a"; [ $i -lt 9 ] && for _ in 1 2 3 4 5 6 7 8 9 10; do
		echo "\$INCLUDE f$((i + 1)).zone"; done; } >f$i.zone
done
printf "$soa"'$INCLUDE f0.zone\n' >fan.example.zone
(ulimit -v 1048576; exec timeout 20 "$zl" --no-config \
    --disable hygiene-duplicate-record fan.example.zone) >"$tmp/out" 2>&1
rc=$?
sed -i "$summary" "$tmp/out"
budget="error: \$INCLUDE cannot be followed: cannot read included file f[0-9].zone: the run's budget of 100000 included reads and 256 MiB is spent (--limit includes=N and include-bytes=N raise it) \[syntax-include\]"
if [ $rc = 1 ] && [ "$(wc -l <"$tmp/out")" = 61 ] &&
	! grep -v "^f[0-9].zone:[0-9]*:1: $budget\$" "$tmp/out" | grep -q .; then
	pass=$((pass + 1))
else
	fail=$((fail + 1)); echo "FAIL \$INCLUDE fan-out: exit $rc"; head -3 "$tmp/out"
fi
(ulimit -v 1048576; exec timeout 20 "$zl" --no-config --limit includes=10 fan.example.zone) >"$tmp/out" 2>&1
if [ $? = 1 ] && grep -q "budget of 10 included reads" "$tmp/out"; then
	pass=$((pass + 1))
else
	fail=$((fail + 1)); echo "FAIL --limit includes=10"; head -3 "$tmp/out"
fi

# internal DNS server names reach every finding of their zones
# unescaped, so only plain names are taken; the rest is refused, never
# echoed
fresh servers
printf "$soa" >a.example.zone
printf "$soa" >'x=y.example.zone'
srv='zonelint: --internal SERVER=PATH: a server'"'"'s name is 1 to 32 letters, digits, '"'"'-'"'"', '"'"'_'"'"' or '"'"'.'"'"' (write ./NAME for a file whose name has '"'"'='"'"'); see zonelint --help\n'
run "a server name with shell words" 2 "" "$srv" \
	--no-config --internal 'dc1$(id)=a.example.zone'
run "a server name with terminal escapes" 2 "" "$srv" \
	--no-config --internal "$(printf 'dc\033]52;c;eA==\007')=a.example.zone"
run "a server name of 33 letters" 2 "" "$srv" \
	--no-config --internal "$(printf '%033d' 0)=a.example.zone"
run "a path with '=' after a folder is a path" 0 "" "" \
	--no-config --disable split-one-view-only --origin a.example \
	--internal './x=y.example.zone'
printf 'internal.dc1$(id) = a.example.zone\n' >.zonelint
run ".zonelint: internal.SERVER with shell words" 2 "" \
	".zonelint:1: error: internal.SERVER: a server's name is 1 to 32 letters, digits, '-', '_' or '.'\n" \
	a.example.zone
rm .zonelint
args=
for i in $(seq 1 17); do args="$args --internal s$i=a.example.zone"; done
# shellcheck disable=SC2086 # word splitting is the point
run "exports of 17 internal DNS servers" 2 "" \
	"zonelint: a.example.zone: exports of more than 16 internal DNS servers in one run\n" \
	--no-config $args

# --now: a time that is not one is a usage error that never echoes the
# controls it carries, nor takes a number past 9999 or a day that is not
fresh now
printf "$soa" >a.example.zone
n1='zonelint: --now takes YYYYMMDDHHMMSS (UTC) or seconds since the epoch, not '"'"
n2="'"'; see zonelint --help\n'
run "--now with terminal escapes" 2 "" "${n1}2026\\\\027]52;c;eA==\\\\007$n2" \
	--no-config --now "$(printf '2026\033]52;c;eA==\007')" a.example.zone
run "--now past any 64-bit number" 2 "" "${n1}99999999999999999999999$n2" \
	--no-config --now 99999999999999999999999 a.example.zone
run "--now on 30 February" 2 "" "${n1}20260230000000$n2" \
	--no-config --now 20260230000000 a.example.zone
run "--now before the epoch" 2 "" "${n1}-5$n2" \
	--no-config --now -5 a.example.zone
run "--now as seconds since the epoch" 0 "" "" \
	--no-config --now 1796083200 a.example.zone
run "--now as YYYYMMDDHHMMSS" 0 "" "" \
	--no-config --now 20261201000000 a.example.zone

# --stale-after: days from 1 to 36500, digits only; anything else is a
# usage error that echoes nothing of what was given
s1='zonelint: --stale-after takes a number of days from 1 to 36500; see zonelint --help\n'
run "--stale-after with terminal escapes" 2 "" "$s1" \
	--no-config --stale-after "$(printf '7\033]52;c;eA==\007')" a.example.zone
run "--stale-after 0" 2 "" "$s1" --no-config --stale-after 0 a.example.zone
run "--stale-after past a century" 2 "" "$s1" \
	--no-config --stale-after 36501 a.example.zone
run "--stale-after past any number" 2 "" "$s1" \
	--no-config --stale-after 99999999999999999999999 a.example.zone
run "--stale-after -5" 2 "" "$s1" --no-config --stale-after -5 a.example.zone
run "--stale-after 90" 0 "" "" --no-config --stale-after 90 a.example.zone

echo "hostile confine: $pass passed, $fail failed"
[ $fail -eq 0 ]
