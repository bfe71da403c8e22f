/*
 * fuzz_zone.c: libFuzzer over the reader, every rule and the renderers.
 *
 * The input is one zone file, read through a memfd so the reader opens
 * it by path as it opens any file; it is linted as an external and as an
 * internal zone at once, so the cross-view rules run too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "diag.h"
#include "engine.h"
#include "output.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
	/* one thread: inputs are small, and a crash must replay alike;
	 * ZL_FUZZ_JOBS=2 reads the two zones ahead on the pool instead
	 * (src/tape.h), to fuzz that path too */
	const char *jobs = getenv("ZL_FUZZ_JOBS");
	struct zl_options opt = {.fail_on = ZL_WARNING,
	    .jobs = jobs ? atoi(jobs) : 1};
	struct zl_engine *eng = zl_engine_new(&opt);
	zl_engine_add_zone(eng, path, ZL_VIEW_EXTERNAL, "contoso.com");
	zl_engine_add_zone(eng, path, ZL_VIEW_INTERNAL, "contoso.com");
	zl_engine_run(eng);
	zl_engine_apply_suppressions(eng);
	struct zl_diags *d = zl_engine_diags(eng);
	zl_diags_sort(d);
	static FILE *null; /* opened once: a system call saved per input */
	if (null == NULL)
		null = fopen("/dev/null", "w");
	if (null) {
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
	close(fd);
	return 0;
}
