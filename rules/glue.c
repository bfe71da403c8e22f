/* glue.c: see glue.h.  Kept records are out-of-zone addresses in Windows
 * exports only: a few per file, one per record read at most. */
#include <stdlib.h>

#include "glue.h"

void
glue_ns(struct zl_ctx *ctx, const struct zl_record *rec, unsigned k)
{
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	const ldns_rdf *target = ldns_rr_rdf(rec->rr, 0);
	if (apex == NULL || target == NULL || !zl_zone_windows(rec->zone) ||
	    !zl_dname_in(ldns_rr_owner(rec->rr), apex) ||
	    zl_dname_in(target, apex))
		return;
	zl_mark(ctx, rec->zone, target, k);
}

bool
glue_keep(struct glue *g, const struct zl_record *rec)
{
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	if ((type != LDNS_RR_TYPE_A && type != LDNS_RR_TYPE_AAAA) ||
	    !zl_zone_windows(rec->zone))
		return false;
	g->v = zl_grow(g->v, &g->cap, g->count + 1, sizeof *g->v);
	g->v[g->count++] = (struct glue_rec){rec->name, rec->loc};
	return true;
}

bool
glue_is_ns_target(const struct zl_ctx *ctx, const struct glue_rec *r,
    unsigned k)
{
	return zl_marked(ctx, r->owner, k);
}

void
glue_clear(struct glue *g)
{
	g->count = 0;
}

void
glue_free(struct glue *g)
{
	free(g->v);
	g->v = NULL;
	g->count = g->cap = 0;
}
