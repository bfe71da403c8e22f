/*
 * soa-mname-cname: the SOA MNAME (the primary server's name) is a CNAME
 * in the loaded zone of the same view that answers for it.  RFC 2181
 * 10.3 forbids an alias wherever a host name is named; secondaries that
 * take the primary from MNAME, and dynamic-update clients that send
 * their updates to it (RFC 2136 4), then fail or chase the alias.
 *
 * The MNAME of each zone is kept (one name a zone) and looked up when
 * every zone is read.
 */
#include <stdlib.h>

#include "../src/rrname.h"
#include "target.h"

struct mname {
	ldns_rdf *name;
	struct zl_loc loc;
	enum zl_view view;
	unsigned server;
};

struct state {
	struct mname *v;
	size_t n, cap;
	const struct zl_zone *zone; /* the zone whose MNAME is kept */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || st->zone == rec->zone ||
	    ldns_rr_rd_count(rec->rr) < 1 ||
	    !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	ldns_rdf *name = ldns_rdf_clone(ldns_rr_rdf(rec->rr, 0));
	if (name == NULL)
		return;
	st->zone = rec->zone; /* one a zone: a second SOA is another rule's */
	st->v = zl_grow(st->v, &st->cap, st->n + 1, sizeof *st->v);
	st->v[st->n++] = (struct mname){name, target_loc(rec, 0),
	    zl_zone_view(rec->zone), zl_zone_server(rec->zone)};
}

static void
on_run_end(struct zl_ctx *ctx)
{
	struct state *st = zl_state(ctx);
	char n[LDNS_MAX_DOMAINLEN * 4 + 2];
	for (size_t i = 0; i < st->n; i++) {
		const struct mname *m = &st->v[i];
		const struct zl_zone *z = zl_zone_for(ctx, m->view, m->server,
		    m->name);
		if (z == NULL || !(target_types(z, m->name) & ZL_T_CNAME))
			continue;
		zl_report(ctx, m->loc, "%s, the primary server's name, is a CNAME "
		    "in zone %s: secondaries and dynamic-update clients that "
		    "look it up get an alias where a host belongs (RFC 2181 10.3); "
		    "name the server's own host name",
		    zl_dname_str(m->name, n, sizeof n), zl_zone_origin_str(z));
	}
}

static void
free_state(void *p)
{
	struct state *st = p;
	for (size_t i = 0; i < st->n; i++)
		ldns_rdf_deep_free(st->v[i].name);
	free(st->v);
}

const struct zl_rule rule_soa_mname_cname = {
	.id = "soa-mname-cname",
	.severity = ZL_WARNING,
	.types = ZL_T_SOA,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_run_end = on_run_end,
	.free_state = free_state,
	.summary = "SOA MNAME that is a CNAME",
	.why =
	    "The SOA's first name (MNAME) names the zone's primary server.\n"
	    "Secondaries may take it as the server to ask for the zone, NOTIFY\n"
	    "leaves it out, and dynamic-update clients send their updates to it\n"
	    "(RFC 2136 section 4).  An alias there breaks RFC 2181 section 10.3,\n"
	    "which wants a host name wherever a record names a server: clients\n"
	    "must chase the CNAME, and some do not.  Only zones loaded in the\n"
	    "same run and view are looked at.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   primary hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "primary IN CNAME ns1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@       IN SOA   ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@       IN NS    ns1\n"
	    "ns1     IN A     192.0.2.1\n"
	    "primary IN CNAME ns1\n",
	.fix =
	    "Write the primary server's own host name (its A/AAAA name) in the\n"
	    "SOA MNAME field.",
	.refs = "RFC 1035 section 3.3.13; RFC 2181 section 10.3; RFC 2136 "
	    "section 4",
};
