/* byname.h: records kept per name until a zone ends, then grouped by
 * name: for rules that compare the few records of one kind of name (two
 * DMARC, MTA-STS or TLS-RPT records at it) without index marks.  Rules
 * that would keep a record of every name (SPF, MX) compare within an
 * owner's run instead, so that memory does not grow with the zone.
 * Records of different Route 53 routing-policy sets (zl_record.set) are
 * different answers: they group apart. */
#ifndef RULES_BYNAME_H
#define RULES_BYNAME_H

#include "../src/zonelint.h"

struct byname_item {
	const struct zl_name *entry; /* the owner's index entry */
	struct zl_loc loc;
	uint32_t set;                /* zl_record.set */
	size_t seq;                  /* order kept: the zone's order */
	unsigned tag;                /* the rule's own */
};

struct byname {
	struct byname_item *v;
	size_t n, cap;
};

void byname_keep(struct byname *b, const struct zl_record *rec,
    unsigned tag);
/* Sorts the items by name and set, then in the order kept; the items of
 * one name and set are then v[i] to v[j - 1] for j = byname_next(b, i). */
void byname_sort(struct byname *b);
size_t byname_next(const struct byname *b, size_t i);
void byname_free(struct byname *b);

#endif
