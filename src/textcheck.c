/* textcheck.c: see textcheck.h. */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rrname.h"
#include "words.h"
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
const char *
zl_check_generic(const struct zl_field *f, size_t n, size_t *field, char *buf,
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

/* An EUI of groups octets; example shows the form. */
static const char *
eui_check(const struct zl_field *f, size_t n, size_t *field, char *buf,
    size_t size, size_t groups, const char *example)
{
	*field = 0;
	if (n == 0 || eui_ok(&f[0], groups))
		return NULL;
	snprintf(buf, size, "write each octet as two hex digits joined by '-', "
	    "as in %s", example);
	return buf;
}

const char *
zl_check_eui48(const struct zl_field *f, size_t n, size_t *field, char *buf,
    size_t size)
{
	return eui_check(f, n, field, buf, size, 6, "00-00-5e-00-53-2a");
}

const char *
zl_check_eui64(const struct zl_field *f, size_t n, size_t *field, char *buf,
    size_t size)
{
	return eui_check(f, n, field, buf, size, 8, "00-00-5e-ef-10-00-00-2a");
}

const char *
zl_check_nsap(const struct zl_field *f, size_t n, size_t *field, char *buf,
    size_t size)
{
	*field = 0;
	if (n >= 1 && !nsap_ok(&f[0])) {
		snprintf(buf, size, "an NSAP is 0x and a whole number of octets in "
		    "hex");
		return buf;
	}
	return NULL;
}

/* A field of digits only, as a number no greater than max, into *v. */
static bool
number_fits(const struct zl_field *f, unsigned long long max,
    unsigned long long *v)
{
	unsigned long long x = 0;
	if (f->len == 0 || f->len > 20)
		return false;
	for (size_t i = 0; i < f->len; i++) {
		if (!isdigit((unsigned char)f->text[i]))
			return false;
		x = x * 10 + (unsigned)(f->text[i] - '0');
		if (x > max)
			return false;
	}
	*v = x;
	return true;
}

static bool
decimal_ok(const struct zl_field *f, unsigned long long max)
{
	unsigned long long v;
	return number_fits(f, max, &v);
}

static bool
is_digits(const struct zl_field *f)
{
	for (size_t i = 0; i < f->len; i++)
		if (!isdigit((unsigned char)f->text[i]))
			return false;
	return f->len > 0;
}

/* A type name ldns or rrname.h knows, or TYPEnnn. */
static bool
type_name_ok(const struct zl_field *f)
{
	char t[32];
	if (f->len == 0 || f->len >= sizeof t)
		return false;
	memcpy(t, f->text, f->len);
	t[f->len] = '\0';
	if (f->len > 4 && strncasecmp(t, "TYPE", 4) == 0)
		return decimal_ok(&(struct zl_field){t + 4, f->len - 4}, 65535);
	return zl_type_by_name(t) != 0;
}

/* Hex over fields f[0..n) as one text: whole octets. */
static bool
hex_ok(const struct zl_field *f, size_t n)
{
	size_t digits = 0;
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < f[k].len; i++, digits++)
			if (!isxdigit((unsigned char)f[k].text[i]))
				return false;
	return digits % 2 == 0;
}

/* The two digits at s as a number. */
static unsigned
two_digits(const char *s)
{
	return (unsigned)(s[0] - '0') * 10 + (unsigned)(s[1] - '0');
}

/* An RRSIG time: YYYYMMDDHHmmSS, or seconds since 1970 (RFC 4034 3.2). */
static bool
time_ok(const struct zl_field *f)
{
	if (f->len != 14)
		return decimal_ok(f, 4294967295u);
	if (!is_digits(f))
		return false;
	const char *s = f->text;
	unsigned mon = two_digits(s + 4), day = two_digits(s + 6);
	return mon >= 1 && mon <= 12 && day >= 1 && day <= 31 &&
	    two_digits(s + 8) < 24 && two_digits(s + 10) < 60 &&
	    two_digits(s + 12) < 61;
}

/* An APL item, [!]AFI:ADDRESS/PREFIX (RFC 3123 5): a prefix of digits no
 * longer than the family's address. */
static bool
apl_ok(const struct zl_field *f)
{
	const char *slash = memchr(f->text, '/', f->len);
	size_t i = f->len > 0 && f->text[0] == '!';
	if (slash == NULL || f->len < i + 2 || f->text[i + 1] != ':' ||
	    (f->text[i] != '1' && f->text[i] != '2'))
		return false;
	struct zl_field prefix = {slash + 1, f->len - (size_t)(slash - f->text) - 1};
	return decimal_ok(&prefix, f->text[i] == '1' ? 32 : 128);
}

const char *
zl_fields_check(ldns_rr_type type, const struct zl_field *f, size_t n,
    size_t *field)
{
	const ldns_rr_descriptor *d = ldns_rr_descript((uint16_t)type);
	if (d == NULL || d->_type != type)
		return NULL;
	size_t max = ldns_rr_descriptor_maximum(d);
	for (size_t k = 0; k < n && k < max; k++) {
		const char *why = NULL;
		*field = k;
		switch (ldns_rr_descriptor_field_type(d, k)) {
		case LDNS_RDF_TYPE_INT8:
			why = decimal_ok(&f[k], 255) ? NULL : "not a number from 0 to 255";
			break;
		case LDNS_RDF_TYPE_INT16:
			why = decimal_ok(&f[k], 65535) ? NULL :
			    "not a number from 0 to 65535";
			break;
		case LDNS_RDF_TYPE_INT32:
			why = decimal_ok(&f[k], 4294967295u) ? NULL :
			    "not a number from 0 to 4294967295";
			break;
		case LDNS_RDF_TYPE_ALG: case LDNS_RDF_TYPE_CERTIFICATE_USAGE:
		case LDNS_RDF_TYPE_SELECTOR: case LDNS_RDF_TYPE_MATCHING_TYPE:
			/* a mnemonic, which ldns looks up, or an octet */
			why = !is_digits(&f[k]) || decimal_ok(&f[k], 255) ? NULL :
			    "not a number from 0 to 255";
			break;
		case LDNS_RDF_TYPE_CERT_ALG:
			why = !is_digits(&f[k]) || decimal_ok(&f[k], 65535) ? NULL :
			    "not a number from 0 to 65535";
			break;
		case LDNS_RDF_TYPE_PERIOD: {
			uint32_t v;
			why = zl_parse_ttl(f[k].text, f[k].len, &v) ? NULL : "not a "
			    "time from 0 to 4294967295 seconds (units s, m, h, d, w)";
			break;
		}
		case LDNS_RDF_TYPE_TIME:
			why = time_ok(&f[k]) ? NULL : "not a time as YYYYMMDDHHmmSS or "
			    "seconds since 1970";
			break;
		case LDNS_RDF_TYPE_TYPE:
			why = type_name_ok(&f[k]) ? NULL : "not a record type";
			break;
		case LDNS_RDF_TYPE_APL:
			why = apl_ok(&f[k]) ? NULL : "not [!]1:IPV4/PREFIX or "
			    "[!]2:IPV6/PREFIX with a prefix of at most 32 or 128 bits";
			break;
		case LDNS_RDF_TYPE_BITMAP: /* the rest: one type name each */
			for (; k < n; k++)
				if (!type_name_ok(&f[k])) {
					*field = k;
					return "not a record type";
				}
			return NULL;
		case LDNS_RDF_TYPE_B64: /* the rest, as one text */
			return zl_base64_ok(&f[k], n - k) ? NULL : "not base64: whole groups "
			    "of four characters, '=' padding only at the end";
		case LDNS_RDF_TYPE_HEX:
			return hex_ok(&f[k], n - k) ? NULL : "not hexadecimal: two digits "
			    "for each octet";
		case LDNS_RDF_TYPE_A: case LDNS_RDF_TYPE_AAAA:
		case LDNS_RDF_TYPE_DNAME: case LDNS_RDF_TYPE_STR:
		case LDNS_RDF_TYPE_CLASS: case LDNS_RDF_TYPE_TAG:
		case LDNS_RDF_TYPE_LONG_STR: case LDNS_RDF_TYPE_NSEC3_SALT:
		case LDNS_RDF_TYPE_NSEC3_NEXT_OWNER:
			break; /* one field, which ldns has checked */
		default:
			return NULL; /* may span fields: the rest is ldns's */
		}
		if (why)
			return why;
	}
	return NULL;
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

/* A type ldns does not know by name, where a type is named. */
static size_t
type_name(const char *s, size_t len, char *out)
{
	const struct zl_rrtype *rt = zl_rrtype_newer_named(s, len);
	return rt ? (size_t)sprintf(out, "TYPE%u", rt->type) : 0;
}

/* A CAA value without quotes (RFC 8659 4.1.1), which ldns refuses. */
size_t
zl_rewrite_caa(size_t k, const char *s, size_t len, char *out)
{
	if (k != 2 || len == 0 || s[0] == '"')
		return 0;
	out[0] = '"';
	memcpy(out + 1, s, len);
	out[len + 1] = '"';
	return len + 2;
}

/* The type covered by name; dates before 1970 or after 2106 as the
 * 32-bit serial time they stand for. */
size_t
zl_rewrite_rrsig(size_t k, const char *s, size_t len, char *out)
{
	if (k == 0)
		return type_name(s, len, out);
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

/* The bitmap's types by name. */
size_t
zl_rewrite_nsec(size_t k, const char *s, size_t len, char *out)
{
	return k >= 1 ? type_name(s, len, out) : 0;
}

/* base32hex without padding, which ldns wants; the bitmap's types. */
size_t
zl_rewrite_nsec3(size_t k, const char *s, size_t len, char *out)
{
	if (k >= 5)
		return type_name(s, len, out);
	if (k == 4 && len % 8 != 0 && memchr(s, '=', len) == NULL) {
		memcpy(out, s, len);
		while (len % 8 != 0)
			out[len++] = '=';
		return len;
	}
	return 0;
}

size_t
zl_rewrite_csync(size_t k, const char *s, size_t len, char *out)
{
	return k >= 2 ? type_name(s, len, out) : 0;
}

/* DNSKEY, KEY and CDNSKEY flags written as mnemonics. */
size_t
zl_rewrite_key_flags(size_t k, const char *s, size_t len, char *out)
{
	if (k == 0 && len > 0 && isalpha((unsigned char)s[0]))
		return keyflags_number(s, len, out);
	return 0;
}

size_t
zl_csync_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t w[6];
	unsigned long long serial;
	unsigned flags;
	*bad = 0;
	if (n != 2 || !number_fits(&f[0], 4294967295u, &serial)) {
		snprintf(why, whysize, "the SOA serial is a number from 0 to "
		    "4294967295");
		return 0;
	}
	if (!zl_field_number(&f[1], 65535, &flags)) {
		*bad = 1;
		snprintf(why, whysize, "the flags are a number from 0 to 65535");
		return 0;
	}
	for (int i = 0; i < 4; i++)
		w[i] = (uint8_t)(serial >> (24 - 8 * i));
	w[4] = (uint8_t)(flags >> 8);
	w[5] = (uint8_t)flags;
	return zl_generic_text(w, sizeof w, out, cap);
}
