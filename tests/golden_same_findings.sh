#!/bin/sh
# The Contoso scenario gives the same findings (messages and fix lines;
# places apart) whether its views are zone files or the exports people
# have: tests/golden/sip-broken against sip-broken-exports (DNS Manager
# lists and Route 53 JSON), sip-broken-dnsmgr and route53-sip-broken.
set -eu
g=$(dirname "$0")/golden
what() { # findings without their places, and fix lines, sorted
	sed 's/^[^ ]*: \(error\|warning\|note\):/\1:/' "$1" | sort
}
fail=0
for case in sip-broken-exports sip-broken-dnsmgr route53-sip-broken; do
	if what "$g/sip-broken/expected" | diff - "$(what "$g/$case/expected" >"${TMPDIR:-/tmp}/same.$$"; echo "${TMPDIR:-/tmp}/same.$$")" >/dev/null; then
		echo "same findings: $case"
	else
		echo "FAIL $case: not the findings of sip-broken"
		what "$g/sip-broken/expected" | diff - "${TMPDIR:-/tmp}/same.$$" || true
		fail=1
	fi
	rm -f "${TMPDIR:-/tmp}/same.$$"
done
exit $fail
