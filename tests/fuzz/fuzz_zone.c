/*
 * fuzz_zone.c: libFuzzer over the reader, every rule and the renderers.
 *
 * The input is one zone file, written to a file in the working folder so
 * the reader opens it by path, confined, as it opens any file; it is linted as an external and as an
 * internal zone at once, so the cross-view rules run too.
 *
 * One thread by default: inputs are small, and a crash must replay alike.
 * ZL_FUZZ_JOBS=2 in the environment reads the two zones ahead on the pool
 * instead (src/tape.h); ZL_FUZZ_JOBS=diff lints each input three ways
 * (one thread; read ahead; each zone streamed, src/stream.h, three
 * events to a tape) and aborts when the records the rules saw or the
 * findings differ.
 *
 * A fourth copy is read from standard input under a name made of the
 * input's last bytes (--stdin-filename): the reader's standard-input
 * path, the origin and view from that name, and its escaping.
 *
 * Every rendered output is checked as well: valid UTF-8 holding no
 * control character but LF, no C1 control and no bidi override, whatever
 * bytes the input held (src/escape.h); abort() otherwise.  The HTML
 * report (one input in eight) also holds no "<script".  A rule's page
 * shows the input as --example-output and as --peer-table (one input in
 * eight), checked the same way.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "diag.h"
#include "engine.h"
#include "fixscript.h"
#include "inputs.h"
#include "zone.h"
#include "rrname.h"
#include "output.h"
#include "picture.h"
#include "reader.h"
#include "rulepages.h"
#include "schedule.h"
#include "sniff.h"
#include "source.h"
#include "srclines.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every record the rules get, as ldns prints it, with its place. */
static void
observe(void *arg, const struct zl_record *rec)
{
	char *text = zl_rr_str(rec->rr); /* WKS without getservbyport */
	fprintf(arg, "%s:%u:%u %s", zl_file_name(rec->loc.file), rec->loc.line,
	    rec->loc.col, text ? text : "?\n");
	free(text);
}

/* The code point of the UTF-8 sequence at s (n bytes left) and its
 * length in *len; -1 when it is not valid UTF-8.  Written apart from
 * src/escape.c on purpose: the check must not share its bugs. */
static long
decode(const unsigned char *s, size_t n, size_t *len)
{
	static const long min[5] = {0, 0, 0x80, 0x800, 0x10000};
	size_t k = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 :
	    (s[0] & 0xf0) == 0xe0 ? 3 : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
	if (k == 0 || k > n)
		return -1;
	long c = k == 1 ? s[0] : s[0] & (0x7f >> k);
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min[k] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*len = k;
	return c;
}

static void
assert_clean(const char *format, const char *out, size_t n)
{
	const unsigned char *s = (const unsigned char *)out;
	for (size_t i = 0, k; i < n; i += k) {
		long c = decode(s + i, n - i, &k);
		if (c < 0 || (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) ||
		    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
			fprintf(stderr, "%s output: %s at byte %zu:\n%.*s\n", format,
			    c < 0 ? "not UTF-8" : "a control character", i,
			    (int)(n - i < 200 ? n - i : 200), out + i);
			abort();
		}
	}
}

/* Renders d in format into memory and checks what it wrote. */
static void
render(const char *format, const struct zl_diags *d)
{
	char *out = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&out, &n);
	if (m == NULL)
		abort();
	switch (format[0]) {
	case 't': zl_output_text(m, d, false); zl_output_summary(m, d, 2); break;
	case 'q': zl_output_text_grouped(m, d, false); break;
	case 'j': zl_output_json(m, d, "https://example.com/rules/"); break;
	case 's': zl_output_sarif(m, d, "https://example.com/rules/"); break;
	case 'p': zl_fixscript_write(m, d, ZL_FIXSCRIPT_POWERSHELL); break;
	case 'd': zl_fixscript_write(m, d, ZL_FIXSCRIPT_DNSCMD); break;
	case 'b': zl_fixscript_write(m, d, ZL_FIXSCRIPT_BIND); break;
	default: zl_output_github(m, d);
	}
	fclose(m);
	assert_clean(format, out, n);
	free(out);
}

/* The HTML report of d, its picture from eng, checked as the others
 * are; and no element of the input's making: no "<script" anywhere
 * (every '<' from input is written as "&lt;"). */
static void
render_html(struct zl_engine *eng, const struct zl_options *opt,
    const struct zl_diags *d)
{
	char *out = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&out, &n);
	if (m == NULL)
		abort();
	static char arg0[] = "zonelint", arg1[] = "fuzz";
	static char *argv[] = {arg0, arg1, NULL};
	struct zl_picture *pic = zl_picture_build(eng, opt);
	char **src = zl_source_lines(d, zl_engine_zones(eng));
	zl_output_html(m, d, &(struct zl_html_run){2, argv, opt, pic, src, 1});
	zl_source_lines_free(src, d->count);
	zl_picture_free(pic);
	fclose(m);
	assert_clean("html", out, n);
	if (memmem(out, n, "<script", 7) != NULL) {
		fprintf(stderr, "html output: an element <script\n");
		abort();
	}
	free(out);
}

/* A rule's page showing the file at path as its bad example's output
 * and as the peer table (--html-rule RULE --example-output PATH
 * --peer-table PATH): checked as the report is. */
static void
render_page(const char *path)
{
	char *out = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&out, &n);
	if (m == NULL)
		abort();
	int r = zl_html_rule(m, "hygiene-localhost", path, path);
	fclose(m);
	if (r == 0) {
		assert_clean("page", out, n);
		if (memmem(out, n, "<script", 7) != NULL) {
			fprintf(stderr, "rule page: an element <script\n");
			abort();
		}
	}
	free(out);
}

/* Lints the zone at path with jobs threads; with seen, writes there what
 * the rules saw and the findings as JSON. */
static void
lint(const char *path, const char *stdin_name, int jobs, bool stream,
    size_t size, FILE *seen)
{
	/* a fixed now: a finding must not depend on when the fuzzer runs */
	struct zl_options opt = {.fail_on = ZL_WARNING, .jobs = jobs,
	    .now = 1796083200ll};
	struct zl_engine *eng = zl_engine_new(&opt);
	struct zl_sched *sched = zl_sched_new(&opt);
	if (stream)
		zl_sched_stream_at(sched, 0, 3);
	zl_engine_add_zone(eng, path, ZL_VIEW_EXTERNAL, NULL, "contoso.com");
	/* the internal copy without an origin: the reader decides it from
	 * the SOA, $ORIGIN, a header or the file's name, as without -o */
	zl_engine_add_zone(eng, path, ZL_VIEW_INTERNAL, NULL, NULL);
	/* a second internal DNS server holding it as contoso.com: the
	 * cross-server rules compare what the two answer */
	zl_engine_add_zone(eng, path, ZL_VIEW_INTERNAL, "vpndns", "contoso.com");
	/* the same text on standard input, linted under stdin_name, which
	 * is never opened (as --stdin-filename does) */
	int in = open(path, O_RDONLY | O_CLOEXEC);
	if (in < 0 || dup2(in, 0) < 0)
		abort();
	close(in);
	struct zl_zone *z = zl_engine_add_zone(eng, stdin_name,
	    zl_view_from_path(stdin_name), NULL, NULL);
	z->from_stdin = true;
	if (seen)
		zl_engine_observe(eng, observe, seen);
	zl_sched_run(sched, eng);
	zl_engine_apply_suppressions(eng);
	struct zl_diags *d = zl_engine_diags(eng);
	zl_diags_sort(d);
	zl_fixscript_annotate(d); /* as main.c: fix-its gain PowerShell */
	if (seen) {
		zl_output_json(seen, d, "https://example.com/rules/");
	} else {
		render("text", d);
		render("q (grouped text)", d);
		render("json", d);
		render("powershell (--fix-script)", d);
		render("dnscmd (--fix-script)", d);
		render("bind (--fix-script)", d);
		/* SARIF's rule table is the same for every input and costs
		 * more than the lint: render it for one input in eight. */
		if (size % 8 == 0) {
			render("sarif", d);
			render("github", d);
		}
		/* the report's --explain texts cost more still: one in eight */
		if (size % 8 == 1)
			render_html(eng, &opt, d);
	}
	zl_engine_free(eng);
	zl_sched_free(sched);
	zl_files_free();
}

/* Lints path with one thread, read ahead and streamed; aborts if they
 * differ. */
static void
lint_three_ways(const char *path, const char *stdin_name, size_t size)
{
	static const char *const how[3] = {"-j 1", "-j 2", "-j 2, streamed"};
	char *out[3] = {NULL, NULL, NULL};
	size_t len[3] = {0, 0, 0};
	for (int k = 0; k < 3; k++) {
		FILE *fp = open_memstream(&out[k], &len[k]);
		if (fp == NULL)
			abort();
		lint(path, stdin_name, k == 0 ? 1 : 2, k == 2, size, fp);
		fclose(fp);
	}
	for (int k = 1; k < 3; k++)
		if (len[0] != len[k] || memcmp(out[0], out[k], len[0]) != 0) {
			fprintf(stderr, "%s and %s differ:\n--- %s\n%s--- %s\n%s",
			    how[0], how[k], how[0], out[0], how[k], out[k]);
			abort();
		}
	for (int k = 0; k < 3; k++)
		free(out[k]);
}

/* The walk's include scan (src/reader.h) over the same text: it must
 * neither crash nor name an include the reader would not resolve. */
static void
count_include(void *arg, const char *path)
{
	(void)path;
	(*(size_t *)arg)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool ready;
	char why[256];
	if (!ready) { /* the lint root: the working folder's repository */
		if (zl_confine_init(NULL, NULL, 0, why, sizeof why) != 0) {
			fprintf(stderr, "fuzz_zone: %s\n", why);
			abort();
		}
		ready = true;
	}
	/* A regular file in the working folder: the confined open refuses
	 * /proc/self/fd links (a memfd), as it must.  One a process, so that
	 * fuzzers may share the folder. */
	/* The file's name is picked by the first byte, so that every way a
	 * file name gives the origin is fuzzed too (src/filename.c, the
	 * reader's choice between SOA, $ORIGIN, header and name). */
	static const char *const names[] = {
		"fuzz-input.zone", "example.net", "db.192.168.1", "CACHE.dns",
	};
	static char dir[64], path[128];
	if (dir[0] == '\0') {
		snprintf(dir, sizeof dir, "fuzz-input-%ld", (long)getpid());
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			abort();
	}
	snprintf(path, sizeof path, "%s/%s", dir,
	    names[size > 0 ? data[0] % 4 : 0]);
	(void)zl_sniff_text((const char *)data, size, why, sizeof why);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		abort();
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	close(fd);
	(void)zl_sniff_zone(path, why, sizeof why);
	size_t includes = 0;
	struct zl_preload pre;
	if (zl_preload_read(path, size, &pre) == 0) {
		zl_scan_includes(path, &pre, count_include, &includes);
		zl_preload_free(&pre);
	}
	zl_scan_includes(path, NULL, count_include, &includes);
	/* standard input's name: "external/" and up to 24 of the input's
	 * last bytes (a NUL ends it early), so hostile names are rendered */
	char stdin_name[64] = "external/";
	size_t tail = size < 24 ? size : 24;
	memcpy(stdin_name + 9, data + size - tail, tail);
	stdin_name[9 + tail] = '\0';
	const char *jobs = getenv("ZL_FUZZ_JOBS");
	if (jobs && strcmp(jobs, "diff") == 0)
		lint_three_ways(path, stdin_name, size);
	else
		lint(path, stdin_name, jobs ? atoi(jobs) : 1, false, size, NULL);
	if (size % 8 == 2)
		render_page(path);
	return 0;
}
