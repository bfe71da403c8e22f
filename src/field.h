/* field.h: a record's data fields as written, and what the encoders
 * (svcb.h, ipseckey.h, cert.h, loc.h, obsolete.h, newtypes.h, wks.h)
 * share to read them and write their wire form. */
#ifndef ZL_FIELD_H
#define ZL_FIELD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

struct zl_field {
	const char *text;
	size_t len;
};

/* Fields f[0..n) as one base64 text: whole groups of four characters,
 * '=' padding only at the end (RFC 4648 4), as BIND reads them; ldns
 * takes "A" for no data. */
bool zl_base64_ok(const struct zl_field *f, size_t n);

/* The field as a decimal number no greater than max. */
bool zl_field_number(const struct zl_field *f, unsigned max, unsigned *v);

/* Field f as a domain name in wire form (a relative one under origin),
 * into out, which holds LDNS_MAX_DOMAINLEN + 1 octets: its length, or 0
 * when the text is too long to be a name (*too_long set) or is not one. */
size_t zl_field_dname(const struct zl_field *f, const ldns_rdf *origin,
    uint8_t *out, bool *too_long);

/* Field f as an IPSECKEY gateway or an AMTRELAY relay, whose type says
 * its form: 0 none ("."), 1 IPv4, 2 IPv6, 3 a domain name (a relative one
 * under origin).  Writes its wire form to out (LDNS_MAX_DOMAINLEN + 1
 * octets) and returns its length, 0 for none; or -1 with the reason in
 * why, calling it what ("gateway", "relay"). */
long zl_field_gateway(const struct zl_field *f, unsigned type, const char *what,
    const ldns_rdf *origin, uint8_t *out, char *why, size_t whysize);

/* The encoders of data ldns 1.8.3 reads wrongly or not at all (svcb.h,
 * ipseckey.h, cert.h, loc.h, obsolete.h, newtypes.h, zl_csync_encode):
 * the data fields f[0..n) as "\# LENGTH HEX" into out (cap octets),
 * origin completing relative names.  Returns the length written, or 0
 * with *bad the field at fault and the reason in why. */
typedef size_t zl_encoder(const struct zl_field *f, size_t n,
    const ldns_rdf *origin, char *out, size_t cap, size_t *bad, char *why,
    size_t whysize);

/* Wire data w[0..n) in RFC 3597 form, "\# N HEX", into out; returns its
 * length, or 0 when cap is too small.  The encoders hand ldns this. */
size_t zl_generic_text(const uint8_t *w, size_t n, char *out, size_t cap);

#endif
