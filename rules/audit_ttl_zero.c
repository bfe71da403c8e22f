/*
 * audit-ttl-zero: records with TTL 0, which no resolver caches.
 *
 * The reader counts them as it reads every TTL (zl_zone_ttl_seen), so
 * this costs no call per record: one note per zone, at the first.
 */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct zl_ttl_seen s = zl_zone_ttl_seen(zone, ZL_TTL_ZERO);
	if (s.at.line == 0)
		return;
	if (s.count == 1)
		zl_report(ctx, s.at, "resolvers do not cache it and ask the "
		    "zone's servers on every lookup");
	else
		zl_report(ctx, s.at, "resolvers do not cache it and ask the "
		    "zone's servers on every lookup; %lu records of the zone "
		    "have TTL 0", s.count);
}

const struct zl_rule rule_audit_ttl_zero = {
	.id = "audit-ttl-zero",
	.severity = ZL_NOTE,
	.on_zone_end = on_zone_end,
	.summary = "record with TTL 0",
	.why =
	    "A TTL of 0 tells resolvers not to cache the record (RFC 1035\n"
	    "section 3.2.1): every lookup goes to the zone's servers, which\n"
	    "adds their latency to each one and their load grows with every\n"
	    "client.  It has uses (a name that a health check moves between\n"
	    "addresses every few seconds), but in an exported zone it is more\n"
	    "often a typo or a test left behind, so an auditor wants to see it.\n"
	    "Some resolvers raise very low TTLs to a floor of their own, so\n"
	    "TTL 0 does not even promise fresh answers.  A note, once per zone,\n"
	    "with the count.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n"
	    "www  0 IN A 192.0.2.80\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n"
	    "www  60 IN A 192.0.2.80\n",
	.fix =
	    "Give the record a TTL: 60 to 300 seconds for a name that must\n"
	    "move quickly, an hour or more for the rest.",
	.refs = "RFC 1035 section 3.2.1; RFC 2181 section 8",
};
