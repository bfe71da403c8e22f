/* revmap.c: addresses and reverse names (revmap.h). */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "revmap.h"

static const uint8_t in_addr[] = "\7in-addr\4arpa";
static const uint8_t ip6[] = "\3ip6\4arpa";

/* Whether name is labels labels then suffix (ssize octets with the
 * root label; its two labels: in-addr.arpa or ip6.arpa). */
static bool
shape(const ldns_rdf *name, const uint8_t *suffix, size_t ssize,
    unsigned labels)
{
	if (zl_dname_labels(name) != labels + 2)
		return false;
	ldns_rdf s = {._size = ssize, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = (void *)suffix};
	return zl_dname_in(name, &s);
}

static int
hex(uint8_t c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = zl_lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool
revmap_addr_of_name(const ldns_rdf *name, struct revmap_addr *out)
{
	const uint8_t *d = ldns_rdf_data(name);
	if (shape(name, in_addr, sizeof in_addr, 4)) {
		size_t off = 0;
		for (int i = 3; i >= 0; i--) { /* four labels */
			size_t len = d[off];
			unsigned v = 0;
			if (len == 0 || len > 3 || (len > 1 && d[off + 1] == '0'))
				return false;
			for (size_t k = 1; k <= len; k++) {
				if (d[off + k] < '0' || d[off + k] > '9')
					return false;
				v = v * 10 + (unsigned)(d[off + k] - '0');
			}
			if (v > 255)
				return false;
			out->a[i] = (uint8_t)v;
			off += 1 + len;
		}
		out->len = 4;
		return true;
	}
	if (shape(name, ip6, sizeof ip6, 32)) {
		memset(out->a, 0, sizeof out->a);
		for (int i = 31; i >= 0; i--) { /* 32 labels of 2 octets */
			size_t off = (size_t)(31 - i) * 2;
			int v = d[off] == 1 ? hex(d[off + 1]) : -1;
			if (v < 0)
				return false;
			out->a[i / 2] |= (uint8_t)(i % 2 ? v : v << 4);
		}
		out->len = 16;
		return true;
	}
	return false;
}

bool
revmap_addr_of_rr(const ldns_rr *rr, struct revmap_addr *out)
{
	ldns_rr_type t = ldns_rr_get_type(rr);
	const ldns_rdf *f = ldns_rr_rd_count(rr) == 1 ? ldns_rr_rdf(rr, 0) :
	    NULL;
	size_t want = t == LDNS_RR_TYPE_A ? 4 : t == LDNS_RR_TYPE_AAAA ? 16 : 0;
	if (f == NULL || want == 0 || ldns_rdf_size(f) != want)
		return false;
	memcpy(out->a, ldns_rdf_data(f), want);
	out->len = (uint8_t)want;
	return true;
}

ldns_rdf
revmap_name_of_addr(const struct revmap_addr *addr, uint8_t *buf)
{
	size_t n = 0;
	static const char digits[] = "0123456789abcdef";
	if (addr->len == 4) {
		for (int i = 3; i >= 0; i--) {
			char t[4];
			int k = snprintf(t, sizeof t, "%u", addr->a[i]);
			buf[n++] = (uint8_t)k;
			memcpy(buf + n, t, (size_t)k);
			n += (size_t)k;
		}
		memcpy(buf + n, in_addr, sizeof in_addr);
		n += sizeof in_addr;
	} else {
		for (int i = 15; i >= 0; i--) {
			buf[n++] = 1;
			buf[n++] = (uint8_t)digits[addr->a[i] & 15];
			buf[n++] = 1;
			buf[n++] = (uint8_t)digits[addr->a[i] >> 4];
		}
		memcpy(buf + n, ip6, sizeof ip6);
		n += sizeof ip6;
	}
	return (ldns_rdf){._size = n, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = buf};
}

const char *
revmap_addr_str(const struct revmap_addr *addr, char *buf, size_t size)
{
	if (inet_ntop(addr->len == 4 ? AF_INET : AF_INET6, addr->a, buf,
	    (socklen_t)size) == NULL)
		snprintf(buf, size, "?");
	return buf;
}

uint64_t
revmap_hash(const ldns_rdf *name, const struct revmap_addr *addr,
    unsigned where)
{
	uint64_t h = 14695981039346656037ull ^ where;
	const uint8_t *d = ldns_rdf_data(name);
	for (size_t i = 0; i < ldns_rdf_size(name); i++) /* <= 255 octets */
		h = (h ^ zl_lower(d[i])) * 1099511628211ull;
	h = (h ^ addr->len) * 1099511628211ull;
	for (size_t i = 0; i < addr->len; i++)
		h = (h ^ addr->a[i]) * 1099511628211ull;
	return h;
}

bool
revmap_rfc2317(const ldns_rdf *owner, const ldns_rdf *target)
{
	ldns_rdf v4 = {._size = sizeof in_addr, ._type = LDNS_RDF_TYPE_DNAME,
	    ._data = (void *)in_addr};
	if (!zl_dname_in(owner, &v4) || !zl_dname_in(target, &v4) ||
	    zl_dname_labels(target) < 4)
		return false;
	const uint8_t *d = ldns_rdf_data(target);
	size_t off = 1 + (size_t)d[0]; /* the second label */
	for (size_t k = 1; k <= d[off]; k++) /* <= 63 octets */
		if (d[off + k] == '/' || d[off + k] == '-')
			return true;
	return false;
}

unsigned
revmap_where(const struct zl_zone *zone)
{
	return (unsigned)zl_zone_view(zone) + 4 * zl_zone_server(zone);
}
