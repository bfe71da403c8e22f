/* textcheck.c: see textcheck.h. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "newtypes.h"
#include "textcheck.h"
#include "zonelint.h"

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
	default:
		return NULL;
	}
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar. */
static long long
days_from_civil(long long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long long)doe - 719468;
}

/* BIND's DNSKEY flag mnemonics (dns_keyflags_fromtext): each sets its
 * value within its mask. */
static const struct { const char *name; unsigned value, mask; } keyflags[] = {
	{"NOCONF", 0x4000, 0xC000}, {"NOAUTH", 0x8000, 0xC000},
	{"NOKEY", 0xC000, 0xC000}, {"FLAG2", 0x2000, 0x2000},
	{"EXTEND", 0x1000, 0x1000}, {"FLAG4", 0x0800, 0x0800},
	{"FLAG5", 0x0400, 0x0400}, {"USER", 0x0000, 0x0300},
	{"ZONE", 0x0100, 0x0300}, {"HOST", 0x0200, 0x0300},
	{"NTYP3", 0x0300, 0x0300}, {"FLAG8", 0x0080, 0x0080},
	{"REVOKE", 0x0080, 0x0080}, {"FLAG9", 0x0040, 0x0040},
	{"FLAG10", 0x0020, 0x0020}, {"FLAG11", 0x0010, 0x0010},
	{"KSK", 0x0001, 0x0001},
};

static size_t
keyflags_number(const char *s, size_t len, char *out)
{
	unsigned value = 0;
	for (size_t i = 0; i < len;) {
		size_t w = 0;
		while (i + w < len && s[i + w] != '|')
			w++;
		bool found = false;
		for (size_t k = 0; k < sizeof keyflags / sizeof *keyflags && !found; k++)
			if (strlen(keyflags[k].name) == w &&
			    strncasecmp(s + i, keyflags[k].name, w) == 0) {
				value = (value & ~keyflags[k].mask) | keyflags[k].value;
				found = true;
			}
		if (!found && w >= 4 && w <= 5 && strncasecmp(s + i, "SIG", 3) == 0) {
			unsigned n = 0; /* SIG0..SIG15; s is not NUL-terminated */
			for (size_t d = 3; d < w; d++) {
				if (!isdigit((unsigned char)s[i + d]))
					return 0;
				n = n * 10 + (unsigned)(s[i + d] - '0');
			}
			if (n > 15)
				return 0;
			value = (value & ~0x000Fu) | n;
			found = true;
		}
		if (!found)
			return 0;
		i += w + 1;
	}
	return (size_t)sprintf(out, "%u", value);
}

size_t
zl_text_rewrite(ldns_rr_type type, size_t k, const char *s, size_t len,
    char *out)
{
	/* a type ldns does not know by name, where a type is named */
	if ((type == LDNS_RR_TYPE_RRSIG && k == 0) ||
	    (type == LDNS_RR_TYPE_NSEC && k >= 1) ||
	    (type == LDNS_RR_TYPE_NSEC3 && k >= 5) ||
	    (type == LDNS_RR_TYPE_CSYNC && k >= 2)) {
		const struct zl_newtype *nt = zl_newtype_by_name(s, len);
		return nt ? (size_t)sprintf(out, "TYPE%u", nt->type) : 0;
	}
	switch (type) {
	case LDNS_RR_TYPE_NSEC3: /* base32hex without padding: ldns wants it */
		if (k == 4 && len % 8 != 0 && memchr(s, '=', len) == NULL) {
			memcpy(out, s, len);
			while (len % 8 != 0)
				out[len++] = '=';
			return len;
		}
		return 0;
	case LDNS_RR_TYPE_RRSIG: { /* dates before 1970 or after 2106: as the
	                            * 32-bit serial time they stand for */
		if ((k != 4 && k != 5) || len != 14)
			return 0;
		for (size_t i = 0; i < len; i++)
			if (!isdigit((unsigned char)s[i]))
				return 0;
		unsigned v[6], w[6] = {4, 2, 2, 2, 2, 2};
		for (size_t f = 0, o = 0; f < 6; o += w[f], f++) {
			v[f] = 0;
			for (size_t i = 0; i < w[f]; i++)
				v[f] = v[f] * 10 + (unsigned)(s[o + i] - '0');
		}
		if ((v[0] >= 1970 && v[0] <= 2105) || v[1] < 1 || v[1] > 12 ||
		    v[2] < 1 || v[2] > 31)
			return 0;
		long long t = days_from_civil(v[0], v[1], v[2]) * 86400 +
		    v[3] * 3600LL + v[4] * 60LL + v[5];
		return (size_t)sprintf(out, "%u", (unsigned)((unsigned long long)t &
		    0xFFFFFFFFu));
	}
	case LDNS_RR_TYPE_DNSKEY: case LDNS_RR_TYPE_KEY: case LDNS_RR_TYPE_CDNSKEY:
		if (k == 0 && len > 0 && isalpha((unsigned char)s[0]))
			return keyflags_number(s, len, out);
		return 0;
	default:
		return 0;
	}
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
