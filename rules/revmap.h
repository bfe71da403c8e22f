/* revmap.h: what the rules comparing forward and reverse zones share:
 * an address from a reverse name, a reverse name from an address, and
 * a hash of a name with an address. */
#ifndef RULES_REVMAP_H
#define RULES_REVMAP_H

#include "../src/zonelint.h"

/* An IPv4 or IPv6 address: len is 4 or 16. */
struct revmap_addr {
	uint8_t a[16];
	uint8_t len;
};

/* The address name stands for: four labels of 0 to 255 (no leading 0)
 * then in-addr.arpa, or 32 labels of one hex digit then ip6.arpa.
 * False for anything else (RFC 2317 names such as 5.0/26.2.0.192,
 * networks, wildcards, DNS-SD names). */
bool revmap_addr_of_name(const ldns_rdf *name, struct revmap_addr *out);
/* The address of an A or AAAA record; false for other records. */
bool revmap_addr_of_rr(const ldns_rr *rr, struct revmap_addr *out);
/* The reverse name of addr, in buf (LDNS_MAX_DOMAINLEN + 1 octets). */
ldns_rdf revmap_name_of_addr(const struct revmap_addr *addr, uint8_t *buf);
/* The address as text ("192.0.2.25", "2001:db8::1"), into buf (48). */
const char *revmap_addr_str(const struct revmap_addr *addr, char *buf,
    size_t size);
/* A 64-bit hash of name (caselessly), addr and where (view, server). */
uint64_t revmap_hash(const ldns_rdf *name, const struct revmap_addr *addr,
    unsigned where);
/* Whether a CNAME of owner to target is an RFC 2317 classless
 * delegation's: both under in-addr.arpa, and the target's second label
 * holds a '/' or '-' (5.2.0.192 CNAME 5.0/26.2.0.192, or 5.0-63...). */
bool revmap_rfc2317(const ldns_rdf *owner, const ldns_rdf *target);
/* Where a zone answers, as one number for revmap_hash. */
unsigned revmap_where(const struct zl_zone *zone);

#endif
