/*
 * baseline_write.c: --write-baseline, through safewrite.c, which never
 * follows a committed link nor rewrites a file in place.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "baseline.h"
#include "inputs.h"
#include "safewrite.h"
#include "serials.h"

struct baseline {
	const struct zl_diags *d;
	const struct zl_serials *serials; /* may be NULL */
};

static void
write_keys(FILE *fp, void *arg)
{
	const struct baseline *b = arg;
	fputs("# zonelint baseline 1: file, rule, record or message\n", fp);
	if (b->serials != NULL)
		zl_serials_write(b->serials, fp);
	for (size_t i = 0; i < b->d->count; i++) {
		char *k = zl_baseline_key(&b->d->v[i]);
		fputs(k, fp);
		putc('\n', fp);
		free(k);
	}
}

int
zl_baseline_write_at(int dirfd, const char *name, const char *display,
    const struct zl_diags *d, const struct zl_serials *serials,
    zl_baseline_is_input *is_input, void *arg)
{
	struct baseline b = {d, serials};
	return zl_safe_write_at(dirfd, name, display, "baseline", write_keys,
	    &b, is_input, arg);
}

int
zl_baseline_write(const char *path, const struct zl_diags *d,
    const struct zl_serials *serials, zl_baseline_is_input *is_input,
    void *arg)
{
	struct baseline b = {d, serials};
	return zl_safe_write(path, "baseline", write_keys, &b, is_input, arg);
}

bool
zl_baseline_among_inputs(dev_t dev, ino_t ino, void *arg)
{
	const struct zl_inputs *in = arg;
	struct stat st;
	for (size_t i = 0; in != NULL && i < in->count; i++)
		if (!in->v[i].from_stdin && strcmp(in->v[i].path, "-") != 0 &&
		    stat(in->v[i].path, &st) == 0 &&
		    st.st_dev == dev && st.st_ino == ino)
			return true;
	return false;
}
