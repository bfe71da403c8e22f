/*
 * fuzz_zone.c: libFuzzer over the reader, every rule and the renderers.
 *
 * The input is one zone file, read through a memfd so the reader opens
 * it by path as it opens any file; it is linted as an external and as an
 * internal zone at once, so the cross-view rules run too.
 *
 * One thread by default: inputs are small, and a crash must replay alike.
 * ZL_FUZZ_JOBS=2 in the environment reads the two zones ahead on the pool
 * instead (src/tape.h); ZL_FUZZ_JOBS=diff lints each input three ways
 * (one thread; read ahead; each zone streamed, src/stream.h, three
 * events to a tape) and aborts when the records the rules saw or the
 * findings differ.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "engine.h"
#include "output.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every record the rules get, as ldns prints it, with its place. */
static void
observe(void *arg, const struct zl_record *rec)
{
	zl_netdb_lock();
	char *text = ldns_rr2str(rec->rr);
	zl_netdb_unlock();
	fprintf(arg, "%s:%u:%u %s", zl_file_name(rec->loc.file), rec->loc.line,
	    rec->loc.col, text ? text : "?\n");
	free(text);
}

/* Lints the zone at path with jobs threads; with seen, writes there what
 * the rules saw and the findings as JSON. */
static void
lint(const char *path, int jobs, bool stream, size_t size, FILE *seen)
{
	struct zl_options opt = {.fail_on = ZL_WARNING, .jobs = jobs};
	struct zl_engine *eng = zl_engine_new(&opt);
	if (stream)
		zl_engine_stream_at(eng, 0, 3);
	zl_engine_add_zone(eng, path, ZL_VIEW_EXTERNAL, "contoso.com");
	zl_engine_add_zone(eng, path, ZL_VIEW_INTERNAL, "contoso.com");
	if (seen)
		zl_engine_observe(eng, observe, seen);
	zl_engine_run(eng);
	zl_engine_apply_suppressions(eng);
	struct zl_diags *d = zl_engine_diags(eng);
	zl_diags_sort(d);
	static FILE *null; /* opened once: a system call saved per input */
	if (null == NULL)
		null = fopen("/dev/null", "w");
	if (seen) {
		zl_output_json(seen, d);
	} else if (null) {
		zl_output_text(null, d, false);
		zl_output_json(null, d);
		/* SARIF's rule table is the same for every input and costs
		 * more than the lint: render it for one input in eight. */
		if (size % 8 == 0) {
			zl_output_sarif(null, d);
			zl_output_github(null, d);
		}
		fflush(null);
	}
	zl_engine_free(eng);
	zl_files_free();
}

/* Lints path with one thread, read ahead and streamed; aborts if they
 * differ. */
static void
lint_three_ways(const char *path, size_t size)
{
	static const char *const how[3] = {"-j 1", "-j 2", "-j 2, streamed"};
	char *out[3] = {NULL, NULL, NULL};
	size_t len[3] = {0, 0, 0};
	for (int k = 0; k < 3; k++) {
		FILE *fp = open_memstream(&out[k], &len[k]);
		if (fp == NULL)
			abort();
		lint(path, k == 0 ? 1 : 2, k == 2, size, fp);
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int fd = memfd_create("zone", 0);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	char path[64];
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	const char *jobs = getenv("ZL_FUZZ_JOBS");
	if (jobs && strcmp(jobs, "diff") == 0)
		lint_three_ways(path, size);
	else
		lint(path, jobs ? atoi(jobs) : 1, false, size, NULL);
	close(fd);
	return 0;
}
