/* hygiene-out-of-zone: data for a name outside the zone. */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	ldns_rr_type type = ldns_rr_get_type(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || type == LDNS_RR_TYPE_SOA ||
	    zl_dname_in(owner, apex))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "%s is not in zone %s; BIND ignores it and "
	    "NSD refuses the zone", zl_dname_str(owner, o, sizeof o),
	    zl_zone_origin_str(rec->zone));
}

const struct zl_rule rule_hygiene_out_of_zone = {
	.id = "hygiene-out-of-zone",
	.severity = ZL_WARNING,
	.all_types = true,
	.on_record = on_record,
	.summary = "record outside the zone",
	.why =
	    "A zone holds data only for names at or below its apex.  A record\n"
	    "for another domain (often an absolute name missing a label, or the\n"
	    "address of an out-of-zone name server that Windows DNS writes into\n"
	    "its exports as glue) is never served: BIND drops it with a warning\n"
	    "and NSD refuses to load the zone.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@                IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@                IN  NS  ns1.example.net.\n"
	    "ns1.example.net. IN  A   192.0.2.1\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@    IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@    IN  NS  ns1.example.net.\n",
	.fix =
	    "Remove the record, or put it in the zone of its own domain.  A name\n"
	    "meant to be inside the zone lacks its final labels: write it\n"
	    "relative (www) or in full (www.example.com.).",
	.refs = "RFC 1034 section 4.2.1; RFC 1035 section 5.2",
};
