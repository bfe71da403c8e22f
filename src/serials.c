/* serials.c: zones' SOA serials in a baseline (serials.h). */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "serials.h"

static void
add_key(struct zl_serials *s, const char *file, size_t flen,
    const char *origin, size_t olen, uint32_t serial)
{
	if (s->count == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = zl_xrealloc(s->v, s->cap * sizeof *s->v);
	}
	char *k = zl_xmalloc(flen + olen + 2);
	memcpy(k, file, flen);
	k[flen] = '\0';
	memcpy(k + flen + 1, origin, olen);
	k[flen + 1 + olen] = '\0';
	s->v[s->count] = (struct zl_serial){k, flen + 1 + olen, serial, s->count};
	s->count++;
	s->sorted = false;
}

void
zl_serials_add(struct zl_serials *s, const char *file, const char *origin,
    uint32_t serial)
{
	add_key(s, file, strlen(file), origin, strlen(origin), serial);
}

bool
zl_serials_parse(struct zl_serials *s, const char *line, size_t n)
{
	size_t p = sizeof ZL_SERIAL_PREFIX - 1;
	if (n <= p || memcmp(line, ZL_SERIAL_PREFIX, p) != 0)
		return false;
	/* from the right: SERIAL, then ORIGIN (no tab in a name's text);
	 * FILE is the rest, which may hold a tab */
	const char *end = line + n, *t2 = end;
	while (t2 > line + p && t2[-1] != '\t') /* <= n steps */
		t2--;
	const char *t1 = t2 - 1;
	while (t1 > line + p && t1[-1] != '\t') /* <= n steps */
		t1--;
	if (t2 <= line + p || t1 <= line + p + 1)
		return false; /* fewer than three fields */
	size_t digits = (size_t)(end - t2);
	if (digits == 0 || digits > 10)
		return false;
	uint64_t v = 0;
	for (const char *d = t2; d < end; d++) {
		if (*d < '0' || *d > '9')
			return false;
		v = v * 10 + (uint64_t)(*d - '0');
	}
	size_t olen = (size_t)(t2 - 1 - t1), flen = (size_t)(t1 - 1 - (line + p));
	if (v > UINT32_MAX || olen == 0 || flen == 0 ||
	    memchr(line + p, '\0', n - p) != NULL)
		return false;
	add_key(s, line + p, flen, t1, olen, (uint32_t)v);
	return true;
}

static int
cmp_key(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);
	return c ? c : (alen > blen) - (alen < blen);
}

static int
cmp(const void *x, const void *y)
{
	const struct zl_serial *a = x, *b = y;
	int c = cmp_key(a->key, a->key_len, b->key, b->key_len);
	/* equal keys in the order they were read: the first wins (qsort
	 * is not stable, and moves elements, so their addresses tell
	 * nothing) */
	return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

void
zl_serials_sort(struct zl_serials *s)
{
	if (s->count > 1)
		qsort(s->v, s->count, sizeof *s->v, cmp);
	s->sorted = true;
}

bool
zl_serials_find(const struct zl_serials *s, const char *file,
    const char *origin, uint32_t *serial)
{
	if (s == NULL || !s->sorted)
		return false;
	size_t flen = strlen(file), olen = strlen(origin);
	char *k = zl_xmalloc(flen + olen + 2);
	memcpy(k, file, flen + 1);
	memcpy(k + flen + 1, origin, olen + 1);
	size_t n = flen + 1 + olen, lo = 0, hi = s->count;
	while (lo < hi) { /* the first entry not below k */
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_key(s->v[mid].key, s->v[mid].key_len, k, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	bool found = lo < s->count &&
	    cmp_key(s->v[lo].key, s->v[lo].key_len, k, n) == 0;
	if (found)
		*serial = s->v[lo].serial;
	free(k);
	return found;
}

void
zl_serials_write(const struct zl_serials *s, FILE *fp)
{
	for (size_t i = 0; i < s->count; i++) {
		fputs(ZL_SERIAL_PREFIX, fp);
		for (const char *c = s->v[i].key; *c; c++) /* the file name */
			putc((unsigned char)*c < 0x20 && *c != '\t' ? ' ' :
			    *c == 0x7f ? ' ' : *c, fp);
		fprintf(fp, "\t%s\t%lu\n", s->v[i].key + strlen(s->v[i].key) + 1,
		    (unsigned long)s->v[i].serial);
	}
}

void
zl_serials_free(struct zl_serials *s)
{
	for (size_t i = 0; i < s->count; i++)
		free(s->v[i].key);
	free(s->v);
	memset(s, 0, sizeof *s);
}
