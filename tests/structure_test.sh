#!/bin/sh
# scripts/structure.py on tiny trees built here: a cycle made by includes,
# one made by a call with no include, a file and a function one line over
# their limits, and a clean tree (exactly at the limits; a header of
# prototypes, comments, strings and struct tags that make no edge).  Each
# run's output and exit status must be exactly as written below.
# usage: tests/structure_test.sh   (make structure; PY names the python)
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
py=${PY:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# put TREE/PATH: the file, from stdin
put() {
	mkdir -p "$(dirname "$tmp/$1")"
	cat >"$tmp/$1"
}

# func NAME LINES: a function of that many lines, name line to brace
func() {
	printf 'int\n%s(void)\n{\n' "$1"
	i=3
	while [ $i -lt "$2" ]; do echo '	;'; i=$((i + 1)); done
	echo '}'
}

# expect LABEL TREE STATUS [OPTION...]: the script's output equals stdin
expect() {
	label=$1 tree=$2 want=$3
	shift 3
	cat >"$tmp/want"
	"$py" "$top/scripts/structure.py" --root "$tmp/$tree" "$@" >"$tmp/out" 2>&1
	got=$?
	if [ "$got" = "$want" ] && cmp -s "$tmp/want" "$tmp/out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $label: status $got (expected $want)"
		diff -u "$tmp/want" "$tmp/out" | head -20
	fi
}

# Two modules that include each other's header.
printf '#include "a.h"\n#include "b.h"\n' | put include-cycle/src/a.c
: | put include-cycle/src/a.h
printf '#include "b.h"\n' | put include-cycle/src/b.c
printf '#include "a.h"\n' | put include-cycle/src/b.h
expect "cycle through includes" include-cycle 1 <<'EOF'
structure: cycle of 2 modules: src/a src/b
  src/a -> src/b: src/a.c:2: #include "b.h"
  src/b -> src/a: src/b.h:1: #include "a.h"
structure: failed: 1 cycle, 0 sizes over the limit
EOF

# b.c declares a function of a.c and calls it, without a.h.
put call-cycle/src/a.c <<'EOF'
#include "a.h"
#include "b.h"

void
zl_a_run(void)
{
	zl_b_get();
}
EOF
printf 'void zl_a_run(void);\n' | put call-cycle/src/a.h
put call-cycle/src/b.c <<'EOF'
#include "b.h"

extern void zl_a_run(void);

int
zl_b_get(void)
{
	zl_a_run();
	return 0;
}
EOF
printf 'int zl_b_get(void);\n' | put call-cycle/src/b.h
expect "cycle through a call" call-cycle 1 <<'EOF'
structure: cycle of 2 modules: src/a src/b
  src/a -> src/b: src/a.c:7: zl_b_get(); src/a.c:2: #include "b.h"
  src/b -> src/a: src/b.c:3: zl_a_run()
structure: failed: 1 cycle, 0 sizes over the limit
EOF

# 801 lines in src/ (rules/ has no file limit).
seq 801 | sed 's,.*,/* & */,' | put long-file/src/big.c
seq 900 | sed 's,.*,/* & */,' | put long-file/rules/big.c
expect "file of 801 lines" long-file 1 <<'EOF'
src/big.c: file is 801 lines (limit 800)
structure: failed: 0 cycles, 1 size over the limit
EOF

# 121 lines from the name to the closing brace, in rules/.
{ echo '/* f */'; func zl_long 121; } | put long-function/rules/f.c
expect "function of 121 lines" long-function 1 <<'EOF'
rules/f.c:3: function zl_long is 121 lines (limit 120)
structure: failed: 0 cycles, 1 size over the limit
EOF

# Clean: zonelint.h has no .c and declares functions of a.c and b.c,
# so including it makes no edge; comments, strings and a struct tag
# naming a function make none either; rules/ reaches src/ by "../src/".
put clean/src/zonelint.h <<'EOF'
struct zl_b_state { int n; };
void zl_a_run(void);
int zl_b_get(void);
EOF
put clean/src/a.c <<'EOF'
#include "zonelint.h"
#include "a.h"

/* never calls zl_c_thing() */
void
zl_a_run(void)
{
	zl_b_get();
}
EOF
printf '#include "zonelint.h"\n' | put clean/src/a.h
{
	printf '#include "zonelint.h"\n\nstatic int\nhelper(int);\n\n'
	func zl_b_get 120
	printf 'struct zl_b_state *\nzl_b_state(void)\n{\n\treturn 0;\n}\n'
	seq 669 | sed 's,.*,/* & */,'
} | put clean/src/b.c
printf '/* c: reached by nothing */\n' | put clean/src/c.c
put clean/rules/r.c <<'EOF'
#include "../src/zonelint.h"
#include "../src/a.h"

static const char *s = "zl_b_get()";  /* zl_b_get() */
static struct zl_b_state st;

void
zl_r(void)
{
	zl_a_run();
}
EOF
echo 'RULE(r)' | put clean/rules/rules.def
expect "clean tree" clean 0 <<'EOF'
structure: 5 modules, no cycle, largest file src/b.c (800 lines), longest function zl_b_get in src/b.c (120 lines)
EOF
expect "clean tree --report" clean 0 --report <<'EOF'
rules/r: src/a
src/a: src/b
src/b:
src/c:
src/zonelint:
rules/r.c: 11 lines, 1 function, longest zl_r (4 lines)
src/a.c: 9 lines, 1 function, longest zl_a_run (4 lines)
src/a.h: 1 line, 0 functions
src/b.c: 800 lines, 2 functions, longest zl_b_get (120 lines)
src/c.c: 1 line, 0 functions
src/zonelint.h: 3 lines, 0 functions
structure: 5 modules, no cycle, largest file src/b.c (800 lines), longest function zl_b_get in src/b.c (120 lines)
EOF

# --report lists what fails, and does not fail.
expect "--report never fails" long-function 0 --report <<'EOF'
rules/f:
rules/f.c: 123 lines, 1 function, longest zl_long (121 lines)
rules/f.c:3: function zl_long is 121 lines (limit 120)
structure: failed: 0 cycles, 1 size over the limit
EOF

echo "structure_test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
