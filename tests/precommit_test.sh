#!/bin/sh
# The real pre-commit, in a scratch git repository with zone files and a
# .zonelint, using this repository's .pre-commit-hooks.yaml (by a local
# clone: no network): a zone with a SIP SRV target outside the SIP domain
# is refused with its file:line, the fix goes through, and a suppressed
# finding does not block.
# usage: tests/precommit_test.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
command -v pre-commit >/dev/null 2>&1 || { echo "precommit: FAIL: pre-commit is not installed"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # NAME EXPECTED-STATUS STATUS OUTPUT-FILE [PATTERN]
	ok=1
	[ "$3" = "$2" ] || { [ "$2" = nonzero ] && [ "$3" != 0 ]; } || ok=0
	if [ $# -ge 5 ] && ! grep -q -- "$5" "$4"; then ok=0; fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $1: status $3 (expected $2)${5:+, expected output matching: $5}"
		sed 's/^/  | /' "$4" | head -30
	fi
}

# the hook repository: a clone of this one at HEAD, with zonelint on PATH
hooks=$tmp/hooks
git clone -q "$top" "$hooks" 2>/dev/null || { echo "precommit: FAIL: cannot clone $top"; exit 1; }
rev=$(git -C "$hooks" rev-parse HEAD)
mkdir -p "$tmp/bin"
ln -s "$zl" "$tmp/bin/zonelint"
export PATH="$tmp/bin:$PATH" PRE_COMMIT_HOME="$tmp/cache"

repo=$tmp/zones
mkdir -p "$repo/internal" "$repo/external"
cd "$repo" || exit 1
git init -q .
git config user.email test@example.invalid
git config user.name test
git config commit.gpgsign false
cat >.pre-commit-config.yaml <<EOT
repos:
- repo: $hooks
  rev: $rev
  hooks:
  - id: zonelint
EOT
cat >.zonelint <<'EOT'
internal = internal
external = external
sip-domain = contoso.com
EOT
cp "$top/tests/golden/sip-fixed/internal/"* internal/
cp "$top/tests/golden/sip-fixed/external/contoso.com.zone" external/
pre-commit install >/dev/null 2>&1 || { echo "precommit: FAIL: pre-commit install"; exit 1; }
git add -A
git commit -q -m "clean exports" >"$tmp/out" 2>&1
check "clean zones commit" 0 $? "$tmp/out"

# a sign-in SRV that points outside the SIP domain: refused, at its line
echo '_sip._tcp IN SRV 0 0 5060 sip.notcontoso.com.' >>external/contoso.com.zone
line=$(wc -l <external/contoso.com.zone)
git add external/contoso.com.zone
git commit -q -m "bad SRV" >"$tmp/out" 2>&1
check "target outside the SIP domain is refused" nonzero $? "$tmp/out" \
	"external/contoso.com.zone:$line:27: error: SRV target outside the SIP domain"

# the fix goes through
sed -i 's/sip.notcontoso.com./sip.contoso.com./' external/contoso.com.zone
git add external/contoso.com.zone
git commit -q -m "fixed SRV" >"$tmp/out" 2>&1
check "the fix commits" 0 $? "$tmp/out"

# a deliberate, suppressed finding does not block
echo 'web/1 IN A 192.0.2.9 ; zonelint: ignore hygiene-hostname legacy CMS' >>external/contoso.com.zone
git add external/contoso.com.zone
git commit -q -m "suppressed" >"$tmp/out" 2>&1
check "a suppressed finding does not block" 0 $? "$tmp/out"

# the same without the suppression is refused
echo 'web/2 IN A 192.0.2.8' >>external/contoso.com.zone
git add external/contoso.com.zone
git commit -q -m "unsuppressed" >"$tmp/out" 2>&1
check "an unsuppressed finding blocks" nonzero $? "$tmp/out" \
	"external/contoso.com.zone:$((line + 2)):1: error: invalid host name"

# A hostile change (issue: safe on a hostile repository): a zone named
# like an option, a zone that is a link out of the repository to a file
# the hook must not rewrite, and a broken zone named like a shell
# command.  The hook fails on the broken zone, the outside file is
# unchanged and no command runs.
outside=$tmp/outside
mkdir -p "$outside"
printf 'echo hello\n' >"$outside/.bashrc"
cp "$outside/.bashrc" "$tmp/bashrc.before"
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' \
	>external/--write-baseline=scratch.zone
ln -s ../../outside/.bashrc external/scratch.zone
# shellcheck disable=SC2016 # the name holds ${IFS} on purpose
bad='external/touch${IFS}PWNED;.zone'
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\noops IN A 300.1.1.1\n' >"$bad"
git add -A
git commit -q -m hostile >"$tmp/out" 2>&1
check "a hostile change is refused" nonzero $? "$tmp/out" \
	"$bad:5:11: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address"
cmp -s "$outside/.bashrc" "$tmp/bashrc.before"
check "the file outside is unchanged" 0 $? "$tmp/out"
[ ! -e PWNED ] && [ ! -e external/PWNED ] && [ ! -e "$tmp/PWNED" ]
check "no command ran" 0 $? "$tmp/out"
git reset -q --hard HEAD
git clean -qfdx

# The same with the plain git hook of contrib/pre-commit.
plain=$tmp/plain
mkdir -p "$plain"
cd "$plain" || exit 1
git init -q .
git config user.email test@example.invalid
git config user.name test
git config commit.gpgsign false
cp "$top/contrib/pre-commit" .git/hooks/pre-commit
chmod +x .git/hooks/pre-commit
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\n' \
	>--write-baseline=scratch.zone
ln -s ../outside/.bashrc scratch.zone
printf '$TTL 60\n@ IN SOA ns host 1 7200 3600 1209600 300\n@ IN NS ns\nns IN A 192.0.2.1\noops IN A 300.1.1.1\n' \
	>'touch${IFS}PWNED;.zone'
printf 'x\n' >'with space.db'
git add -A
git commit -q -m hostile >"$tmp/out" 2>&1
check "the plain hook refuses a hostile change" nonzero $? "$tmp/out" \
	"touch\${IFS}PWNED;.zone:5:11: error: syntax error: cannot read this A record: field 1 '300.1.1.1': not an IPv4 address"
check "the plain hook refuses the link out of the repository" 0 0 "$tmp/out" \
	"^scratch.zone: error: unusable input: cannot read scratch.zone: a symbolic link or '..' leads outside the lint root"
check "the plain hook keeps a name with a space one name" 0 0 "$tmp/out" \
	'^with space.db:1:1: error: syntax error: record has no type'
cmp -s "$outside/.bashrc" "$tmp/bashrc.before"
check "the plain hook leaves the file outside unchanged" 0 $? "$tmp/out"
[ ! -e PWNED ] && [ ! -e "$tmp/PWNED" ]
check "the plain hook runs no command" 0 $? "$tmp/out"

echo "precommit: $pass passed, $fail failed"
[ $fail -eq 0 ]
