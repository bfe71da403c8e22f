/*
 * hygiene-soa-not-first: the zone's apex SOA is not its first record.
 *
 * Quiet when there is no SOA at the apex (hygiene-soa-missing) and when
 * the first record is an SOA somewhere else (hygiene-soa-not-at-apex),
 * so that one mistake makes one finding; and in the exports of Google
 * Cloud DNS and cli53, which list the record sets in the provider's own
 * order (the apex NS, or an alias, before the SOA).
 */
#include "../src/zonelint.h"

struct state {
	struct zl_loc first_soa; /* the zone's first SOA, at any name */
};

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	struct state *st = zl_state(ctx);
	if (st->first_soa.line == 0)
		st->first_soa = rec->loc;
}

static bool
same(struct zl_loc a, struct zl_loc b)
{
	return a.file == b.file && a.line == b.line && a.col == b.col;
}

static void
on_zone_end(struct zl_ctx *ctx, const struct zl_zone *zone)
{
	struct state *st = zl_state(ctx);
	struct zl_loc soa = zl_zone_soa(zone), first = zl_zone_first(zone);
	struct zl_loc first_soa = st->first_soa;
	st->first_soa.line = 0;
	enum zl_format format = zl_zone_format(zone);
	if (soa.line == 0 || first.line == 0 || same(first, first_soa) ||
	    format == ZL_FORMAT_GCLOUD || format == ZL_FORMAT_CLI53)
		return;
	if (soa.file == first.file)
		zl_report(ctx, first, "the zone's first record is not its SOA, "
		    "which comes at line %u; validns refuses the zone", soa.line);
	else
		zl_report(ctx, first, "the zone's first record is not its SOA, "
		    "which comes at line %u of %s; validns refuses the zone",
		    soa.line, zl_file_name(soa.file));
}

const struct zl_rule rule_hygiene_soa_not_first = {
	.id = "hygiene-soa-not-first",
	.severity = ZL_NOTE,
	.types = ZL_T_SOA,
	.state_size = sizeof(struct state),
	.on_record = on_record,
	.on_zone_end = on_zone_end,
	.summary = "SOA record not the zone's first record",
	.why =
	    "A master file starts with the zone's SOA by convention (RFC 1035\n"
	    "section 5.2 calls it the start of a zone), and a zone transfer\n"
	    "begins and ends with it (RFC 5936).  BIND, Knot and NSD load a file\n"
	    "whose SOA comes later; validns refuses it (\"the first record in\n"
	    "the zone must be an SOA record\"), and readers of the file look for\n"
	    "the SOA at the top.  Not reported when the zone has no SOA at its\n"
	    "apex (hygiene-soa-missing) or when its first record is an SOA at\n"
	    "another name (hygiene-soa-not-at-apex); nor in an export of Google\n"
	    "Cloud DNS (gcloud dns record-sets export) or Route 53 (cli53\n"
	    "export), which list record sets in the provider's order, the apex\n"
	    "NS before the SOA, for the provider's own import.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  NS   ns1\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "ns1    IN  A    192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA  ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS   ns1\n"
	    "ns1    IN  A    192.0.2.1\n",
	.fix =
	    "Move the SOA record to the top of the file, after the $ORIGIN and\n"
	    "$TTL lines.",
	.refs = "RFC 1035 section 5.2; RFC 5936 section 2.2",
};
