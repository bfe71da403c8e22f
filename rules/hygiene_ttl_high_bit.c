/*
 * hygiene-ttl-high-bit: a TTL above 2^31 - 1.
 *
 * The reader keeps a TTL as written, up to 2^32 - 1 (ldns does too), and
 * tells the zone's first record with such a TTL and how many have one
 * (zl_zone_ttl_high): it reads every TTL anyway, so this costs no call
 * per record.  One finding per zone, at the first of them: a $TTL with
 * the high bit set would otherwise make every record below it one.
 */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	uint32_t ttl;
	unsigned long count;
	struct zl_loc at = zl_zone_ttl_high(zone, &ttl, &count);
	if (at.line == 0)
		return;
	if (count == 1)
		zl_report(ctx, at, "TTL %u is above 2147483647 (2^31 - 1): "
		    "resolvers take it as 0, and BIND loads it as 0", ttl);
	else
		zl_report(ctx, at, "TTL %u is above 2147483647 (2^31 - 1): "
		    "resolvers take it as 0, and BIND loads it as 0; %lu records "
		    "of the zone have such a TTL", ttl, count);
}

const struct zl_rule rule_hygiene_ttl_high_bit = {
	.id = "hygiene-ttl-high-bit",
	.severity = ZL_WARNING,
	.on_zone_end = on_zone_end,
	.summary = "TTL with its high bit set",
	.why =
	    "A TTL is 32 bits, but RFC 2181 section 8 limits it to 2^31 - 1\n"
	    "(2147483647, about 68 years) and has a value with the top bit set\n"
	    "read as zero.  BIND loads the zone with such a TTL set to 0\n"
	    "(\"$TTL 2147483648 > MAXTTL, setting $TTL to 0\", even for a TTL\n"
	    "written on the record), so the record is not cached at all: the\n"
	    "opposite of what a huge TTL meant.  Knot and NSD load it without a\n"
	    "word.  The zone's first record with such a TTL is reported, with\n"
	    "the number of records that have one (a $TTL gives it to many).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "www    4294967295 IN A 192.0.2.10\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n"
	    "www    86400 IN A 192.0.2.10\n",
	.fix =
	    "Write a TTL of at most 2147483647; a day or a week (1d, 1w) is\n"
	    "what long-lived records usually have.",
	.refs = "RFC 2181 section 8",
};
