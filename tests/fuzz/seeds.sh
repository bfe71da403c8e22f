#!/bin/sh
# Copies seed inputs into DIR: the inputs of the golden cases (their
# zones and stdin, not what they expect) and the zone files of the shared
# corpus (peer suites and real-world zones), at most 64 KiB each, and the
# Route 53 JSON seeds of tests/fuzz/route53.
# usage: tests/fuzz/seeds.sh DIR
set -eu
out=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
find "$top/tests/golden" "$top/tests/fuzz/route53" "$top/../shared/corpus" -type f -size -64k \
	! -name '*.tsv' ! -name '*.md' ! -name '*.log' ! -name '*.sh' \
	! -name '*.py' ! -name args ! -name expected ! -name status \
	! -name stderr ! -name cwd ! -name filter ! -name SOURCE ! -name README 2>/dev/null |
	while IFS= read -r f; do
		cp "$f" "$out/seed-$(printf '%s' "$f" | cksum | cut -d' ' -f1)"
	done
echo "seeds: $(find "$out" -type f | wc -l) files in $out"
