#!/bin/sh
# zonelint under valgrind memcheck, for tests/golden.sh: any memory error
# or definite leak makes the exit status 99, which no golden expects.
# valgrind's own notes go to a log, shown only on an error: it does not
# know openat2 (syscall 437) and says so, and zonelint then walks the
# path itself (src/confine.c), which this run checks too.
here=$(cd "$(dirname "$0")" && pwd)
log=$(mktemp)
valgrind -q --log-file="$log" --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--suppressions="$here/valgrind.supp" "$here/../zonelint" "$@"
rc=$?
if [ $rc = 99 ]; then cat "$log" >&2; fi
rm -f "$log"
exit $rc
