/* hygiene-soa-not-at-apex: an SOA anywhere but the apex. */
#include "../src/zonelint.h"

static void
on_record(struct zl_ctx *ctx, const struct zl_record *rec)
{
	const ldns_rdf *owner = ldns_rr_owner(rec->rr);
	const ldns_rdf *apex = zl_zone_origin(rec->zone);
	if (apex == NULL || zl_dname_eq(owner, apex))
		return;
	char o[LDNS_MAX_DOMAINLEN * 4 + 2];
	zl_report(ctx, rec->loc, "SOA for %s in the file of zone %s",
	    zl_dname_str(owner, o, sizeof o), zl_zone_origin_str(rec->zone));
}

const struct zl_rule rule_hygiene_soa_not_at_apex = {
	.id = "hygiene-soa-not-at-apex",
	.severity = ZL_ERROR,
	.types = ZL_T_SOA,
	.on_record = on_record,
	.summary = "SOA record away from the zone apex",
	.why =
	    "An SOA record marks the apex of a zone, so there is one, at the\n"
	    "zone's own name.  An SOA at another name means the file holds a\n"
	    "second zone's data (two exports concatenated, or the wrong\n"
	    "--origin); BIND and NSD refuse to load it.",
	.bad =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS  ns1\n"
	    "ns1    IN  A   192.0.2.1\n"
	    "other  IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n",
	.good =
	    "$ORIGIN example.com.\n"
	    "$TTL 3600\n"
	    "@      IN  SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
	    "@      IN  NS  ns1\n"
	    "ns1    IN  A   192.0.2.1\n",
	.fix =
	    "Keep one zone per file: move the other zone's records to a file\n"
	    "of its own, or lint with the right --origin.",
	.refs = "RFC 1035 section 5.2",
};
