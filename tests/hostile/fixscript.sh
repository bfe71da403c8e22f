#!/bin/bash
# Hostile names in --fix-script: owners and a SIP domain holding ', $,
# `, ;, (, ), %, &, a newline (\010), backslashes, a typographic quote
# (\226\128\153) and "touch pwned" commands.  No script may let them out
# of their quotes: in PowerShell every word from input is a single-quoted
# string ('' inside), and outside those strings no "pwned" and no "$"
# but the script's own variables remain; dnscmd and BIND steps whose
# names are not plain words are left out, their comments harmless; the
# BIND script, run by sh, writes nothing it should not (no file pwned).
# The text output's PowerShell fix lines pass the same check.
# usage: tests/hostile/fixscript.sh ZONELINT
# shellcheck disable=SC2016 # '$ORIGIN' and '$(' in quotes are zone text
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
mkdir internal external
cp "$top/tests/golden/sip-broken/internal/contoso.local.dns" internal/
cat >external/contoso.com.zone <<'ZONE'
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.53
sip IN A 192.0.2.10
q'uote IN A 10.0.0.1
d$ollar IN A 10.0.0.2
b`tick IN A 10.0.0.3
semi\;colon IN A 10.0.0.4
new\010line IN A 10.0.0.5
back\\slash IN A 10.0.0.6
pct%PATH%amp&calc IN A 10.0.0.7
x'\)\;touch\032pwned\;\('y IN A 10.0.0.8
smart\226\128\153q IN A 10.0.0.9
plain IN A 10.0.0.10
_sipinternaltls._tcp.e'v$\(touch\032pwned\)`il IN SRV 0 0 5061 sip.contoso.com.
ZONE
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
run() { "$zl" --no-config --internal internal --external external "$@" 2>/dev/null; }
for f in powershell dnscmd bind; do
	run --fix-script $f >fix.$f
	rc=$?
	[ $rc -eq 1 ] && [ -s fix.$f ] || bad "$f" "exit $rc or no script"
done
run >text.out
# check FORMAT FILE: the rules above
check() {
	python3 - "$1" "$2" <<'PY'
import re, sys
fmt, path = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
comment_ok = re.compile(r'[A-Za-z0-9 ._:/,@()+=?-]*$')
ps_vars = {'$PoolAddress', '$PublicDnsServer', '$true', '$_',
           '$ErrorActionPreference'}
def ps_code(line):
    """the line without its single-quoted strings ('' inside one)"""
    out, i = [], 0
    while i < len(line):
        if line[i] == "'":
            i += 1
            while True:
                if i >= len(line):
                    sys.exit('%s: unterminated string: %s' % (fmt, line))
                if line[i] == "'":
                    if line[i + 1:i + 2] == "'":
                        i += 2
                        continue
                    break
                i += 1
        else:
            out.append(line[i])
        i += 1
    return ''.join(out)
def check_ps(code, line):
    if 'pwned' in code or '`' in code:
        sys.exit('%s: input outside quotes: %s' % (fmt, line))
    for v in re.findall(r'\$[A-Za-z_]*', code):
        if v not in ps_vars:
            sys.exit('%s: variable %s of the input: %s' % (fmt, v, line))
def sh_code(line):
    return re.sub(r"'[^']*'", '', line)
lines = text.split('\n')
if fmt == 'text':
    n = 0
    for line in lines:
        if line.startswith('    fix: PowerShell: '):
            check_ps(ps_code(line[len('    fix: PowerShell: '):]), line)
            n += 1
    if n != 1:
        sys.exit('text: %d PowerShell fix lines, expected 1' % n)
    sys.exit(0)
for line in lines:
    if fmt == 'powershell':
        if line.startswith('#'):
            if line.startswith('# fixes ') and not comment_ok.match(line[1:]):
                sys.exit('powershell: comment: %s' % line)
            continue
        check_ps(ps_code(line), line)
    elif fmt == 'dnscmd':
        if line.startswith('REM '):
            if line.startswith('REM fixes ') and not comment_ok.match(line[4:]):
                sys.exit('dnscmd: comment: %s' % line)
        elif line.startswith('dnscmd '):
            if not re.match(r'dnscmd [.%A-Z_]+ /[a-z]+( [A-Za-z0-9._:*@%-]+)*$',
                            line.replace(' /f', ' f').replace(' /dsprimary /dp /forest', '')):
                sys.exit('dnscmd: not plain: %s' % line)
            if 'pwned' in line or '&' in line:
                sys.exit('dnscmd: input in a command: %s' % line)
        elif line and not re.match(r'(@echo off|setlocal|if "%[A-Z_]+%"=="" '
                                   r'\(echo set [A-Z_]+ first& exit /b 1\))$', line):
            sys.exit('dnscmd: unexpected line: %s' % line)
    else:
        if line.startswith('#'):
            if line.startswith('# fixes ') and not comment_ok.match(line[1:]):
                sys.exit('bind: comment: %s' % line)
            continue
        if 'pwned' in sh_code(line):
            sys.exit('bind: input outside quotes: %s' % line)
PY
}
for f in powershell dnscmd bind; do
	if why=$(check $f fix.$f 2>&1); then ok "$f: input stays quoted or left out"
	else bad "$f" "$why"; fi
done
if why=$(check text text.out 2>&1); then ok "text: the PowerShell fix line"
else bad text "$why"; fi
# the PowerShell strings hold the names as read, quotes doubled
grep -qF "'q''uote'" fix.powershell && grep -qF "'b\`tick'" fix.powershell &&
	grep -qF "'x''\\)\\;touch\\032pwned\\;\\(''y'" fix.powershell &&
	ok "powershell: names quoted as read" ||
	bad powershell "a name is not quoted as read"
# the comments naming findings hold input, made harmless
grep -q "^# fixes external/contoso.com.zone:14: leak-private-address" fix.powershell &&
	ok "powershell: each step names its finding" ||
	bad powershell "a step does not name its finding"
# dnscmd and BIND leave the hostile steps out, and say so
[ "$(grep -c '^REM (left out' fix.dnscmd)" = 14 ] &&
	ok "dnscmd: 14 steps left out" || bad dnscmd "not 14 steps left out"
[ "$(grep -c '^# (left out' fix.bind)" = 14 ] &&
	ok "bind: 14 steps left out" || bad bind "not 14 steps left out"
# the BIND script, run, writes its files and nothing else
mkdir out
(cd out && POOL_ADDRESS=10.0.0.20 INTERNAL_NS=dc1.contoso.local. \
	PUBLIC_DNS_SERVER=ns1 sh ../fix.bind) >/dev/null 2>&1
if [ ! -e out/pwned ] && [ ! -e pwned ] &&
	[ "$(ls out)" = "zonelint-public.nsupdate" ]; then
	ok "bind: run, it writes only its nsupdate input"
else
	bad bind "run, it wrote: $(ls out)"
fi
# --fix-script-output: the findings on standard output, the script in
# the file; never through a committed link, never over an input
run --fix-script dnscmd --fix-script-output fix.cmd >text2.out
[ $? -eq 1 ] && cmp -s text.out text2.out && cmp -s fix.dnscmd fix.cmd &&
	ok "output file: the script there, the findings on stdout" ||
	bad output "the file or the findings differ"
echo keep >target && ln -s target link.cmd
run --fix-script bind --fix-script-output link.cmd >/dev/null
rc=$?
[ $rc -eq 2 ] && [ "$(cat target)" = keep ] && [ -L link.cmd ] &&
	ok "output file: a symbolic link is refused" ||
	bad output "symbolic link: exit $rc, target $(cat target)"
cp external/contoso.com.zone before.zone
run --fix-script bind --fix-script-output external/contoso.com.zone >/dev/null
rc=$?
[ $rc -eq 2 ] && cmp -s before.zone external/contoso.com.zone &&
	ok "output file: an input is refused" ||
	bad output "over an input: exit $rc"
echo "hostile fixscript: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
