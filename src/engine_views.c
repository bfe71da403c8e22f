/* engine_views.c: what the engine lends rules besides records: marks,
 * the bits of each rule's own on index entries, and the zones, servers
 * and views read, for cross-zone rules. */
#include <stdio.h>
#include <stdlib.h>

#include "engine_priv.h"
#include "escape.h"
#include "index.h"

/* ---- marks: bits of each rule's own on index entries ---- */

/* Each rule's .marks bits, in registry order, whether the rule is on or
 * not: its bits never depend on the configuration, and rules that ask
 * for more than an entry holds fail every run, at its start. */
void
zl_engine_hand_out_marks(struct zl_engine *eng)
{
	unsigned next = 0;
	for (size_t i = 0; i < eng->nruns; i++) {
		eng->runs[i].mark_shift = next;
		next += eng->runs[i].rule->marks;
	}
	if (next > ZL_MARK_BITS) {
		zl_eprintf("zonelint: the rules ask for %u mark bits; an index "
		    "entry has %d", next, ZL_MARK_BITS);
		exit(2);
	}
}

static uint16_t
mark_bit(const struct zl_ctx *ctx, unsigned k)
{
	const struct rule_run *run = &ctx->eng->runs[ctx->rule];
	if (k >= run->rule->marks) { /* a bug in the rule: say which */
		zl_eprintf("zonelint: rule %s uses mark %u of the %u it asked "
		    "for", run->rule->id, k, run->rule->marks);
		abort();
	}
	return (uint16_t)(1u << (run->mark_shift + k));
}

const struct zl_name *
zl_mark(struct zl_ctx *ctx, const struct zl_zone *zone, const ldns_rdf *name,
    unsigned k)
{
	bool created;
	struct zl_name *e = zl_index_get(zone, name, &created);
	e->marks |= mark_bit(ctx, k);
	return e;
}

void
zl_mark_entry(struct zl_ctx *ctx, const struct zl_name *entry, unsigned k)
{
	/* rules hold entries const; the engine, whose they are, writes */
	((struct zl_name *)entry)->marks |= mark_bit(ctx, k);
}

bool
zl_marked(const struct zl_ctx *ctx, const struct zl_name *entry, unsigned k)
{
	return (entry->marks & mark_bit(ctx, k)) != 0;
}

/* ---- zones and views, for cross-zone rules ---- */

size_t
zl_zone_count(const struct zl_ctx *ctx)
{
	return ctx->eng->zones.count;
}

const struct zl_zone *
zl_zone_at(const struct zl_ctx *ctx, size_t i)
{
	return ctx->eng->zones.v[i];
}

const struct zl_zone *
zl_zone_for(const struct zl_ctx *ctx, enum zl_view view, unsigned server,
    const ldns_rdf *name)
{
	return zl_zones_for(&ctx->eng->zones, view, server, name);
}

unsigned
zl_server_count(const struct zl_ctx *ctx)
{
	return ctx->eng->zones.nservers;
}

const char *
zl_server_name(const struct zl_ctx *ctx, unsigned server)
{
	return zl_engine_server_name(&ctx->eng->zones, server);
}

const char *
zl_view_name(enum zl_view view)
{
	switch (view) {
	case ZL_VIEW_INTERNAL: return "internal";
	case ZL_VIEW_EXTERNAL: return "external";
	default: return "none";
	}
}
