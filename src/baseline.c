/*
 * baseline.c: --write-baseline and --baseline.
 *
 * One finding a line, tab-separated: file, rule, and what identifies it
 * without its position: the owner and the record's text where it has a
 * record, else its message with line numbers taken out ("line #").  Inserting lines above a finding therefore
 * leaves it matched.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "baseline.h"
#include "registry.h"

static char *
key_of(const struct zl_diag *g)
{
	const char *rule = zl_registry_at(g->rule)->id;
	const char *file = zl_file_name(g->loc.file);
	char *k;
	if (g->record)
		k = zl_asprintf("%s\t%s\t%s", file, rule, g->record);
	else {
		k = zl_asprintf("%s\t%s\t%s", file, rule, g->message);
		/* "line 12" becomes "line #": line numbers in messages must
		 * not matter, the rest (names, addresses) must */
		char *o = k + strlen(file) + strlen(rule) + 2;
		for (char *p = o; *p;) {
			if (strncmp(p, "line ", 5) == 0 && p[5] >= '0' && p[5] <= '9') {
				p += 5;
				while (*p >= '0' && *p <= '9')
					p++;
				memcpy(o, "line #", 6); /* no longer than what it replaces */
				o += 6;
			} else {
				*o++ = *p++;
			}
		}
		*o = '\0';
	}
	for (char *p = k; *p; p++) /* keep one line a key */
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return k;
}

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
		char *k = key_of(&d->v[i]);
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

int
zl_baseline_apply(const char *path, struct zl_diags *d)
{
	FILE *fp = fopen(path, "r");
	if (fp == NULL) {
		fprintf(stderr, "zonelint: cannot read baseline %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	char **keys = NULL;
	size_t n = 0, cap = 0;
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	while ((len = getline(&line, &lcap, fp)) > 0) {
		if (line[0] == '#')
			continue;
		line[strcspn(line, "\n")] = '\0';
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			keys = zl_xrealloc(keys, cap * sizeof *keys);
		}
		keys[n++] = zl_xstrdup(line);
	}
	free(line);
	fclose(fp);
	size_t k = 0;
	for (size_t i = 0; i < d->count; i++) {
		char *key = key_of(&d->v[i]);
		bool known = false;
		for (size_t j = 0; j < n && !known; j++)
			if (keys[j] && strcmp(keys[j], key) == 0) {
				free(keys[j]); /* each entry matches once */
				keys[j] = NULL;
				known = true;
			}
		free(key);
		if (known)
			zl_diag_free(&d->v[i]);
		else
			d->v[k++] = d->v[i];
	}
	d->count = k;
	for (size_t j = 0; j < n; j++)
		free(keys[j]);
	free(keys);
	return 0;
}
