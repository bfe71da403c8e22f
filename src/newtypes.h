/* newtypes.h: record types registered after ldns 1.8.3 was written.
 *
 * ldns does not know their names (DSYNC, AMTRELAY, RESINFO, WALLET, ...)
 * and calls them unknown types; BIND 9.20, Knot 3.4 and NSD 4.10 read
 * them.  The reader looks their names up here.  A type whose data is
 * written and stored as that of a type ldns knows (RESINFO as TXT, TA as
 * DS, RKEY as DNSKEY) is read as that type and given its own number after;
 * the others are turned into wire form here and handed to ldns as
 * "TYPEnnn \# LENGTH HEX" (RFC 3597), which it reads for any type. */
#ifndef ZL_NEWTYPES_H
#define ZL_NEWTYPES_H

#include <stddef.h>

#include <ldns/ldns.h>

#include "textcheck.h"

struct zl_newtype {
	const char *name;
	uint16_t type;
	ldns_rr_type like;   /* read as this type, which ldns knows; or 0 */
	zl_encoder *encode;  /* else its data is encoded by this */
};

/* The entry for a type name (any case), or NULL. */
const struct zl_newtype *zl_newtype_by_name(const char *s, size_t len);

/* The entry for a type number, or NULL. */
const struct zl_newtype *zl_newtype_by_type(unsigned type);

/* NULL when w[0..n) is well-formed data for type nt, which has an
 * encoder (data given as "\# LENGTH HEX"); else why not. */
const char *zl_newtype_wire_check(const struct zl_newtype *nt,
    const uint8_t *w, size_t n);

/* The type named s, as ldns_get_rr_type_by_name() but knowing these
 * types too; 0 when it names none. */
ldns_rr_type zl_type_by_name(const char *s);

/* As ldns_rr_type2str(), knowing these names: a string to free(). */
char *zl_type_str(ldns_rr_type type);

/* As ldns_rr2str(), with these types by name: a string to free(). */
char *zl_rr_str(const ldns_rr *rr);

#endif
