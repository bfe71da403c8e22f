/*
 * hygiene-ttl-no-default: a record without a TTL and no $TTL in force.
 *
 * The reader tells the zone's first such record (zl_zone_ttl_implicit);
 * a file whose every record writes its TTL needs no $TTL, and is not
 * reported (BIND says nothing either).  Windows DNS exports write no
 * $TTL by design: their records take the SOA minimum, and the reader
 * does not look there.  A zone with an $INCLUDE that could not be read
 * is held back: the $TTL may be in it.
 */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct zl_loc at = zl_zone_ttl_implicit(zone);
	if (at.line == 0 || zl_zone_windows(zone) || !zl_zone_complete(zone))
		return; /* the $TTL may be in an $INCLUDE that could not be read */
	zl_report(ctx, at, "this record gives no TTL and no $TTL comes before "
	    "it, so it takes the TTL of the record before it (RFC 1035) or the "
	    "SOA minimum; BIND warns");
}

const struct zl_rule rule_hygiene_ttl_no_default = {
	.id = "hygiene-ttl-no-default",
	.severity = ZL_WARNING,
	.on_zone_end = on_zone_end,
	.summary = "record without a TTL and no $TTL",
	.why =
	    "RFC 2308 section 4 asks every master file to start with a $TTL\n"
	    "directive, the TTL of records that write none.  Without it, a\n"
	    "record with no TTL takes the last TTL written before it (RFC 1035\n"
	    "semantics), or the SOA's minimum field, which RFC 2308 turned into\n"
	    "the negative-caching TTL: moving a record in the file changes its\n"
	    "TTL.  BIND loads such a zone and warns (\"using RFC1035 TTL\n"
	    "semantics\", or at an SOA \"no TTL specified; using SOA MINTTL\n"
	    "instead\").  The first record that depends on it is reported.  A\n"
	    "file whose every record writes its own TTL is not (BIND says\n"
	    "nothing there either), nor is a Windows DNS export, which has no\n"
	    "$TTL by design: its records take the SOA minimum.  Nor is a zone\n"
	    "with an $INCLUDE that could not be read: the $TTL may be there.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "@      3600 IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Put a $TTL line (for example \"$TTL 3600\") at the top of the file,\n"
	    "before the SOA.",
	.refs = "RFC 2308 section 4; RFC 1035 section 5.1",
};
