#!/bin/bash
# Hostile and broken input: each case is generated here (no large files
# are committed), run with a 20 s time limit and 1 GiB of address space,
# and must give exactly the expected lines, all of them and nothing else,
# and exit status: never a crash, hang or silent skip.
# usage: tests/hostile/run.sh ZONELINT
# shellcheck disable=SC2016 # the '$TTL' and '$INCLUDE' in quotes are zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0 skip=0

# case NAME STATUS FILE [EXPECTED-LINE...]: run zonelint on FILE (or on
# the space-separated paths and options FILE holds); the lines are the
# whole standard output, in order (none: no output at all)
case_() {
	name=$1 want=$2 file=$3
	shift 3
	if [ $# -gt 0 ]; then printf '%s\n' "$@"; fi >want
	# the cases' files are named NAME.example.zone whatever zone they
	# hold: the note that says so is not what they test
	# shellcheck disable=SC2086 # word splitting is the point
	(ulimit -v 1048576; exec timeout 20 "$zl" --no-config \
		--disable input-origin-file-name $file) >out 2>err
	rc=$?
	ok=1
	[ "$rc" = "$want" ] || ok=0
	cmp -s want out || ok=0
	if grep -q 'runtime error\|Sanitizer' err; then ok=0; fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name: exit $rc (expected $want)"
		diff -u --label expected --label output want out | head -c 2000 | sed 's/^/  | /'
		head -5 err | sed 's/^/  ! /'
	fi
}

: >empty.example.zone
case_ "empty file" 1 empty.example.zone \
	"empty.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone empty.example. has no SOA [hygiene-soa-missing]"

printf '; only\n; comments\n' >comments.example.zone
case_ "only comments" 1 comments.example.zone \
	"comments.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone comments.example. has no SOA [hygiene-soa-missing]"

printf '\0\0\0binary' >binary.example.zone
case_ "NUL bytes at the start (binary)" 2 binary.example.zone \
	"binary.example.zone: error: unusable input: cannot read binary.example.zone: binary file (NUL byte at offset 0), not a zone file [input-unreadable]"

{ printf '$TTL 60\n'; head -c 5000 /dev/zero | tr '\0' ';'; printf '\nx IN TXT "a\0b"\ny IN A 192.0.2.2\n'; } >nul.example.zone
case_ "NUL byte in a record" 1 nul.example.zone \
	"nul.example.zone:3:12: error: syntax error: NUL byte in the text [syntax-error]" \
	"nul.example.zone:4:1: error: zone without an SOA record: no SOA record at nul.example. [hygiene-soa-missing]"

{ printf '$TTL 60\nt IN TXT "'; head -c 10485760 /dev/zero | tr '\0' x; printf '"\nns IN A 192.0.2.1\n'; } >longline.example.zone
case_ "a 10 MB line" 1 longline.example.zone \
	"longline.example.zone:2:1: error: syntax error: line longer than 1048576 bytes; skipped [syntax-error]" \
	"longline.example.zone:3:1: error: zone without an SOA record: no SOA record at longline.example. [hygiene-soa-missing]"

{ printf '$TTL 60\nx IN TXT '; head -c 100000 /dev/zero | tr '\0' '('; printf '\n'; } >nested.example.zone
case_ "100,000 nested parentheses" 1 nested.example.zone \
	"nested.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone nested.example. has no SOA [hygiene-soa-missing]" \
	"nested.example.zone:2:10: error: syntax error: '(' not closed before the end of the file [syntax-error]" \
	"nested.example.zone:2:11: error: syntax error: nested parenthesis [syntax-error]"

{ printf '$TTL 60\nx IN TXT "a" '; head -c 100000 /dev/zero | tr '\0' ')'; printf '\ny IN A 192.0.2.2\n'; } >unbalanced.example.zone
case_ "100,000 unbalanced parentheses" 1 unbalanced.example.zone \
	"unbalanced.example.zone:2:14: error: syntax error: ')' without a matching '(' [syntax-error]" \
	"unbalanced.example.zone:3:1: error: zone without an SOA record: no SOA record at unbalanced.example. [hygiene-soa-missing]"

printf '$TTL 60\nx IN TXT "never closed' >openquote.example.zone
case_ "unterminated quote at end of file" 1 openquote.example.zone \
	"openquote.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone openquote.example. has no SOA [hygiene-soa-missing]" \
	"openquote.example.zone:2:10: error: syntax error: quoted string not closed on its line [syntax-error]"

printf '$TTL 60\n@ IN SOA ns host ( 1 2 3' >openparen.example.zone
case_ "unterminated parenthesis at end of file" 1 openparen.example.zone \
	"openparen.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone openparen.example. has no SOA [hygiene-soa-missing]" \
	"openparen.example.zone:2:18: error: syntax error: '(' not closed before the end of the file [syntax-error]"

printf '$TTL 60\n\377\376\375 IN A 192.0.2.1\n' >badutf8.example.zone
case_ "invalid UTF-8 in a name" 1 badutf8.example.zone \
	"badutf8.example.zone:2:1: error: invalid host name: owner \\255\\254\\253.badutf8.example. is not a valid host name: it has the octet \\255 [hygiene-hostname]" \
	"badutf8.example.zone:2:1: error: zone without an SOA record: no SOA record at badutf8.example. [hygiene-soa-missing]"

text='$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns A 192.0.2.1\n'
{ printf '\377\376'; printf '%b' "$text" | iconv -f UTF-8 -t UTF-16LE; } >bom16.example.zone
case_ "UTF-16 with a byte order mark" 1 bom16.example.zone \
	"bom16.example.zone:1:1: warning: zone file in an encoding name servers do not read: file is UTF-16LE with a byte order mark; read as converted to UTF-8, but name servers expect ASCII: save it as ASCII or UTF-8 [syntax-encoding]"
printf '%b' "$text" | iconv -f UTF-8 -t UTF-16BE >nobom16.example.zone
case_ "UTF-16 without a byte order mark" 1 nobom16.example.zone \
	"nobom16.example.zone:1:1: warning: zone file in an encoding name servers do not read: file is UTF-16BE without a byte order mark; read as converted to UTF-8, but name servers expect ASCII: save it as ASCII or UTF-8 [syntax-encoding]"

printf '$TTL 60\n%s IN A 192.0.2.1\n' "$(head -c 64 /dev/zero | tr '\0' a)" >label.example.zone
case_ "a label over 63 octets" 1 label.example.zone \
	"label.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone label.example. has no SOA [hygiene-soa-missing]" \
	"label.example.zone:2:1: error: syntax error: bad owner name: a label is longer than 63 octets [syntax-error]"

printf '$ORIGIN name.example.\n$TTL 60\n%s IN A 192.0.2.1\n' "$(for _ in 1 2 3 4 5; do head -c 60 /dev/zero | tr '\0' b; printf .; done)" >name.example.zone
case_ "a name over 255 octets" 1 name.example.zone \
	"name.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone name.example. has no SOA [hygiene-soa-missing]" \
	"name.example.zone:3:1: error: syntax error: bad owner name: a domain name is longer than 255 octets [syntax-error]"

{ printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n'
  seq 1 100000 | sed 's/.*/many IN TXT "&"/'; } >many.example.zone
# a clean zone: JSON, so that even no findings is some output
case_ "100,000 records at one owner" 0 "--format json many.example.zone" \
	'{"version": 1, "tool": "zonelint", "findings": []}'

printf '$TTL 60\n$INCLUDE loop.example.zone\n' >loop.example.zone
case_ "an \$INCLUDE loop" 1 loop.example.zone \
	"loop.example.zone:1:1: error: zone without an SOA record: the file holds no records, so zone loop.example. has no SOA [hygiene-soa-missing]" \
	"loop.example.zone:2:1: error: \$INCLUDE cannot be followed: \$INCLUDE loop: loop.example.zone is already being read [syntax-include]"

mkdir adir
printf '$TTL 60\n$INCLUDE adir\n' >incdir.example.zone
case_ "an \$INCLUDE of a directory" 1 incdir.example.zone \
	"incdir.example.zone:2:1: error: \$INCLUDE cannot be followed: cannot read included file adir: is a directory [syntax-include]"

mkfifo fifo.example.zone
case_ "a FIFO" 2 fifo.example.zone \
	"fifo.example.zone: error: unusable input: cannot read fifo.example.zone: not a regular file (a FIFO) [input-unreadable]"

# a folder makes zonelint look for $INCLUDEs in every input first: the
# FIFO beside it must not hang that look either
mkdir -p beside
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' >beside/ok.example.zone
case_ "a FIFO named beside a folder" 2 "beside fifo.example.zone" \
	"fifo.example.zone: error: unusable input: cannot read fifo.example.zone: not a regular file (a FIFO) [input-unreadable]"

case_ "/dev/zero" 2 /dev/zero \
	"/dev/zero: error: unusable input: cannot read /dev/zero: not a regular file (a device) [input-unreadable]"

printf '$TTL 60\n$INCLUDE /etc/passwd\n' >outside.example.zone
case_ "a file outside the tree" 1 outside.example.zone \
	"outside.example.zone:2:1: error: \$INCLUDE cannot be followed: cannot read included file /etc/passwd: outside the lint root (--allow-outside DIR permits a folder) [syntax-include]"

ln -s b.example.zone a.example.zone
ln -s a.example.zone b.example.zone
case_ "a symlink loop" 2 a.example.zone \
	"a.example.zone: error: unusable input: cannot read a.example.zone: Too many levels of symbolic links [input-unreadable]"

printf '$TTL 60\nx IN A 192.0.2.1\n' >unreadable.example.zone
chmod 000 unreadable.example.zone
if [ "$(id -u)" = 0 ]; then
	echo "skip: a file that is not readable (root reads every file)"
	skip=$((skip + 1))
else
	case_ "a file that is not readable" 2 unreadable.example.zone \
		"unreadable.example.zone: error: unusable input: cannot read unreadable.example.zone: Permission denied [input-unreadable]"
fi

printf ';\r\n;  Database file contoso.com.dns for contoso.com zone.\r\n;\r\n@  IN  SOA ns1.contoso.com.  hostmaster.contoso.com. (\r\n      57   ; serial number\r\n      900  ; ref' >contoso.com.dns
case_ "a truncated Windows export" 1 contoso.com.dns \
	"contoso.com.dns:1:1: error: zone without an SOA record: the file holds no records, so zone contoso.com. has no SOA [hygiene-soa-missing]" \
	"contoso.com.dns:4:54: error: syntax error: '(' not closed before the end of the file [syntax-error]"

# Found by fuzzing (tests/fuzz/RUNS.md), fixed, kept here.
long=$(head -c 60 /dev/zero | tr '\0' a)
printf '$ORIGIN %s.%s.%s.%s.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\n@ IN NS ns1.abcdefghijklmnop\nns IN A 192.0.2.1\n' \
	"$long" "$long" "$long" "$long" >longrel.example.zone
case_ "fuzz: a relative name over 255 octets once the origin is added" 1 longrel.example.zone \
	"longrel.example.zone:5:9: error: syntax error: cannot read this NS record: field 1: a domain name is longer than 255 octets once the origin is added [syntax-error]"

printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\nsvc IN SVCB 1 . ohttp key707\nsvc2 IN SVCB 1 . key65535\n' >svcbempty.example.zone
case_ "fuzz: SVCB keys without values" 1 svcbempty.example.zone \
	"svcbempty.example.zone:7:18: error: syntax error: cannot read this SVCB record: field 3 'key65535': 'key65535' is not an SvcParam key [syntax-error]"

printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\ngw IN IPSECKEY 0 0 1\n' >ipseckey.example.zone
case_ "fuzz: an IPSECKEY without its gateway" 1 ipseckey.example.zone \
	"ipseckey.example.zone:6:20: error: syntax error: cannot read this IPSECKEY record: field 3 '1': the gateway is missing [syntax-error]"

printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n$GENERATE 1-2 h$ A 192.0.2.${04444444444444444444444,0,d}\n' >genoffset.example.zone
case_ "fuzz: a \$GENERATE offset beyond any number" 1 genoffset.example.zone \
	"genoffset.example.zone:6:20: error: syntax error: \$GENERATE bad \${offset,width,base} modifier [syntax-error]"

printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n$ORIGIN sub\\\nx IN A 192.0.2.3\n' >lonebs.example.zone
case_ "fuzz: an \$ORIGIN ending in a lone backslash (the dot added after it was escaped)" 1 lonebs.example.zone \
	"lonebs.example.zone:6:9: error: syntax error: bad \$ORIGIN name 'sub\\' [syntax-error]"

{ printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n@ IN NSEC3PARAM 1 0 65535 -\n'
  printf 'utqvuhu2blk3dhmrr5t1hd9vteohqt0a IN NSEC3 1 0 65535 - utqvuhu2blk3dhmrr5t1hd9vteohqt0a NS SOA\n'
  i=0; while [ $i -lt 3000 ]; do printf 'h%d IN A 192.0.2.9\n' $i; i=$((i + 1)); done; } >iter.example.zone
case_ "fuzz: NSEC3 with 65,535 hash iterations over 3,000 names (hours of hashing)" 1 iter.example.zone \
	"iter.example.zone:6:1: error: too many NSEC3 hash iterations: 65535, above 150: validators treat such NSEC3 records as insecure (RFC 9276), so the zone proves no non-existence; dnssec-nsec3 did not hash its names to check the chain [dnssec-nsec3-iterations]"

# a baseline's serial lines are untrusted: escapes, NULs, numbers past
# 2^32 and fields missing are skipped, and none of it is echoed; the one
# well-formed line still counts
{ printf '# zonelint baseline 1\n# serial\thb.example.zone\texample.com.\t99999999999999999999\n'
  printf '# serial\thb.example.zone\033[2J\texample.com.\t9\n# serial\thb.example.zone\texample.com.\0\t9\n'
  printf '# serial\t\t\t\n# serial\n# serial\thb.example.zone\texample.com.\t7\n'; } >hb.tsv
printf '$ORIGIN example.com.\n$TTL 60\n@ IN SOA ns host 5 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' >hb.example.zone
case_ "a baseline's hostile serial lines" 1 "--baseline hb.tsv hb.example.zone" \
	"hb.example.zone:3:18: error: SOA serial lower than the baseline's: serial 5 is lower than 7, the serial the baseline recorded for zone example.com.: secondaries that have 7 keep the old data (RFC 1982) [soa-serial-regression]"

echo "hostile: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
