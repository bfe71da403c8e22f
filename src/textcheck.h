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

#include "field.h"

/* A type's own check of its data fields where ldns is lenient (see
 * rrtypes.def): NULL when they are well formed, else why not, in buf,
 * with *field the field at fault. */
typedef const char *zl_checker(const struct zl_field *f, size_t n,
    size_t *field, char *buf, size_t size);
zl_checker zl_check_eui48, zl_check_eui64, zl_check_nsap;
/* \# LENGTH HEX...: the hex digits, over any number of fields, give
 * exactly LENGTH octets (RFC 3597 5). */
zl_checker zl_check_generic;

/* NULL when the fields f[0..n) of a record of this type, which ldns has
 * read, are as its text format wants where ldns is lenient: numbers
 * within their field's size (ldns wraps 65536 to 0 and -1 to 65535),
 * RRSIG times, type names (ldns reads an unknown one as type 0), whole
 * base64 quads and hex octets; else why not, with *field the field at
 * fault.  Fields are checked up to the first one that may span several. */
const char *zl_fields_check(ldns_rr_type type, const struct zl_field *f,
    size_t n, size_t *field);

/* A type's own respelling of data field k, as BIND reads it, into one
 * ldns 1.8.3 reads (see rrtypes.def): the new length written to out (at
 * most len + 7 octets), or 0 to keep the field as it is.  CAA: a value
 * without quotes; RRSIG: the type covered, dates outside 1970-2105;
 * NSEC, NSEC3, CSYNC: the newer types in the bitmap, an NSEC3 hash
 * without padding; DNSKEY, KEY, CDNSKEY: flags as mnemonics. */
typedef size_t zl_rewriter(size_t k, const char *s, size_t len, char *out);
zl_rewriter zl_rewrite_caa, zl_rewrite_rrsig, zl_rewrite_nsec,
    zl_rewrite_nsec3, zl_rewrite_csync, zl_rewrite_key_flags;

/* A CSYNC record with no type bitmap, which RFC 7477 allows and ldns
 * refuses. */
zl_encoder zl_csync_encode;

#endif
