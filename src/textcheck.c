/* textcheck.c: see textcheck.h. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textcheck.h"

/* "xx-xx-...": groups of exactly two hex digits (RFC 7043 3.2). */
static bool
eui_ok(const struct zl_field *f, size_t groups)
{
	if (f->len != groups * 3 - 1)
		return false;
	for (size_t i = 0; i < f->len; i++)
		if (i % 3 == 2 ? f->text[i] != '-' :
		    !isxdigit((unsigned char)f->text[i]))
			return false;
	return true;
}

/* "0x" then hex digits, dots between them allowed, a whole number of
 * octets and at least one (RFC 1706 5). */
static bool
nsap_ok(const struct zl_field *f)
{
	if (f->len < 3 || f->text[0] != '0' || tolower((unsigned char)f->text[1]) != 'x')
		return false;
	size_t digits = 0;
	for (size_t i = 2; i < f->len; i++) {
		if (isxdigit((unsigned char)f->text[i]))
			digits++;
		else if (f->text[i] != '.')
			return false;
	}
	return digits > 0 && digits % 2 == 0;
}

/* \# LENGTH HEX...: the hex digits, over any number of fields, give
 * exactly LENGTH octets (RFC 3597 5). */
static const char *
generic_check(const struct zl_field *f, size_t n, size_t *field, char *buf,
    size_t size)
{
	if (n < 2)
		return NULL;
	size_t digits = 0;
	for (size_t k = 2; k < n; k++)
		for (size_t i = 0; i < f[k].len; i++) {
			if (!isxdigit((unsigned char)f[k].text[i])) {
				*field = k;
				snprintf(buf, size, "'%c' is not a hexadecimal digit",
				    f[k].text[i]);
				return buf;
			}
			digits++;
		}
	unsigned long len = strtoul(f[1].text, NULL, 10);
	if (digits != 2 * len) {
		*field = 1;
		snprintf(buf, size, "\\# %lu announces %lu octets, but %zu hex "
		    "digits follow", len, len, digits);
		return buf;
	}
	return NULL;
}

/* One SvcParam "key=value" of SVCB/HTTPS (RFC 9460 2.1 and 7). */
static const char *
svc_param_check(const struct zl_field *f, char *buf, size_t size)
{
	const char *eq = memchr(f->text, '=', f->len);
	if (eq == NULL)
		return NULL;
	size_t klen = (size_t)(eq - f->text);
	const char *v = eq + 1;
	size_t vlen = f->len - klen - 1;
	if (vlen > 0 && v[0] == '"') { /* a quoted value */
		v++;
		vlen = vlen >= 2 ? vlen - 2 : 0;
	}
	/* the value with the zone file's escapes undone: \X is X, \DDD a byte */
	char *d = malloc(vlen + 1);
	if (d == NULL)
		return NULL;
	size_t dl = 0;
	for (size_t i = 0; i < vlen; i++) {
		if (v[i] == '\\' && i + 3 < vlen && isdigit((unsigned char)v[i + 1]) &&
		    isdigit((unsigned char)v[i + 2]) && isdigit((unsigned char)v[i + 3])) {
			d[dl++] = (char)((v[i + 1] - '0') * 100 + (v[i + 2] - '0') * 10 +
			    (v[i + 3] - '0'));
			i += 3;
		} else if (v[i] == '\\' && i + 1 < vlen) {
			d[dl++] = v[++i];
		} else {
			d[dl++] = v[i];
		}
	}
	d[dl] = '\0';
	const char *why = NULL;
	if (klen == 4 && strncmp(f->text, "port", 4) == 0) {
		char *end;
		unsigned long port = strtoul(d, &end, 10);
		if (*d == '\0' || *end != '\0' || port > 65535) {
			snprintf(buf, size, "port=%s is not a port number (0 to 65535)", d);
			why = buf;
		}
	} else if (klen == 9 && strncmp(f->text, "mandatory", 9) == 0) {
		/* each key once (RFC 9460 8) */
		for (const char *k = d; *k && !why;) {
			size_t kl = strcspn(k, ",");
			for (const char *o = k + kl; *o == ',' && !why;) {
				o++;
				size_t ol = strcspn(o, ",");
				if (ol == kl && strncmp(k, o, kl) == 0) {
					snprintf(buf, size, "mandatory lists %.*s twice",
					    (int)kl, k);
					why = buf;
				}
				o += ol;
			}
			k += kl + (k[kl] == ',');
		}
	} else if (klen == 4 && strncmp(f->text, "alpn", 4) == 0) {
		/* a value list: items split on commas not escaped again; an
		 * empty item is an error (RFC 9460 A.1) */
		size_t item = 0;
		for (size_t i = 0; i <= dl && !why; i++) {
			if (i < dl && d[i] == '\\' && i + 1 < dl) {
				i++;
				item++;
			} else if (i == dl || d[i] == ',') {
				if (item == 0) {
					snprintf(buf, size, "alpn has an empty protocol id "
					    "(a comma inside an id is written \\\\, in a zone "
					    "file)");
					why = buf;
				}
				item = 0;
			} else {
				item++;
			}
		}
	}
	free(d);
	return why;
}

const char *
zl_text_check(ldns_rr_type type, const struct zl_field *f, size_t n,
    size_t *field, char *buf, size_t size)
{
	if (n >= 1 && f[0].len == 2 && memcmp(f[0].text, "\\#", 2) == 0)
		return generic_check(f, n, field, buf, size);
	*field = 0;
	switch (type) {
	case LDNS_RR_TYPE_EUI48:
	case LDNS_RR_TYPE_EUI64:
		if (n >= 1 && !eui_ok(&f[0], type == LDNS_RR_TYPE_EUI48 ? 6 : 8)) {
			snprintf(buf, size, "write each octet as two hex digits "
			    "joined by '-', as in %s", type == LDNS_RR_TYPE_EUI48 ?
			    "00-00-5e-00-53-2a" : "00-00-5e-ef-10-00-00-2a");
			return buf;
		}
		return NULL;
	case LDNS_RR_TYPE_NSAP:
		if (n >= 1 && !nsap_ok(&f[0])) {
			snprintf(buf, size, "an NSAP is 0x and a whole number of "
			    "octets in hex");
			return buf;
		}
		return NULL;
	case LDNS_RR_TYPE_NSEC3:
		if (n >= 5 && memchr(f[4].text, '=', f[4].len)) {
			*field = 4;
			snprintf(buf, size, "the next hashed owner name is base32hex "
			    "without '=' padding (RFC 5155 3.3)");
			return buf;
		}
		return NULL;
	case LDNS_RR_TYPE_SVCB:
	case LDNS_RR_TYPE_HTTPS:
		for (size_t k = 2; k < n; k++) {
			const char *why = svc_param_check(&f[k], buf, size);
			if (why) {
				*field = k;
				return why;
			}
		}
		return NULL;
	default:
		return NULL;
	}
}
