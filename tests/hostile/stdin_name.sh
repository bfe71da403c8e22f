#!/bin/bash
# --stdin-filename NAME: standard input is linted under NAME, and NAME is
# only a name.  Its file on disk (inside or outside the lint root, a
# folder, a file full of other records) is never opened: SECRET_MARKER,
# the content of every such file, must never appear.  NAME's folder
# gives the .zonelint, NAME's path the view and NAME's file name the
# origin, as they would for the file.  Each case compares the whole
# standard output and error and the exit status.
# usage: tests/hostile/stdin_name.sh ZONELINT
# shellcheck disable=SC2016 # '$TTL' and '$INCLUDE' in quotes are zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
# the buffer: relative names, so that the origin must come from NAME
buf='$TTL 300\n@ IN SOA ns1 host 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 10.1.1.1\n'
# what is on disk under NAME: other records, which must not be read
disk='$TTL 300\n@ IN SOA ns1 host 1 7200 3600 1209600 300\n@ IN NS ns1\nSECRET_MARKER IN CNAME x.corp.local.\n'

mkdir -p "$tmp/outside"
printf "$disk" >"$tmp/outside/b.example.zone"
mkdir -p "$tmp/repo/.git" "$tmp/repo/zones/internal" "$tmp/repo/zones/external" \
	"$tmp/repo/pub" "$tmp/repo/dir.example.zone"
cd "$tmp/repo" || exit 2
printf "$disk" >zones/external/a.example.zone
printf "$buf" >zones/internal/a.example.zone # read: a zone of the config
printf "$disk" >pub/a.example.zone
printf "$disk" >dir.example.zone/c.example.zone
printf 'internal = internal\nexternal = external\nseverity = leak-private-address=error\n' \
	>zones/.zonelint
printf 'external = a.example.zone\n' >pub/.zonelint

# run NAME STATUS EXPECTED-STDOUT EXPECTED-STDERR STDIN ARGS...: runs
# zonelint in $tmp/repo (or $dir) with STDIN (a printf format) as its
# standard input; the expected texts are printf formats too
summary='/^zonelint: \([0-9]* findings\{0,1\} (\|no findings, of \)/d'
dir=$tmp/repo
run() {
	name=$1 want=$2 out=$3 err=$4 in=$5
	shift 5
	# shellcheck disable=SC2059 # the input is a format
	printf -- "$in" >"$tmp/in"
	(cd "$dir" && ulimit -v 1048576 && exec timeout 20 "$zl" "$@") \
		<"$tmp/in" >"$tmp/out" 2>"$tmp/err"
	rc=$?
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

priv() { # FILE ZONE [LEVEL]: the finding on the buffer's line 4
	printf '%s:4:10: %s: private address in a public zone: ns1.%s has 10.1.1.1, a private address (RFC 1918), from 10.0.0.0/8 [leak-private-address]\\n' "$1" "${3:-warning}" "$2"
}

# 1. the name, not the file
run "NAME's file on disk is not read" 1 "$(priv pub/a.example.zone a.example.)" "" \
	"$buf" --no-config --stdin-filename pub/a.example.zone --external -
run "NAME outside the lint root is not opened" 1 \
	"$(priv "$tmp/outside/b.example.zone" b.example.)" "" \
	"$buf" --no-config --stdin-filename "$tmp/outside/b.example.zone" --external -
printf 'bogus SECRET_MARKER\n' >"$tmp/outside/.zonelint"
run "NAME outside the lint root: no .zonelint from its folder" 1 \
	"$(priv "$tmp/outside/b.example.zone" b.example.)" "" \
	"$buf" --stdin-filename "$tmp/outside/b.example.zone" --external -
run "NAME a folder is not walked" 1 "$(priv dir.example.zone dir.example.)" "" \
	"$buf" --no-config --stdin-filename dir.example.zone --external -
run "NAME /dev/zero is not opened" 0 "" "" \
	"$buf" --no-config --stdin-filename /dev/zero.example.zone -
run "NAME with terminal escapes and a newline" 1 \
	"$(priv 'e\\x1b]52;c;eA==\\x07\\x0a\\x1b[2J/external/x.example.zone' x.example.)" "" \
	"$buf" --no-config --stdin-filename "$(printf 'e\033]52;c;eA==\007\n\033[2J/external/x.example.zone')" -

# 2. what the name decides: origin, view, .zonelint
run "the origin from NAME's file name" 0 "" "" \
	"$buf" --no-config --stdin-filename db.example.net -
run "the view from NAME's path" 1 "$(priv x/external/db.example.net example.net.)" "" \
	"$buf" --no-config --stdin-filename x/external/db.example.net -
run ".zonelint from NAME's folder up: its view, not the disk's records" 1 \
	"$(priv zones/external/a.example.zone a.example. error)" "" \
	"$buf" --stdin-filename zones/external/a.example.zone -
dir=$tmp/repo/zones/internal
run ".zonelint from NAME's folder, run from elsewhere in the repository" 1 \
	"$(priv ../external/a.example.zone a.example. error)" "" \
	"$buf" --stdin-filename ../external/a.example.zone -
dir=$tmp/repo
run "a new file in a new folder: .zonelint from the nearest that exists" 1 \
	"$(priv zones/new/external/a.example.zone a.example. error)" "" \
	"$buf" --stdin-filename zones/new/external/a.example.zone -
run "the view from .zonelint's glob that matches NAME" 1 \
	"$(priv pub/a.example.zone a.example.)" "" \
	"$buf" --stdin-filename pub/a.example.zone -
run "no view: NAME matches no glob of .zonelint" 0 "" "" \
	"$buf" --stdin-filename pub/b.example.zone -
printf 'sub IN A 10.9.9.9\n' >zones/part.inc
run "\$INCLUDE from NAME's folder" 1 \
	"zones/part.inc:1:10: warning: private address in a public zone: sub.a.example. has 10.9.9.9, a private address (RFC 1918), from 10.0.0.0/8 [leak-private-address]\n" "" \
	'$TTL 300\n@ IN SOA ns1 host 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE part.inc\n' \
	--no-config --stdin-filename zones/a.example.zone --external -

# 3. usage errors: exit 2, nothing read
u=' see zonelint --help\n'
run "NAME without '-'" 2 "" \
	"zonelint: --stdin-filename names standard input: give '-' as the input to read;$u" \
	"$buf" --no-config --stdin-filename pub/a.example.zone pub/a.example.zone
run "NAME with '-' twice" 2 "" \
	"zonelint: --stdin-filename names standard input, but '-' is given more than once;$u" \
	"$buf" --no-config --stdin-filename a.example.zone - -
run "an empty NAME" 2 "" \
	"zonelint: --stdin-filename takes the name of the file that standard input stands for, not '' or '-';$u" \
	"$buf" --no-config --stdin-filename '' -
run "NAME '-'" 2 "" \
	"zonelint: --stdin-filename takes the name of the file that standard input stands for, not '' or '-';$u" \
	"$buf" --no-config --stdin-filename - -

echo "hostile stdin-filename: $pass passed, $fail failed"
[ $fail -eq 0 ]
