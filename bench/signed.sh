#!/bin/sh
# Signature verification against the peers that verify, on a signed zone:
# the benchmark workload of N records signed with RSASHA256 (a 2048-bit
# KSK and ZSK, NSEC), cached beside the other workloads.  RSA, because
# Debian's validns cannot build ECDSA keys ("error building pkey") and
# would skip the work.  All tools judge the signatures at one fixed time.
# usage: bench/signed.sh [-n RECORDS] [-a ALGORITHM] ZONELINT
set -eu

n=1000000
alg=RSASHA256
while [ $# -gt 1 ]; do
	case "$1" in
	-n) n=$2; shift 2 ;;
	-a) alg=$2; shift 2 ;;
	*) break ;;
	esac
done
[ $# -eq 1 ] || { echo "usage: bench/signed.sh [-n RECORDS] [-a ALGORITHM] ZONELINT" >&2; exit 2; }
zl=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
gen=$here/../../shared/bench/genzone.py
[ -f "$gen" ] || { echo "bench: $gen not found (shared/ must be beside the repository)" >&2; exit 2; }
cache=${TMPDIR:-/tmp}/zonelint-bench/signed.$alg.$n
mkdir -p "$cache"
runs=${BENCH_RUNS:-1}
now=20261201000000 epoch=1796083200

zone=$cache/example.com.signed
if [ ! -s "$zone" ]; then
	echo "bench: signing $n records with $alg (once; cached in $cache)" >&2
	python3 "$gen" example.com "$n" >"$cache/example.com.zone"
	(cd "$cache" && rm -f Kexample.com.* &&
		dnssec-keygen -q -a "$alg" -b 2048 -f KSK example.com >/dev/null &&
		dnssec-keygen -q -a "$alg" -b 2048 example.com >/dev/null &&
		cat Kexample.com.*.key >>example.com.zone &&
		dnssec-signzone -q -K . -o example.com -s 20261101000000 \
			-e 20270301000000 -f example.com.signed.tmp example.com.zone \
			>/dev/null && mv example.com.signed.tmp example.com.signed)
fi
cat "$zone" >/dev/null # from the page cache

tool() { # k: the command line of tool k
	case $1 in
	0) echo "$zl --now $now --origin example.com --external $zone" ;;
	1) echo "$zl --now $now --disable dnssec-rrsig-verify --origin example.com --external $zone" ;;
	2) echo "validns -p all -t $epoch -z example.com $zone" ;;
	3) echo "kzonecheck -t $now -o example.com $zone" ;;
	4) echo "ldns-verify-zone -t $now $zone" ;;
	esac
}
name() {
	case $1 in
	0) echo "zonelint" ;;
	1) echo "zonelint, not verifying" ;;
	2) echo "validns -p all" ;;
	3) echo "kzonecheck" ;;
	4) echo "ldns-verify-zone" ;;
	esac
}
k=0
while [ $k -lt 5 ]; do : >"$cache/times.$k"; k=$((k + 1)); done
round=0
while [ $round -lt "$runs" ]; do
	k=0
	while [ $k -lt 5 ]; do
		# shellcheck disable=SC2046 # the command line is words
		set -- $(tool $k)
		if command -v "$1" >/dev/null 2>&1; then
			rm -f "$cache/time"
			/usr/bin/time -f '%e %M' -o "$cache/time" "$@" >/dev/null 2>&1 || true
			tail -n 1 "$cache/time" >>"$cache/times.$k"
		else
			echo "absent absent" >>"$cache/times.$k"
		fi
		k=$((k + 1))
	done
	round=$((round + 1))
done
echo "signed zone: $n records signed with $alg ($(grep -c RRSIG "$zone") RRSIGs), best of $runs; ratio: zonelint's time over the tool's"
printf '%-26s %9s %9s %10s\n' tool "wall s" "peak MiB" "zl time/x"
read -r zt _ <<-EOT
$(sort -n "$cache/times.0" | head -n 1)
EOT
k=0
while [ $k -lt 5 ]; do
	read -r t m <<-EOT
	$(sort -n "$cache/times.$k" | head -n 1)
	EOT
	printf '%-26s %9s %9s %10s\n' "$(name $k)" "$t" \
		"$(awk -v k="$m" 'BEGIN { if (k ~ /^[0-9]+$/) printf "%.0f", k / 1024; else printf "%s", k }')" \
		"$(awk -v a="$zt" -v b="$t" 'BEGIN { if (b ~ /^[0-9.]+$/ && b > 0) printf "%.2fx", a / b; else printf "-" }')"
	k=$((k + 1))
done
