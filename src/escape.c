/* escape.c: bytes that came from input, as safe and valid UTF-8 text.
 *
 * Every renderer sends file names, messages and fixes through here, so
 * a zone cannot move the cursor, set the clipboard (OSC 52), start a
 * GitHub workflow command on a line of its own, reorder what a reviewer
 * sees with bidi controls, or make the JSON unreadable. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "escape.h"

static bool
cont(unsigned char c)
{
	return (c & 0xc0) == 0x80;
}

/* The length of the character at p, of at most avail bytes, when it may
 * pass unescaped; 0 when its first byte must be escaped.  A byte escaped
 * alone leaves the rest of its sequence as stray continuation bytes,
 * which are escaped in turn. */
static size_t
safe_len(const unsigned char *p, size_t avail)
{
	unsigned char c = p[0];
	if (c >= 0x20 && c < 0x7f)
		return 1;
	if (c < 0xc2 || c > 0xf4) /* C0, DEL, continuations, C0/C1 overlongs */
		return 0;
	if (c < 0xe0) {
		if (avail < 2 || !cont(p[1]))
			return 0;
		return c == 0xc2 && p[1] < 0xa0 ? 0 : 2; /* C1 controls */
	}
	if (c < 0xf0) {
		if (avail < 3 || !cont(p[1]) || !cont(p[2]))
			return 0;
		if ((c == 0xe0 && p[1] < 0xa0) || /* overlong */
		    (c == 0xed && p[1] >= 0xa0))  /* surrogates */
			return 0;
		if (c == 0xe2 && ((p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) ||
		    (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)))
			return 0; /* bidi embeddings, overrides, isolates */
		return 3;
	}
	if (avail < 4 || !cont(p[1]) || !cont(p[2]) || !cont(p[3]))
		return 0;
	if ((c == 0xf0 && p[1] < 0x90) || /* overlong */
	    (c == 0xf4 && p[1] >= 0x90))  /* beyond U+10FFFF */
		return 0;
	return 4;
}

size_t
zl_escape_span(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		if (p[i] >= 0x20 && p[i] < 0x7f) { /* the common case, inline */
			i++;
			continue;
		}
		size_t k = safe_len(p + i, n - i);
		if (k == 0)
			break;
		i += k;
	}
	return i;
}

/* One escaped byte, as \DDD or \xNN, into out (4 bytes). */
static void
escape_byte(char *out, unsigned char c, bool hex)
{
	static const char digits[] = "0123456789abcdef";
	out[0] = '\\';
	if (hex) {
		out[1] = 'x';
		out[2] = digits[c >> 4];
		out[3] = digits[c & 15];
	} else {
		out[1] = (char)('0' + c / 100);
		out[2] = (char)('0' + c / 10 % 10);
		out[3] = (char)('0' + c % 10);
	}
}

static void
write_escaped(FILE *fp, const char *s, size_t n, bool hex)
{
	for (;;) {
		size_t k = zl_escape_span(s, n);
		if (k)
			fwrite(s, 1, k, fp);
		if (k == n)
			return;
		char e[4];
		escape_byte(e, (unsigned char)s[k], hex);
		fwrite(e, 1, sizeof e, fp);
		s += k + 1;
		n -= k + 1;
	}
}

/* Into out, which holds 4 * n + 1 bytes. */
static void
copy_escaped(char *out, const char *s, size_t n, bool hex)
{
	for (;;) {
		size_t k = zl_escape_span(s, n);
		memcpy(out, s, k);
		out += k;
		if (k == n)
			break;
		escape_byte(out, (unsigned char)s[k], hex);
		out += 4;
		s += k + 1;
		n -= k + 1;
	}
	*out = '\0';
}

void
zl_escape_text_write(FILE *fp, const char *s, size_t n)
{
	write_escaped(fp, s, n, false);
}

void
zl_escape_text_put(FILE *fp, const char *s)
{
	write_escaped(fp, s, strlen(s), false);
}

char *
zl_escape_text(const char *s)
{
	return zl_escape_text_n(s, strlen(s));
}

char *
zl_escape_text_n(const char *s, size_t n)
{
	char *out = zl_xmalloc(4 * n + 1);
	copy_escaped(out, s, n, false);
	return out;
}

/* A relative name that begins with, say, "::" or ESC would begin the
 * text renderer's line with the input's own text. */
static bool
needs_dot_slash(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	return c != '\0' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
	    !(c >= '0' && c <= '9') && !strchr("._/-", c);
}

void
zl_escape_path_put(FILE *fp, const char *s)
{
	if (needs_dot_slash(s))
		fputs("./", fp);
	write_escaped(fp, s, strlen(s), true);
}

char *
zl_escape_path(const char *s)
{
	size_t n = strlen(s), at = 0;
	char *out = zl_xmalloc(4 * n + 3);
	if (needs_dot_slash(s)) {
		memcpy(out, "./", 2);
		at = 2;
	}
	copy_escaped(out + at, s, n, true);
	return out;
}

void
zl_eprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = zl_vasprintf(fmt, ap);
	va_end(ap);
	zl_escape_text_put(stderr, line);
	fputc('\n', stderr);
	free(line);
}
