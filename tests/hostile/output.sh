#!/bin/bash
# Hostile output: zone text, decoded \DDD values and file names that
# carry ESC sequences (OSC 52 clipboard, OSC 8 links, titles, cursor
# moves), C1 controls, bidi overrides, CR, LF followed by GitHub workflow
# commands, and bytes that are not UTF-8.  Each case runs every output
# format and compares the whole standard output (for SARIF the part after
# the rule table) and the exit status; then every output must be valid
# UTF-8 without any control character but LF, C1 control or bidi
# override, text output must start no line with "::", each GitHub line
# must be one well-formed command of ours, and JSON and SARIF must parse.
# usage: tests/hostile/output.sh ZONELINT
# shellcheck disable=SC2016 # the '$TTL' and '$INCLUDE' in quotes are zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
pass=0 fail=0

# check FORMAT FILE: the rules above for FORMAT; prints what breaks them
check() {
	python3 - "$1" "$2" <<'PY'
import json, re, sys
fmt, path = sys.argv[1], sys.argv[2]
data = open(path, 'rb').read()
try:
    text = data.decode('utf-8')
except UnicodeDecodeError as e:
    sys.exit('not UTF-8: %s' % e)
for i, ch in enumerate(text):
    c = ord(ch)
    if (c < 0x20 and ch != '\n') or 0x7f <= c <= 0x9f or \
            0x202a <= c <= 0x202e or 0x2066 <= c <= 0x2069:
        sys.exit('control U+%04X at character %d: %r' % (c, i, text[max(0, i - 30):i + 10]))
lines = text.split('\n')
if lines[-1] != '':
    sys.exit('output does not end with a newline')
command = re.compile(r'::(error|warning|notice) file=[^:,\n]*'
                     r'(,line=\d+,endLine=\d+,col=\d+)?,title=[a-z0-9-]+::[^\n]*$')
for line in lines[:-1]:
    if fmt == 'github' and not command.match(line):
        sys.exit('not one command of ours: %r' % line)
    if fmt != 'github' and line.startswith('::'):
        sys.exit('line starts with "::": %r' % line)
if fmt in ('json', 'sarif'):
    try:
        json.loads(text)
    except ValueError as e:
        sys.exit('invalid JSON: %s' % e)
PY
}

# [dir=DIR] run NAME FORMAT STATUS ARGS... <EXPECTED: zonelint --format
# FORMAT ARGS, run in DIR, must print EXPECTED exactly and exit with
# STATUS; of SARIF, the results, with # for the rule indexes (new rules
# move them)
run() {
	name=$1 fmt=$2 want=$3
	shift 3
	cat >want
	(cd "${dir:-.}" && ulimit -v 1048576 &&
		exec timeout 20 "$zl" --no-config --format "$fmt" "$@") >out 2>err
	rc=$?
	if [ "$fmt" = sarif ]; then
		sed -n '/"originalUriBaseIds"/,$p' out |
			sed 's/"ruleIndex": [0-9]*/"ruleIndex": #/' >got
	else
		cp out got
	fi
	ok=1 why=
	[ "$rc" = "$want" ] || { ok=0; why="exit $rc (expected $want)"; }
	cmp -s got want || { ok=0; why="$why; output differs"; }
	broken=$(check "$fmt" out 2>&1) || { ok=0; why="$why; $broken"; }
	if grep -q 'runtime error\|Sanitizer' err; then ok=0; why="$why; sanitizer"; fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name ($fmt):$why"
		diff -u want got | head -40 | cat -v | sed 's/^/  | /'
		head -5 err | cat -v | sed 's/^/  ! /'
	fi
}

# Messages that echo input: $INCLUDE names and SVCB values once \DDD is
# decoded, and raw bytes of a field the reader passes on as they are.
{
	printf '$ORIGIN inject.example.\n$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n'
	printf '$INCLUDE "a\\027]52;c;ZXZpbA==\\007\\010::add-mask::secret"\n'
	printf '$INCLUDE x\\010::error\\032file=README.md::x\\013\\127\n'
	printf 's1 IN SVCB 1 . mandatory="alpn\\027]8;;http://evil.example/\\007"\n'
	printf 's2 IN SVCB 1 . ipv4hint="192.0.2.9\\194\\155\\226\\128\\174\\240\\159\\152\\128"\n'
	printf 'a1 IN A 192.0.2.1\033[2J\302\233\n'
	printf 'a2 IN A 192.0.2.2\033]0;title\007\n'
	printf 'a3 IN A 192.0.2.3\xff\xfe\xed\xa0\x80\n'
	printf 'a4 IN A 192.0.2.4\xc3\xa9\xe6\x97\xa5\n'
} >inject.example.zone

run "messages from zone text" text 1 inject.example.zone <<'EOF'
inject.example.zone:6:1: error: $INCLUDE cannot be followed: cannot read included file a\027]52;c;ZXZpbA==\007\010::add-mask::secret: No such file or directory [syntax-include]
inject.example.zone:7:1: error: $INCLUDE cannot be followed: cannot read included file x\010::error file=README.md::x\013\127: No such file or directory [syntax-include]
inject.example.zone:8:16: error: syntax error: cannot read this SVCB record: field 3 'mandatory=': mandatory lists 'alpn\027]8;;http://evil.example/\007', which is no key [syntax-error]
inject.example.zone:9:16: error: syntax error: cannot read this SVCB record: field 3 'ipv4hint=': ipv4hint '192.0.2.9\194\155\226\128\174😀' is not an IPv4 address [syntax-error]
inject.example.zone:10:9: error: syntax error: cannot read this A record: field 1 '192.0.2.1\027[2J\194\155': not an IPv4 address [syntax-error]
inject.example.zone:11:9: error: syntax error: cannot read this A record: field 1 '192.0.2.2\027]0': not an IPv4 address [syntax-error]
inject.example.zone:12:9: error: syntax error: cannot read this A record: field 1 '192.0.2.3\255\254\237\160\128': not an IPv4 address [syntax-error]
inject.example.zone:13:9: error: syntax error: cannot read this A record: field 1 '192.0.2.4é日': not an IPv4 address [syntax-error]
EOF

run "messages from zone text" github 1 inject.example.zone <<'EOF'
::error file=inject.example.zone,line=6,endLine=6,col=1,title=syntax-include::$INCLUDE cannot be followed: cannot read included file a\027]52;c;ZXZpbA==\007\010::add-mask::secret: No such file or directory
::error file=inject.example.zone,line=7,endLine=7,col=1,title=syntax-include::$INCLUDE cannot be followed: cannot read included file x\010::error file=README.md::x\013\127: No such file or directory
::error file=inject.example.zone,line=8,endLine=8,col=16,title=syntax-error::syntax error: cannot read this SVCB record: field 3 'mandatory=': mandatory lists 'alpn\027]8;;http://evil.example/\007', which is no key
::error file=inject.example.zone,line=9,endLine=9,col=16,title=syntax-error::syntax error: cannot read this SVCB record: field 3 'ipv4hint=': ipv4hint '192.0.2.9\194\155\226\128\174😀' is not an IPv4 address
::error file=inject.example.zone,line=10,endLine=10,col=9,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.1\027[2J\194\155': not an IPv4 address
::error file=inject.example.zone,line=11,endLine=11,col=9,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.2\027]0': not an IPv4 address
::error file=inject.example.zone,line=12,endLine=12,col=9,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.3\255\254\237\160\128': not an IPv4 address
::error file=inject.example.zone,line=13,endLine=13,col=9,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.4é日': not an IPv4 address
EOF

run "messages from zone text" json 1 inject.example.zone <<'EOF'
{"version": 1, "tool": "zonelint", "findings": [
  {"file": "inject.example.zone", "line": 6, "column": 1, "end_line": 6, "rule": "syntax-include", "severity": "error", "message": "$INCLUDE cannot be followed: cannot read included file a\\027]52;c;ZXZpbA==\\007\\010::add-mask::secret: No such file or directory", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-include.html"},
  {"file": "inject.example.zone", "line": 7, "column": 1, "end_line": 7, "rule": "syntax-include", "severity": "error", "message": "$INCLUDE cannot be followed: cannot read included file x\\010::error file=README.md::x\\013\\127: No such file or directory", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-include.html"},
  {"file": "inject.example.zone", "line": 8, "column": 16, "end_line": 8, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this SVCB record: field 3 'mandatory=': mandatory lists 'alpn\\027]8;;http://evil.example/\\007', which is no key", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "inject.example.zone", "line": 9, "column": 16, "end_line": 9, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this SVCB record: field 3 'ipv4hint=': ipv4hint '192.0.2.9\\194\\155\\226\\128\\174😀' is not an IPv4 address", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "inject.example.zone", "line": 10, "column": 9, "end_line": 10, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.1\\027[2J\\194\\155': not an IPv4 address", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "inject.example.zone", "line": 11, "column": 9, "end_line": 11, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.2\\027]0': not an IPv4 address", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "inject.example.zone", "line": 12, "column": 9, "end_line": 12, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.3\\255\\254\\237\\160\\128': not an IPv4 address", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "inject.example.zone", "line": 13, "column": 9, "end_line": 13, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.4é日': not an IPv4 address", "view": null, "zone": "inject.example.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"}
]}
EOF

run "messages from zone text" sarif 1 inject.example.zone <<'EOF'
  "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///"}},
  "results": [
   {"ruleId": "syntax-include", "ruleIndex": #, "level": "error", "message": {"text": "$INCLUDE cannot be followed: cannot read included file a\\027]52;c;ZXZpbA==\\007\\010::add-mask::secret: No such file or directory"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 6, "startColumn": 1, "endLine": 6}}}]},
   {"ruleId": "syntax-include", "ruleIndex": #, "level": "error", "message": {"text": "$INCLUDE cannot be followed: cannot read included file x\\010::error file=README.md::x\\013\\127: No such file or directory"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 7, "startColumn": 1, "endLine": 7}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this SVCB record: field 3 'mandatory=': mandatory lists 'alpn\\027]8;;http://evil.example/\\007', which is no key"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 8, "startColumn": 16, "endLine": 8}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this SVCB record: field 3 'ipv4hint=': ipv4hint '192.0.2.9\\194\\155\\226\\128\\174😀' is not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 9, "startColumn": 16, "endLine": 9}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.1\\027[2J\\194\\155': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 10, "startColumn": 9, "endLine": 10}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.2\\027]0': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 11, "startColumn": 9, "endLine": 11}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.3\\255\\254\\237\\160\\128': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 12, "startColumn": 9, "endLine": 12}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.4é日': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "inject.example.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 13, "startColumn": 9, "endLine": 13}}}]}
  ]
 }]
}
EOF

# File names: one named on the command line with LF, a workflow command,
# OSC 52, a C1 CSI and a bidi override; one with bytes that are not
# UTF-8; and walked ones whose names begin with "::" or ESC (these get
# "./" in front; "-" may begin a name, as standard input's "-" does).
evil=$'evil\n::error file=README.md::x\033]52;c;ZXZpbA==\007\xc2\x9b\xe2\x80\xae.zone'
bad=$'bad\xff\xfe.zone'
mkdir walk
for f in "$evil" "$bad" 'walk/::error file=README.md::x.zone' walk/-x.zone \
    $'walk/\033]0;title\007.zone'; do
	printf '$TTL 60\nx IN A 192.0.2.256\n' >"$f"
done

run "file names" text 1 "$evil" "$bad" <<'EOF'
bad\xff\xfe.zone:1:1: error: zone without an SOA record: the file holds no records, so zone bad\255\254. has no SOA [hygiene-soa-missing]
bad\xff\xfe.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
evil\x0a::error file=README.md::x\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone:1:1: error: zone without an SOA record: the file holds no records, so zone evil\010::error\032file=README.md::x\027]52\;c\;ZXZpbA==\007\194\155\226\128\174. has no SOA [hygiene-soa-missing]
evil\x0a::error file=README.md::x\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
EOF

# -q groups one rule's findings in a file: the first as it is, the rest
# as line numbers; the names and messages go through the same escaping
printf '$TTL 60\nx IN A 192.0.2.256\ny IN A 192.0.2.257\nz IN A 192.0.2.258\n' >"$evil"
run "file names, grouped (-q)" text 1 -q "$evil" <<'EOF'
evil\x0a::error file=README.md::x\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone:1:1: error: zone without an SOA record: the file holds no records, so zone evil\010::error\032file=README.md::x\027]52\;c\;ZXZpbA==\007\194\155\226\128\174. has no SOA [hygiene-soa-missing]
evil\x0a::error file=README.md::x\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
    and 2 more on lines 3, 4 [syntax-error]
EOF
printf '$TTL 60\nx IN A 192.0.2.256\n' >"$evil"

run "file names" github 1 "$evil" "$bad" <<'EOF'
::error file=bad\xff\xfe.zone,line=1,endLine=1,col=1,title=hygiene-soa-missing::zone without an SOA record: the file holds no records, so zone bad\255\254. has no SOA
::error file=bad\xff\xfe.zone,line=2,endLine=2,col=8,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address
::error file=evil\x0a%3A%3Aerror file=README.md%3A%3Ax\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone,line=1,endLine=1,col=1,title=hygiene-soa-missing::zone without an SOA record: the file holds no records, so zone evil\010::error\032file=README.md::x\027]52\;c\;ZXZpbA==\007\194\155\226\128\174. has no SOA
::error file=evil\x0a%3A%3Aerror file=README.md%3A%3Ax\x1b]52;c;ZXZpbA==\x07\xc2\x9b\xe2\x80\xae.zone,line=2,endLine=2,col=8,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address
EOF

run "file names" json 1 "$evil" "$bad" <<'EOF'
{"version": 1, "tool": "zonelint", "findings": [
  {"file": "bad\\xff\\xfe.zone", "line": 1, "column": 1, "end_line": 1, "rule": "hygiene-soa-missing", "severity": "error", "message": "zone without an SOA record: the file holds no records, so zone bad\\255\\254. has no SOA", "view": null, "zone": "bad\\255\\254.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/hygiene-soa-missing.html"},
  {"file": "bad\\xff\\xfe.zone", "line": 2, "column": 8, "end_line": 2, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address", "view": null, "zone": "bad\\255\\254.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "evil\\x0a::error file=README.md::x\\x1b]52;c;ZXZpbA==\\x07\\xc2\\x9b\\xe2\\x80\\xae.zone", "line": 1, "column": 1, "end_line": 1, "rule": "hygiene-soa-missing", "severity": "error", "message": "zone without an SOA record: the file holds no records, so zone evil\\010::error\\032file=README.md::x\\027]52\\;c\\;ZXZpbA==\\007\\194\\155\\226\\128\\174. has no SOA", "view": null, "zone": "evil\\010::error\\032file=README.md::x\\027]52\\;c\\;ZXZpbA==\\007\\194\\155\\226\\128\\174.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/hygiene-soa-missing.html"},
  {"file": "evil\\x0a::error file=README.md::x\\x1b]52;c;ZXZpbA==\\x07\\xc2\\x9b\\xe2\\x80\\xae.zone", "line": 2, "column": 8, "end_line": 2, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address", "view": null, "zone": "evil\\010::error\\032file=README.md::x\\027]52\\;c\\;ZXZpbA==\\007\\194\\155\\226\\128\\174.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"}
]}
EOF

run "file names" sarif 1 "$evil" "$bad" <<'EOF'
  "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///"}},
  "results": [
   {"ruleId": "hygiene-soa-missing", "ruleIndex": #, "level": "error", "message": {"text": "zone without an SOA record: the file holds no records, so zone bad\\255\\254. has no SOA"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "bad%FF%FE.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1, "endLine": 1}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "bad%FF%FE.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2, "startColumn": 8, "endLine": 2}}}]},
   {"ruleId": "hygiene-soa-missing", "ruleIndex": #, "level": "error", "message": {"text": "zone without an SOA record: the file holds no records, so zone evil\\010::error\\032file=README.md::x\\027]52\\;c\\;ZXZpbA==\\007\\194\\155\\226\\128\\174. has no SOA"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "evil%0A%3A%3Aerror%20file%3DREADME.md%3A%3Ax%1B%5D52%3Bc%3BZXZpbA%3D%3D%07%C2%9B%E2%80%AE.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1, "endLine": 1}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "evil%0A%3A%3Aerror%20file%3DREADME.md%3A%3Ax%1B%5D52%3Bc%3BZXZpbA%3D%3D%07%C2%9B%E2%80%AE.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2, "startColumn": 8, "endLine": 2}}}]}
  ]
 }]
}
EOF

dir=walk run "walked file names" text 1 . <<'EOF'
./\x1b]0;title\x07.zone:1:1: error: zone without an SOA record: the file holds no records, so zone \027]0\;title\007. has no SOA [hygiene-soa-missing]
./\x1b]0;title\x07.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
-x.zone:1:1: error: zone without an SOA record: the file holds no records, so zone -x. has no SOA [hygiene-soa-missing]
-x.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
./::error file=README.md::x.zone:1:1: error: zone without an SOA record: the file holds no records, so zone ::error\032file=README.md::x. has no SOA [hygiene-soa-missing]
./::error file=README.md::x.zone:2:8: error: syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address [syntax-error]
EOF

dir=walk run "walked file names" github 1 . <<'EOF'
::error file=./\x1b]0;title\x07.zone,line=1,endLine=1,col=1,title=hygiene-soa-missing::zone without an SOA record: the file holds no records, so zone \027]0\;title\007. has no SOA
::error file=./\x1b]0;title\x07.zone,line=2,endLine=2,col=8,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address
::error file=-x.zone,line=1,endLine=1,col=1,title=hygiene-soa-missing::zone without an SOA record: the file holds no records, so zone -x. has no SOA
::error file=-x.zone,line=2,endLine=2,col=8,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address
::error file=./%3A%3Aerror file=README.md%3A%3Ax.zone,line=1,endLine=1,col=1,title=hygiene-soa-missing::zone without an SOA record: the file holds no records, so zone ::error\032file=README.md::x. has no SOA
::error file=./%3A%3Aerror file=README.md%3A%3Ax.zone,line=2,endLine=2,col=8,title=syntax-error::syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address
EOF

dir=walk run "walked file names" json 1 . <<'EOF'
{"version": 1, "tool": "zonelint", "findings": [
  {"file": "./\\x1b]0;title\\x07.zone", "line": 1, "column": 1, "end_line": 1, "rule": "hygiene-soa-missing", "severity": "error", "message": "zone without an SOA record: the file holds no records, so zone \\027]0\\;title\\007. has no SOA", "view": null, "zone": "\\027]0\\;title\\007.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/hygiene-soa-missing.html"},
  {"file": "./\\x1b]0;title\\x07.zone", "line": 2, "column": 8, "end_line": 2, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address", "view": null, "zone": "\\027]0\\;title\\007.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "-x.zone", "line": 1, "column": 1, "end_line": 1, "rule": "hygiene-soa-missing", "severity": "error", "message": "zone without an SOA record: the file holds no records, so zone -x. has no SOA", "view": null, "zone": "-x.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/hygiene-soa-missing.html"},
  {"file": "-x.zone", "line": 2, "column": 8, "end_line": 2, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address", "view": null, "zone": "-x.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"},
  {"file": "./::error file=README.md::x.zone", "line": 1, "column": 1, "end_line": 1, "rule": "hygiene-soa-missing", "severity": "error", "message": "zone without an SOA record: the file holds no records, so zone ::error\\032file=README.md::x. has no SOA", "view": null, "zone": "::error\\032file=README.md::x.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/hygiene-soa-missing.html"},
  {"file": "./::error file=README.md::x.zone", "line": 2, "column": 8, "end_line": 2, "rule": "syntax-error", "severity": "error", "message": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address", "view": null, "zone": "::error\\032file=README.md::x.", "owner": null, "type": null, "fix": null, "help_uri": "file:///usr/local/share/doc/zonelint/rules/syntax-error.html"}
]}
EOF

dir=walk run "walked file names" sarif 1 . <<'EOF'
  "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///"}},
  "results": [
   {"ruleId": "hygiene-soa-missing", "ruleIndex": #, "level": "error", "message": {"text": "zone without an SOA record: the file holds no records, so zone \\027]0\\;title\\007. has no SOA"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%1B%5D0%3Btitle%07.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1, "endLine": 1}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%1B%5D0%3Btitle%07.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2, "startColumn": 8, "endLine": 2}}}]},
   {"ruleId": "hygiene-soa-missing", "ruleIndex": #, "level": "error", "message": {"text": "zone without an SOA record: the file holds no records, so zone -x. has no SOA"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "-x.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1, "endLine": 1}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "-x.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2, "startColumn": 8, "endLine": 2}}}]},
   {"ruleId": "hygiene-soa-missing", "ruleIndex": #, "level": "error", "message": {"text": "zone without an SOA record: the file holds no records, so zone ::error\\032file=README.md::x. has no SOA"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%3A%3Aerror%20file%3DREADME.md%3A%3Ax.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1, "endLine": 1}}}]},
   {"ruleId": "syntax-error", "ruleIndex": #, "level": "error", "message": {"text": "syntax error: cannot read this A record: field 1 '192.0.2.256': not an IPv4 address"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%3A%3Aerror%20file%3DREADME.md%3A%3Ax.zone", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2, "startColumn": 8, "endLine": 2}}}]}
  ]
 }]
}
EOF

# Names from an export's header (Cloudflare's "Domain:" line, read as the
# zone and compared with the SOA's owner) and a Windows header's zone
# scope: echoed in notes and -v, escaped like any name.
{
	printf ';; Domain:     e\033[2J\302\233x.example.\n;;\n'
	printf 'e\033[2J\302\233x.example\t3600\tIN\tSOA\tns1.example.net. dns.cloudflare.com. 1 10000 2400 604800 3600\n'
	printf 'e\033[2J\302\233x.example.\t86400\tIN\tNS\tns1.example.net.\n'
	printf 'www.e\033[2J\302\233x.example.\t1\tIN\tA\t192.0.2.1 ; cf_tags=cf-proxied:true \033]0;t\007\n'
} >cf.txt
{
	printf ';  Database file (null) for \033]0;t\007 zone scope in zone w\033[2Jx.example.\r\n'
	printf '@ IN SOA ns1.example.net. h.example.net. 1 900 600 86400 3600\r\n'
	printf '@ NS ns1.example.net.\r\n'
	printf '@ WINS L1 C2 ( 192.0.2.1 192.0.2.\033[2J )\r\n'
} >win.dns

run "names from export headers" text 1 cf.txt win.dns <<'EOF'
cf.txt:3:1: note: record in a DNS provider's own form: Cloudflare writes the SOA's owner e\027[2J\194\155x.example without its final dot: read as the zone e\027[2J\194\155x.example., which Cloudflare means (BIND reads it relative to the origin and refuses the SOA: "not at top of zone") [input-provider-record]
cf.txt:5:1: error: invalid host name: owner www.e\027[2J\194\155x.example. is not a valid host name: it has the octet \027 [hygiene-hostname]
cf.txt:5:1: note: record in a DNS provider's own form: 1 record is proxied by Cloudflare (cf_tags=cf-proxied:true), this the first: their A, AAAA or CNAME data is the origin server, which resolvers never see; they get Cloudflare's addresses [input-provider-record]
win.dns:4:26: error: syntax error: cannot read this WINS record: field 4 '192.0.2.\027[2J': a WINS server is an IPv4 address, after [LOCAL] [L<lookup timeout>] [C<cache timeout>] [syntax-error]
EOF

run "names from export headers" github 1 cf.txt win.dns <<'EOF'
::notice file=cf.txt,line=3,endLine=3,col=1,title=input-provider-record::record in a DNS provider's own form: Cloudflare writes the SOA's owner e\027[2J\194\155x.example without its final dot: read as the zone e\027[2J\194\155x.example., which Cloudflare means (BIND reads it relative to the origin and refuses the SOA: "not at top of zone")
::error file=cf.txt,line=5,endLine=5,col=1,title=hygiene-hostname::invalid host name: owner www.e\027[2J\194\155x.example. is not a valid host name: it has the octet \027
::notice file=cf.txt,line=5,endLine=5,col=1,title=input-provider-record::record in a DNS provider's own form: 1 record is proxied by Cloudflare (cf_tags=cf-proxied:true), this the first: their A, AAAA or CNAME data is the origin server, which resolvers never see; they get Cloudflare's addresses
::error file=win.dns,line=4,endLine=4,col=26,title=syntax-error::syntax error: cannot read this WINS record: field 4 '192.0.2.\027[2J': a WINS server is an IPv4 address, after [LOCAL] [L<lookup timeout>] [C<cache timeout>]
EOF
echo "output: $pass passed, $fail failed"
[ $fail -eq 0 ]
