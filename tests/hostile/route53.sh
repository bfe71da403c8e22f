#!/bin/bash
# Hostile and broken Route 53 JSON (src/route53.c): each case is generated
# here, run with a 20 s time limit and 1 GiB of address space, and must
# give exactly the expected lines and exit status, as tests/hostile/run.sh.
# usage: tests/hostile/route53.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0

# case NAME STATUS FILE [EXPECTED-LINE...]: the lines are the whole
# standard output, in order
case_() {
	name=$1 want=$2 file=$3
	shift 3
	if [ $# -gt 0 ]; then printf '%s\n' "$@"; fi >want
	(ulimit -v 1048576; exec timeout 20 "$zl" --no-config $file) >out 2>err
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

# The apex as aws route53 list-resource-record-sets prints it (lines 1-25)
apex() {
	cat <<'JSON'
{
    "ResourceRecordSets": [
        {
            "Name": "example.com.",
            "Type": "NS",
            "TTL": 172800,
            "ResourceRecords": [
                {
                    "Value": "ns-1.awsdns-00.com."
                },
                {
                    "Value": "ns-2.awsdns-00.net."
                }
            ]
        },
        {
            "Name": "example.com.",
            "Type": "SOA",
            "TTL": 900,
            "ResourceRecords": [
                {
                    "Value": "ns-1.awsdns-00.com. awsdns-hostmaster.amazon.com. 1 7200 3600 1209600 300"
                }
            ]
        },
JSON
}

{ apex; printf '        {\n            "Name": "www.example.com."\n            "Type": "A"\n        }\n    ]\n}\n'; } >example.com.json
case_ "malformed JSON: a missing comma" 1 example.com.json \
	"example.com.json:28:13: error: syntax error: malformed JSON: ',' or '}' expected in a member of ResourceRecordSets; the rest of the file is not read [syntax-error]"

{ apex; printf '        {\n            "Name": "www.example.com.",\n            "Type": "A",\n            "TTL": 300,\n            "ResourceRecords": [\n                {\n                    "Value": "192.0.2.1'; } >example.com.json
case_ "malformed JSON: the file ends in a string" 1 example.com.json \
	"example.com.json:32:40: error: syntax error: malformed JSON: premature end of input near '\"192.0.2.1'; the rest of the file is not read [syntax-error]"

{ apex; printf '        {"Name": "www.example.com.", "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.1"}]}\n    ]\n} trailing\n'; } >example.com.json
case_ "text after the JSON object" 1 example.com.json \
	"example.com.json:28:3: error: syntax error: malformed JSON: text after the JSON object; the rest of the file is not read [syntax-error]"

{ apex; printf '        {"Name": "x.example.com.", "Type": "A", "TTL": 300, "GeoLocation": '
  printf '%*s' 100000 '' | tr ' ' '['; printf '\n    ]\n}\n'; } >example.com.json
case_ "JSON nested 100,000 deep" 1 example.com.json \
	"example.com.json:26:2125: error: syntax error: malformed JSON: maximum parsing depth reached near '['; the rest of the file is not read [syntax-error]"

{ apex
  cat <<'JSON'
        {"Name": 5, "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.1"}]},
        {"Name": "a.example.com.", "Type": "A B", "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.1"}]},
        {"Name": "b.example.com.", "Type": "A", "TTL": "300", "ResourceRecords": [{"Value": "192.0.2.1"}]},
        {"Name": "c.example.com.", "Type": "A", "TTL": 300, "ResourceRecords": {"Value": "192.0.2.1"}},
        {"Name": "d.example.com.", "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": 3221225985}]},
        {"Name": "e.example.com.", "Type": "TXT", "TTL": 300, "ResourceRecords": [{"Value": "\"a\"\n\"b\""}, {"Value": "x ( y"}]},
        {"Name": "f.example.com.", "Type": "A", "AliasTarget": {"DNSName": 7}},
        [],
        {},
        {"Name": "$g.example.com.", "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": "192.0.2.7"}]}
    ]
}
JSON
} >example.com.json
case_ "wrong types, line breaks and parentheses in values" 1 example.com.json \
	"example.com.json:26:18: error: syntax error: record set without a Name string; not read [syntax-error]" \
	"example.com.json:27:44: error: syntax error: record set a.example.com. without a Type of letters and digits; not read [syntax-error]" \
	"example.com.json:28:56: error: syntax error: record set b.example.com. A: TTL is not a number from 0 to 4294967295; not read [syntax-error]" \
	"example.com.json:29:9: error: syntax error: record set c.example.com. A has no ResourceRecords values; not read [syntax-error]" \
	"example.com.json:29:80: error: syntax error: ResourceRecords is not a JSON list; not read [syntax-error]" \
	"example.com.json:30:91: error: syntax error: d.example.com. A value is not a string; not read [syntax-error]" \
	"example.com.json:31:93: error: syntax error: e.example.com. TXT value holds a line break; not read [syntax-error]" \
	"example.com.json:31:120: error: syntax error: e.example.com. TXT value holds a parenthesis outside quotes, which zone files use to join lines; not read [syntax-error]" \
	"example.com.json:32:76: error: syntax error: alias record set f.example.com. A without a DNSName string; not read [syntax-error]" \
	"example.com.json:33:9: error: syntax error: a member of ResourceRecordSets is not a JSON object; not read [syntax-error]" \
	"example.com.json:34:9: error: syntax error: record set without a Name string; not read [syntax-error]" \
	"example.com.json:35:92: error: invalid host name: owner \$g.example.com. is not a valid host name: it has the character '\$' [hygiene-hostname]"

{ printf '{"ResourceRecordSets": ['; yes '{},' | head -n 1000020 | tr -d '\n'
  printf '{}]}\n'; } >example.com.json
sets=("example.com.json:1:1: error: zone without an SOA record: the file holds no records [hygiene-soa-missing]"
	"example.com.json:1:1: error: syntax error: 999901 more errors in this file not reported [syntax-error]"
	"example.com.json:1:1: error: syntax error: more than 1000000 record sets; 21 not read [syntax-error]")
for col in $(seq 25 3 319); do # 99 errors kept, the 100th place the bound's
	sets+=("example.com.json:1:$col: error: syntax error: record set without a Name string; not read [syntax-error]")
done
case_ "1,000,021 record sets (an error each, 100 kept)" 1 example.com.json "${sets[@]}"

{ apex; printf '        {"Name": "v.example.com.", "Type": "A", "TTL": 60, "ResourceRecords": ['
  seq 0 10001 | awk '{ if (NR > 1) printf ","; printf "{\"Value\": \"10.%d.%d.%d\"}", int($1 / 65536) % 256, int($1 / 256) % 256, $1 % 256 }'
  printf ']}\n    ]\n}\n'; } >example.com.json
case_ "10,002 values in a set" 1 example.com.json \
	"example.com.json:26:9: error: syntax error: record set v.example.com. A has more than 10000 values; 2 not read [syntax-error]"

{ printf '{"ResourceRecordSets": [{"Name": "example.com.", "Type": "TXT", "TTL": 60, "ResourceRecords": [{"Value": "'
  head -c 70000000 /dev/zero | tr '\0' x; printf '"}]}]}\n'; } >example.com.json
case_ "a 70 MB JSON file" 2 example.com.json \
	"example.com.json: error: unusable input: cannot read example.com.json: Route 53 JSON file larger than 64 MiB [input-unreadable]"

{ printf '\377\376'; apex | iconv -f UTF-8 -t UTF-16LE
  printf '        {"Name": "www.example.com.", "Type": "A", "TTL": 300, "ResourceRecords": [{"Value": "10.1.2.3"}]}\n    ]\n}\n' | iconv -f UTF-8 -t UTF-16LE; } >example.com.json
case_ "UTF-16 JSON with a byte order mark" 1 "--external example.com.json" \
	"example.com.json:1:1: warning: zone file in an encoding name servers do not read: file is UTF-16LE with a byte order mark; read as converted to UTF-8, but name servers expect ASCII: save it as ASCII or UTF-8 [syntax-encoding]" \
	"example.com.json:26:93: warning: private address in a public zone: www.example.com. has 10.1.2.3, a private address (RFC 1918), from 10.0.0.0/8 [leak-private-address]"

echo "hostile route53: $pass passed, $fail failed"
[ $fail -eq 0 ]
