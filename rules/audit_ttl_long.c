/*
 * audit-ttl-long: records with a TTL above a week (604800 seconds),
 * which resolvers that follow RFC 8767 cap at a week anyway, and which
 * make a mistake in the record stay in caches that long.
 *
 * The reader counts them as it reads every TTL (zl_zone_ttl_seen), so
 * this costs no call per record: one note per zone, at the first.  TTLs
 * above 2^31 - 1 are hygiene-ttl-high-bit's.
 */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct zl_ttl_seen s = zl_zone_ttl_seen(zone, ZL_TTL_LONG);
	if (s.at.line == 0)
		return;
	double days = s.ttl / 86400.0;
	if (s.count == 1)
		zl_report(ctx, s.at, "TTL %u (%.1f days): a mistake in this record "
		    "stays in caches that long, and resolvers following RFC 8767 "
		    "keep it a week at most", s.ttl, days);
	else
		zl_report(ctx, s.at, "TTL %u (%.1f days): a mistake in this record "
		    "stays in caches that long, and resolvers following RFC 8767 "
		    "keep it a week at most; %lu records of the zone have a TTL "
		    "above a week", s.ttl, days, s.count);
}

const struct zl_rule rule_audit_ttl_long = {
	.id = "audit-ttl-long",
	.severity = ZL_NOTE,
	.on_zone_end = on_zone_end,
	.summary = "record with a TTL above a week",
	.why =
	    "A TTL says how long resolvers may keep a record.  Above a week\n"
	    "(604800 seconds), a wrong address or a moved server stays in\n"
	    "caches for that long after it is fixed, and there is little to\n"
	    "gain: RFC 8767 section 4 caps TTLs at 7 days, and resolvers cap\n"
	    "them in their caches too.  A note, once per zone, with the count;\n"
	    "TTLs with the high bit set are hygiene-ttl-high-bit's.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n"
	    "www  2592000 IN A 192.0.2.80\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN NS  ns1\n"
	    "ns1  IN A   192.0.2.1\n"
	    "www  86400 IN A 192.0.2.80\n",
	.fix =
	    "Use a day (86400) or less for records that may change, and at most\n"
	    "a week for the rest.",
	.refs = "RFC 8767 section 4; RFC 2181 section 8",
};
