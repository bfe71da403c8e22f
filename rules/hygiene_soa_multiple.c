/*
 * hygiene-soa-multiple: one SOA per zone.
 *
 * A copy identical to the first SOA is a repeat, not a second SOA: dig
 * axfr output ends with one, and as an RRset the two are one record.
 * hygiene-duplicate-record notes a copy that is not dig's closing one.
 */
#include "../src/zonelint.h"

struct state {
	ldns_rr *first; /* the zone's first apex SOA */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || !zl_dname_eq(ldns_rr_owner(rec->rr), apex))
		return;
	if (st->first == NULL)
		st->first = ldns_rr_clone(rec->rr);
	else if (ldns_rr_compare(st->first, rec->rr) != 0)
		zl_report(ctx, rec->loc, "a second, different SOA for %s (the "
		    "first is at line %u)", zl_zone_origin_str(rec->zone),
		    zl_zone_soa(rec->zone).line);
}

static void
reset(void *p)
{
	struct state *st = p;
	if (st->first)
		ldns_rr_free(st->first);
	st->first = NULL;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	reset(zl_state(ctx));
}

const struct zl_rule rule_hygiene_soa_multiple = {
	.id = "hygiene-soa-multiple",
	.severity = ZL_ERROR,
	.types = ZL_T_SOA,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.free_state = reset,
	.summary = "more than one SOA record",
	.why =
	    "A zone has exactly one SOA record.  Two SOAs at the apex, often\n"
	    "from an edit that pasted a new SOA without removing the old one,\n"
	    "make named-checkzone and nsd-checkzone refuse the zone (kzonecheck\n"
	    "loads it) and leave it unclear which serial secondaries see.  An\n"
	    "exact copy of the first SOA is not a second SOA:\n"
	    "hygiene-duplicate-record notes it, but for the copy dig axfr prints\n"
	    "as its last record, as in the good example.  named-checkzone and\n"
	    "kzonecheck load that; nsd-checkzone refuses any copy of the SOA,\n"
	    "the last one included, so drop it from a transcript NSD will load.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "@    IN  SOA ns1 hostmaster 2 7200 3600 1209600 300\n"
	    "ns1  IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 2 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "ns1  IN  A   192.0.2.1\n"
	    "@    IN  SOA ns1 hostmaster 2 7200 3600 1209600 300\n",
	.fix = "Keep one SOA record, the one with the serial you mean to publish.",
	.refs = "RFC 1035 section 5.2; RFC 5936 section 2.2 (AXFR framing)",
};
