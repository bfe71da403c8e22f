#!/bin/bash
# Hostile --examples DIR: the folder is made confined.  Refused with exit
# status 2, writing nothing anywhere: DIR a symbolic link (to an empty
# folder, or dangling), DIR through a linked folder that leaves the lint
# root, DIR outside the lint root, an existing DIR that is not empty (its
# files untouched), --examples without --explain, an unknown rule.
# Accepted: a new DIR, an existing empty DIR; then args-good lints the
# good example from DIR.
# usage: tests/hostile/examples.sh ZONELINT
set -u
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/root/.git" "$tmp/outside/empty"
cd "$tmp/root" || exit 2
pass=0 fail=0
rule=hygiene-cname-multiple

# refused WHAT ARGS...: exit 2, and nothing new in outside/ or here
refused() {
	what=$1
	shift
	before=$(cd "$tmp" && find . | grep -v '^./root/err$' | sort)
	"$zl" --no-config "$@" >/dev/null 2>err
	rc=$?
	after=$(cd "$tmp" && find . | grep -v '^./root/err$' | sort)
	if [ $rc -ne 2 ]; then
		echo "FAIL examples: $what: exit $rc"
		fail=$((fail + 1))
	elif [ "$before" != "$after" ]; then
		echo "FAIL examples: $what: wrote $(diff <(echo "$before") <(echo "$after") | grep '^>' | head -3)"
		fail=$((fail + 1))
	else
		pass=$((pass + 1))
	fi
}

ln -s ../outside/empty linked
ln -s ../outside/nothing-yet dangling
ln -s ../outside out
mkdir full && echo keep >full/zone
refused "a link to an empty folder" --explain $rule --examples linked
refused "a dangling link" --explain $rule --examples dangling
refused "through a link out of the root" --explain $rule --examples out/new
refused "outside the lint root" --explain $rule --examples ../outside/new
refused "a folder that is not empty" --explain $rule --examples full
refused "no --explain" --examples fresh
refused "an unknown rule" --explain no-such-rule --examples fresh
[ "$(cat full/zone)" = keep ] || { echo "FAIL examples: full/zone changed"; fail=$((fail + 1)); }

mkdir empty
for d in fresh empty; do
	if "$zl" --no-config --explain $rule --examples $d >/dev/null 2>err &&
		[ -f $d/bad/example.txt ] && [ -f $d/good/example.txt ] &&
		[ "$(cat $d/args-good)" = "--no-config --external good/example.txt" ] &&
		(cd $d && "$zl" $(cat args-bad) 2>/dev/null | grep -q "\[$rule\]"); then
		pass=$((pass + 1))
	else
		echo "FAIL examples: $d: $(cat err)"
		fail=$((fail + 1))
	fi
done
echo "examples: $pass passed, $fail failed"
[ $fail -eq 0 ]
