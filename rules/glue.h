/* glue.h: the out-of-zone addresses of a Windows DNS export, for
 * hygiene-out-of-zone and hygiene-windows-glue, which split them. */
#ifndef RULES_GLUE_H
#define RULES_GLUE_H

#include "../src/zonelint.h"

/* An A or AAAA record outside the zone in a Windows export, kept until
 * zone end: whether an NS record names its owner is known only then. */
struct glue_rec {
	const struct zl_name *owner;
	struct zl_loc loc;
};

struct glue {
	struct glue_rec *v;
	size_t count, cap;
};

/* Types a rule using this must ask for besides its own: NS, A, AAAA. */
#define GLUE_TYPES (ZL_T_NS | ZL_T_A | ZL_T_AAAA)

/* For a record of a Windows export (else nothing): marks (mark k) the
 * target of an NS record of the zone when it is outside the zone. */
void glue_ns(struct zl_ctx *ctx, const struct zl_record *rec, unsigned k);
/* For a record outside the zone: true when it is an A or AAAA record of
 * a Windows export, kept for zone end (glue_is_ns_target decides). */
bool glue_keep(struct glue *g, const struct zl_record *rec);
/* Whether a kept record's owner is an NS target of its zone: glue that
 * dnscmd writes for an out-of-zone name server. */
bool glue_is_ns_target(const struct zl_ctx *ctx,
    const struct glue_rec *r, unsigned k);
void glue_clear(struct glue *g);
void glue_free(struct glue *g);

#endif
