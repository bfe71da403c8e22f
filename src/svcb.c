/* svcb.c: see svcb.h. */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svcb.h"
#include "zonelint.h"

#define MAX_WIRE 65535
#define MAX_PARAMS 64

struct param {
	unsigned key;
	size_t off, len;     /* value in the value arena */
	size_t field;
};

struct enc {
	uint8_t *vals;       /* every value, one after another */
	size_t nvals, capvals;
	struct param p[MAX_PARAMS];
	size_t np;
	char *why;
	size_t whysize;
};

static const char *const key_names[] = {
	"mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech",
	"ipv6hint", "dohpath", "ohttp", "tls-supported-groups", "docpath",
	"pvd", "oots", /* IANA's registry, 2026; oots is a draft's */
};

/* The number of a key name: mandatory .. tls-supported-groups, keyNNNNN;
 * -1 when unknown. */
static long
key_number(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof key_names / sizeof *key_names; i++)
		if (strlen(key_names[i]) == len && strncmp(s, key_names[i], len) == 0)
			return (long)i;
	if (len == 9 && strncmp(s, "echconfig", 9) == 0)
		return 5; /* its draft name, which ldns 1.8.3 writes */
	if (len < 4 || len > 8 || strncmp(s, "key", 3) != 0)
		return -1;
	long n = 0;
	for (size_t i = 3; i < len; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		n = n * 10 + (s[i] - '0');
	}
	return n < 65535 ? n : -1; /* key65535 is reserved */
}

const char *
zl_svcb_key_name(unsigned k, char *buf, size_t size)
{
	if (k < sizeof key_names / sizeof *key_names)
		return key_names[k];
	snprintf(buf, size, "key%u", k);
	return buf;
}

static bool
put(struct enc *e, const void *p, size_t n)
{
	if (n == 0)
		return true;
	if (e->nvals + n > MAX_WIRE)
		return false;
	if (e->nvals + n > e->capvals) {
		e->capvals = (e->nvals + n) * 2;
		uint8_t *v = realloc(e->vals, e->capvals);
		if (v == NULL)
			return false;
		e->vals = v;
	}
	memcpy(e->vals + e->nvals, p, n);
	e->nvals += n;
	return true;
}

static bool
put16(struct enc *e, unsigned v)
{
	uint8_t b[2] = {(uint8_t)(v >> 8), (uint8_t)v};
	return put(e, b, 2);
}

/* A value's text with its quotes taken off and the zone file's escapes
 * undone (RFC 9460 A.1: a value list then splits at commas, and a comma
 * inside an item is written \\, in the zone file); (size_t)-1 when a
 * backslash ends it. */
static size_t
decode(const char *s, size_t len, char *out)
{
	if (len >= 2 && s[0] == '"' && s[len - 1] == '"') {
		s++;
		len -= 2;
	}
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\\') {
			out[o++] = s[i];
		} else if (i + 1 >= len) {
			return (size_t)-1; /* a backslash escapes nothing */
		} else if (i + 3 < len && isdigit((unsigned char)s[i + 1]) &&
		    isdigit((unsigned char)s[i + 2]) && isdigit((unsigned char)s[i + 3])) {
			int v = (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
			    (s[i + 3] - '0');
			out[o++] = (char)v;
			i += 3;
		} else {
			out[o++] = s[++i];
		}
	}
	return o;
}

/* Splits a decoded value list at commas not escaped; calls item() on each
 * item with its escapes undone.  Returns false when item() does. */
static bool
each_item(const char *v, size_t len, struct enc *e,
    bool (*item)(struct enc *e, const char *s, size_t n))
{
	char buf[MAX_WIRE];
	size_t n = 0;
	for (size_t i = 0; i <= len; i++) {
		if (i == len || v[i] == ',') {
			if (!item(e, buf, n))
				return false;
			n = 0;
		} else if (v[i] == '\\') {
			/* RFC 9460 A.1: in a list, \ escapes only ',' and '\' */
			if (i + 1 >= len || (v[i + 1] != ',' && v[i + 1] != '\\')) {
				snprintf(e->why, e->whysize, "in a value list a backslash "
				    "escapes only ',' or another backslash (written \\\\, "
				    "or \\\\\\\\ in a zone file)");
				return false;
			}
			buf[n++] = v[++i];
		} else {
			buf[n++] = v[i];
		}
	}
	return true;
}

static bool
alpn_item(struct enc *e, const char *s, size_t n)
{
	if (n == 0 || n > 255) {
		snprintf(e->why, e->whysize, "alpn has an empty protocol id (a "
		    "comma inside an id is written \\\\, in a zone file)");
		if (n > 255)
			snprintf(e->why, e->whysize, "an alpn id is longer than 255 "
			    "octets");
		return false;
	}
	uint8_t l = (uint8_t)n;
	return put(e, &l, 1) && put(e, s, n);
}

static bool
ipv4_item(struct enc *e, const char *s, size_t n)
{
	char a[64];
	uint8_t w[4];
	snprintf(a, sizeof a, "%.*s", (int)n, s);
	if (n >= sizeof a || inet_pton(AF_INET, a, w) != 1) {
		snprintf(e->why, e->whysize, "ipv4hint '%s' is not an IPv4 address", a);
		return false;
	}
	return put(e, w, 4);
}

static bool
ipv6_item(struct enc *e, const char *s, size_t n)
{
	char a[64];
	uint8_t w[16];
	snprintf(a, sizeof a, "%.*s", (int)n, s);
	if (n >= sizeof a || inet_pton(AF_INET6, a, w) != 1) {
		snprintf(e->why, e->whysize, "ipv6hint '%s' is not an IPv6 address", a);
		return false;
	}
	return put(e, w, 16);
}

static bool
number16(const char *s, size_t n, unsigned *v)
{
	return zl_field_number(&(struct zl_field){s, n}, 65535, v);
}

static bool
group_item(struct enc *e, const char *s, size_t n)
{
	unsigned v;
	if (!number16(s, n, &v)) {
		snprintf(e->why, e->whysize, "tls-supported-groups takes numbers "
		    "from 0 to 65535");
		return false;
	}
	return put16(e, v);
}

/* docpath (RFC 9953): path segments, each with its length; none is "/" */
static bool
segment_item(struct enc *e, const char *s, size_t n)
{
	if (n == 0)
		return true;
	if (n > 255) {
		snprintf(e->why, e->whysize, "a docpath segment is longer than 255 "
		    "octets");
		return false;
	}
	uint8_t l = (uint8_t)n;
	return put(e, &l, 1) && put(e, s, n);
}

static bool
mandatory_item(struct enc *e, const char *s, size_t n)
{
	long k = key_number(s, n); /* mandatory itself: hygiene-svcb-params */
	if (k < 0) {
		snprintf(e->why, e->whysize, "mandatory lists '%.*s', which is no "
		    "key", (int)n, s);
		return false;
	}
	return put16(e, (unsigned)k);
}

static int
cmp16(const void *a, const void *b)
{
	const uint8_t *x = a, *y = b;
	return (x[0] << 8 | x[1]) - (y[0] << 8 | y[1]);
}

static bool encode_decoded(struct enc *e, unsigned key, char *v, size_t vl,
    bool has_value);

/* The value of one SvcParam, appended to the arena. */
static bool
encode_value(struct enc *e, unsigned key, const char *text, size_t tlen,
    bool has_value)
{
	char *v = malloc(tlen + 1);
	if (v == NULL)
		return false;
	size_t vl = decode(text, tlen, v);
	bool ok = vl != (size_t)-1 && encode_decoded(e, key, v, vl, has_value);
	if (vl == (size_t)-1)
		snprintf(e->why, e->whysize, "the value ends in a backslash that "
		    "escapes nothing");
	free(v);
	return ok;
}

static bool
encode_decoded(struct enc *e, unsigned key, char *v, size_t vl, bool has_value)
{
	bool empty_ok = key == 2 || key == 5 || key == 8 || key >= 10;
	if (!has_value && !empty_ok) {
		char kb[16];
		snprintf(e->why, e->whysize, "%s needs a value",
		    zl_svcb_key_name(key, kb, sizeof kb));
		return false;
	}
	if (has_value && (key == 2 || key == 8 || key == 11) && vl > 0) {
		snprintf(e->why, e->whysize, "%s takes no value", key_names[key]);
		return false;
	}
	switch (key) {
	case 0: {
		size_t start = e->nvals;
		if (!each_item(v, vl, e, mandatory_item))
			return false;
		if (e->nvals == start)
			return true; /* an empty list */
		qsort(e->vals + start, (e->nvals - start) / 2, 2, cmp16);
		for (size_t i = start + 2; i < e->nvals; i += 2)
			if (memcmp(e->vals + i, e->vals + i - 2, 2) == 0) {
				char kb[16];
				unsigned k = (unsigned)(e->vals[i] << 8 | e->vals[i + 1]);
				snprintf(e->why, e->whysize, "mandatory lists %s twice",
				    zl_svcb_key_name(k, kb, sizeof kb));
				return false;
			}
		return true;
	}
	case 1: return each_item(v, vl, e, alpn_item);
	case 3: {
		unsigned port;
		if (!number16(v, vl, &port)) {
			snprintf(e->why, e->whysize, "port=%.*s is not a port number "
			    "(0 to 65535)", (int)(vl < 20 ? vl : 20), v);
			return false;
		}
		return put16(e, port);
	}
	case 4: return each_item(v, vl, e, ipv4_item);
	case 5: {
		v[vl] = '\0';
		ldns_rdf *b = NULL;
		bool ok = vl == 0 || (ldns_str2rdf_b64(&b, v) == LDNS_STATUS_OK &&
		    put(e, ldns_rdf_data(b), ldns_rdf_size(b)));
		if (b)
			ldns_rdf_deep_free(b);
		if (!ok && e->why[0] == '\0')
			snprintf(e->why, e->whysize, "ech is not base64");
		return ok;
	}
	case 6: return each_item(v, vl, e, ipv6_item);
	case 9: {
		size_t start = e->nvals;
		if (!each_item(v, vl, e, group_item))
			return false;
		for (size_t i = start; i < e->nvals; i += 2) /* each group once */
			for (size_t k = start; k < i; k += 2)
				if (memcmp(e->vals + i, e->vals + k, 2) == 0) {
					snprintf(e->why, e->whysize, "tls-supported-groups lists "
					    "%u twice", (unsigned)(e->vals[i] << 8 | e->vals[i + 1]));
					return false;
				}
		return true;
	}
	case 10: return each_item(v, vl, e, segment_item);
	case 12: /* oots: TRANSPORT:PERCENT, each transport once, 0 to 100;
	          * on the wire each is the transport as a length and its
	          * octets, then the percentage in one octet
	          * (draft-johani-dnsop-svcb-oots 2.2, as NSD writes it) */
		for (size_t i = 0; i < vl;) {
			size_t end = i;
			while (end < vl && v[end] != ',')
				end++;
			const char *colon = memchr(v + i, ':', end - i);
			unsigned pct;
			if (colon == NULL || colon == v + i ||
			    !number16(colon + 1, (size_t)(v + end - colon - 1), &pct) ||
			    pct > 100) {
				snprintf(e->why, e->whysize, "oots takes TRANSPORT:PERCENT "
				    "items, percentages from 0 to 100");
				return false;
			}
			for (size_t k = 0; k < i;) { /* each transport once */
				size_t kend = k;
				while (kend < i && v[kend] != ':')
					kend++;
				if (kend - k == (size_t)(colon - v - (long)i) &&
				    memcmp(v + k, v + i, kend - k) == 0) {
					snprintf(e->why, e->whysize, "oots lists %.*s twice",
					    (int)(kend - k), v + k);
					return false;
				}
				while (k < i && v[k] != ',')
					k++;
				k++;
			}
			uint8_t len = (uint8_t)(colon - v - (long)i), p = (uint8_t)pct;
			if (colon - v - (long)i > 255 || !put(e, &len, 1) ||
			    !put(e, v + i, len) || !put(e, &p, 1))
				return false;
			i = end + 1;
		}
		return true;
	default: return put(e, v, vl); /* dohpath, keyNNNNN: the octets */
	}
}

static int
by_key(const void *a, const void *b)
{
	const struct param *x = a, *y = b;
	return x->key < y->key ? -1 : x->key > y->key;
}

size_t
zl_svcb_encode(const struct zl_field *f, size_t n, const ldns_rdf *origin,
    char *out, size_t cap, size_t *bad, char *why, size_t whysize)
{
	struct enc e = {.why = why, .whysize = whysize};
	uint8_t head[2 + LDNS_MAX_DOMAINLEN + 2];
	size_t hlen = 0, written = 0;
	*bad = 0;
	why[0] = '\0';
	unsigned prio;
	if (n < 2 || !number16(f[0].text, f[0].len, &prio)) {
		snprintf(why, whysize, n < 2 ? "a priority and a target name are "
		    "needed" : "the priority is not a number from 0 to 65535");
		return 0;
	}
	head[hlen++] = (uint8_t)(prio >> 8);
	head[hlen++] = (uint8_t)prio;
	bool too_long;
	size_t tl = zl_field_dname(&f[1], origin, head + hlen, &too_long);
	if (tl == 0) {
		*bad = 1;
		snprintf(why, whysize, too_long ? "the target name is too long" :
		    "the target is not a domain name");
		return 0;
	}
	hlen += tl;
	for (size_t k = 2; k < n; k++) {
		const char *s = f[k].text, *eq = memchr(s, '=', f[k].len);
		size_t klen = eq ? (size_t)(eq - s) : f[k].len;
		long key = key_number(s, klen);
		*bad = k;
		if (key < 0) {
			snprintf(why, whysize, "'%.*s' is not an SvcParam key",
			    (int)(klen < 40 ? klen : 40), s);
			goto fail;
		}
		const char *val = eq ? eq + 1 : "";
		size_t vlen = eq ? f[k].len - klen - 1 : 0;
		if (eq && vlen == 0 && k + 1 < n && f[k + 1].len > 0 &&
		    f[k + 1].text[0] == '"') { /* key= "value" */
			val = f[k + 1].text;
			vlen = f[k + 1].len;
			k++;
		} else if (eq && vlen == 0) {
			/* RFC 9460 2.1: after '=' comes a char-string, and an
			 * unquoted one has at least one character */
			snprintf(why, whysize, "nothing follows '=' (an empty value "
			    "is written %.*s or %.*s=\"\")", (int)klen, s, (int)klen, s);
			goto fail;
		}
		if (e.np == MAX_PARAMS) {
			snprintf(why, whysize, "more than %d SvcParams", MAX_PARAMS);
			goto fail;
		}
		size_t start = e.nvals;
		if (!encode_value(&e, (unsigned)key, val, vlen, eq != NULL)) {
			if (why[0] == '\0')
				snprintf(why, whysize, "the data is longer than 65,535 "
				    "octets");
			goto fail;
		}
		e.p[e.np++] = (struct param){(unsigned)key, start, e.nvals - start, k};
	}
	qsort(e.p, e.np, sizeof *e.p, by_key);
	for (size_t i = 1; i < e.np; i++)
		if (e.p[i].key == e.p[i - 1].key) {
			char kb[16];
			*bad = e.p[i].field;
			snprintf(why, whysize, "%s appears twice",
			    zl_svcb_key_name(e.p[i].key, kb, sizeof kb));
			goto fail;
		}
	size_t total = hlen;
	for (size_t i = 0; i < e.np; i++)
		total += 4 + e.p[i].len;
	if (total > MAX_WIRE || cap < 16 + 2 * total) {
		*bad = n - 1;
		snprintf(why, whysize, "the data is longer than 65,535 octets");
		goto fail;
	}
	uint8_t *wire = malloc(total);
	if (wire == NULL)
		goto fail;
	memcpy(wire, head, hlen);
	size_t wl = hlen;
	for (size_t i = 0; i < e.np; i++) {
		uint8_t kl[4] = {(uint8_t)(e.p[i].key >> 8), (uint8_t)e.p[i].key,
		    (uint8_t)(e.p[i].len >> 8), (uint8_t)e.p[i].len};
		memcpy(wire + wl, kl, 4);
		if (e.p[i].len > 0) /* with no value at all, e.vals is NULL */
			memcpy(wire + wl + 4, e.vals + e.p[i].off, e.p[i].len);
		wl += 4 + e.p[i].len;
	}
	written = zl_generic_text(wire, wl, out, cap);
	free(wire);
	free(e.vals);
	return written;
fail:
	free(e.vals);
	return 0;
}
