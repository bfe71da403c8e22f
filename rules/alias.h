/* alias.h: CNAME chains followed through every loaded zone, for
 * alias-cname-loop and alias-cname-chain, which share the work: they
 * are the family alias_family, whose state is one struct alias_list,
 * collected and followed once for both. */
#ifndef RULES_ALIAS_H
#define RULES_ALIAS_H

#include "../src/zonelint.h"

/* Resolvers follow a chain of at most about this many CNAMEs before
 * giving up; a longer one is alias-cname-chain's. */
#define ALIAS_CHAIN_MAX 8

/* A CNAME kept until every zone is read: its owner's index entry (whose
 * first record is the CNAME: hygiene-cname-and-other-data reports any
 * other), and its target as wire octets at off in the list's arena.
 * 24 bytes: a zone of nothing but chained CNAMEs keeps one per record. */
struct alias_link {
	const struct zl_name *owner;
	const struct zl_zone *zone;
	uint32_t off;
	uint16_t size;
};

/* What a link leads to, worked out when the run ends. */
#define ALIAS_END UINT32_MAX             /* a name that is no CNAME */
#define ALIAS_END_CNAME (UINT32_MAX - 1) /* a CNAME not kept: its target
                                            has data, one link more */
/* Links kept at most, so that a link's number fits below the two. */
#define ALIAS_MAX_LINKS (UINT32_MAX - 2)

/* Where link i is reported: its CNAME, the owner's first record. */
static inline struct zl_loc
alias_loc(const struct alias_link *k)
{
	return zl_name_first(k->owner);
}

/* A DNAME, kept for the run (DNAMEs are few): a CNAME's target below
 * one is rewritten, and the chain goes on at the new name. */
struct alias_dname {
	const struct zl_name *owner;
	uint32_t off;           /* its target in the list's darena */
	uint16_t size;
};

struct alias_list {
	struct alias_link *v;
	size_t count, cap;
	uint8_t *arena;
	size_t len, arena_cap;
	struct alias_dname *d;
	size_t dcount, dcap;
	uint8_t *darena;
	size_t dlen, darena_cap;
	uint8_t *weight;        /* per link: 1, plus the DNAMEs after it */
	size_t zone_start;
	unsigned long dropped;  /* links past ALIAS_MAX_LINKS */      /* the first link of the zone being read */
	/* at the run's end: per link (sorted by owner) */
	uint32_t *next;         /* a link's number, or ALIAS_END... */
	uint32_t *depth;        /* CNAMEs from it on; UINT32_MAX: a loop
	                           or leads into one; NULL: none followed */
	uint32_t *loops;        /* per loop found, its member written first,
	                           in the order found */
	size_t nloops, loops_cap;
};

/* DNAMEs followed after one CNAME, at most; the types to ask for. */
#define ALIAS_DNAME_HOPS 8
#define ALIAS_TYPES (ZL_T_CNAME | ZL_T_DNAME)

/* The family of the two rules (.family): it keeps the CNAMEs and
 * DNAMEs as the zones are read, and when the run ends follows every
 * kept link (next, depth and loops; depth stays NULL when no link is
 * kept), before either rule reports from zl_family_state. */
extern const struct zl_family alias_family;
/* Writes link i's owner and up to a few names after it into buf:
 * "a.example. -> b.example. -> ... -> z.example."; for a loop, back to
 * link i's owner. */
void alias_describe(struct zl_ctx *ctx, const struct alias_list *l, size_t i,
    char *buf, size_t size);

#endif
