/* field.c: see field.h. */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "field.h"
#include "zonelint.h"

/* Base64 over fields f[0..n) as one text: whole quads, '=' padding only
 * at the end (RFC 4648 4), as BIND reads it. */
bool
zl_base64_ok(const struct zl_field *f, size_t n)
{
	size_t len = 0, pad = 0;
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < f[k].len; i++, len++) {
			unsigned char c = (unsigned char)f[k].text[i];
			if (c == '=')
				pad++;
			else if (pad > 0 || !(isalnum(c) || c == '+' || c == '/'))
				return false;
		}
	return len % 4 == 0 && pad <= 2 && len > pad;
}

bool
zl_field_number(const struct zl_field *f, unsigned max, unsigned *v)
{
	unsigned long x = 0;
	if (f->len == 0 || f->len > 10)
		return false;
	for (size_t i = 0; i < f->len; i++) {
		if (!isdigit((unsigned char)f->text[i]))
			return false;
		x = x * 10 + (unsigned long)(f->text[i] - '0');
	}
	*v = (unsigned)x;
	return x <= max;
}

size_t
zl_field_dname(const struct zl_field *f, const ldns_rdf *origin, uint8_t *out,
    bool *too_long)
{
	char text[LDNS_MAX_DOMAINLEN * 4 + 2];
	*too_long = f->len >= sizeof text;
	if (*too_long)
		return 0;
	memcpy(text, f->text, f->len);
	text[f->len] = '\0';
	ldns_rdf *name = zl_dname_from_text(text, origin);
	if (name == NULL)
		return 0;
	size_t n = ldns_rdf_size(name); /* at most 255: zl_dname_from_text checks */
	memcpy(out, ldns_rdf_data(name), n);
	ldns_rdf_deep_free(name);
	return n;
}

long
zl_field_gateway(const struct zl_field *f, unsigned type, const char *what,
    const ldns_rdf *origin, uint8_t *out, char *why, size_t whysize)
{
	char g[LDNS_MAX_DOMAINLEN * 4 + 2];
	if (f->len >= sizeof g) {
		snprintf(why, whysize, "the %s is too long", what);
		return -1;
	}
	memcpy(g, f->text, f->len);
	g[f->len] = '\0';
	if (type == 0) {
		if (strcmp(g, ".") == 0)
			return 0;
		snprintf(why, whysize, "%s type 0 takes '.' as its %s", what, what);
		return -1;
	}
	if (type == 1 || type == 2) {
		if (inet_pton(type == 1 ? AF_INET : AF_INET6, g, out) == 1)
			return type == 1 ? 4 : 16;
		snprintf(why, whysize, "the %s is not an IPv%d address", what,
		    type == 1 ? 4 : 6);
		return -1;
	}
	bool too_long;
	size_t nl = zl_field_dname(f, origin, out, &too_long);
	if (nl == 0)
		snprintf(why, whysize, "the %s is not a domain name", what);
	return nl ? (long)nl : -1;
}

size_t
zl_generic_text(const uint8_t *w, size_t n, char *out, size_t cap)
{
	static const char hex[] = "0123456789abcdef";
	if (cap < 16 + 2 * n)
		return 0;
	size_t o = (size_t)snprintf(out, cap, "\\# %zu ", n);
	for (size_t i = 0; i < n; i++) {
		out[o++] = hex[w[i] >> 4];
		out[o++] = hex[w[i] & 15];
	}
	out[o] = '\0';
	return o;
}
