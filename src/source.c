/* source.c: opening and reading zone files; see source.h. */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "confine.h"
#include "diag.h"
#include "dnsmgr.h"
#include "source.h"

#define CHUNK (256u * 1024)
#define MAX_UTF16 (64u << 20) /* converted in memory: Windows exports are small */

static ssize_t
read_some(int fd, char *p, size_t n)
{
	ssize_t r;
	do
		r = read(fd, p, n);
	while (r < 0 && errno == EINTR);
	return r;
}

/* Reads more into buf; returns false at end of file or error. */
static bool
fill(struct zl_source *src)
{
	if (src->fd < 0 || src->eof)
		return false;
	if (src->pos > 0 && src->pos == src->len)
		src->pos = src->len = 0;
	/* Keep the unread tail at the front when space runs low, and grow only
	 * when full: a small file takes one allocation the size of the file. */
	if (src->pos > 0 && src->cap - src->len < src->chunk / 4) {
		memmove(src->buf, src->buf + src->pos, src->len - src->pos);
		src->len -= src->pos;
		src->pos = 0;
	}
	if (src->cap == src->len) {
		src->cap = src->len + src->chunk;
		src->buf = zl_xrealloc(src->buf, src->cap);
	}
	ssize_t r = read_some(src->fd, src->buf + src->len, src->cap - src->len);
	if (r <= 0) {
		src->eof = true;
		return false;
	}
	src->len += (size_t)r;
	src->consumed += (size_t)r;
	return true;
}

/* UTF-16 without a byte order mark: mostly NUL in every other byte. */
static const char *
guess_utf16(const unsigned char *p, size_t n)
{
	size_t even = 0, odd = 0, pairs = n / 2;
	if (pairs < 2)
		return NULL;
	for (size_t i = 0; i + 1 < n; i += 2) {
		even += p[i] == 0;
		odd += p[i + 1] == 0;
	}
	if (odd * 10 >= pairs * 8 && even == 0)
		return "UTF-16LE";
	if (even * 10 >= pairs * 8 && odd == 0)
		return "UTF-16BE";
	return NULL;
}

static int
convert_utf16(struct zl_source *src, const char *from, size_t skip,
    char *why, size_t whysize)
{
	while (fill(src))
		if (src->len > MAX_UTF16) {
			snprintf(why, whysize, "UTF-16 file larger than %u MiB",
			    MAX_UTF16 >> 20);
			return -1;
		}
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1) {
		snprintf(why, whysize, "cannot convert %s: %s", from, strerror(errno));
		return -1;
	}
	size_t inleft = src->len - skip, outcap = inleft * 2 + 16;
	char *in = src->buf + skip, *out = zl_xmalloc(outcap), *o = out;
	size_t outleft = outcap;
	size_t r = iconv(cd, &in, &inleft, &o, &outleft);
	iconv_close(cd);
	if (r == (size_t)-1) {
		snprintf(why, whysize, "%s file with an invalid sequence at byte %zu",
		    from, (size_t)(in - src->buf));
		free(out);
		return -1;
	}
	free(src->buf);
	src->buf = out;
	src->cap = outcap;
	src->pos = 0;
	src->len = (size_t)(o - out);
	src->encoding = from;
	if (src->fd >= 0)
		close(src->fd);
	src->fd = -1;
	src->eof = true;
	return 0;
}

/* A DNS Manager Export List starts with its header row (dnsmgr.h). */
static void
detect_list(struct zl_source *src)
{
	const char *s = src->buf + src->pos;
	size_t avail = src->len - src->pos;
	const char *nl = memchr(s, '\n', avail);
	src->list = zl_list_detect(s, nl ? (size_t)(nl - s) : avail);
}

/* Looks at the start of the file: BOMs, UTF-16, binary content. */
static int
sniff_encoding(struct zl_source *src, char *why, size_t whysize)
{
	while (src->len < 4096 && fill(src))
		;
	const unsigned char *p = (const unsigned char *)src->buf;
	size_t n = src->len < 4096 ? src->len : 4096;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		src->pos = 3;
		src->had_bom = true;
		return 0;
	}
	if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		src->had_bom = true;
		return convert_utf16(src, "UTF-16LE", 2, why, whysize);
	}
	if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		src->had_bom = true;
		return convert_utf16(src, "UTF-16BE", 2, why, whysize);
	}
	const char *utf16 = guess_utf16(p, n);
	if (utf16 != NULL)
		return convert_utf16(src, utf16, 0, why, whysize);
	const unsigned char *nul = memchr(p, 0, n);
	if (nul != NULL) {
		snprintf(why, whysize,
		    "binary file (NUL byte at offset %zu), not a zone file",
		    (size_t)(nul - p));
		return -1;
	}
	return 0;
}

static int
sniff(struct zl_source *src, char *why, size_t whysize)
{
	if (sniff_encoding(src, why, whysize) != 0)
		return -1;
	detect_list(src);
	return 0;
}

int
zl_source_open(struct zl_source *src, const char *path, char *why,
    size_t whysize)
{
	memset(src, 0, sizeof *src);
	struct stat st;
	/* O_NONBLOCK (there): opening a FIFO must not wait for a writer */
	src->fd = zl_open_confined(path, 0, why, whysize);
	if (src->fd < 0)
		return -1;
	if (fstat(src->fd, &st) != 0) {
		snprintf(why, whysize, "%s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		snprintf(why, whysize, "is a directory");
		goto fail;
	}
	if (strcmp(path, "-") != 0) {
		if (!S_ISREG(st.st_mode)) {
			snprintf(why, whysize, "not a regular file (%s)",
			    S_ISFIFO(st.st_mode) ? "a FIFO" :
			    S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device" :
			    S_ISSOCK(st.st_mode) ? "a socket" : "special");
			goto fail;
		}
		int fl = fcntl(src->fd, F_GETFL);
		if (fl >= 0)
			fcntl(src->fd, F_SETFL, fl & ~O_NONBLOCK);
	}
	src->chunk = CHUNK;
	if (S_ISREG(st.st_mode))
		src->size = (size_t)st.st_size;
	if (S_ISREG(st.st_mode) && (size_t)st.st_size < CHUNK)
		src->chunk = (size_t)st.st_size + 1; /* +1: sees the end at once */
	src->dev = st.st_dev;
	src->ino = st.st_ino;
	if (sniff(src, why, whysize) != 0)
		goto fail;
	return 0;
fail:
	zl_source_close(src);
	return -1;
}

int
zl_preload_read(const char *path, size_t max, struct zl_preload *out)
{
	memset(out, 0, sizeof *out);
	char why[256];
	int fd = zl_open_confined(path, 0, why, sizeof why);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size > max) {
		close(fd);
		return -1;
	}
	size_t want = (size_t)st.st_size;
	out->data = zl_xmalloc(want + 1);
	for (;;) { /* to the end, should the file have grown */
		ssize_t r = read_some(fd, out->data + out->len, want + 1 - out->len);
		if (r < 0) {
			close(fd);
			zl_preload_free(out);
			return -1;
		}
		if (r == 0)
			break;
		out->len += (size_t)r;
		if (out->len == want + 1) {
			close(fd);
			zl_preload_free(out);
			return -1;
		}
	}
	close(fd);
	out->dev = st.st_dev;
	out->ino = st.st_ino;
	return 0;
}

void
zl_preload_free(struct zl_preload *pre)
{
	free(pre->data);
	memset(pre, 0, sizeof *pre);
}

int
zl_source_open_preloaded(struct zl_source *src, struct zl_preload *pre,
    char *why, size_t whysize)
{
	memset(src, 0, sizeof *src);
	src->fd = -1;
	src->buf = pre->data;
	src->cap = src->len = src->size = src->consumed = pre->len;
	src->chunk = pre->len + 1;
	src->eof = true;
	src->dev = pre->dev;
	src->ino = pre->ino;
	pre->data = NULL;
	pre->len = 0;
	if (sniff(src, why, whysize) != 0) {
		zl_source_close(src);
		return -1;
	}
	return 0;
}

static const char *
raw_line(struct zl_source *src, size_t *len, bool *too_long)
{
	*too_long = false;
	size_t scanned = 0;
	for (;;) {
		char *start = src->buf + src->pos;
		size_t avail = src->len - src->pos;
		char *nl = memchr(start + scanned, '\n', avail - scanned);
		if (nl != NULL) {
			*len = (size_t)(nl - start);
			src->pos += *len + 1;
			src->line++;
			if (*len > ZL_MAX_LINE)
				*too_long = true;
			if (*too_long)
				*len = 0;
			return start;
		}
		if (avail >= ZL_MAX_LINE) {
			/* Skip the rest of this line without keeping it. */
			*too_long = true;
			src->pos = src->len;
			scanned = 0;
		} else {
			scanned = avail;
		}
		if (!fill(src)) {
			avail = src->len - src->pos;
			if (avail == 0 && !*too_long)
				return NULL;
			start = src->buf + src->pos;
			*len = *too_long ? 0 : avail;
			src->pos = src->len;
			src->line++;
			return start;
		}
	}
}

const char *
zl_source_line(struct zl_source *src, size_t *len, bool *too_long)
{
	const char *s = raw_line(src, len, too_long);
	if (s == NULL || src->list == NULL || *too_long)
		return s;
	return zl_list_row(src->list, s, *len, len);
}

void
zl_source_close(struct zl_source *src)
{
	zl_list_free(src->list);
	if (src->fd >= 0)
		close(src->fd);
	free(src->buf);
	memset(src, 0, sizeof *src);
	src->fd = -1;
}
