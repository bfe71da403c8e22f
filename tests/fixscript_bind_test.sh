#!/bin/sh
# The BIND fix script proven on the Contoso example (tests/golden/sip-broken):
# the script zonelint writes is run in a temporary folder with the two
# addresses and the internal DNS server the admin would give; every zone
# file it writes must load in named-checkzone (-i local); its nsupdate
# deletions are applied to a copy of the public zone (as named-checkzone
# dumps it), its zone files join a copy of the internal export, and
# zonelint must then find nothing (exit 0, no output).
# usage: tests/fixscript_bind_test.sh ZONELINT
set -u
bin=$1
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL fixscript-bind: $*"; exit 1; }
cp -R tests/golden/sip-broken/internal tests/golden/sip-broken/external "$tmp/"
(cd "$tmp" && "$bin" --no-config --internal internal --external external \
	--fix-script bind >fix.sh 2>/dev/null)
[ $? -eq 1 ] || fail "zonelint --fix-script bind did not exit 1 (findings)"
mkdir "$tmp/out"
(cd "$tmp/out" && POOL_ADDRESS=10.0.0.20 \
	INTERNAL_WEB_SERVICES_ADDRESS=10.0.0.20 \
	INTERNAL_NS=dc1.contoso.local. sh ../fix.sh) || fail "the script failed"
# the script refuses to run without what it asks for
(cd "$tmp/out" && env -u POOL_ADDRESS sh ../fix.sh >/dev/null 2>&1) &&
	fail "the script ran without POOL_ADDRESS"
# each zone statement names a zone file that loads (-k fail: as named
# checks names in a primary zone)
n=0
while read -r _ zone _ _ _ _ file _; do
	zone=${zone#\"} zone=${zone%\"} file=${file#\"} file=${file%\";}
	[ -f "$tmp/out/$file" ] || fail "no file $file for zone $zone"
	named-checkzone -i local -k fail -q "$zone" "$tmp/out/$file" ||
		fail "named-checkzone rejects $file: $(named-checkzone -i local \
			"$zone" "$tmp/out/$file")"
	cp "$tmp/out/$file" "$tmp/internal/"
	n=$((n + 1))
done <"$tmp/out/zonelint-internal.conf"
[ "$n" -eq 3 ] || fail "expected 3 pinpoint zones, got $n"
# and the statements, in a configuration, load them in named-checkconf
printf 'options { directory "%s"; };\ninclude "%s";\n' "$tmp/out" \
	"$tmp/out/zonelint-internal.conf" >"$tmp/named.conf"
named-checkconf -z "$tmp/named.conf" >/dev/null ||
	fail "named-checkconf -z rejects the zone statements"
[ -f "$tmp/out/zonelint-internal.nsupdate" ] &&
	fail "unexpected internal nsupdate input"
# the public zone without the records the nsupdate input deletes
named-checkzone -i local -q -D -o "$tmp/dump" contoso.com \
	"$tmp/external/contoso.com.zone" || fail "cannot dump the public zone"
python3 - "$tmp/out/zonelint-public.nsupdate" "$tmp/dump" \
	"$tmp/external/contoso.com.zone" <<'PY' || fail "applying nsupdate input"
import sys
dels = set()
for line in open(sys.argv[1]):
    w = line.split()
    if w[:2] == ["update", "delete"]:
        dels.add((w[2].lower(), w[4], " ".join(w[5:]).lower()))
kept, gone = [], 0
for line in open(sys.argv[2]):
    w = line.split()
    key = (w[0].lower(), w[3], " ".join(w[4:]).lower())
    if key in dels:
        gone += 1
    else:
        kept.append(line)
if gone != len(dels) or gone != 2:
    sys.exit("deleted %d records of %d" % (gone, len(dels)))
open(sys.argv[3], "w").writelines(kept)
PY
out=$(cd "$tmp" && "$bin" --no-config --internal internal --external external 2>&1)
rc=$?
[ $rc -eq 0 ] && [ -z "$out" ] ||
	fail "re-lint after the script: exit $rc, output:
$out"
echo "PASS fixscript-bind: 3 zones load in named-checkzone, re-lint exits 0"
