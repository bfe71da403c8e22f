#!/bin/bash
# Hostile DNS Manager lists (src/dnsmgr.c): wrong columns, a header
# only, many rows, UTF-16 without a byte order mark, NUL bytes, rows
# over the row and column bounds.  Each case is generated here, run with
# a 20 s time limit and 1 GiB of address space, and must give exactly
# the expected lines and exit status.
# usage: tests/hostile/dnsmgr.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0

# case NAME STATUS FILE [EXPECTED-LINE...]: as tests/hostile/run.sh
case_() {
	name=$1 want=$2 file=$3
	shift 3
	if [ $# -gt 0 ]; then printf '%s\n' "$@"; fi >want
	(ulimit -v 1048576; exec timeout 20 "$zl" --no-config "$file") >out 2>err
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

head='Name\tType\tData\tTimestamp\r\n'
zone='(same as parent folder)\tStart of Authority (SOA)\t[1], ns.example.net., hostmaster.example.net.\tstatic\r\n(same as parent folder)\tName Server (NS)\tns.example.net.\tstatic\r\n'

printf "$head$zone"'a\tHost (A)\r\nb\r\nc\tHost (A)\t192.0.2.1\tstatic\textra\r\nd\tHost (A)\t192.0.2.2\r\n' >cols.example.txt
case_ "wrong columns: too few, a name alone, more than the header, no Timestamp" 1 cols.example.txt \
	"cols.example.txt:4:1: error: syntax error: row of 2 columns, but the header names 4 (Name, Type and Data are needed); not read [syntax-error]"

printf "$head" >header.example.txt
case_ "a header only: a folder's empty list" 0 header.example.txt

printf 'Name,Type\r\nx,Host (A)\r\n' >nodata.example.txt
case_ "a header without the Data column: not a list" 2 nodata.example.txt \
	"nodata.example.txt:1:1: error: syntax error: record has no type [syntax-error]" \
	"nodata.example.txt:2:1: error: unusable input: cannot tell the zone's origin: give --origin NAME before the file, start it with \$ORIGIN, or name it NAME.zone [input-unreadable]"

{ printf "$head$zone"; seq 1 300000 | awk '{printf "h%d\tHost (A)\t192.0.2.%d\tstatic\r\n", $1, $1 % 250 + 1}'; } >many.example.txt
case_ "300,000 rows" 0 many.example.txt

printf "$head$zone"'x\tHost (A)\t192.0.2.999\tstatic\r\n' | iconv -f UTF-8 -t UTF-16LE >nobom.example.txt
case_ "UTF-16 without a byte order mark" 1 nobom.example.txt \
	"nobom.example.txt:4:12: error: syntax error: cannot read this A record: field 1 '192.0.2.999': not an IPv4 address [syntax-error]"

{ printf "$head$zone"; head -c 5000 /dev/zero | tr '\0' ';'; printf '\r\nx\tText (TXT)\ta\0b\tstatic\r\ny\tHost (A)\t192.0.2.1\tstatic\r\n'; } >nul.example.txt
# (the row of 5,000 semicolons is a Name alone: a folder's row, passed over)
case_ "a NUL byte in a row past the first 4 KiB" 1 nul.example.txt \
	"nul.example.txt:5:15: error: syntax error: NUL byte in the row; not read [syntax-error]"

printf "$head"'x\tHost (A)\0\t192.0.2.1\tstatic\r\n' >nul2.example.txt
case_ "a NUL byte in the first 4 KiB: binary" 2 nul2.example.txt \
	"nul2.example.txt: error: unusable input: cannot read nul2.example.txt: binary file (NUL byte at offset 36), not a zone file [input-unreadable]"

{ printf "$head$zone"'t\tText (TXT)\t'; head -c 70000 /dev/zero | tr '\0' x; printf '\tstatic\r\n'; } >longrow.example.txt
case_ "a row over 65,535 bytes" 1 longrow.example.txt \
	"longrow.example.txt:4:1: error: syntax error: row longer than 65535 bytes; not read [syntax-error]"

{ printf "$head$zone"'t\tText (TXT)\t'; head -c 2000000 /dev/zero | tr '\0' x; printf '\tstatic\r\n'; } >hugerow.example.txt
case_ "a row over 1 MiB" 1 hugerow.example.txt \
	"hugerow.example.txt:4:1: error: syntax error: line longer than 1048576 bytes; skipped [syntax-error]"

{ printf "$head$zone"'x'; seq 1 40 | tr '\n' '\t'; printf '\r\n'; } >manycols.example.txt
case_ "a row of more than 32 columns" 1 manycols.example.txt \
	"manycols.example.txt:4:1: error: syntax error: row of more than 32 columns; not read [syntax-error]"

{ seq 1 40 | tr '\n' '\t'; printf 'Name\tType\tData\r\nx\tHost (A)\t192.0.2.1\r\n'; } >widehead.example.txt
case_ "a header of more than 32 columns: not a list" 2 widehead.example.txt \
	"widehead.example.txt:1:1: error: unusable input: cannot tell the zone's origin: give --origin NAME before the file, start it with \$ORIGIN, or name it NAME.zone [input-unreadable]"

printf 'Name,Type,Data,Timestamp\r\n(same as parent folder),Start of Authority (SOA),"[1], ns.example.net., hostmaster.example.net.,static\r\nx,Host (A),192.0.2.1,static\r\n' >quote.example.csv
case_ "CSV: a quote never closed" 1 quote.example.csv \
	"quote.example.csv:2:51: error: syntax error: SOA data '[1], ns.example.net., hostmaster.example.net.,static' is not in DNS Manager's form ([serial], primary server, responsible person); row not read [syntax-error]" \
	"quote.example.csv:3:1: error: zone without an SOA record: no SOA record at quote.example. [hygiene-soa-missing]"

echo "hostile dnsmgr: $pass passed, $fail failed"
[ $fail -eq 0 ]
