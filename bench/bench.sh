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

# The tools, by number: the table's names.
ntools=7
tool_name() {
	case $1 in
	0) echo "zonelint" ;;
	1) echo "zonelint -j 1 (1 thread)" ;;
	2) echo "kzonecheck" ;;
	3) echo "validns -p all" ;;
	4) echo "nsd-checkzone" ;;
	5) echo "named-checkzone -i local" ;;
	*) echo "ldns parse loop" ;;
	esac
}

# run_once K ZONE: one run of tool K; appends its wall seconds and peak
# KiB to $cache/times.K, "absent absent" if it is not installed, or
# "failed failed".  Exit 1 (findings) is fine; 2 or more, or a signal,
# is reported.
run_once() {
	k=$1 zone=$2
	case $k in
	0) set -- "$zl" --origin example.com --external "$zone" ;;
	1) set -- "$zl" -j 1 --origin example.com --external "$zone" ;;
	2) set -- kzonecheck -o example.com "$zone" ;;
	3) set -- validns -p all -z example.com "$zone" ;;
	4) set -- nsd-checkzone example.com "$zone" ;;
	5) set -- named-checkzone -i local example.com "$zone" ;;
	*) set -- "$cache/ldns_parse" "$zone" ;;
	esac
	if ! command -v "$1" >/dev/null 2>&1; then
		echo "absent absent" >>"$cache/times.$k"
		return
	fi
	rc=0
	rm -f "$cache/time" # a tool that dies writes none: never read a stale one
	/usr/bin/time -f '%e %M' -o "$cache/time" "$@" >/dev/null 2>"$cache/err" || rc=$?
	if [ "$rc" -gt 1 ]; then
		echo "bench: $(tool_name "$k") exited $rc: $(head -c 200 "$cache/err")" >&2
	fi
	if [ "$rc" -gt 1 ] || ! tail -n 1 "$cache/time" 2>/dev/null | grep -q '^[0-9.]* [0-9]*$'; then
		echo "failed failed" >>"$cache/times.$k"
	else
		tail -n 1 "$cache/time" >>"$cache/times.$k"
	fi
}

ratio() { # a b: a/b to two places, or "-"
	awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2fx", a / b; else printf "-" }'
}

mib() { # KiB to MiB
	awk -v k="$1" 'BEGIN { if (k ~ /^[0-9]+$/) printf "%.0f", k / 1024; else printf "%s", k }'
}

# The machines are shared and their speed drifts for minutes at a time:
# the tools take turns, one run each per round, so that every tool meets
# the same slow and fast spells, and each one's best round counts.
echo "best of $runs rounds, each tool once per round in turn; ratios: zonelint's time and peak memory over the tool's"
printf '%-24s %9s %9s %9s %12s %12s\n' tool records "wall s" "peak MiB" "zl time/x" "zl mem/x"
prev_t="" prev_m="" prev_n="" growth=""
for n in $sizes; do
	zone=$cache/example.com.$n.zone
	[ -s "$zone" ] || python3 "$gen" example.com "$n" >"$zone"
	cat "$zone" >/dev/null # every tool reads it from the page cache
	k=0
	while [ "$k" -lt "$ntools" ]; do
		: >"$cache/times.$k"
		k=$((k + 1))
	done
	round=0
	while [ "$round" -lt "$runs" ]; do
		k=0
		while [ "$k" -lt "$ntools" ]; do
			run_once "$k" "$zone"
			k=$((k + 1))
		done
		round=$((round + 1))
	done
	read -r zt zm <<-EOT
	$(sort -n "$cache/times.0" | head -n 1)
	EOT
	if [ -n "$prev_n" ]; then
		growth="${growth}growth: $prev_n -> $n records ($(awk -v a="$prev_n" -v b="$n" 'BEGIN { printf "%g", b / a }')x): time $(ratio "$zt" "$prev_t"), peak memory $(ratio "$zm" "$prev_m")
"
	fi
	prev_t=$zt prev_m=$zm prev_n=$n
	printf '%-24s %9s %9s %9s %12s %12s\n' zonelint "$n" "$zt" "$(mib "$zm")" "" ""
	k=1
	while [ "$k" -lt "$ntools" ]; do
		out=$(sort -n "$cache/times.$k" | head -n 1)
		pt=${out% *} pm=${out#* }
		printf '%-24s %9s %9s %9s %12s %12s\n' "$(tool_name "$k")" "$n" "$pt" "$(mib "$pm")" \
			"$(ratio "$zt" "$pt")" "$(ratio "$zm" "$pm")"
		k=$((k + 1))
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
