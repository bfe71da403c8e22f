/*
 * baseline.c: the keys of findings, and --baseline.
 *
 * One finding a line, tab-separated: file, rule, and what identifies it
 * without its position: the owner and the record's text where it has a
 * record, else its message with line numbers taken out ("line #").
 * Inserting lines above a finding therefore leaves it matched.
 *
 * Matching is linear: the findings' keys go into a hash table, then the
 * baseline is read a bounded line at a time and each line looked up.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "baseline.h"
#include "confine.h"
#include "escape.h"
#include "registry.h"

static uint64_t
fnv1a(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3u;
	}
	return h;
}

/* Control bytes would end a line early or reach a terminal from the
 * baseline file; tab stays, it separates the fields and ldns puts it
 * between a record's fields (baselines already written hold it). */
static void
clean(char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c < 0x20 && c != '\t') || c == 0x7f)
			s[i] = ' ';
	}
}

char *
zl_baseline_key(const struct zl_diag *g)
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
	size_t n = strlen(k);
	clean(k, n);
	if (n > ZL_BASELINE_MAX_LINE) {
		/* a record can print longer than a line may be: keep the head
		 * and a digest of the whole, so it still reads back */
		uint64_t h = fnv1a(k, n);
		snprintf(k + ZL_BASELINE_MAX_LINE - 18, 19, "\t~%016llx",
		    (unsigned long long)h);
	}
	return k;
}

/* The findings by key.  Findings with equal keys are chained in their
 * order; each baseline line drops the first of its chain not yet dropped,
 * as each entry matched the first finding left before. */
struct table {
	char **key;
	size_t *len, *next, *left; /* left: a chain's first finding not dropped */
	uint64_t *hash;
	bool *dropped;
	size_t *slot;              /* finding + 1 heading a chain, 0 if empty */
	size_t mask, count;
};

#define NONE SIZE_MAX

static size_t *
find(const struct table *t, const char *k, size_t n, uint64_t h)
{
	for (size_t j = h & t->mask;; j = (j + 1) & t->mask) {
		size_t i = t->slot[j];
		if (i == 0 || (t->hash[i - 1] == h && t->len[i - 1] == n &&
		    memcmp(t->key[i - 1], k, n) == 0))
			return &t->slot[j];
	}
}

static void
table_init(struct table *t, const struct zl_diags *d)
{
	size_t cap = 16;
	while (cap < 2 * d->count)
		cap *= 2;
	t->mask = cap - 1;
	t->count = d->count;
	t->slot = zl_xcalloc(cap, sizeof *t->slot);
	t->key = zl_xcalloc(d->count, sizeof *t->key);
	t->len = zl_xcalloc(d->count, sizeof *t->len);
	t->next = zl_xcalloc(d->count, sizeof *t->next);
	t->left = zl_xcalloc(d->count, sizeof *t->left);
	t->hash = zl_xcalloc(d->count, sizeof *t->hash);
	t->dropped = zl_xcalloc(d->count, sizeof *t->dropped);
	size_t *last = zl_xcalloc(d->count, sizeof *last); /* a chain's end */
	for (size_t i = 0; i < d->count; i++) {
		t->key[i] = zl_baseline_key(&d->v[i]);
		t->len[i] = strlen(t->key[i]);
		t->hash[i] = fnv1a(t->key[i], t->len[i]);
		t->next[i] = NONE;
		size_t *s = find(t, t->key[i], t->len[i], t->hash[i]);
		if (*s == 0) {
			*s = i + 1;
			t->left[i] = i;
		} else {
			t->next[last[*s - 1]] = i;
		}
		last[*s - 1] = i;
	}
	free(last);
}

static void
table_free(struct table *t)
{
	for (size_t i = 0; i < t->count; i++)
		free(t->key[i]);
	free(t->key);
	free(t->len);
	free(t->next);
	free(t->left);
	free(t->hash);
	free(t->dropped);
	free(t->slot);
}

static void
match_line(void *arg, char *line, size_t n)
{
	struct table *t = arg;
	if (n > 0 && line[n - 1] == '\r') /* a baseline saved with CRLF */
		n--;
	if (n == 0 || line[0] == '#')
		return;
	clean(line, n); /* as the keys were */
	size_t *s = find(t, line, n, fnv1a(line, n));
	if (*s == 0)
		return;
	size_t head = *s - 1, i = t->left[head];
	if (i != NONE) {
		t->dropped[i] = true;
		t->left[head] = t->next[i];
	}
}

static int
fail(const char *display, const char *why)
{
	zl_eprintf("zonelint: cannot read baseline %s: %s", display, why);
	return -1;
}

static int
too_big(const char *display)
{
	zl_eprintf("zonelint: %s: baseline larger than %u MiB", display,
	    ZL_BASELINE_MAX_SIZE >> 20);
	return -1;
}

static int
too_long(const char *display, unsigned long line)
{
	/* never the line's text: the baseline may be a link to a secret */
	zl_eprintf("zonelint: %s:%lu: baseline line longer than %u bytes",
	    display, line, ZL_BASELINE_MAX_LINE);
	return -1;
}

/* Feeds fd's lines to fn; -1 (with a message) past a bound. */
static int
read_lines(int fd, const char *display, void (*fn)(void *, char *, size_t),
    void *t)
{
	enum { CHUNK = 1 << 16 };
	size_t cap = ZL_BASELINE_MAX_LINE + 1 + CHUNK;
	char *buf = zl_xmalloc(cap);
	size_t len = 0, total = 0; /* len: an unfinished line's bytes */
	unsigned long line = 0;
	int ret = 0;
	for (;;) {
		ssize_t r = read(fd, buf + len, cap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			ret = fail(display, strerror(errno));
			break;
		}
		if (r == 0) {
			if (len > 0)
				fn(t, buf, len);
			break;
		}
		total += (size_t)r;
		if (total > ZL_BASELINE_MAX_SIZE) { /* it grew since fstat */
			ret = too_big(display);
			break;
		}
		len += (size_t)r;
		size_t start = 0;
		char *nl;
		while ((nl = memchr(buf + start, '\n', len - start)) != NULL) {
			size_t n = (size_t)(nl - (buf + start));
			line++;
			if (n > ZL_BASELINE_MAX_LINE)
				break;
			fn(t, buf + start, n);
			start += n + 1;
		}
		if (nl != NULL || len - start > ZL_BASELINE_MAX_LINE) {
			ret = too_long(display, nl != NULL ? line : line + 1);
			break;
		}
		memmove(buf, buf + start, len - start);
		len -= start;
	}
	free(buf);
	return ret;
}

/* Opens the baseline at path, checked as a regular file within the
 * bounds: its descriptor, or -1 (with a message). */
static int
open_baseline(const char *path)
{
	char why[256];
	/* confined like every input; O_NONBLOCK: a FIFO does not block */
	int fd = zl_open_confined(path, 0, why, sizeof why);
	if (fd < 0)
		return fail(path, why);
	struct stat st;
	int ret = 0;
	if (fstat(fd, &st) != 0)
		ret = fail(path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		ret = fail(path, "it is not a regular file");
	else if ((uintmax_t)st.st_size > ZL_BASELINE_MAX_SIZE)
		ret = too_big(path);
	if (ret != 0) {
		close(fd);
		return -1;
	}
	return fd;
}

int
zl_baseline_apply(const char *path, struct zl_diags *d)
{
	int fd = open_baseline(path);
	if (fd < 0)
		return -1;
	struct table t;
	table_init(&t, d);
	int ret = read_lines(fd, path, match_line, &t);
	close(fd);
	if (ret == 0) {
		size_t k = 0;
		for (size_t i = 0; i < d->count; i++) {
			if (t.dropped[i])
				zl_diag_free(&d->v[i]);
			else
				d->v[k++] = d->v[i];
		}
		d->count = k;
	}
	table_free(&t);
	return ret;
}

static void
serial_line(void *arg, char *line, size_t n)
{
	if (n > 0 && line[n - 1] == '\r') /* a baseline saved with CRLF */
		n--;
	zl_serials_parse(arg, line, n);
}

int
zl_baseline_read_serials(const char *path, struct zl_serials *out)
{
	int fd = open_baseline(path);
	if (fd < 0)
		return -1;
	int ret = read_lines(fd, path, serial_line, out);
	close(fd);
	zl_serials_sort(out);
	return ret;
}
