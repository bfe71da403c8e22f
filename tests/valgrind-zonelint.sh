#!/bin/sh
# zonelint under valgrind memcheck, for tests/golden.sh: any memory error
# or definite leak makes the exit status 99, which no golden expects.
here=$(cd "$(dirname "$0")" && pwd)
exec valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--suppressions="$here/valgrind.supp" "$here/../zonelint" "$@"
