/* hygiene-soa-missing: a zone needs an SOA at its apex. */
#include "../src/zonelint.h"

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	if (zl_zone_soa(zone).line != 0 || !zl_zone_complete(zone))
		return; /* the SOA may be in an $INCLUDE that could not be read */
	struct zl_loc first = zl_zone_first(zone);
	struct zl_loc top = {zl_zone_file(zone), 1, 1};
	const char *apex = zl_zone_origin_str(zone);
	if (first.line == 0 && apex)
		zl_report(ctx, top, "the file holds no records, so zone %s "
		    "has no SOA", apex);
	else if (first.line == 0)
		zl_report(ctx, top, "the file holds no records");
	else
		zl_report(ctx, first, "no SOA record at %s", apex);
}

const struct zl_rule rule_hygiene_soa_missing = {
	.id = "hygiene-soa-missing",
	.severity = ZL_ERROR,
	.summary = "zone without an SOA record",
	.on_zone_end = on_zone_end,
	.why =
	    "Every zone starts with an SOA record at its apex: it names the\n"
	    "primary server and holds the serial and timers secondaries use.\n"
	    "BIND, Knot and NSD refuse to load a zone without one.  A file that\n"
	    "holds only records to be pulled in by $INCLUDE is not a zone: lint\n"
	    "the file that includes it instead.  When an $INCLUDE of the zone\n"
	    "cannot be read, the SOA may be in it, so nothing is reported here\n"
	    "(the include's own error is).",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  NS  ns1\n"
	    "ns1  IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 2026112401 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1\n"
	    "ns1  IN  A   192.0.2.1\n",
	.fix =
	    "Add an SOA record at the apex (@) as the zone's first record:\n"
	    "  @ IN SOA ns1.example.com. hostmaster.example.com. (\n"
	    "      2026112401 7200 3600 1209600 300 )\n"
	    "Windows DNS always writes one in dnscmd /zoneexport output.",
	.refs = "RFC 1035 section 5.2; RFC 1034 section 4.3.5",
};
