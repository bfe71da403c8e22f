#!/bin/sh
# Speed and memory of zonelint against the peers, measured in one run.
# usage: bench/bench.sh [-n "100000 1000000"] [--many N] ZONELINT
# See bench/README.md.
set -eu

sizes="100000 1000000"
many=0
while [ $# -gt 1 ]; do
	case "$1" in
	-n) sizes=$2; shift 2 ;;
	--many) many=$2; shift 2 ;;
	*) break ;;
	esac
done
[ $# -eq 1 ] || { echo "usage: bench/bench.sh [-n SIZES] [--many N] ZONELINT" >&2; exit 2; }
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
gen=$here/../../shared/bench/genzone.py
[ -f "$gen" ] || { echo "bench: $gen not found (shared/ must be beside the repository)" >&2; exit 2; }
cache=${TMPDIR:-/tmp}/zonelint-bench
mkdir -p "$cache"
# shellcheck disable=SC2046 # pkg-config's flags are words
cc -O2 -std=c11 -Wall -Wextra -Werror -o "$cache/ldns_parse" "$here/ldns_parse.c" \
	$(pkg-config --cflags --libs ldns)
runs=${BENCH_RUNS:-3}

# run NAME CMD...: the best wall seconds and peak KiB of $runs runs of a
# command, or "absent".  Exit 1 (findings) is fine; 2 or more, or a
# signal, is reported.
run() {
	name=$1
	shift
	if ! command -v "$1" >/dev/null 2>&1; then
		echo "absent absent"
		return
	fi
	: >"$cache/times"
	i=0
	while [ "$i" -lt "$runs" ]; do
		rc=0
		rm -f "$cache/time" # a tool that dies writes none: never read a stale one
		/usr/bin/time -f '%e %M' -o "$cache/time" "$@" >/dev/null 2>"$cache/err" || rc=$?
		if [ "$rc" -gt 1 ]; then
			echo "bench: $name exited $rc: $(head -c 200 "$cache/err")" >&2
		fi
		if [ "$rc" -gt 1 ] || ! tail -n 1 "$cache/time" 2>/dev/null | grep -q '^[0-9.]* [0-9]*$'; then
			echo "failed failed" >>"$cache/times"
		else
			tail -n 1 "$cache/time" >>"$cache/times"
		fi
		i=$((i + 1))
	done
	sort -n "$cache/times" | head -n 1
}

ratio() { # a b: a/b to two places, or "-"
	awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2fx", a / b; else printf "-" }'
}

mib() { # KiB to MiB
	awk -v k="$1" 'BEGIN { if (k ~ /^[0-9]+$/) printf "%.0f", k / 1024; else printf "%s", k }'
}

echo "best of $runs runs each; ratios: zonelint's time and peak memory over the tool's"
printf '%-24s %9s %9s %9s %12s %12s\n' tool records "wall s" "peak MiB" "zl time/x" "zl mem/x"
prev_t="" prev_m="" prev_n="" growth=""
for n in $sizes; do
	zone=$cache/example.com.$n.zone
	[ -s "$zone" ] || python3 "$gen" example.com "$n" >"$zone"
	cat "$zone" >/dev/null # every tool reads it from the page cache
	read -r zt zm <<-EOT
	$(run zonelint "$zl" --origin example.com --external "$zone")
	EOT
	if [ -n "$prev_n" ]; then
		growth="${growth}growth: $prev_n -> $n records ($(awk -v a="$prev_n" -v b="$n" 'BEGIN { printf "%g", b / a }')x): time $(ratio "$zt" "$prev_t"), peak memory $(ratio "$zm" "$prev_m")
"
	fi
	prev_t=$zt prev_m=$zm prev_n=$n
	printf '%-24s %9s %9s %9s %12s %12s\n' zonelint "$n" "$zt" "$(mib "$zm")" "" ""
	out=$(run "zonelint -j 1" "$zl" -j 1 --origin example.com --external "$zone")
	pt=${out% *} pm=${out#* }
	printf '%-24s %9s %9s %9s %12s %12s\n' "zonelint -j 1 (1 thread)" "$n" "$pt" "$(mib "$pm")" \
		"$(ratio "$zt" "$pt")" "$(ratio "$zm" "$pm")"
	for peer in "kzonecheck" "validns -p all" "nsd-checkzone" "named-checkzone -i local" "ldns parse loop"; do
		case "$peer" in
		kzonecheck) out=$(run "$peer" kzonecheck -o example.com "$zone") ;;
		validns*) out=$(run "$peer" validns -p all -z example.com "$zone") ;;
		nsd-checkzone) out=$(run "$peer" nsd-checkzone example.com "$zone") ;;
		named-checkzone*) out=$(run "$peer" named-checkzone -i local example.com "$zone") ;;
		*) out=$(run "$peer" "$cache/ldns_parse" "$zone") ;;
		esac
		pt=${out% *} pm=${out#* }
		printf '%-24s %9s %9s %9s %12s %12s\n' "$peer" "$n" "$pt" "$(mib "$pm")" \
			"$(ratio "$zt" "$pt")" "$(ratio "$zm" "$pm")"
	done
done
printf '%s' "$growth" # each size against the one before

if [ "$many" -gt 0 ]; then
	dir=$cache/many.$many
	[ -d "$dir" ] || python3 "$here/genmany.py" "$dir" "$many"
	start=$(date +%s.%N)
	"$zl" "$dir" >/dev/null 2>&1 || true
	end=$(date +%s.%N)
	zlt=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
	if command -v kzonecheck >/dev/null 2>&1; then
		start=$(date +%s.%N)
		# shellcheck disable=SC2016 # expanded by the inner shell
		find "$dir" -name '*.zone' -print0 | xargs -0 -P "$(nproc)" -n 1 sh -c \
			'b=${1##*/}; kzonecheck -o "${b%.zone}" "$1" >/dev/null 2>&1 || true' sh
		end=$(date +%s.%N)
		kzt=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
	else
		kzt=absent
	fi
	echo "many files: $many zones: zonelint ${zlt} s ($(awk -v n="$many" -v t="$zlt" 'BEGIN { printf "%.0f", n / t }') files/s), kzonecheck once per file on $(nproc) cores ${kzt} s ($(awk -v n="$many" -v t="$kzt" 'BEGIN { if (t > 0) printf "%.0f", n / t; else printf "-" }') files/s): $(ratio "$zlt" "$kzt")"
fi
