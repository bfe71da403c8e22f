/*
 * hygiene-ttl-high-bit: a TTL above 2^31 - 1.
 *
 * The reader keeps a TTL as written, up to 2^32 - 1 (ldns does too), so
 * the record's TTL is the one in the file.  A $TTL with the high bit set
 * would make every record below it a finding: a finding is made for the
 * first record of each run of records with the same such TTL.
 */
#include "../src/zonelint.h"

#define TTL_MAX 0x7fffffffu /* RFC 2181 section 8 */

struct state {
	uint32_t run_ttl; /* the TTL of the run just reported; 0: none */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	uint32_t ttl = ldns_rr_ttl(rec->rr);
	if (ttl <= TTL_MAX) {
		st->run_ttl = 0;
		return;
	}
	if (ttl == st->run_ttl)
		return;
	st->run_ttl = ttl;
	zl_report(ctx, rec->loc, "TTL %u is above 2147483647 (2^31 - 1): "
	    "resolvers take it as 0, and BIND loads it as 0", ttl);
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	(void)zone;
	struct state *st = zl_state(ctx);
	st->run_ttl = 0;
}

const struct zl_rule rule_hygiene_ttl_high_bit = {
	.id = "hygiene-ttl-high-bit",
	.severity = ZL_WARNING,
	.all_types = true,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "TTL with its high bit set",
	.why =
	    "A TTL is 32 bits, but RFC 2181 section 8 limits it to 2^31 - 1\n"
	    "(2147483647, about 68 years) and has a value with the top bit set\n"
	    "read as zero.  BIND loads the zone with such a TTL set to 0\n"
	    "(\"$TTL 2147483648 > MAXTTL, setting $TTL to 0\", even for a TTL\n"
	    "written on the record), so the record is not cached at all: the\n"
	    "opposite of what a huge TTL meant.  Knot and NSD load it without a\n"
	    "word.  When many records in a row share such a TTL (from a\n"
	    "$TTL), the first of them is reported.",
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
	    "www    2147483647 IN A 192.0.2.10\n",
	.fix =
	    "Write a TTL of at most 2147483647; a day or a week (1d, 1w) is\n"
	    "what long-lived records usually have.",
	.refs = "RFC 2181 section 8",
};
