/* dname.c: names compared as DNS names, and name lists. */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "options.h"
#include "zonelint.h"

const char *
zl_dname_str(const ldns_rdf *name, char *buf, size_t size)
{
	char *s = name ? ldns_rdf2str(name) : NULL;
	snprintf(buf, size, "%s", s ? s : "?");
	free(s);
	return buf;
}

/* A name's octets and size, read from ldns's public struct: these
 * helpers run several times per record, and ldns_rdf_data and
 * ldns_rdf_size are calls into the library. */
#define WIRE(rdf) ((const uint8_t *)(rdf)->_data)
#define SIZE(rdf) ((rdf)->_size)

/* Caseless compare of wire bytes: length octets are below 64, so folding
 * every octet folds only the letters.  Most names are written in one
 * case: memcmp settles those. */
static bool
same_wire(const uint8_t *a, const uint8_t *b, size_t n)
{
	if (memcmp(a, b, n) == 0)
		return true;
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i] && zl_lower(a[i]) != zl_lower(b[i]))
			return false;
	return true;
}

/* On the wire forms, with no allocation: these run once per record, and
 * ldns's own comparisons make canonical copies of both names. */
bool
zl_dname_eq(const ldns_rdf *a, const ldns_rdf *b)
{
	if (a == NULL || b == NULL)
		return false;
	return SIZE(a) == SIZE(b) && same_wire(WIRE(a), WIRE(b), SIZE(a));
}

bool
zl_dname_in(const ldns_rdf *name, const ldns_rdf *parent)
{
	if (name == NULL || parent == NULL)
		return false;
	const uint8_t *w = WIRE(name);
	size_t size = SIZE(name), psize = SIZE(parent);
	if (psize > size || size == 0)
		return false;
	size_t off = 0;
	while (size - off > psize && w[off] != 0)
		off += (size_t)w[off] + 1;
	return size - off == psize && same_wire(w + off, WIRE(parent), psize);
}

ldns_rdf
zl_dname_suffix(const ldns_rdf *name, unsigned k)
{
	const uint8_t *w = WIRE(name);
	size_t off = 0, size = SIZE(name);
	while (k-- > 0 && off < size && w[off] != 0)
		off += (size_t)w[off] + 1;
	ldns_rdf r = {._size = size - off, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = (uint8_t *)w + off};
	return r;
}

bool
zl_dname_first_label_is(const ldns_rdf *name, const char *text)
{
	const uint8_t *w = WIRE(name);
	size_t n = strlen(text);
	return SIZE(name) > n && w[0] == n && same_wire(w + 1,
	    (const uint8_t *)text, n);
}

bool
zl_dname_label_underscored(const ldns_rdf *name, unsigned label)
{
	const uint8_t *d = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name), off = 0;
	for (unsigned i = 0; i < label; i++) { /* at most 127 steps */
		if (off >= size || d[off] == 0)
			return false;
		off += 1u + d[off];
	}
	return off + 1 < size && d[off] > 1 && d[off + 1] == '_';
}

bool
zl_dname_is_reverse(const ldns_rdf *name)
{
	unsigned n = zl_dname_labels(name);
	if (n < 2)
		return false;
	ldns_rdf arpa = zl_dname_suffix(name, n - 2);
	return zl_dname_first_label_is(&arpa, "in-addr") ||
	    zl_dname_first_label_is(&arpa, "ip6");
}

uint32_t
zl_type_bit(ldns_rr_type type)
{
	switch (type) {
	case LDNS_RR_TYPE_SOA: return ZL_T_SOA;
	case LDNS_RR_TYPE_NS: return ZL_T_NS;
	case LDNS_RR_TYPE_CNAME: return ZL_T_CNAME;
	case LDNS_RR_TYPE_DNAME: return ZL_T_DNAME;
	case LDNS_RR_TYPE_A: return ZL_T_A;
	case LDNS_RR_TYPE_AAAA: return ZL_T_AAAA;
	case LDNS_RR_TYPE_MX: return ZL_T_MX;
	case LDNS_RR_TYPE_TXT: return ZL_T_TXT;
	case LDNS_RR_TYPE_SRV: return ZL_T_SRV;
	case LDNS_RR_TYPE_PTR: return ZL_T_PTR;
	case LDNS_RR_TYPE_DS: return ZL_T_DS;
	case LDNS_RR_TYPE_RRSIG: return ZL_T_RRSIG;
	case LDNS_RR_TYPE_NSEC: return ZL_T_NSEC;
	case LDNS_RR_TYPE_NSEC3: return ZL_T_NSEC3;
	case LDNS_RR_TYPE_DNSKEY: return ZL_T_DNSKEY;
	case LDNS_RR_TYPE_KEY: return ZL_T_KEY;
	case LDNS_RR_TYPE_SVCB: return ZL_T_SVCB;
	case LDNS_RR_TYPE_HTTPS: return ZL_T_HTTPS;
	case LDNS_RR_TYPE_NSEC3PARAM: return ZL_T_NSEC3PARAM;
	case LDNS_RR_TYPE_CDS: return ZL_T_CDS;
	case LDNS_RR_TYPE_CDNSKEY: return ZL_T_CDNSKEY;
	case LDNS_RR_TYPE_ZONEMD: return ZL_T_ZONEMD;
	case LDNS_RR_TYPE_CAA: return ZL_T_CAA;
	case LDNS_RR_TYPE_NXT: return ZL_T_NXT;
	case LDNS_RR_TYPE_SIG: return ZL_T_SIG;
	default: return ZL_T_OTHER;
	}
}

void
zl_names_add(struct zl_names *list, ldns_rdf *name, const char *source)
{
	list->name = zl_xrealloc(list->name, (list->count + 1) * sizeof *list->name);
	list->source = zl_xrealloc(list->source,
	    (list->count + 1) * sizeof *list->source);
	list->name[list->count] = name;
	list->source[list->count] = zl_xstrdup(source ? source : "");
	list->count++;
	const uint8_t *w = ldns_rdf_data(name);
	size_t off = 0, last = 0, size = ldns_rdf_size(name);
	while (off < size && w[off] != 0) {
		last = off;
		off += (size_t)w[off] + 1;
	}
	if (off > 0 && off < size) /* the root has no last label */
		list->tld_bits |= 1ull << zl_tld_bit(w + last + 1, w[last]);
}

unsigned
zl_tld_bit(const uint8_t *label, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ zl_lower(label[i])) * 16777619u;
	return (h * 0xc2b2ae35u) >> 26; /* the top 6 bits: com, net, org,
	                                  * de, uk miss the built-in list's */
}

bool
zl_names_has(const struct zl_names *list, const ldns_rdf *name)
{
	for (size_t i = 0; i < list->count; i++)
		if (zl_dname_eq(list->name[i], name))
			return true;
	return false;
}

bool
zl_names_covers(const struct zl_names *list, const ldns_rdf *name)
{
	for (size_t i = 0; i < list->count; i++)
		if (zl_dname_in(name, list->name[i]))
			return true;
	return false;
}

void
zl_names_free(struct zl_names *list)
{
	for (size_t i = 0; i < list->count; i++) {
		ldns_rdf_deep_free(list->name[i]);
		free(list->source[i]);
	}
	free(list->name);
	free(list->source);
	memset(list, 0, sizeof *list);
}

ldns_rdf *
zl_dname_from_text(const char *text, const ldns_rdf *origin)
{
	ldns_rdf *rdf = NULL;
	if (strcmp(text, "@") == 0)
		return origin ? ldns_rdf_clone(origin) : NULL;
	if (ldns_str2rdf_dname(&rdf, text) != LDNS_STATUS_OK)
		return NULL;
	if (!ldns_dname_str_absolute(text) && (origin == NULL ||
	    ldns_dname_cat(rdf, origin) != LDNS_STATUS_OK ||
	    ldns_rdf_size(rdf) > LDNS_MAX_DOMAINLEN)) { /* ldns does not check */
		ldns_rdf_deep_free(rdf);
		return NULL;
	}
	return rdf;
}

bool
zl_is_localhost_record(const ldns_rr *rr)
{
	static const uint8_t v6_loopback[16] = {[15] = 1};
	ldns_rr_type t = ldns_rr_get_type(rr);
	const ldns_rdf *owner = ldns_rr_owner(rr);
	/* every A and AAAA of a public zone asks: the label's length first */
	if ((t != LDNS_RR_TYPE_A && t != LDNS_RR_TYPE_AAAA) ||
	    ldns_rr_rd_count(rr) < 1 || ldns_rdf_data(owner)[0] != 9 ||
	    !zl_dname_first_label_is(owner, "localhost"))
		return false;
	const ldns_rdf *a = ldns_rr_rdf(rr, 0);
	if (t == LDNS_RR_TYPE_A)
		return ldns_rdf_size(a) == 4 && ldns_rdf_data(a)[0] == 127;
	return ldns_rdf_size(a) == 16 &&
	    memcmp(ldns_rdf_data(a), v6_loopback, 16) == 0;
}

/* The gTLDs whose label, right before the origin, says a name was
 * written without its final dot.  No country codes: "www.de.example.com."
 * is a common country subdomain, and a repeated origin catches
 * "sip.contoso.de.contoso.de." anyway. */
static bool
gtld_label(const uint8_t *l)
{
	if (l[0] != 3)
		return false;
	uint32_t v = (uint32_t)zl_lower(l[1]) << 16 |
	    (uint32_t)zl_lower(l[2]) << 8 | zl_lower(l[3]);
#define W(a, b, c) ((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (c))
	return v == W('c', 'o', 'm') || v == W('n', 'e', 't') ||
	    v == W('o', 'r', 'g') || v == W('e', 'd', 'u') ||
	    v == W('g', 'o', 'v') || v == W('m', 'i', 'l');
#undef W
}

size_t
zl_dname_lost_final_dot(const ldns_rdf *name, const ldns_rdf *origin)
{
	if (name == NULL || origin == NULL)
		return 0;
	/* the fields, not ldns's accessors: this runs on every owner */
	size_t size = name->_size, osize = origin->_size;
	if (osize <= 1 || size <= osize + 6) /* three labels before it */
		return 0;
	const uint8_t *w = name->_data, *o = origin->_data;
	/* a top-level zone has names such as ns1.dns.net.nz. (net.nz is a
	 * domain of nz.) and example.example.: only below one, the shape of
	 * a name says something */
	if (o[0] + 2u >= osize)
		return 0;
	/* Most names fail at once: the label before the origin is no
	 * "arpa" and no three-letter TLD, and the name is too short to
	 * hold the origin twice.  The walk below then confirms. */
	size_t q = size - osize;
	if ((size < 2 * osize - 1 ||
	    zl_lower(w[q - 1]) != zl_lower(o[osize - 2])) &&
	    !gtld_label(w + q - 4) &&
	    !(w[q - 5] == 4 && zl_lower(w[q - 4]) == 'a' &&
	    same_wire(w + q - 4, (const uint8_t *)"arpa", 4)))
		return 0;
	size_t off = 0, last = 0, prev = 0;
	unsigned p = 0;
	while (size - off > osize && w[off] != 0) {
		prev = last;
		last = off;
		off += (size_t)w[off] + 1;
		p++;
	}
	if (size - off != osize || !same_wire(w + off, o, osize))
		return 0;
	/* "www.example.com.example.com.": the origin's labels twice */
	size_t ol = osize - 1; /* the origin's labels, without the root */
	if (off >= ol && same_wire(w + off - ol, o, ol)) {
		size_t at = 0;
		while (at < off - ol)
			at += (size_t)w[at] + 1;
		if (at == off - ol)
			return off;
	}
	if (p < 3)
		return 0;
	/* "10.2.0.192.in-addr.arpa.example.com.", "ptr.1.0.ip6.arpa.…" */
	if (w[last] == 4 && same_wire(w + last + 1, (const uint8_t *)"arpa", 4) &&
	    ((w[prev] == 7 &&
	    same_wire(w + prev + 1, (const uint8_t *)"in-addr", 7)) ||
	    (w[prev] == 3 && same_wire(w + prev + 1, (const uint8_t *)"ip6", 3))))
		return off;
	/* "sipdir.online.lync.com.contoso.com." */
	return gtld_label(w + last) ? off : 0;
}

bool
zl_dname_ip_literal(const ldns_rdf *name, const ldns_rdf *origin)
{
	const uint8_t *w = ldns_rdf_data(name);
	size_t size = ldns_rdf_size(name), off = 0;
	for (int i = 0; i < 4; i++) {
		size_t n = off < size ? w[off] : 0;
		if (n == 0 || n > 3 || off + n + 1 > size)
			return false;
		unsigned v = 0;
		for (size_t j = 1; j <= n; j++) {
			if (w[off + j] < '0' || w[off + j] > '9')
				return false;
			v = v * 10 + (unsigned)(w[off + j] - '0');
		}
		if (v > 255)
			return false;
		off += n + 1;
	}
	if (size - off == 1)
		return true; /* "192.0.2.1." */
	/* "192.0.2.1" written relative: the origin was appended */
	return origin != NULL && size - off == ldns_rdf_size(origin) &&
	    same_wire(w + off, ldns_rdf_data(origin), size - off);
}
