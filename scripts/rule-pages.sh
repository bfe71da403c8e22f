#!/bin/sh
# Writes the rules' HTML pages into DIR: DIR/RULE.html for every rule of
# zonelint --list-rules, and DIR/index.html; a page in DIR of no rule is
# removed.  The binary writes each page to standard output (as
# --man-rules does), so zonelint itself never creates files here.
# Each page shows its bad example's real run: the rule's examples are
# written with --explain RULE --examples into a scratch folder and
# linted from there with the arguments written beside them
# (args-bad), and the command and its output go on the page, with what
# the peers make of the example (its row of docs/peer-behaviour.md,
# copied into the scratch folder: zonelint reads only beneath it).
# usage: scripts/rule-pages.sh ZONELINT DIR
set -eu
bin=$1 dir=$2
mkdir -p "$dir"
ids=$("$bin" --no-config --list-rules | awk '{print $1}')
[ -n "$ids" ] || { echo "rule-pages: $bin lists no rule" >&2; exit 1; }
for f in "$dir"/*.html; do
	[ -e "$f" ] || continue
	id=$(basename "$f" .html)
	[ "$id" = index ] && continue
	echo "$ids" | grep -qx "$id" || rm -f "$f"
done
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$(dirname "$0")/../docs/peer-behaviour.md" "$scratch/peers.md"
for id in $ids; do
	(cd "$scratch" && "$bin" --no-config --explain "$id" --examples "$id" >/dev/null)
	args=$(cat "$scratch/$id/args-bad")
	make=
	if [ "$id" = syntax-encoding ]; then
		# its bad example is a UTF-16 file, made as its text says
		make="iconv -f UTF-8 -t UTF-16 good/example.txt >bad/example.txt"
		(cd "$scratch/$id" && eval "$make")
	elif [ "$id" = soa-serial-regression ]; then
		# its bad example needs a baseline, written as its text says
		make="printf '# serial\\tbad/example.txt\\texample.com.\\t2026120301\\n' >base.tsv"
		(cd "$scratch/$id" && eval "$make")
		args="--baseline base.tsv $args"
	fi
	# the exit status is the example's (1: it has findings)
	# shellcheck disable=SC2086 # args-bad is one line of words
	{ [ -z "$make" ] || printf '$ %s\n' "$make"
	  echo "\$ zonelint $args"
	  (cd "$scratch/$id" && "$bin" $args 2>&1) || true; } >"$scratch/$id.out"
	(cd "$scratch" && "$bin" --no-config --html-rule "$id" \
	    --example-output "$id.out" --peer-table peers.md) >"$dir/$id.html.tmp"
	mv "$dir/$id.html.tmp" "$dir/$id.html"
done
"$bin" --no-config --html-index >"$dir/index.html.tmp"
mv "$dir/index.html.tmp" "$dir/index.html"
