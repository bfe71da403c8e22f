/* rrname.h: record types by name and number, from the one table of
 * types (rrtypes.def), knowing the types newer than ldns 1.8.3.
 *
 * ldns does not know the names of types registered after it (DSYNC,
 * AMTRELAY, RESINFO, WALLET, ...) and calls them unknown; BIND 9.20,
 * Knot 3.4 and NSD 4.10 read them.  A type whose data is written and
 * stored as that of a type ldns knows (RESINFO as TXT, TA as DS) is read
 * as that type and given its own number after; the others are encoded
 * (rrcodec.h) and handed to ldns as "TYPEnnn \# LENGTH HEX". */
#ifndef ZL_RRNAME_H
#define ZL_RRNAME_H

#include <stddef.h>
#include <stdint.h>

#include <ldns/ldns.h>

enum {
	ZL_RT_NEWER = 1u << 0,     /* ldns does not know it */
	ZL_RT_PLAIN = 1u << 1,     /* no field ldns is lenient with */
	ZL_RT_BARE_ONLY = 1u << 2, /* encoded only without its optional fields */
};

struct zl_rrtype {
	const char *name;
	uint16_t type;
	uint16_t flags;      /* ZL_RT_* */
	ldns_rr_type like;   /* read as this type, which ldns knows; or 0 */
};

/* The table's entry for type, or NULL; and its place in the table
 * (zl_rrtype_index), -1 when it has none. */
const struct zl_rrtype *zl_rrtype(unsigned type);
int zl_rrtype_index(unsigned type);
/* The entry of a type newer than ldns named s[0..len) (any case), or NULL. */
const struct zl_rrtype *zl_rrtype_newer_named(const char *s, size_t len);
/* Whether type is newer than ldns 1.8.3. */
static inline int
zl_rrtype_is_newer(const struct zl_rrtype *rt)
{
	return rt && (rt->flags & ZL_RT_NEWER);
}

/* The type named s, as ldns_get_rr_type_by_name() but knowing the newer
 * types too and reading TYPEnnn strictly; 0 when it names none. */
ldns_rr_type zl_type_by_name(const char *s);
/* As ldns_rr_type2str(), knowing the newer names: a string to free(). */
char *zl_type_str(ldns_rr_type type);
/* As ldns_rr2str(), with the newer types by name: a string to free(). */
char *zl_rr_str(const ldns_rr *rr);

#endif
