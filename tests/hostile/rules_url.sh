#!/bin/bash
# Hostile --rules-url and page options: a base URL that is not an
# absolute URI, or carries a quote, space, angle bracket, backslash,
# control character, non-ASCII byte (valid or not) or over 1024 characters, is refused
# with exit status 2 and nothing on standard output; the refusal on
# standard error is escaped (no control, valid UTF-8).  A base with every character RFC 3986
# allows (', &, (, ), %, ...) gives JSON that parses and whose help_uri
# is that base plus RULE.html.  --html-rule with an id that is no rule
# (markup, controls) is refused the same way, and prints no page, as is
# an --example-output file outside the lint root, through a symbolic
# link, not a regular file (a FIFO: no hang) or over 64 KiB, and the
# same for --peer-table; markup in either file reaches the page only
# escaped.
# usage: tests/hostile/rules_url.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
zone=$top/tests/golden/hygiene-localhost/external
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

refused() { # what ARGS...
	what=$1
	shift
	"$zl" --no-config "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 2 ] || [ -s "$tmp/out" ]; then
		echo "FAIL rules-url: $what: exit $rc, $(wc -c <"$tmp/out") bytes out"
		fail=$((fail + 1))
	elif LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$tmp/err" ||
		! iconv -f UTF-8 -t UTF-8 "$tmp/err" >/dev/null 2>&1; then
		echo "FAIL rules-url: $what: a raw control or a byte not UTF-8 on stderr"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
}

refused "relative" --format json --rules-url docs/rules/ "$zone"
refused "no scheme" --format json --rules-url //host/rules/ "$zone"
refused "scheme only" --format json --rules-url https: "$zone"
refused "empty" --format json --rules-url "" "$zone"
refused "quote" --format sarif --rules-url 'https://h/"x' "$zone"
refused "space" --format json --rules-url 'https://h/a b/' "$zone"
refused "angle brackets" --format json --rules-url 'https://h/<script>/' "$zone"
refused "backslash" --format json --rules-url 'https://h\x/' "$zone"
refused "newline" --format json --rules-url "$(printf 'https://h/\n::error::x')" "$zone"
refused "escape" --format json --rules-url "$(printf 'https://h/\033]52;c;eA==\007')" "$zone"
refused "non-ASCII" --format json --rules-url "$(printf 'https://h/\303\251/')" "$zone"
refused "invalid UTF-8" --format json --rules-url "$(printf 'https://h/\377/')" "$zone"
refused "1025 characters" --format json --rules-url "https://h/$(head -c 1015 /dev/zero | tr '\0' a)" "$zone"
refused "html-rule markup" --html-rule '<script>alert(1)</script>'
refused "html-rule control" --html-rule "$(printf 'a\033[2Jb')"

mkdir "$tmp/root" "$tmp/outside"
echo secret >"$tmp/outside/x"
ln -s ../outside/x "$tmp/root/link"
mkfifo "$tmp/root/fifo"
head -c 65537 /dev/zero | tr '\0' a >"$tmp/root/big"
printf '<script>alert(1)</script>\n' >"$tmp/root/markup"
cd "$tmp/root" || exit 1
refused "example-output outside the root" --html-rule hygiene-localhost --example-output ../outside/x
refused "example-output through a link" --html-rule hygiene-localhost --example-output link
refused "example-output a FIFO" --html-rule hygiene-localhost --example-output fifo
refused "example-output over 64 KiB" --html-rule hygiene-localhost --example-output big
refused "example-output missing" --html-rule hygiene-localhost --example-output none
for f in ../outside/x link fifo big none; do
	refused "peer-table $f" --html-rule hygiene-localhost --peer-table "$f"
done
printf '| rule | <b>BIND</b> |\n| hygiene-localhost | <script>x</script> |\n- hygiene-localhost, BIND <i>: `<img src=x>`\n' >"$tmp/root/table"
if "$zl" --no-config --html-rule hygiene-localhost --peer-table table >"$tmp/out" 2>&1 &&
	grep -q '<td>&lt;script&gt;x&lt;/script&gt;</td>' "$tmp/out" &&
	grep -q '<code>&lt;img src=x&gt;</code>' "$tmp/out" &&
	! grep -q '<script\|<img\|<b>\|<i>' "$tmp/out"; then
	pass=$((pass + 1))
else
	echo "FAIL rules-url: markup in --peer-table is not escaped"
	fail=$((fail + 1))
fi
if "$zl" --no-config --html-rule hygiene-localhost --example-output markup >"$tmp/out" 2>&1 &&
	grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/out" && ! grep -q '<script' "$tmp/out"; then
	pass=$((pass + 1))
else
	echo "FAIL rules-url: markup in --example-output is not escaped"
	fail=$((fail + 1))
fi
cd "$top" || exit 1

base="https://h.example/a'b&c(d)e%20f;g=h/"
if "$zl" --no-config --format json --rules-url "$base" "$zone" >"$tmp/out" 2>/dev/null; [ $? -eq 1 ] &&
	python3 - "$tmp/out" "$base" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
base = sys.argv[2]
assert doc["findings"], "no findings"
for f in doc["findings"]:
    assert f["help_uri"] == base + f["rule"] + ".html", f["help_uri"]
PY
then
	pass=$((pass + 1))
else
	echo "FAIL rules-url: a base with every allowed character"
	fail=$((fail + 1))
fi
echo "rules-url: $pass passed, $fail failed"
[ $fail -eq 0 ]
