/* generate.c: BIND's $GENERATE templates, as named(8) reads them. */
#include <ctype.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "generate.h"

static const char *
parse_u32(const char **p, const char *end, uint32_t *v)
{
	if (*p >= end || !isdigit((unsigned char)**p))
		return "a number is expected";
	uint64_t n = 0;
	while (*p < end && isdigit((unsigned char)**p)) {
		n = n * 10 + (uint64_t)(**p - '0');
		if (n > UINT32_MAX)
			return "number too large";
		(*p)++;
	}
	*v = (uint32_t)n;
	return NULL;
}

const char *
zl_generate_range(const char *s, size_t len, uint32_t *start, uint32_t *stop,
    uint32_t *step)
{
	const char *p = s, *end = s + len, *err;
	if ((err = parse_u32(&p, end, start)) != NULL)
		return "invalid range: start is not a number";
	if (p >= end || *p++ != '-')
		return "invalid range: expected start-stop";
	if ((err = parse_u32(&p, end, stop)) != NULL)
		return "invalid range: stop is not a number";
	*step = 1;
	if (p < end && *p == '/') {
		p++;
		if (parse_u32(&p, end, step) != NULL || *step == 0)
			return "invalid range: step must be a number above 0";
	}
	if (p != end)
		return "invalid range: unexpected text";
	if (*start > *stop)
		return "invalid range: start is above stop";
	return NULL;
}

/* Appends value in base, zero-padded to width ("n"/"N": reversed
 * nibbles separated by dots, width counting the output characters). */
static int
format(char *buf, size_t size, uint32_t v, unsigned width, char base)
{
	switch (base) {
	case 'd': return snprintf(buf, size, "%0*u", (int)width, v);
	case 'o': return snprintf(buf, size, "%0*o", (int)width, v);
	case 'x': return snprintf(buf, size, "%0*x", (int)width, v);
	case 'X': return snprintf(buf, size, "%0*X", (int)width, v);
	default: break;
	}
	char hex[16];
	int n = snprintf(hex, sizeof hex, base == 'n' ? "%x" : "%X", v);
	size_t out = 0;
	/* pad with zero nibbles until the dotted form reaches width */
	int pad = 0;
	while ((size_t)(2 * (n + pad) - 1) < width)
		pad++;
	for (int i = n - 1; i >= -pad; i--) {
		if (out + 2 >= size)
			return -1;
		if (out > 0)
			buf[out++] = '.';
		buf[out++] = i >= 0 ? hex[i] : '0';
	}
	buf[out] = '\0';
	return (int)out;
}

long
zl_generate_expand(const char *tmpl, size_t len, uint32_t it, char *out,
    size_t outsize, const char **err)
{
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		char c = tmpl[i];
		if (c == '\\' && i + 1 < len && tmpl[i + 1] == '$') {
			if (o + 1 >= outsize)
				goto toolong;
			out[o++] = '$';
			i += 2;
			continue;
		}
		if (c != '$') {
			if (o + 1 >= outsize)
				goto toolong;
			out[o++] = c;
			i++;
			continue;
		}
		long long offset = 0;
		unsigned width = 0;
		char base = 'd';
		i++;
		if (i < len && tmpl[i] == '{') {
			const char *close = memchr(tmpl + i, '}', len - i);
			if (close == NULL) {
				*err = "'${' without its '}'";
				return -1;
			}
			char spec[64];
			size_t sl = (size_t)(close - (tmpl + i + 1));
			if (sl >= sizeof spec) {
				*err = "modifier too long";
				return -1;
			}
			memcpy(spec, tmpl + i + 1, sl);
			spec[sl] = '\0';
			char b[2] = "d";
			int w = 0, k = 0;
			long long off = 0;
			int got = sscanf(spec, "%lld%n,%d%n,%1[doxXnN]%n", &off, &k, &w, &k,
			    b, &k);
			if (got < 1 || (size_t)k != sl || w < 0 || w > 255 ||
			    off > INT_MAX || off < INT_MIN) { /* sscanf saturates */
				*err = "bad ${offset,width,base} modifier";
				return -1;
			}
			offset = off;
			width = (unsigned)w;
			base = b[0];
			i = (size_t)(close - tmpl) + 1;
		}
		long long v = (long long)it + offset;
		if (v > INT_MAX || v < INT_MIN) {
			*err = "generated value out of range";
			return -1;
		}
		char num[2 * 255 + 16]; /* the widest: 255 digits, or nibbles and dots */
		int n = format(num, sizeof num, (uint32_t)v, width, base);
		/* snprintf tells the length it wanted: check it fitted */
		if (n < 0 || (size_t)n >= sizeof num || o + (size_t)n + 1 >= outsize)
			goto toolong;
		memcpy(out + o, num, (size_t)n);
		o += (size_t)n;
	}
	out[o] = '\0';
	return (long)o;
toolong:
	*err = "generated text too long";
	return -1;
}
