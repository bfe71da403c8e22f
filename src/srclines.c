/* srclines.c: the findings' lines as written (srclines.h). */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "srclines.h"
#include "zones.h"

static const struct zl_diags *sorting;

static int
by_place(const void *a, const void *b)
{
	const struct zl_diag *x = &sorting->v[*(const size_t *)a];
	const struct zl_diag *y = &sorting->v[*(const size_t *)b];
	if (x->loc.file != y->loc.file)
		return x->loc.file < y->loc.file ? -1 : 1;
	return x->loc.line < y->loc.line ? -1 : x->loc.line > y->loc.line;
}

/* Whether file is the name standard input went by for a zone. */
static bool
from_stdin(const struct zl_zones *zs, uint32_t file)
{
	for (size_t i = 0; zs && i < zs->count; i++)
		if (zs->v[i]->from_stdin && zs->v[i]->file == file)
			return true;
	return false;
}

/* Opens a regular file of the lint root, or NULL. */
static FILE *
open_file(const struct zl_zones *zs, uint32_t file)
{
	const char *path = zl_file_name(file);
	char why[256];
	if (path == NULL || strcmp(path, "-") == 0 || from_stdin(zs, file))
		return NULL;
	int fd = zl_open_confined(path, 0, why, sizeof why);
	if (fd < 0)
		return NULL;
	struct stat st;
	FILE *fp = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ?
	    fdopen(fd, "rb") : NULL;
	if (fp == NULL)
		close(fd);
	return fp;
}

/* Reads the next line of fp into buf (cut at size - 1 bytes, the rest
 * skipped, the newline dropped); false at the end. */
static bool
next_line(FILE *fp, char *buf, size_t size)
{
	size_t n = 0;
	int c;
	while ((c = getc(fp)) != EOF && c != '\n')
		if (n < size - 1)
			buf[n++] = (char)c;
	buf[n] = '\0';
	if (n && buf[n - 1] == '\r')
		buf[n - 1] = '\0';
	return c != EOF || n > 0;
}

/* The lines of the findings order[from, to), all in one file. */
static void
read_file(const struct zl_diags *d, const struct zl_zones *zs,
    const size_t *order, size_t from, size_t to, char **out)
{
	FILE *fp = open_file(zs, d->v[order[from]].loc.file);
	if (fp == NULL)
		return;
	char buf[ZL_SRC_LINE_MAX + 1];
	uint32_t line = 0;
	bool more = true;
	for (size_t i = from; i < to && more; i++) {
		uint32_t want = d->v[order[i]].loc.line;
		while (more && line < want)
			more = next_line(fp, buf, sizeof buf) && ++line;
		if (line == want && want > 0)
			out[order[i]] = zl_xstrdup(buf);
	}
	fclose(fp);
}

char **
zl_source_lines(const struct zl_diags *d, const struct zl_zones *zs)
{
	char **out = zl_xcalloc(d->count + 1, sizeof *out);
	size_t *order = zl_xcalloc(d->count + 1, sizeof *order);
	for (size_t i = 0; i < d->count; i++)
		order[i] = i;
	sorting = d;
	qsort(order, d->count, sizeof *order, by_place);
	for (size_t i = 0, j; i < d->count; i = j) {
		for (j = i + 1; j < d->count &&
		    d->v[order[j]].loc.file == d->v[order[i]].loc.file; j++)
			;
		read_file(d, zs, order, i, j, out);
	}
	free(order);
	return out;
}

void
zl_source_lines_free(char **lines, size_t count)
{
	for (size_t i = 0; lines && i < count; i++)
		free(lines[i]);
	free(lines);
}
