/*
 * hygiene-out-of-zone: data for a name outside the zone.
 *
 * In a Windows export, an A or AAAA record outside the zone waits for
 * zone end (glue.h): if an NS record of the zone names its owner, it is
 * the glue dnscmd writes, hygiene-windows-glue's to report.
 */
#include "../src/zonelint.h"
#include "glue.h"

struct state {
	struct glue glue;
};

static void
report(struct zl_ctx *ctx, struct zl_loc loc, const ldns_rdf *owner,
    const struct zl_zone *zone)
{
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, loc, "%s is not in zone %s; BIND ignores it and "
	    "NSD refuses the zone", zl_dname_str(owner, o, sizeof o),
	    zl_zone_origin_str(zone));
}

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL)
		return;
	if (type == LDNS_RR_TYPE_NS)
		glue_ns(ctx, rec, 0);
	if (type == LDNS_RR_TYPE_SOA || zl_dname_in(owner, apex) ||
	    glue_keep(&((struct state *)zl_state(ctx))->glue, rec))
		return;
	report(ctx, rec->loc, owner, rec->zone);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	for (size_t i = 0; i < st->glue.count; i++) {
		const struct glue_rec *r = &st->glue.v[i];
		if (glue_is_ns_target(ctx, r, 0))
			continue; /* hygiene-windows-glue's */
		uint8_t buf[2 * LDNS_MAX_DOMAINLEN + 2];
		ldns_rdf name = zl_index_name(zone, r->owner, buf);
		report(ctx, r->loc, &name, zone);
	}
	glue_clear(&st->glue);
}

static void
free_state(void *p)
{
	struct state *st = p;
	glue_free(&st->glue);
}

const struct zl_rule rule_hygiene_out_of_zone = {
	.id = "hygiene-out-of-zone",
	.severity = ZL_WARNING,
	.all_types = true,
	.state_size = sizeof(struct state),
	.marks = 1,
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = free_state,
	.summary = "record outside the zone",
	.why =
	    "A zone holds data only for names at or below its apex.  A record\n"
	    "for another domain (often an absolute name missing a label) is\n"
	    "never served: BIND drops it with a warning and NSD refuses to load\n"
	    "the zone.",
	.exceptions =
	    "In a Windows DNS export, the address of an out-of-zone name server\n"
	    "of the zone is glue that Windows writes into every export:\n"
	    "hygiene-windows-glue reports that one instead.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                IN  SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300\n"
	    "@                IN  NS  ns1.example.net.\n"
	    "ns1.example.net. IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1.example.net.\n"
	    "@    IN  NS  ns2.example.org.\n",
	.fix =
	    "Remove the record, or put it in the zone of its own domain.  A name\n"
	    "meant to be inside the zone lacks its final labels: write it\n"
	    "relative (www) or in full (www.example.com.).",
	.refs = "RFC 1034 section 4.2.1; RFC 1035 section 5.2",
};
