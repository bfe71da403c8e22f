#!/bin/sh
# zonelint under valgrind memcheck, for tests/golden.sh: any memory error
# or definite leak makes the exit status 99, which no golden expects.
# valgrind's own messages go to a log that is printed on standard error
# afterwards, so the goldens' stderr comparison sees any of them, but for
# one: valgrind before 3.20 does not know openat2 (syscall 437) and warns
# about it on every run; zonelint gets ENOSYS and falls back to openat,
# as on an old kernel, so that warning says nothing about zonelint.
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp) || exit 2
valgrind -q --log-file="$log" --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--suppressions="$here/valgrind.supp" "$here/../zonelint" "$@"
rc=$?
grep -v -e '^--[0-9]*-- WARNING: unhandled amd64-linux syscall: 437$' \
	-e '^--[0-9]*-- You may be able to write your own handler\.$' \
	-e '^--[0-9]*-- Read the file README_MISSING_SYSCALL_OR_IOCTL\.$' \
	-e '^--[0-9]*-- Nevertheless we consider this a bug\.  Please report$' \
	-e '^--[0-9]*-- it at http://valgrind\.org/support/bug_reports\.html\.$' \
	"$log" >&2
rm -f "$log"
exit $rc
