# zonelint: make (build), make demo, make check (every test), make install;
# make help lists every target.  make deps installs what is missing to
# build and test (scripts/install-deps.sh); demo, check and the targets
# that need more tools (check-fast, peers, valgrind, fuzz, bench, mutants,
# coverage) do it themselves; a plain make or make zonelint never does.

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
# The rules' pages (docs/rules/) go to DOCDIR/rules/, where JSON and
# SARIF findings link to by default (--rules-url changes it).
DOCDIR ?= $(PREFIX)/share/doc/zonelint
CC ?= cc
CFLAGS ?= -O2 -g
WARNINGS = -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
VERSION = 0.1.0
PY ?= python3

# pkg-config is asked only once the dependencies are there.  libidn2
# (IDNA2008) decides hygiene-idna-invalid; jansson reads Route 53 JSON
# (src/route53.c).  Both are linked wherever ldns is.
LDNS_CFLAGS = $(shell pkg-config --cflags ldns libidn2 jansson 2>/dev/null)
LDNS_LIBS = $(shell pkg-config --libs ldns libidn2 jansson 2>/dev/null || \
	echo -lldns -lidn2 -ljansson)
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS = $(shell pkg-config --libs check 2>/dev/null || echo -lcheck)

ALL_CFLAGS = $(WARNINGS) $(CFLAGS) $(SAN) -pthread -D_GNU_SOURCE \
	-DZL_VERSION='"$(VERSION)"' -DZL_RULES_URL='"file://$(DOCDIR)/rules/"' \
	$(LDNS_CFLAGS) -MMD -MP

# build/ holds objects; build/san/ the sanitizer build of the same code.
B ?= build
ENGINE_SRC = $(filter-out src/main.c,$(wildcard src/*.c)) $(wildcard rules/*.c)
ENGINE_OBJ = $(ENGINE_SRC:%.c=$(B)/%.o)
TEST_SRC = $(wildcard tests/check_*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(B)/tests/%)

.PHONY: all help deps need-ldns need-check tests-bin demo check check-fast \
	mutants empty-binary coverage unit golden hostile parallel tsan-check html html-browser \
	valgrind sarif precommit editors action baseline man fuzz peers peer-table realworld realworld-own manlint \
	san-check install clean bench bench-signed golden-update structure catalogue \
	docs rulepages chromium-pages examples tutorial

# "## " lines are make help's text: one above each target it lists.
## all, zonelint              build ./zonelint, as plain make does (needs ldns)
all: zonelint

## help                       this list
help:
	@sed -n 's/^## //p' $(firstword $(MAKEFILE_LIST))

## deps                       install what build and tests need (apt-get)
deps:
	@sh scripts/install-deps.sh

# Without ldns (or check, for the tests) a build stops here, before any
# compiler error, saying what to do (order-only for files: no rebuild).
DEPS_HINT = run make deps (or make demo or make check, which do all set-up)
need-ldns:
	$(if $(shell pkg-config --exists ldns 2>/dev/null && echo y),, \
		$(error pkg-config finds no ldns: $(DEPS_HINT)))
	$(if $(shell pkg-config --exists libidn2 2>/dev/null && echo y),, \
		$(error pkg-config finds no libidn2: $(DEPS_HINT)))
	$(if $(shell pkg-config --exists jansson 2>/dev/null && echo y),, \
		$(error pkg-config finds no jansson: $(DEPS_HINT)))
need-check:
	$(if $(shell pkg-config --exists check 2>/dev/null && echo y),, \
		$(error pkg-config finds no check: $(DEPS_HINT)))

zonelint: $(B)/zonelint
	cp $< $@

$(B)/zonelint: $(B)/src/main.o $(ENGINE_OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDNS_LIBS)

$(B)/%.o: %.c | need-ldns
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/tests/%: tests/%.c $(ENGINE_OBJ) | need-check
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -Isrc -o $@ $< $(ENGINE_OBJ) \
		$(LDNS_LIBS) $(CHECK_LIBS)

## demo                       set up, build, lint the bundled Contoso example
# The README's walkthrough: the golden case sip-broken, in its folder.
demo: deps
	@$(MAKE) --no-print-directory zonelint
	cd tests/golden/sip-broken && \
		../../../zonelint --internal internal --external external; \
	echo "(exit status $$?)"

## check                      set up, build, run every test (17 minutes)
# Everything: unit tests, golden end-to-end runs, hostile input, SARIF,
# the real pre-commit, baselines, the peers' suites, the real-world
# corpus, man pages; then the unit and golden tests again under ASan and
# UBSan and under valgrind, and a 60-second fuzz run.
check: deps
	@$(MAKE) --no-print-directory zonelint tests-bin
	@$(MAKE) --no-print-directory unit golden hostile parallel sarif precommit \
		editors action baseline peers realworld realworld-own catalogue manlint structure \
		empty-binary rulepages chromium-pages examples html html-browser tutorial
	@$(MAKE) --no-print-directory san-check tsan-check valgrind
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=60
	@$(MAKE) --no-print-directory mutants
	@echo "check: all passed"

## check-fast                 set up, build, the quick tests (about a minute)
# The quick part: what a mutant (tests/mutants) must fail.  No
# sanitizers, valgrind, fuzzing or peers (but the tutorial's ldns and
# Knot tools); the -j 32 soak three times.
check-fast: deps
	@$(MAKE) --no-print-directory zonelint tests-bin
	@$(MAKE) --no-print-directory unit golden parallel sarif editors action \
		baseline realworld realworld-own catalogue manlint structure rulepages html \
		tutorial
	@$(MAKE) --no-print-directory hostile BOUNDS_RUNS=3
	@echo "check-fast: all passed"

## mutants                    each bug in tests/mutants must fail check-fast
# Every deliberate bug in tests/mutants/ must make check-fast fail.
mutants: deps
	@sh tests/mutants/run.sh

## coverage                   line coverage of src/ and rules/ (gcov)
# Line coverage of src/ and rules/ by the fast suite and the Python peer
# checks (gcov); scripts/coverage.sh alone: check-fast's tests only.
coverage: deps
	@sh scripts/coverage.sh --peers

## empty-binary               a zonelint that prints nothing must fail the tests
# A zonelint that prints nothing and exits 0 must fail every golden,
# hostile and real-world case.
empty-binary:
	@PY=$(PY) sh tests/empty_binary_check.sh

## tests-bin                  build the Check unit tests (needs check: make deps)
tests-bin: need-check $(TEST_BIN)

## unit                       the Check unit tests
unit: need-check $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; ZONELINT_TOP=. $$t; done

## golden                     the golden end-to-end cases (tests/golden)
golden: zonelint
	@sh tests/golden.sh ./zonelint
	@sh tests/golden_same_findings.sh
	@$(PY) tests/readme_check.py ./zonelint

## tutorial                   every command of docs/tutorial.md, its output as shown
# In a scratch folder, as one shell session: the Contoso fixes step by
# step and the DNSSEC lab, with the real ldns-signzone, ldns-verify-zone
# and kzonecheck (installed here, never skipped).
tutorial: zonelint
	@sh scripts/install-deps.sh ldns-signzone:ldnsutils kzonecheck:knot-dnssecutils
	@$(PY) tests/readme_check.py --tutorial ./zonelint

## golden-update CASES="A B"  rewrite those cases' expected files
golden-update: zonelint
	@UPDATE=1 sh tests/golden.sh ./zonelint $(CASES)

## sarif                      SARIF output against the SARIF 2.1.0 schema
sarif: zonelint
	@$(PY) tests/sarif_check.py ./zonelint

## html                       the HTML report, parsed strictly by html5lib
html: zonelint
	@$(PY) tests/html_check.py ./zonelint

## html-browser               the HTML report in headless Chromium, offline
html-browser: zonelint
	@sh scripts/install-deps.sh chromium:chromium
	@$(PY) tests/html_check.py ./zonelint --browser

## editors                    contrib's ALE, nvim-lint, Flycheck and VS Code patterns
# Real zonelint output through each editor integration's own pattern, in
# Vim with ALE, Lua, Emacs with Flycheck and node, and in Python.
editors: zonelint
	@sh scripts/install-deps.sh vim:vim-nox vim-ale lua5.4:lua5.4 emacs:emacs-nox \
		elpa-flycheck node:nodejs
	@$(PY) tests/editors_test.py ./zonelint

## action                     action.yml's steps run here, SARIF checked, no injection
# The GitHub Action's scripts in scratch repositories as a runner runs
# them (the upload step excepted), with hostile inputs; shellcheck on each.
action: zonelint
	@sh scripts/install-deps.sh shellcheck:shellcheck python3-yaml
	@$(PY) tests/action_test.py ./zonelint

## precommit                  the real pre-commit hook in a scratch repository
precommit: zonelint
	@sh tests/precommit_test.sh ./zonelint

## baseline                   the baseline round trip
baseline: zonelint
	@sh tests/baseline_test.sh ./zonelint

## hostile                    broken input, a hostile repository, escaping, bounds
# Every tests/hostile/*.sh: broken input, a hostile repository, output
# escaping, bounds.
hostile: zonelint
	@set -e; for t in tests/hostile/*.sh; do BOUNDS_RUNS=$(BOUNDS_RUNS) bash $$t ./zonelint; done

## parallel                   -j 1 and -j 4 give the same findings
# -j 1 and -j 4 give the same findings, byte for byte.
parallel: zonelint
	@sh tests/parallel/run.sh ./zonelint

## valgrind                   the golden cases under valgrind memcheck
# Every golden end-to-end case again under valgrind memcheck.
valgrind:
	@sh scripts/install-deps.sh valgrind:valgrind
	@$(MAKE) --no-print-directory zonelint
	@echo "valgrind: the golden cases under memcheck"
	@sh tests/golden.sh tests/valgrind-zonelint.sh

## peers                      BIND's, Knot's, NSD's, ldns's tests and readings
peers:
	@sh scripts/install-deps.sh named-checkzone:bind9-utils kzonecheck:knot-dnssecutils nsd-checkzone:nsd \
		validns:validns ldns-read-zone:ldnsutils
	@$(MAKE) --no-print-directory zonelint $(B)/tests/record_dump
	@$(PY) tests/peer_agreement.py ./zonelint
	@$(PY) tests/knot_records.py $(B)/tests/record_dump
	@$(PY) tests/bind_records.py $(B)/tests/record_dump
	@$(PY) tests/twin_records.py $(B)/tests/record_dump
	@$(PY) tests/peer_oracle.py ./zonelint
	@$(PY) tests/peer_claims.py ./zonelint
	@$(PY) tests/peer_table.py ./zonelint --check
	@$(PY) tests/catalogue.py ./zonelint

## peer-table                 rewrite docs/peer-behaviour.md from the peers' runs
peer-table: zonelint
	@$(PY) tests/peer_table.py ./zonelint --update

## realworld                  the real-world corpus, ../shared/corpus/real-world
realworld: zonelint
	@$(PY) tests/realworld.py ./zonelint

## realworld-own              our own real-world zones, tests/realworld (judged)
realworld-own: zonelint
	@$(PY) tests/realworld_own.py ./zonelint

## catalogue                  problem zones and near misses (tests/catalogue)
catalogue: zonelint
	@$(PY) tests/catalogue.py ./zonelint --no-peers

MANPAGES = man/zonelint.1 man/zonelint.5 man/zonelint-rules.7

## manlint                    mandoc -T lint; zonelint-rules.7 is current
# zonelint-rules(7) is generated from the rules' own text; the committed
# copy must match what the code generates.
manlint: zonelint
	@mandoc -T lint -W warning $(MANPAGES)
	@./zonelint --no-config --man-rules | cmp -s - man/zonelint-rules.7 || \
		{ echo "manlint: man/zonelint-rules.7 is stale: run make man"; exit 1; }
	@echo "manlint: man pages clean and current"

## man                        regenerate man/zonelint-rules.7
man: zonelint
	./zonelint --no-config --man-rules >man/zonelint-rules.7

## docs                       regenerate docs/rules/ (one HTML page per rule)
# docs/rules/RULE.html and index.html, from the same text as --explain;
# a page of a rule that is gone is removed.
docs: zonelint
	@sh scripts/rule-pages.sh ./zonelint docs/rules

## rulepages                  docs/rules/ is current; html5lib parses every page
rulepages: zonelint
	@sh scripts/install-deps.sh python3-html5lib
	@tmp=$$(mktemp -d) && sh scripts/rule-pages.sh ./zonelint $$tmp && \
		{ diff -r $$tmp docs/rules >/dev/null || \
		{ rm -rf $$tmp; echo "rulepages: docs/rules is stale: run make docs"; exit 1; }; } && \
		rm -rf $$tmp
	@$(PY) tests/rule_pages.py ./zonelint docs/rules

## examples                   --examples for every rule: each good clean, each bad its finding alone
# Each good example lints clean and each bad one gives its own finding
# and no other, but for the listed exceptions (tests/examples_check.py;
# --list names the rules behind each count).
examples: zonelint
	@$(PY) tests/examples_check.py ./zonelint

## chromium-pages             headless Chromium renders the rules' pages
chromium-pages: zonelint
	@sh scripts/install-deps.sh chromium:chromium
	@$(PY) tests/chromium_pages.py docs/rules

## structure                  no module cycle, no file or function too long
# Data flows one way: no cycle in the module graph of src/ and rules/, no
# file in src/ over 800 lines, no function over 120 (scripts/structure.py
# --report prints the whole graph and every size).  The script's own tests
# first.
structure:
	@PY=$(PY) sh tests/structure_test.sh
	@$(PY) scripts/structure.py

## san-check                  unit, golden, baseline, parallel under ASan+UBSan
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
san-check:
	@$(MAKE) --no-print-directory B=build/san SAN="$(SAN_FLAGS)" \
		CFLAGS="-O1 -g" build/san/zonelint tests-bin
	@set -e; for t in $(TEST_SRC:tests/%.c=build/san/tests/%); do \
		echo "== (asan+ubsan) $$t"; CK_FORK=no ZONELINT_TOP=. $$t; done
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		sh tests/golden.sh build/san/zonelint
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		sh tests/baseline_test.sh build/san/zonelint
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		sh tests/parallel/run.sh build/san/zonelint
	@echo "san-check: unit, golden and parallel tests clean under ASan and UBSan"

## tsan-check                 the parse threads under ThreadSanitizer
# The parse threads under ThreadSanitizer: no data race in the pool or
# the batches (ldns itself is not instrumented).
tsan-check:
	@$(MAKE) --no-print-directory B=build/tsan SAN="-fsanitize=thread" \
		CFLAGS="-O1 -g" build/tsan/zonelint
	@TSAN_OPTIONS=halt_on_error=1 sh tests/parallel/run.sh build/tsan/zonelint
	@echo "tsan-check: parse threads race-free under ThreadSanitizer"

## fuzz FUZZ_SECONDS=N        libFuzzer over the reader, rules, renderers
# libFuzzer over the reader, every rule and the renderers, with ASan and
# UBSan (leaks: ldns leaks in its own parsers where LSan cannot tell
# them from ours, so leaks are checked by valgrind and make san-check).
# make fuzz FUZZ_SECONDS=N; findings land in build/fuzz-crashes.
FUZZ_SECONDS ?= 60
BOUNDS_RUNS ?= 30
# Inputs up to 2 KiB: zone constructs fit in that, and small inputs run
# several times faster (long lines are the hostile suite's job).  Short
# malloc stacks and a smaller quarantine: ASan's bookkeeping was most of
# the time per input.
FUZZ_MAX_LEN ?= 2048
FUZZ_ASAN = detect_leaks=0:malloc_context_size=2:quarantine_size_mb=16:max_malloc_fill_size=0
FUZZ_CC ?= clang
FUZZ_FLAGS = -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer \
	-DZL_GENERATE_MAX=256 \
	-fno-sanitize-recover=all -g -O1
build/fuzz/fuzz_zone: tests/fuzz/fuzz_zone.c $(ENGINE_SRC) $(wildcard src/*.h rules/*.h)
	@mkdir -p build/fuzz
	$(FUZZ_CC) $(FUZZ_FLAGS) -std=c11 -D_GNU_SOURCE -Isrc $(LDNS_CFLAGS) \
		-pthread -o $@ tests/fuzz/fuzz_zone.c $(ENGINE_SRC) $(LDNS_LIBS)

fuzz: deps
	@sh scripts/install-deps.sh clang:clang libclang-rt-14-dev
	@$(MAKE) --no-print-directory build/fuzz/fuzz_zone
	@[ -d build/fuzz-corpus ] || sh tests/fuzz/seeds.sh build/fuzz-corpus
	@# the fuzz folder is a lint root of its own (a .git in it): an
	@# input's $$INCLUDE reaches nothing of this repository
	@mkdir -p build/fuzz-crashes build/fuzz-cwd/.git
	@# from an empty folder: an input's $$INCLUDE may name any file under
	@# the working folder, and reading the fuzzer's own binary or log on
	@# every run would slow it tenfold
	@# first the inputs that once failed: one thread, read ahead, both compared
	cd build/fuzz-cwd && for jobs in 1 2 diff; do ZL_FUZZ_JOBS=$$jobs \
		ASAN_OPTIONS=$(FUZZ_ASAN) ../fuzz/fuzz_zone ../../tests/fuzz/regress/* \
		>../fuzz-regress.log 2>&1 || { cat ../fuzz-regress.log; exit 1; }; done
	cd build/fuzz-cwd && ASAN_OPTIONS=$(FUZZ_ASAN) LSAN_OPTIONS=suppressions=../../tests/lsan.supp \
		../fuzz/fuzz_zone -max_total_time=$(FUZZ_SECONDS) -timeout=10 -detect_leaks=0 \
		-rss_limit_mb=2048 -max_len=$(FUZZ_MAX_LEN) -print_final_stats=1 \
		-artifact_prefix=../fuzz-crashes/ ../fuzz-corpus 2>&1 | \
		tee ../fuzz.log | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY' ; \
		! grep -q 'ERROR: \(libFuzzer\|AddressSanitizer\|UndefinedBehavior\)\|runtime error' ../fuzz.log

## bench                      speed and memory against the peers (BENCH_ARGS=...)
bench:
	@sh scripts/install-deps.sh bind9-utils knot-dnssecutils nsd validns time
	@$(MAKE) --no-print-directory zonelint
	@sh bench/bench.sh $(BENCH_ARGS) ./zonelint

## bench-signed               signature verification on a signed 1M zone
bench-signed:
	@sh scripts/install-deps.sh bind9-utils knot-dnssecutils validns time ldns-verify-zone:ldnsutils
	@$(MAKE) --no-print-directory zonelint
	@sh bench/signed.sh $(BENCH_ARGS) ./zonelint

## install PREFIX=DIR         zonelint and its man pages (default /usr/local)
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 zonelint $(DESTDIR)$(BINDIR)/zonelint
	install -m 644 man/zonelint.1 $(DESTDIR)$(MANDIR)/man1/zonelint.1
	install -m 644 man/zonelint.5 $(DESTDIR)$(MANDIR)/man5/zonelint.5
	install -m 644 man/zonelint-rules.7 $(DESTDIR)$(MANDIR)/man7/zonelint-rules.7
	install -d $(DESTDIR)$(DOCDIR)/rules
	install -m 644 docs/rules/*.html $(DESTDIR)$(DOCDIR)/rules/

## clean                      remove build/ and ./zonelint
clean:
	rm -rf build zonelint

-include $(shell find build -name '*.d' 2>/dev/null)
