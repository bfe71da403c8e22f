/*
 * fuzz_zone.c: libFuzzer over the reader, every rule and the renderers.
 *
 * The input is one zone file, read through a memfd so the reader opens
 * it by path as it opens any file; it is linted as an external and as an
 * internal zone at once, so the cross-view rules run too.
 *
 * One thread by default: inputs are small, and a crash must replay alike.
 * ZL_FUZZ_JOBS=2 in the environment reads the two zones ahead on the pool
 * instead (src/tape.h); ZL_FUZZ_JOBS=diff lints each input both ways and
 * aborts when the records the rules saw or the findings differ.
 */
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
lint(const char *path, int jobs, size_t size, FILE *seen)
{
	struct zl_options opt = {.fail_on = ZL_WARNING, .jobs = jobs};
	struct zl_engine *eng = zl_engine_new(&opt);
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

/* Lints path with one thread and with two; aborts if they differ. */
static void
lint_both_ways(const char *path, size_t size)
{
	char *out[2] = {NULL, NULL};
	size_t len[2] = {0, 0};
	for (int k = 0; k < 2; k++) {
		FILE *fp = open_memstream(&out[k], &len[k]);
		if (fp == NULL)
			abort();
		lint(path, k + 1, size, fp);
		fclose(fp);
	}
	if (len[0] != len[1] || memcmp(out[0], out[1], len[0]) != 0) {
		fprintf(stderr, "-j 1 and -j 2 differ:\n--- -j 1\n%s--- -j 2\n%s",
		    out[0], out[1]);
		abort();
	}
	free(out[0]);
	free(out[1]);
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
		lint_both_ways(path, size);
	else
		lint(path, jobs ? atoi(jobs) : 1, size, NULL);
	close(fd);
	return 0;
}
