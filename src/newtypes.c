/* newtypes.c: see newtypes.h.  Each type's text form is that of its
 * specification, as BIND, Knot and NSD read it. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "newtypes.h"
#include "rrname.h"
#include "zonelint.h"

/* The data of fields f[from..n) as one base64 text, decoded after the
 * head octets already in a new buffer; its length, or 0 (and *w NULL)
 * when it is not base64.  An empty text gives just the head. */
static size_t
with_base64(const struct zl_field *f, size_t from, size_t n,
    const uint8_t *head, size_t hl, uint8_t **w)
{
	size_t tl = 0;
	for (size_t k = from; k < n; k++)
		tl += f[k].len;
	char *text = zl_xmalloc(tl + 1);
	size_t o = 0;
	for (size_t k = from; k < n; k++) {
		memcpy(text + o, f[k].text, f[k].len);
		o += f[k].len;
	}
	text[o] = '\0';
	ldns_rdf *data = NULL;
	size_t len = 0;
	*w = NULL;
	if (o == 0 || (zl_base64_ok(&f[from], n - from) &&
	    ldns_str2rdf_b64(&data, text) == LDNS_STATUS_OK)) {
		size_t dl = data ? ldns_rdf_size(data) : 0;
		*w = zl_xmalloc(hl + dl + 1);
		if (hl)
			memcpy(*w, head, hl);
		if (dl)
			memcpy(*w + hl, ldns_rdf_data(data), dl);
		len = hl + dl;
	}
	if (data)
		ldns_rdf_deep_free(data);
	free(text);
	return len;
}

static size_t
encoded(const uint8_t *w, size_t wl, char *out, size_t cap, char *why,
    size_t whysize)
{
	size_t o = zl_generic_text(w, wl, out, cap);
	if (o == 0)
		snprintf(why, whysize, "the data is too long");
	return o;
}

static void
put16(uint8_t *w, unsigned v)
{
	w[0] = (uint8_t)(v >> 8);
	w[1] = (uint8_t)v;
}

static void
put32(uint8_t *w, unsigned long v)
{
	put16(w, (unsigned)(v >> 16) & 0xFFFF);
	put16(w + 2, (unsigned)v & 0xFFFF);
}

/* HHIT and BRID (RFC 9886): the whole data in base64. */
size_t
zl_base64_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t *w;
	size_t wl = with_base64(f, 0, n, NULL, 0, &w);
	*bad = 0;
	if (w == NULL || wl == 0) {
		snprintf(why, whysize, w ? "the data is missing" :
		    "the data is not base64");
		free(w);
		return 0;
	}
	size_t o = encoded(w, wl, out, cap, why, whysize);
	free(w);
	return o;
}

/* DSYNC (RFC 9859 2.1): the type a parent wants notices about, the
 * scheme (1, NOTIFY), a port, and the target to send them to. */
size_t
zl_dsync_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	uint8_t w[5 + LDNS_MAX_DOMAINLEN + 1];
	char t[32];
	*bad = 0;
	if (n != 4) {
		*bad = n < 4 ? n : 4;
		snprintf(why, whysize, n < 4 ? "a DSYNC record has a type, a scheme, "
		    "a port and a target" : "unexpected text after the target");
		return 0;
	}
	snprintf(t, sizeof t, "%.*s", (int)(f[0].len < 31 ? f[0].len : 31),
	    f[0].text);
	ldns_rr_type type = zl_type_by_name(t);
	if (type == 0) {
		snprintf(why, whysize, "'%s' is not a record type", t);
		return 0;
	}
	put16(w, type);
	unsigned scheme, port;
	if (zl_word_is(f[1].text, f[1].len, "NOTIFY"))
		scheme = 1;
	else if (!zl_field_number(&f[1], 255, &scheme)) {
		*bad = 1;
		snprintf(why, whysize, "the scheme is NOTIFY or a number from 0 to "
		    "255");
		return 0;
	}
	w[2] = (uint8_t)scheme;
	if (!zl_field_number(&f[2], 65535, &port)) {
		*bad = 2;
		snprintf(why, whysize, "the port is a number from 0 to 65535");
		return 0;
	}
	put16(w + 3, port);
	bool too_long;
	size_t nl = zl_field_dname(&f[3], origin, w + 5, &too_long);
	if (nl == 0) {
		*bad = 3;
		snprintf(why, whysize, "the target is not a domain name");
		return 0;
	}
	return encoded(w, 5 + nl, out, cap, why, whysize);
}

/* AMTRELAY (RFC 8777 4.3): precedence, discovery-optional bit, relay
 * type and relay: none ("."), IPv4, IPv6 or a name. */
size_t
zl_amtrelay_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	uint8_t w[2 + LDNS_MAX_DOMAINLEN + 1];
	unsigned v[3], max[3] = {255, 1, 3};
	static const char *const what[3] = {
		"the precedence is a number from 0 to 255",
		"the discovery-optional bit is 0 or 1",
		"the relay type is 0 (none), 1 (IPv4), 2 (IPv6) or 3 (a name)",
	};
	for (size_t k = 0; k < 3; k++)
		if (k >= n || !zl_field_number(&f[k], max[k], &v[k])) {
			*bad = k < n ? k : n;
			snprintf(why, whysize, "%s", what[k]);
			return 0;
		}
	*bad = 3;
	if (n != 4) {
		*bad = n < 4 ? n : 4;
		snprintf(why, whysize, n < 4 ? "the relay is missing ('.' for none)" :
		    "unexpected text after the relay");
		return 0;
	}
	w[0] = (uint8_t)v[0];
	w[1] = (uint8_t)(v[1] << 7 | v[2]);
	size_t wl = 2;
	long rl = zl_field_gateway(&f[3], v[2], "relay", origin, w + wl, why,
	    whysize);
	if (rl < 0)
		return 0;
	wl += (size_t)rl;
	return encoded(w, wl, out, cap, why, whysize);
}

/* A decimal number of at most max, of up to 20 digits. */
static bool
number64(const char *s, size_t len, unsigned long long max,
    unsigned long long *v)
{
	unsigned long long x = 0;
	if (len == 0 || len > 20)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned d = (unsigned)(s[i] - '0');
		if (!isdigit((unsigned char)s[i]) || x > (max - d) / 10)
			return false;
		x = x * 10 + d;
	}
	*v = x;
	return true;
}

/* IPN (draft-johnson-dns-ipn-cla 3.1): a CBHE node number of 64 bits, in
 * decimal or as ALLOCATOR.NODE, two numbers of 32 bits. */
size_t
zl_ipn_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	*bad = 0;
	unsigned long long v = 0, hi, lo;
	const char *dot = n ? memchr(f[0].text, '.', f[0].len) : NULL;
	bool ok = n == 1 && (dot ? number64(f[0].text, (size_t)(dot -
	    f[0].text), 0xFFFFFFFFu, &hi) && number64(dot + 1, f[0].len -
	    (size_t)(dot - f[0].text) - 1, 0xFFFFFFFFu, &lo) &&
	    (v = hi << 32 | lo, true) : number64(f[0].text, f[0].len,
	    ~0ULL, &v));
	if (!ok) {
		*bad = n > 1 ? 1 : 0;
		snprintf(why, whysize, n > 1 ? "unexpected text after the node "
		    "number" : "the node number is a number below 2^64, or two "
		    "numbers below 2^32 joined by a dot");
		return 0;
	}
	uint8_t w[8];
	put32(w, (unsigned long)(v >> 32));
	put32(w + 4, (unsigned long)(v & 0xFFFFFFFFu));
	return encoded(w, 8, out, cap, why, whysize);
}

/* DOA (draft-durand-doa-over-dns 3): enterprise, type, location, media
 * type (a character string) and data in base64, "-" when there is none. */
size_t
zl_doa_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	(void)origin;
	uint8_t head[9 + 256];
	unsigned long v[2];
	for (size_t k = 0; k < 2; k++) {
		unsigned long long x;
		if (k >= n || !number64(f[k].text, f[k].len, 0xFFFFFFFFu, &x)) {
			*bad = k < n ? k : n;
			snprintf(why, whysize, "the enterprise and type are numbers "
			    "from 0 to 4294967295");
			return 0;
		}
		v[k] = (unsigned long)x;
	}
	put32(head, v[0]);
	put32(head + 4, v[1]);
	unsigned loc;
	if (n < 3 || !zl_field_number(&f[2], 255, &loc)) {
		*bad = n < 3 ? n : 2;
		snprintf(why, whysize, "the location is a number from 0 to 255");
		return 0;
	}
	head[8] = (uint8_t)loc;
	if (n < 5) {
		*bad = n;
		snprintf(why, whysize, "a DOA record has a media type and data "
		    "('-' for none)");
		return 0;
	}
	/* the media type: ldns reads a character string inside its quotes */
	const char *s = f[3].text;
	size_t sl = f[3].len;
	if (sl >= 2 && s[0] == '"' && s[sl - 1] == '"') {
		s++;
		sl -= 2;
	}
	char *mt = strndup(s, sl);
	ldns_rdf *str = NULL;
	ldns_status st = mt ? ldns_str2rdf_str(&str, mt) : LDNS_STATUS_MEM_ERR;
	free(mt);
	if (st != LDNS_STATUS_OK) {
		*bad = 3;
		snprintf(why, whysize, "the media type is not a character string");
		return 0;
	}
	size_t hl = 9 + ldns_rdf_size(str);
	memcpy(head + 9, ldns_rdf_data(str), ldns_rdf_size(str));
	ldns_rdf_deep_free(str);
	uint8_t *w;
	bool none = n == 5 && f[4].len == 1 && f[4].text[0] == '-';
	size_t wl = with_base64(f, none ? n : 4, n, head, hl, &w);
	if (w == NULL) {
		*bad = 4;
		snprintf(why, whysize, "the data is not base64 (or '-' for none)");
		return 0;
	}
	size_t o = encoded(w, wl, out, cap, why, whysize);
	free(w);
	return o;
}

/* An uncompressed domain name at w[0..n): its length, or 0. */
static size_t
wire_name(const uint8_t *w, size_t n)
{
	size_t o = 0;
	while (o < n && w[o] != 0) {
		if (w[o] > 63)
			return 0;
		o += 1 + w[o];
	}
	return o < n && o + 1 <= LDNS_MAX_DOMAINLEN ? o + 1 : 0;
}

const char *
zl_newtype_wire_check(unsigned type, const uint8_t *w, size_t n)
{
	switch (type) {
	case 66: /* DSYNC: type, scheme, port, target */
		return n > 5 && wire_name(w + 5, n - 5) == n - 5 ? NULL :
		    "a DSYNC record is a type, a scheme, a port and a domain name";
	case 67: case 68:
		return n > 0 ? NULL : "the data is missing";
	case 259: /* DOA: enterprise, type, location, media type, data */
		return n >= 10 && 10u + w[9] <= n ? NULL : "a DOA record is two "
		    "32-bit numbers, an octet, a character string and data";
	case 260: { /* AMTRELAY: its relay type says what follows */
		static const size_t len[3] = {2, 6, 18};
		unsigned relay = n >= 2 ? w[1] & 0x7F : 0;
		bool ok = n >= 2 && (relay < 3 ? n == len[relay] : relay > 3 ||
		    wire_name(w + 2, n - 2) == n - 2);
		return ok ? NULL : "the relay does not match the relay type";
	}
	case 264:
		return n == 8 ? NULL : "an IPN node number is 8 octets";
	default:
		return NULL;
	}
}
