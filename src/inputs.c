/* inputs.c: expanding command-line paths into zone files. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "diag.h"
#include "inputs.h"
#include "pool.h"
#include "reader.h"
#include "source.h"

enum zl_view
zl_view_from_path(const char *path)
{
	enum zl_view view = ZL_VIEW_NONE;
	const char *p = path;
	while (*p) {
		size_t n = strcspn(p, "/");
		if (n == 8 && strncasecmp(p, "internal", 8) == 0)
			view = ZL_VIEW_INTERNAL;
		else if (n == 8 && strncasecmp(p, "external", 8) == 0)
			view = ZL_VIEW_EXTERNAL;
		p += n;
		while (*p == '/')
			p++;
	}
	return view;
}

static void
push(struct zl_inputs *in, const char *path, enum zl_view view,
    const char *origin, bool from_dir)
{
	if (in->count == in->cap) {
		in->cap = in->cap ? in->cap * 2 : 16;
		in->v = zl_xrealloc(in->v, in->cap * sizeof *in->v);
	}
	in->v[in->count++] = (struct zl_input){
		zl_xstrdup(path),
		view != ZL_VIEW_NONE ? view : zl_view_from_path(path),
		origin ? zl_xstrdup(origin) : NULL,
		from_dir,
		NULL,
	};
}

/* In a directory, only files named like zones are read: the names that
 * also give the origin (NAME.dns, NAME.zone, NAME.db, db.NAME). */
static bool
zone_like(const char *name)
{
	char *o = zl_origin_from_filename(name);
	bool ok = o != NULL && strcasecmp(name, "cache.dns") != 0;
	free(o);
	return ok;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
walk(struct zl_inputs *in, const char *dir, enum zl_view view, int depth)
{
	DIR *d = opendir(dir);
	if (d == NULL || depth > 32) {
		if (d)
			closedir(d);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue; /* ., .., .git and other hidden entries */
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = zl_xrealloc(names, cap * sizeof *names);
		}
		names[n++] = zl_xstrdup(e->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *path = strcmp(dir, ".") == 0 ? zl_xstrdup(names[i]) :
		    zl_asprintf("%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		struct stat st;
		if (lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				walk(in, path, view, depth + 1);
			else if (S_ISREG(st.st_mode) && zone_like(names[i]))
				push(in, path, view, NULL, true);
		}
		free(path);
		free(names[i]);
	}
	free(names);
}

int
zl_inputs_add(struct zl_inputs *in, const char *path, enum zl_view view,
    const char *origin)
{
	struct stat st;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (origin) {
			fprintf(stderr, "zonelint: --origin names one zone; it cannot "
			    "apply to the directory %s\n", path);
			return -1;
		}
		walk(in, path, view, 0);
		return 0;
	}
	/* Missing and unreadable files are reported when they are read. */
	push(in, path, view, origin, false);
	return 0;
}

struct found {
	char **v;
	size_t n, cap;
};

#define PRELOAD_FILE (64u << 10)    /* files this small are kept ... */
#define PRELOAD_TOTAL (32u << 20)   /* ... up to this much in all */

/* If line is an $INCLUDE, adds its target, as a real path, to out. */
static void
add_include(const char *line, size_t len, const char *dir, struct found *out)
{
	if (len < 9 || strncasecmp(line, "$INCLUDE", 8) != 0 ||
	    !isspace((unsigned char)line[8]))
		return;
	size_t i = 8;
	while (i < len && isspace((unsigned char)line[i]))
		i++;
	size_t n = 0;
	while (i + n < len && !strchr(" \t\r\n;", line[i + n]))
		n++;
	if (n == 0)
		return;
	char *name = zl_asprintf("%.*s", (int)n, line + i);
	char *full = name[0] == '/' ? zl_xstrdup(name) :
	    zl_asprintf("%s/%s", dir, name);
	char real[PATH_MAX];
	if (realpath(full, real) || realpath(name, real)) {
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 4;
			out->v = zl_xrealloc(out->v, out->cap * sizeof *out->v);
		}
		out->v[out->n++] = zl_xstrdup(real);
	}
	free(full);
	free(name);
}

/* Targets of the $INCLUDE lines of a file, as real paths.  A small file
 * is read whole and, while the budget lasts, kept for the reader, which
 * then need not open it again. */
static void
scan_includes(struct zl_input *input, struct found *out, atomic_size_t *kept)
{
	char *dir = zl_xstrdup(input->path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	else
		strcpy(dir, ".");
	struct zl_preload pre;
	if (zl_preload_read(input->path, PRELOAD_FILE, &pre) == 0) {
		for (size_t i = 0; i < pre.len;) {
			const char *nl = memchr(pre.data + i, '\n', pre.len - i);
			size_t end = nl ? (size_t)(nl - pre.data) : pre.len;
			add_include(pre.data + i, end - i, dir, out);
			i = end + 1;
		}
		if (atomic_fetch_add(kept, pre.len) + pre.len <= PRELOAD_TOTAL) {
			input->preload = zl_xmalloc(sizeof *input->preload);
			*input->preload = pre;
		} else {
			zl_preload_free(&pre);
		}
		free(dir);
		return;
	}
	/* O_NONBLOCK: a FIFO given beside a directory must not hang the scan */
	int fd = open(input->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	struct stat st;
	FILE *fp = NULL;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		fp = fdopen(fd, "r");
	if (fp == NULL) {
		if (fd >= 0)
			close(fd);
		free(dir);
		return;
	}
	char line[4096];
	while (fgets(line, sizeof line, fp))
		add_include(line, strlen(line), dir, out);
	free(dir);
	fclose(fp);
}

struct scan {
	struct zl_inputs *in;
	struct found *found; /* one per input */
	atomic_size_t kept;  /* bytes of files kept for the reader */
};

static void
scan_one(void *arg, size_t i)
{
	struct scan *sc = arg;
	if (strcmp(sc->in->v[i].path, "-") != 0)
		scan_includes(&sc->in->v[i], &sc->found[i], &sc->kept);
}

void
zl_inputs_drop_included(struct zl_inputs *in, struct zl_pool *pool)
{
	bool any_from_dir = false;
	for (size_t i = 0; i < in->count; i++)
		any_from_dir |= in->v[i].from_dir;
	if (!any_from_dir)
		return;
	/* every file is read once more here: on all cores when there are many */
	struct scan sc = {in, zl_xcalloc(in->count, sizeof *sc.found), 0};
	if (pool && in->count > 1) {
		zl_pool_start(pool, scan_one, &sc, in->count);
		zl_pool_finish(pool);
	} else {
		for (size_t i = 0; i < in->count; i++)
			scan_one(&sc, i);
	}
	char **inc = NULL;
	size_t n = 0;
	for (size_t i = 0; i < in->count; i++)
		n += sc.found[i].n;
	inc = zl_xcalloc(n ? n : 1, sizeof *inc);
	n = 0;
	for (size_t i = 0; i < in->count; i++) {
		for (size_t k = 0; k < sc.found[i].n; k++)
			inc[n++] = sc.found[i].v[k];
		free(sc.found[i].v);
	}
	free(sc.found);
	if (n == 0) {
		free(inc);
		return;
	}
	qsort(inc, n, sizeof *inc, cmp_str);
	size_t k = 0;
	for (size_t i = 0; i < in->count; i++) {
		char real[PATH_MAX];
		const char *key = real;
		bool drop = in->v[i].from_dir && realpath(in->v[i].path, real) &&
		    bsearch(&key, inc, n, sizeof *inc, cmp_str) != NULL;
		if (drop) {
			free(in->v[i].path);
			free(in->v[i].origin);
			if (in->v[i].preload) {
				zl_preload_free(in->v[i].preload);
				free(in->v[i].preload);
			}
		} else
			in->v[k++] = in->v[i];
	}
	in->count = k;
	for (size_t i = 0; i < n; i++)
		free(inc[i]);
	free(inc);
}

void
zl_inputs_free(struct zl_inputs *in)
{
	for (size_t i = 0; i < in->count; i++) {
		free(in->v[i].path);
		free(in->v[i].origin);
		if (in->v[i].preload) {
			zl_preload_free(in->v[i].preload);
			free(in->v[i].preload);
		}
	}
	free(in->v);
	memset(in, 0, sizeof *in);
}
