/* baseline_write.c: --write-baseline. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"

int
zl_baseline_write(const char *path, const struct zl_diags *d)
{
	FILE *fp = fopen(path, "w");
	if (fp == NULL) {
		fprintf(stderr, "zonelint: cannot write baseline %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	fputs("# zonelint baseline 1: file, rule, record or message\n", fp);
	for (size_t i = 0; i < d->count; i++) {
		char *k = zl_baseline_key(&d->v[i]);
		fprintf(fp, "%s\n", k);
		free(k);
	}
	if (fclose(fp) != 0) {
		fprintf(stderr, "zonelint: cannot write baseline %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	return 0;
}
