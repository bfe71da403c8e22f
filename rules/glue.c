/* glue.c: see glue.h.  Kept records are out-of-zone addresses in Windows
 * exports only: a few per file, one per record read at most. */
#include <stdlib.h>

#include "glue.h"

bool
zl_glue_record(struct zl_ctx *ctx, struct zl_glue *g,
    const struct zl_record *rec, unsigned k)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || !zl_zone_windows(rec->zone))
		return false;
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	bool inside = zl_dname_in(owner, apex);
	if (type == LDNS_RR_TYPE_NS) {
		const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
		if (inside && target != NULL && !zl_dname_in(target, apex))
			zl_mark(ctx, rec->zone, target, k);
		return false;
	}
	if (inside || (type != LDNS_RR_TYPE_A && type != LDNS_RR_TYPE_AAAA))
		return false;
	g->v = zl_grow(g->v, &g->cap, g->count + 1, sizeof *g->v);
	g->v[g->count++] = (struct zl_glue_rec){rec->name, rec->loc};
	return true;
}

bool
zl_glue_is_ns_target(const struct zl_ctx *ctx, const struct zl_glue_rec *r,
    unsigned k)
{
	return zl_marked(ctx, r->owner, k);
}

void
zl_glue_clear(struct zl_glue *g)
{
	g->count = 0;
}

void
zl_glue_free(struct zl_glue *g)
{
	free(g->v);
	g->v = NULL;
	g->count = g->cap = 0;
}
