/* diag.c: the findings array, memory helpers, interned file names. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "registry.h"

static void
die_oom(void)
{
	fputs("zonelint: out of memory\n", stderr);
	exit(2);
}

void *
zl_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (p == NULL)
		die_oom();
	return p;
}

void *
zl_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (p == NULL)
		die_oom();
	return p;
}

void *
zl_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die_oom();
	return p;
}

void *
zl_alloc(size_t n, size_t size)
{
	return zl_xcalloc(n, size);
}

void *
zl_grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t n = *cap ? *cap : 8;
	while (n < need)
		n = n > SIZE_MAX / 2 ? need : n * 2;
	if (size && n > SIZE_MAX / size)
		die_oom(); /* no such room: as if malloc had said no */
	*cap = n;
	return zl_xrealloc(p, n * size);
}

char *
zl_xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(zl_xmalloc(n), s, n);
}

char *
zl_vasprintf(const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0)
		n = 0;
	char *s = zl_xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *
zl_asprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = zl_vasprintf(fmt, ap);
	va_end(ap);
	return s;
}

static const char *const severity_names[] = {"note", "warning", "error"};

const char *
zl_severity_name(enum zl_severity s)
{
	return severity_names[s];
}

int
zl_severity_parse(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, severity_names[i]) == 0)
			return i;
	return -1;
}

size_t
zl_diags_add(struct zl_diags *d, const struct zl_diag *diag)
{
	if (d->count == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->v = zl_xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->count] = *diag;
	return d->count++;
}

static int
cmp_diag(const void *a, const void *b)
{
	const struct zl_diag *x = a, *y = b;
	int c = strcmp(zl_file_name(x->loc.file), zl_file_name(y->loc.file));
	if (c)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	c = strcmp(zl_registry_at(x->rule)->id, zl_registry_at(y->rule)->id);
	if (c)
		return c;
	return strcmp(x->message, y->message);
}

void
zl_diags_sort(struct zl_diags *d)
{
	if (d->count > 1)
		qsort(d->v, d->count, sizeof *d->v, cmp_diag);
}

int
zl_diags_max_severity(const struct zl_diags *d)
{
	int max = -1;
	for (size_t i = 0; i < d->count; i++)
		if (d->v[i].severity > max)
			max = d->v[i].severity;
	return max;
}

void
zl_diag_free(struct zl_diag *d)
{
	free(d->message);
	free(d->fix);
	free(d->zone);
	free(d->owner);
	free(d->type);
	free(d->record);
	for (size_t i = 0; i < d->nsteps; i++) {
		free((char *)d->steps[i].zone);
		free((char *)d->steps[i].owner);
		free((char *)d->steps[i].data);
		free((char *)d->steps[i].param);
	}
	free(d->steps);
}

void
zl_diags_free(struct zl_diags *d)
{
	for (size_t i = 0; i < d->count; i++)
		zl_diag_free(&d->v[i]);
	free(d->v);
	memset(d, 0, sizeof *d);
}

/* File names, interned so records carry a 4-byte id; hashed because a
 * directory of exports can hold tens of thousands of files.  Locked:
 * zones read ahead on other threads intern the files they include. */
static pthread_mutex_t files_lock = PTHREAD_MUTEX_INITIALIZER;
static char **file_names;
static uint32_t file_count, file_cap;
static uint32_t *file_slots; /* id + 1, or 0 */
static uint32_t slot_count;

static uint32_t
hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void
grow_slots(void)
{
	free(file_slots);
	slot_count = slot_count ? slot_count * 2 : 64;
	file_slots = zl_xcalloc(slot_count, sizeof *file_slots);
	for (uint32_t i = 0; i < file_count; i++) {
		uint32_t j = hash_str(file_names[i]) & (slot_count - 1);
		while (file_slots[j])
			j = (j + 1) & (slot_count - 1);
		file_slots[j] = i + 1;
	}
}

static uint32_t
intern(const char *path)
{
	if ((file_count + 1) * 2 > slot_count)
		grow_slots();
	uint32_t j = hash_str(path) & (slot_count - 1);
	for (; file_slots[j]; j = (j + 1) & (slot_count - 1))
		if (strcmp(file_names[file_slots[j] - 1], path) == 0)
			return file_slots[j] - 1;
	if (file_count == file_cap) {
		file_cap = file_cap ? file_cap * 2 : 16;
		file_names = zl_xrealloc(file_names, file_cap * sizeof *file_names);
	}
	file_names[file_count] = zl_xstrdup(path);
	file_slots[j] = file_count + 1;
	return file_count++;
}

uint32_t
zl_file_intern(const char *path)
{
	pthread_mutex_lock(&files_lock);
	uint32_t id = intern(path);
	pthread_mutex_unlock(&files_lock);
	return id;
}

const char *
zl_file_name(uint32_t id)
{
	pthread_mutex_lock(&files_lock);
	const char *name = id < file_count ? file_names[id] : "?";
	pthread_mutex_unlock(&files_lock);
	return name;
}

void
zl_files_free(void)
{
	for (uint32_t i = 0; i < file_count; i++)
		free(file_names[i]);
	free(file_names);
	free(file_slots);
	file_names = NULL;
	file_slots = NULL;
	file_count = file_cap = slot_count = 0;
}
