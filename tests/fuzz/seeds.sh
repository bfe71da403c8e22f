#!/bin/sh
# Copies seed inputs into DIR: the inputs of the golden cases (their
# zones and stdin, not what they expect) and the zone files of the shared
# corpus (peer suites and real-world zones), at most 64 KiB each; small
# DNS Manager lists (src/dnsmgr.c: tab, CSV, UTF-16, every data form and
# timestamp form), beside those of tests/golden/dnsmgr-list; the
# Route 53 JSON seeds of tests/fuzz/route53; and a rule page's peer
# table (docs/peer-behaviour.md, --peer-table).
# usage: tests/fuzz/seeds.sh DIR
set -eu
out=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
find "$top/tests/golden" "$top/tests/fuzz/route53" "$top/../shared/corpus" -type f -size -64k \
	! -name '*.tsv' ! -name '*.md' ! -name '*.log' ! -name '*.sh' \
	! -name '*.py' ! -name args ! -name expected ! -name status \
	! -name stderr ! -name cwd ! -name filter ! -name SOURCE ! -name README 2>/dev/null |
	while IFS= read -r f; do
		cp "$f" "$out/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
	done
list='Name\tType\tData\tTimestamp\r\n(same as parent folder)\tStart of Authority (SOA)\t[1], ns.example.net., hostmaster.example.net.\tstatic\r\n(same as parent folder)\tName Server (NS)\tns.example.net.\tstatic\r\n_tcp\t\t\t\r\nmx\tMail Exchanger (MX)\t[10]  mail.example.net.\t11/30/2026 10:00:00 AM\r\n_sip\tService Location (SRV)\t[0][100][5061] sip.example.net.\t30/11/2026 10:00:00\r\nt\tText (TXT)\tv=spf1 -all\t2026-11-30 10:00:00\r\nw\tAlias (CNAME)\tx.example.net.\t30.11.2026 10:00\r\n6\tIPv6 Host (AAAA)\tfd00::1\tstatic\r\n'
printf "$list" >"$out/seed-dnsmgr-tab"
printf "$list" | tr '\t' ',' >"$out/seed-dnsmgr-csv"
{ printf '\377\376'; printf "$list" | iconv -f UTF-8 -t UTF-16LE; } >"$out/seed-dnsmgr-utf16"
printf 'Name,Type,Data\r\nx,Host (A),"10.0.0.1\r\n"a,""b",Text (TXT),"q ""x"", y"\r\n' >"$out/seed-dnsmgr-quotes"
cp "$top/docs/peer-behaviour.md" "$out/seed-peer-table"
echo "seeds: $(find "$out" -type f | wc -l) files in $out"
