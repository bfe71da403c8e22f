#!/bin/sh
# Copies seed inputs into DIR: the zone files of testdata/ and of the
# shared corpus (peer suites and real-world zones), at most 64 KiB each.
# usage: tests/fuzz/seeds.sh DIR
set -eu
out=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
find "$top/testdata" "$top/../shared/corpus" -type f -size -64k \
	! -name '*.tsv' ! -name '*.md' ! -name '*.log' ! -name '*.sh' 2>/dev/null |
	while IFS= read -r f; do
		cp "$f" "$out/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
	done
echo "seeds: $(find "$out" -type f | wc -l) files in $out"
