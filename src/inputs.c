/* inputs.c: expanding command-line paths into zone files. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "confine.h"
#include "diag.h"
#include "escape.h"
#include "inputs.h"
#include "pool.h"
#include "reader.h"
#include "filename.h"
#include "sniff.h"
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

bool
zl_server_name_ok(const char *name, size_t len)
{
	if (len == 0 || len > ZL_SERVER_NAME_MAX)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))
			return false;
	}
	return true;
}

const char *
zl_server_split(const char *arg, char name[ZL_SERVER_NAME_MAX + 1])
{
	name[0] = '\0';
	size_t n = strcspn(arg, "=/");
	if (arg[n] != '=')
		return arg;
	if (!zl_server_name_ok(arg, n))
		return NULL;
	memcpy(name, arg, n);
	name[n] = '\0';
	return arg + n + 1;
}

static void
push(struct zl_inputs *in, const char *path, enum zl_view view,
    const char *server, const char *origin, bool from_dir)
{
	if (in->count == in->cap) {
		in->cap = in->cap ? in->cap * 2 : 16;
		in->v = zl_xrealloc(in->v, in->cap * sizeof *in->v);
	}
	in->v[in->count++] = (struct zl_input){
		zl_xstrdup(path),
		view != ZL_VIEW_NONE ? view : zl_view_from_path(path),
		server ? zl_xstrdup(server) : NULL,
		origin ? zl_xstrdup(origin) : NULL,
		from_dir,
		NULL,
		false,
	};
}

/* In a folder, a file is read as a zone when its name says so
 * (NAME.zone, NAME.dns, NAME.db, db.NAME) or its first bytes do (an SOA
 * record, a Windows export, DNS Manager list or dig AXFR header); root
 * hints never are.
 * Else false, and why. */
static bool
zone_like(const char *path, const char *name, char *why, size_t size)
{
	if (zl_named_like_hints(name)) {
		snprintf(why, size, "root hints, not a zone");
		return false;
	}
	return zl_named_like_zone(name) || zl_sniff_zone(path, why, size);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define MAX_DEPTH 32 /* folders below a named one */

static void
skipped(const struct zl_inputs *in, const char *path, const char *why)
{
	if (in->verbose)
		zl_eprintf("zonelint: %s: not read: %s", path, why);
}

/* Reads the folder at path (opened confined) for zone files, in name
 * order; hidden entries are passed over, links are never followed. */
static void
walk(struct zl_inputs *in, const char *dir, enum zl_view view,
    const char *server, int depth)
{
	char why[256];
	int fd = zl_open_confined(dir, ZL_OPEN_DIR, why, sizeof why);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (d == NULL) {
		zl_eprintf("zonelint: %s: cannot read the folder: %s", dir,
		    fd >= 0 ? strerror(errno) : why);
		if (fd >= 0)
			close(fd);
		in->failed = true;
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
	if (n > 1)
		qsort(names, n, sizeof *names, cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *path = strcmp(dir, ".") == 0 ? zl_xstrdup(names[i]) :
		    zl_asprintf("%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		struct stat st;
		if (fstatat(dirfd(d), names[i], &st, AT_SYMLINK_NOFOLLOW) != 0)
			skipped(in, path, strerror(errno));
		else if (S_ISLNK(st.st_mode))
			skipped(in, path, "a symbolic link (name it to read it)");
		else if (S_ISDIR(st.st_mode) && depth >= MAX_DEPTH) {
			zl_eprintf("zonelint: %s: not read: folders nested "
			    "deeper than %d levels", path, MAX_DEPTH);
			in->failed = true;
		} else if (S_ISDIR(st.st_mode))
			walk(in, path, view, server, depth + 1);
		else if (!S_ISREG(st.st_mode))
			skipped(in, path, "not a regular file");
		else if (!zone_like(path, names[i], why, sizeof why))
			skipped(in, path, why);
		else
			push(in, path, view, server, NULL, true);
		free(path);
		free(names[i]);
	}
	free(names);
	closedir(d);
}

int
zl_inputs_add(struct zl_inputs *in, const char *path, enum zl_view view,
    const char *server, const char *origin)
{
	char why[256];
	int fd = strcmp(path, "-") == 0 ? -1 :
	    zl_open_confined(path, ZL_OPEN_DIR, why, sizeof why);
	if (fd < 0) {
		/* a file: missing and unreadable ones are reported when read */
		push(in, path, view, server, origin, false);
		return 0;
	}
	close(fd);
	if (origin) {
		zl_eprintf("zonelint: --origin names one zone; it cannot "
		    "apply to the folder %s", path);
		return -1;
	}
	size_t before = in->count;
	bool failed = in->failed;
	in->failed = false;
	walk(in, path, view, server, 0);
	int ret = in->failed ? -1 : 0;
	in->failed |= failed;
	if (in->count == before && ret == 0) {
		zl_eprintf("zonelint: %s: no zone file in the folder (a zone "
		    "file is named NAME.zone, NAME.dns, NAME.db or db.NAME, or "
		    "starts with an SOA record; -v says what was passed over)",
		    path);
		ret = -1;
	}
	return ret;
}

/* A file's identity, to match an $INCLUDE with a file found by the walk
 * whatever path names it. */
struct id {
	dev_t dev;
	ino_t ino;
};

struct found {
	struct id *v;
	size_t n, cap;
};

#define PRELOAD_FILE (64u << 10)    /* files this small are kept ... */
#define PRELOAD_TOTAL (32u << 20)   /* ... up to this much in all */

static bool
identify(const char *path, struct id *id)
{
	char why[256];
	int fd = zl_open_confined(path, 0, why, sizeof why);
	struct stat st;
	bool ok = fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	if (ok)
		*id = (struct id){st.st_dev, st.st_ino};
	if (fd >= 0)
		close(fd);
	return ok;
}

static void
add_found(void *arg, const char *path)
{
	struct found *out = arg;
	struct id id;
	if (!identify(path, &id))
		return; /* the reader will say why it cannot read it */
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 4;
		out->v = zl_xrealloc(out->v, out->cap * sizeof *out->v);
	}
	out->v[out->n++] = id;
}

struct scan {
	struct zl_inputs *in;
	struct found *found; /* one per input: what it includes */
	struct id *self;     /* one per input, {0, 0} when unreadable */
	atomic_size_t kept;  /* bytes of files kept for the reader */
};

/* The files an input includes, found by the reader's own lexer; a
 * small file is read whole and, while the budget lasts, kept for the
 * reader, which then need not open it again. */
static void
scan_one(void *arg, size_t i)
{
	struct scan *sc = arg;
	struct zl_input *input = &sc->in->v[i];
	if (input->from_stdin || strcmp(input->path, "-") == 0)
		return;
	struct zl_preload pre;
	if (zl_preload_read(input->path, PRELOAD_FILE, &pre) != 0) {
		if (identify(input->path, &sc->self[i]))
			zl_scan_includes(input->path, NULL, add_found, &sc->found[i]);
		return;
	}
	sc->self[i] = (struct id){pre.dev, pre.ino};
	zl_scan_includes(input->path, &pre, add_found, &sc->found[i]);
	if (atomic_fetch_add(&sc->kept, pre.len) + pre.len <= PRELOAD_TOTAL) {
		input->preload = zl_xmalloc(sizeof *input->preload);
		*input->preload = pre;
	} else {
		zl_preload_free(&pre);
	}
}

struct node {
	struct id id;
	size_t input;
};

static int
cmp_id(const void *a, const void *b)
{
	const struct id *x = a, *y = b;
	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* The walked input with identity id, or -1. */
static long
input_of(const struct node *nodes, size_t n, struct id id)
{
	const struct node *hit = bsearch(&id, nodes, n, sizeof *nodes, cmp_id);
	return hit ? (long)hit->input : -1;
}

/* Marks as read through $INCLUDE every walked input that input `from`
 * reaches, following includes from input to input. */
static void
reach(struct scan *sc, const struct node *nodes, size_t nn, size_t from,
    bool *seen, bool *drop, size_t *stack)
{
	size_t top = 0;
	stack[top++] = from;
	seen[from] = true;
	while (top > 0) { /* each input is pushed once: bounded by their count */
		size_t i = stack[--top];
		for (size_t k = 0; k < sc->found[i].n; k++) {
			long j = input_of(nodes, nn, sc->found[i].v[k]);
			if (j < 0 || seen[j])
				continue;
			seen[j] = drop[j] = true;
			stack[top++] = (size_t)j;
			if (sc->in->verbose)
				zl_eprintf("zonelint: %s is read through $INCLUDE "
				    "in %s, not as a zone of its own",
				    sc->in->v[j].path, sc->in->v[i].path);
		}
	}
}

/* Which walked inputs another input includes: those are read through
 * the include only.  Every input is kept or reached from a kept one, so
 * none is lost: inputs nothing includes (and every named input) are
 * kept first, then the first of each ring of files that include each
 * other. */
static void
choose_drops(struct scan *sc, bool *drop)
{
	struct zl_inputs *in = sc->in;
	struct node *nodes = zl_xcalloc(in->count, sizeof *nodes);
	size_t nn = 0;
	for (size_t i = 0; i < in->count; i++)
		if (in->v[i].from_dir && sc->self[i].ino != 0)
			nodes[nn++] = (struct node){sc->self[i], i};
	qsort(nodes, nn, sizeof *nodes, cmp_id);
	bool *included = zl_xcalloc(in->count, sizeof *included);
	for (size_t i = 0; i < in->count; i++)
		for (size_t k = 0; k < sc->found[i].n; k++) {
			long j = input_of(nodes, nn, sc->found[i].v[k]);
			if (j >= 0 && (size_t)j != i)
				included[j] = true;
		}
	bool *seen = zl_xcalloc(in->count, sizeof *seen);
	size_t *stack = zl_xcalloc(in->count, sizeof *stack);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < in->count; i++)
			if (!seen[i] && (pass == 1 || !included[i]))
				reach(sc, nodes, nn, i, seen, drop, stack);
	free(stack);
	free(seen);
	free(included);
	free(nodes);
}

void
zl_inputs_drop_included(struct zl_inputs *in, struct zl_pool *pool)
{
	bool any_from_dir = false;
	for (size_t i = 0; i < in->count; i++)
		any_from_dir |= in->v[i].from_dir;
	if (!any_from_dir)
		return;
	/* every file is lexed once more here: on all cores when there are many */
	struct scan sc = {in, zl_xcalloc(in->count, sizeof *sc.found),
	    zl_xcalloc(in->count, sizeof *sc.self), 0};
	if (pool && in->count > 1) {
		zl_pool_start(pool, scan_one, &sc, in->count);
		zl_pool_finish(pool);
	} else {
		for (size_t i = 0; i < in->count; i++)
			scan_one(&sc, i);
	}
	bool *drop = zl_xcalloc(in->count, sizeof *drop);
	choose_drops(&sc, drop);
	size_t k = 0;
	for (size_t i = 0; i < in->count; i++) {
		free(sc.found[i].v);
		if (drop[i]) {
			free(in->v[i].path);
			free(in->v[i].origin);
			free(in->v[i].server);
			if (in->v[i].preload) {
				zl_preload_free(in->v[i].preload);
				free(in->v[i].preload);
			}
		} else
			in->v[k++] = in->v[i];
	}
	in->count = k;
	free(drop);
	free(sc.found);
	free(sc.self);
}

void
zl_inputs_free(struct zl_inputs *in)
{
	for (size_t i = 0; i < in->count; i++) {
		free(in->v[i].path);
		free(in->v[i].origin);
		free(in->v[i].server);
		if (in->v[i].preload) {
			zl_preload_free(in->v[i].preload);
			free(in->v[i].preload);
		}
	}
	free(in->v);
	memset(in, 0, sizeof *in);
}
