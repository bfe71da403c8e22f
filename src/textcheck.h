/* textcheck.h: what ldns 1.8.3 reads but the type's text format forbids.
 *
 * ldns is lenient in places where BIND, Knot and NSD are not: an EUI48
 * octet of one digit, an empty NSAP, bad hex after \#.  These are checked
 * on the record's own text, once ldns has read it.  (NSEC3 hash padding
 * is checked by the reader on the text as written, SVCB values by the
 * encoder in svcb.h.) */
#ifndef ZL_TEXTCHECK_H
#define ZL_TEXTCHECK_H

#include <stddef.h>

#include <ldns/ldns.h>

struct zl_field {
	const char *text;
	size_t len;
};

/* NULL when the data fields of a record of this type are well formed;
 * else why not, in buf, with *field set to the field at fault. */
const char *zl_text_check(ldns_rr_type type, const struct zl_field *f,
    size_t n, size_t *field, char *buf, size_t size);

/* NULL when the fields f[0..n) of a record of this type, which ldns has
 * read, are as its text format wants where ldns is lenient: numbers
 * within their field's size (ldns wraps 65536 to 0 and -1 to 65535),
 * RRSIG times, type names (ldns reads an unknown one as type 0), whole
 * base64 quads and hex octets; else why not, with *field the field at
 * fault.  Fields are checked up to the first one that may span several. */
const char *zl_fields_check(ldns_rr_type type, const struct zl_field *f,
    size_t n, size_t *field);

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

/* A spelling BIND reads and ldns 1.8.3 does not, for data field k of a
 * record of this type, rewritten into one ldns reads: an NSEC3 hash
 * without padding, RRSIG dates outside 1970-2105, DNSKEY flags written
 * as mnemonics, a CAA value without quotes, \# after the first field (a
 * '#'), and in RRSIG and bitmaps the types of newtypes.h.  Returns the new length written to out (at most len + 7
 * octets), or 0 to keep the field as it is. */
size_t zl_text_rewrite(ldns_rr_type type, size_t k, const char *s, size_t len,
    char *out);

/* A CSYNC record with no type bitmap, which RFC 7477 allows and ldns
 * refuses. */
zl_encoder zl_csync_encode;

#endif
