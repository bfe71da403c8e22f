#!/bin/sh
# Writes the rules' HTML pages into DIR: DIR/RULE.html for every rule of
# zonelint --list-rules, and DIR/index.html; a page in DIR of no rule is
# removed.  The binary writes each page to standard output (as
# --man-rules does), so zonelint itself never creates files here.
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
for id in $ids; do
	"$bin" --no-config --html-rule "$id" >"$dir/$id.html.tmp"
	mv "$dir/$id.html.tmp" "$dir/$id.html"
done
"$bin" --no-config --html-index >"$dir/index.html.tmp"
mv "$dir/index.html.tmp" "$dir/index.html"
